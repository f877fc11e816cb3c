import { describe, expect, it } from "vitest";
import {
  emptyManifest,
  onSite,
  pageFileName,
  readManifest,
  reconcile,
  recordListed,
  referenceOfPageFile,
  resumeFrom,
  serializeManifest,
  setStatus,
  wanted,
} from "../../../src/lib/archive/manifest.ts";

const SEPTEMBER = { from: "2022-09-01", to: "2022-09-30" };
const listed = (reference: string, date: string | null) => ({
  reference,
  path: `/decisions/a/b/${reference.replaceAll(" ", "-")}`,
  title: `Some Council (${reference})`,
  outcome: "Upheld",
  category: "B",
  date,
});

function sample() {
  const manifest = emptyManifest();
  recordListed(manifest, listed("21 018 990", "2022-09-06"), "https://www.lgo.org.uk/decisions/a/b/21-018-990", SEPTEMBER);
  recordListed(manifest, listed("22 009 742a", null), "https://www.lgo.org.uk/decisions/a/b/22-009-742a", SEPTEMBER);
  recordListed(manifest, listed("20 001 001", "2022-09-01"), "https://www.lgo.org.uk/decisions/a/b/20-001-001", SEPTEMBER);
  return manifest;
}

describe("manifest", () => {
  it("round-trips through its JSON, one decision a line in reference order", () => {
    const manifest = sample();
    setStatus(manifest, "20 001 001", "gone", "HTTP 410");
    manifest.unlisted.push({ ...SEPTEMBER, detail: "HTTP 503 after 6 attempts" });
    const text = serializeManifest(manifest);
    expect(readManifest(text, "archive/manifest.json")).toEqual(manifest);
    expect(
      text
        .split("\n")
        .slice(4, 7)
        .map((l) => l.trim().slice(0, 14)),
    ).toEqual(['"20 001 001": ', '"21 018 990": ', '"22 009 742a":']);
  });

  it("says which file is not a manifest and why", () => {
    expect(() => readManifest("{not json", "archive/manifest.json")).toThrow(
      /^archive\/manifest\.json:1: expected the JSON manifest npm run fetch writes, found text that is not JSON/,
    );
    expect(() => readManifest(JSON.stringify({ format: 1, unlisted: [], decisions: { "21 018 990": { url: "x" } } }), "m.json")).toThrow(
      /^m\.json:1: expected the manifest npm run fetch writes, found decisions\.21 018 990\.url: Invalid url/,
    );
  });

  it("names page files by reference, and reads the reference back", () => {
    expect([pageFileName("21 018 990"), pageFileName("22 009 742a")]).toEqual(["21-018-990.html", "22-009-742a.html"]);
    expect(
      ["21-018-990.html", "22-009-742a.html", "manifest.json", ".21-018-990.html.7.tmp", "21-018-990.txt"].map(referenceOfPageFile),
    ).toEqual(["21 018 990", "22 009 742a", null, null, null]);
  });

  it("keeps a decision's status when it is listed again, and reports a second address", () => {
    const manifest = sample();
    setStatus(manifest, "21 018 990", "saved");
    const again = recordListed(
      manifest,
      { ...listed("21 018 990", "2022-09-06"), outcome: "Not upheld" },
      "https://www.lgo.org.uk/decisions/a/b/21-018-990",
      SEPTEMBER,
    );
    expect([again.movedFrom, manifest.decisions["21 018 990"]!.status, manifest.decisions["21 018 990"]!.outcome]).toEqual([
      null,
      "saved",
      "Not upheld",
    ]);
    const moved = recordListed(manifest, listed("21 018 990", "2022-09-06"), "https://www.lgo.org.uk/decisions/c/d/21-018-990", SEPTEMBER);
    expect(moved.movedFrom).toBe("https://www.lgo.org.uk/decisions/a/b/21-018-990");
    expect(manifest.decisions["21 018 990"]).toMatchObject({
      url: "https://www.lgo.org.uk/decisions/a/b/21-018-990",
      otherUrls: ["https://www.lgo.org.uk/decisions/c/d/21-018-990"],
    });
  });

  it("takes the same page listed on another site (a run with another --base-url) for the same address, not a move", () => {
    const manifest = sample();
    setStatus(manifest, "21 018 990", "saved");
    const mirror = "http://127.0.0.1:8080/decisions/a/b/21-018-990";
    expect(recordListed(manifest, listed("21 018 990", "2022-09-06"), mirror, SEPTEMBER).movedFrom).toBeNull();
    expect(manifest.decisions["21 018 990"]).toMatchObject({ url: mirror, status: "saved" });
    expect(manifest.decisions["21 018 990"]!.otherUrls).toBeUndefined();
    expect(onSite("https://www.lgo.org.uk/decisions/a/b/21-018-990?chapter=2", new URL("http://127.0.0.1:8080/")).href).toBe(
      "http://127.0.0.1:8080/decisions/a/b/21-018-990?chapter=2",
    );
  });

  it("fetches a decision that is gone or failed from the new address a listing gives it, keeping the old one", () => {
    const manifest = sample();
    setStatus(manifest, "21 018 990", "gone", "HTTP 410");
    setStatus(manifest, "22 009 742a", "failed", "HTTP 503 after 6 attempts");
    const gone = recordListed(manifest, listed("21 018 990", "2022-09-06"), "https://www.lgo.org.uk/decisions/c/d/21-018-990", SEPTEMBER);
    recordListed(manifest, listed("22 009 742a", null), "https://www.lgo.org.uk/decisions/e/f/22-009-742a", SEPTEMBER);
    expect(gone.movedFrom).toBeNull();
    expect(manifest.decisions["21 018 990"]).toMatchObject({
      url: "https://www.lgo.org.uk/decisions/c/d/21-018-990",
      otherUrls: ["https://www.lgo.org.uk/decisions/a/b/21-018-990"],
      status: "listed",
    });
    expect(manifest.decisions["21 018 990"]!.detail).toBeUndefined();
    expect(manifest.decisions["22 009 742a"]).toMatchObject({ url: "https://www.lgo.org.uk/decisions/e/f/22-009-742a", status: "listed" });
    expect(wanted(manifest)).toEqual(["20 001 001", "21 018 990", "22 009 742a"]);
  });

  it("wants every decision not saved and not gone, oldest first, and follows the pages on disk", () => {
    const manifest = sample();
    setStatus(manifest, "22 009 742a", "failed", "HTTP 503 after 6 attempts");
    reconcile(manifest, new Set(["21 018 990"]));
    expect(wanted(manifest)).toEqual(["20 001 001", "22 009 742a"]);
    setStatus(manifest, "20 001 001", "gone", "HTTP 410");
    expect(wanted(manifest)).toEqual(["22 009 742a"]);
    // A page deleted from the folder is wanted again; a decision listed without a date comes last in its month.
    reconcile(manifest, new Set());
    expect(wanted(manifest)).toEqual(["21 018 990", "22 009 742a"]);
  });

  it("resumes 14 days before the newest decision saved, or from a month's end when the listing showed no date", () => {
    const manifest = sample();
    expect(resumeFrom(manifest)).toBeNull();
    reconcile(manifest, new Set(["21 018 990", "20 001 001"]));
    expect(resumeFrom(manifest)).toBe("2022-08-23");
    reconcile(manifest, new Set(["22 009 742a"]));
    expect(resumeFrom(manifest)).toBe("2022-09-16");
  });
});
