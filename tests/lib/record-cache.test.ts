import { describe, expect, it } from "vitest";
import { MARGIN_MS, parseRecordCache, reusable, unchangedSince, type RecordCache } from "../../src/lib/record-cache.ts";

const READ_AT = 1_700_000_000_000;
const cache: RecordCache<{ slug: string }> = {
  version: "v1",
  readAt: READ_AT,
  files: { "a.md": { size: 100, mtimeMs: READ_AT - 60_000, digest: "da", record: { slug: "a" } } },
};

describe("unchangedSince", () => {
  const file = { size: 10, mtimeMs: READ_AT - MARGIN_MS - 1 };
  it("holds for the same size and time, well before the record", () => {
    expect(unchangedSince(file, { ...file }, READ_AT)).toBe(true);
  });
  it("fails for another size, another time, or a time within the margin before the record", () => {
    expect(unchangedSince(file, { ...file, size: 11 }, READ_AT)).toBe(false);
    expect(unchangedSince(file, { ...file, mtimeMs: file.mtimeMs + 1 }, READ_AT)).toBe(false);
    expect(unchangedSince(file, { ...file }, READ_AT - 1)).toBe(false);
  });
});

describe("reusable", () => {
  it("gives the recorded file when its version, size and time match and the time is well before the record", () => {
    expect(reusable(cache, "v1", "a.md", { size: 100, mtimeMs: READ_AT - 60_000 })?.record).toEqual({ slug: "a" });
  });

  it("reads again a file of another size or time, one not recorded, or any under another version or without a record", () => {
    expect(reusable(cache, "v1", "a.md", { size: 101, mtimeMs: READ_AT - 60_000 })).toBeUndefined();
    expect(reusable(cache, "v1", "a.md", { size: 100, mtimeMs: READ_AT - 59_000 })).toBeUndefined();
    expect(reusable(cache, "v1", "b.md", { size: 100, mtimeMs: READ_AT - 60_000 })).toBeUndefined();
    expect(reusable(cache, "v2", "a.md", { size: 100, mtimeMs: READ_AT - 60_000 })).toBeUndefined();
    expect(reusable(null, "v1", "a.md", { size: 100, mtimeMs: READ_AT - 60_000 })).toBeUndefined();
  });

  it("reads again a file modified within the margin before the reading began, though its time matches", () => {
    const racy = { ...cache, files: { "a.md": { ...cache.files["a.md"]!, mtimeMs: READ_AT - MARGIN_MS + 1 } } };
    expect(reusable(racy, "v1", "a.md", { size: 100, mtimeMs: READ_AT - MARGIN_MS + 1 })).toBeUndefined();
    const clear = { ...cache, files: { "a.md": { ...cache.files["a.md"]!, mtimeMs: READ_AT - MARGIN_MS - 1 } } };
    expect(reusable(clear, "v1", "a.md", { size: 100, mtimeMs: READ_AT - MARGIN_MS - 1 })).toBeDefined();
  });
});

describe("parseRecordCache", () => {
  it("reads back what was written", () => {
    expect(parseRecordCache(JSON.stringify(cache))).toEqual(cache);
  });

  it("gives null for text that is not a whole record, so that every file is read", () => {
    for (const text of [
      "",
      "{",
      "null",
      JSON.stringify({ ...cache, version: 1 }),
      JSON.stringify({ ...cache, readAt: "yesterday" }),
      JSON.stringify({ ...cache, files: null }),
      JSON.stringify({ ...cache, files: { "a.md": { size: 100, mtimeMs: 1, digest: "d" } } }),
      JSON.stringify({ ...cache, files: { "a.md": { size: "100", mtimeMs: 1, digest: "d", record: {} } } }),
      JSON.stringify({ ...cache, files: [] }),
    ])
      expect(parseRecordCache(text), text).toBeNull();
  });

  it("checks each file's record with the check given: one record not of its kind, and none is trusted", () => {
    const isSlugged = (r: unknown): r is { slug: string } => typeof (r as { slug?: unknown } | null)?.slug === "string";
    expect(parseRecordCache(JSON.stringify(cache), isSlugged)).toEqual(cache);
    const other = { ...cache.files["a.md"]!, record: { name: "b" } };
    expect(parseRecordCache(JSON.stringify({ ...cache, files: { ...cache.files, "b.md": other } }), isSlugged)).toBeNull();
    // Without a check, any object is a record.
    expect(parseRecordCache(JSON.stringify({ ...cache, files: { ...cache.files, "b.md": other } }))).not.toBeNull();
  });
});
