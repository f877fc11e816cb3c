import { describe, expect, it } from "vitest";
import { keptPages, pageKey, readManifest, type PageManifest } from "../../src/lib/page-cache.ts";

const record = (slug: string, summary = "A summary.") => ({
  slug,
  reference: slug.replace(/-/g, " "),
  decisionDate: "2024-01-02",
  summary,
});
const digests: Record<string, string> = { "24-000-001": "d1", "24-000-002": "d2" };
const digestOf = (slug: string) => digests[slug];

describe("pageKey", () => {
  const props = { d: record("24-000-001"), neighbours: { previous: record("24-000-002"), next: null }, related: "<h2>…</h2>", place: null };

  it("is the same for the same fingerprint and props, and a 64-digit hex hash", () => {
    expect(pageKey("f", props, digestOf)).toBe(pageKey("f", structuredClone(props), digestOf));
    expect(pageKey("f", props, digestOf)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with the fingerprint, a prop, or the digest of a record it names", () => {
    const key = pageKey("f", props, digestOf);
    expect(pageKey("g", props, digestOf)).not.toBe(key);
    expect(pageKey("f", { ...props, related: "<h2>other</h2>" }, digestOf)).not.toBe(key);
    expect(pageKey("f", props, (slug) => (slug === "24-000-002" ? "d2-changed" : digestOf(slug)))).not.toBe(key);
  });

  it("stands a record by its digest: a record read again from the same file gives the same key", () => {
    // The digest is the file's; the record's fields are read from that file, so they are not hashed again.
    const again = { ...props, neighbours: { previous: record("24-000-002", "Another summary."), next: null } };
    expect(pageKey("f", again, digestOf)).toBe(pageKey("f", props, digestOf));
  });

  it("stands a list of records by their slugs and digests, the same for every page that shares it", () => {
    const group = [record("24-000-001"), record("24-000-002")];
    const page = (n: number) => ({ group, page: { currentPage: n, data: group.slice(n - 1, n) } });
    const again = [record("24-000-001", "Another summary."), record("24-000-002")];
    expect(pageKey("f", { group: again, page: page(1).page }, digestOf)).toBe(pageKey("f", page(1), digestOf));
    expect(pageKey("f", page(2), digestOf)).not.toBe(pageKey("f", page(1), digestOf));
    const changed = (slug: string) => (slug === "24-000-002" ? "d2-changed" : digestOf(slug));
    expect(pageKey("f", page(1), changed)).not.toBe(pageKey("f", page(1), digestOf));
    expect(pageKey("f", { group: [group[1], group[0]], page: page(1).page }, digestOf)).not.toBe(pageKey("f", page(1), digestOf));
  });

  it("hashes a record whole when its digest is unknown", () => {
    const unknown = (summary: string) => ({ ...props, d: record("24-000-009", summary) });
    expect(pageKey("f", unknown("One."), digestOf)).not.toBe(pageKey("f", unknown("Two."), digestOf));
  });
});

describe("keptPages", () => {
  const previous: PageManifest = {
    fingerprint: "f",
    pages: { a: { key: "ka", bytes: 100 }, b: { key: "kb", bytes: 200 }, c: { key: "kc", bytes: 300 } },
  };
  const sizes: Record<string, number> = { a: 100, b: 200, c: 999 };
  const bytesOf = (slug: string) => sizes[slug];

  it("keeps a page with the same key whose file has the recorded size", () => {
    const keys = new Map([
      ["a", "ka"], // same key, same size: kept
      ["b", "kb-new"], // its inputs changed
      ["c", "kc"], // its file was changed since
      ["d", "kd"], // new
    ]);
    expect([...keptPages(previous, "f", keys, bytesOf)]).toEqual(["a"]);
  });

  it("keeps nothing without a record, under another fingerprint, or when the file is gone", () => {
    const keys = new Map([["a", "ka"]]);
    expect(keptPages(null, "f", keys, bytesOf).size).toBe(0);
    expect(keptPages(previous, "g", keys, bytesOf).size).toBe(0);
    expect(keptPages(previous, "f", keys, () => undefined).size).toBe(0);
  });
});

describe("readManifest", () => {
  it("reads a manifest and refuses anything else", () => {
    expect(readManifest('{"fingerprint":"f","pages":{"a":{"key":"k","bytes":1}}}')).toEqual({
      fingerprint: "f",
      pages: { a: { key: "k", bytes: 1 } },
    });
    expect(readManifest("{")).toBeNull();
    expect(readManifest('{"pages":{}}')).toBeNull();
    expect(readManifest('{"fingerprint":"f","pages":null}')).toBeNull();
  });
});
