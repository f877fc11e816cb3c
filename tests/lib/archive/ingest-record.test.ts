import { describe, expect, it } from "vitest";
import { parseIngestRecord, recordedInputHash, recordedProvenance, type IngestRecord } from "../../../src/lib/archive/ingest-record.ts";

const READ_AT = 1_700_000_000_000;
const OLD = READ_AT - 60_000;
const listing = { title: "Kent County Council (21 018 990)", url: "https://www.lgo.org.uk/decisions/x" };
const record: IngestRecord = {
  inputs: {
    version: "v",
    readAt: READ_AT,
    files: {
      "/a/21-018-990.html": {
        size: 100,
        mtimeMs: OLD,
        digest: "hash-a",
        record: { listing, chapters: [{ file: "/a/21-018-990.chapter-2.html", size: 50, mtimeMs: OLD }] },
      },
      "/a/b.txt": { size: 10, mtimeMs: OLD, digest: "hash-b", record: { listing: null, chapters: [] } },
    },
  },
  outputs: {
    version: "v",
    readAt: READ_AT,
    files: {
      "/out/21-018-990.md": {
        size: 300,
        mtimeMs: OLD,
        digest: "",
        record: { reference: "21 018 990", sourceSha256: "hash-a", parser: "p", intact: true },
      },
    },
  },
};
const page = { file: "/a/21-018-990.html", stat: { size: 100, mtimeMs: OLD }, listing };
const chapterAsRecorded = (file: string) => (file.endsWith("chapter-2.html") ? { size: 50, mtimeMs: OLD } : undefined);

describe("recordedInputHash", () => {
  it("gives the recorded hash of an input unchanged with its listing and chapters", () => {
    expect(recordedInputHash(record, "v", page, chapterAsRecorded)).toBe("hash-a");
    expect(recordedInputHash(record, "v", { file: "/a/b.txt", stat: { size: 10, mtimeMs: OLD }, listing: null }, () => undefined)).toBe(
      "hash-b",
    );
  });

  it("reads the input when it, its listing or a chapter changed, a chapter is gone, or under another version", () => {
    expect(recordedInputHash(record, "v", { ...page, stat: { size: 101, mtimeMs: OLD } }, chapterAsRecorded)).toBeUndefined();
    expect(recordedInputHash(record, "v", { ...page, listing: { ...listing, title: "Kent" } }, chapterAsRecorded)).toBeUndefined();
    expect(recordedInputHash(record, "v", { ...page, listing: null }, chapterAsRecorded)).toBeUndefined();
    expect(recordedInputHash(record, "v", page, () => ({ size: 50, mtimeMs: OLD + 1 }))).toBeUndefined();
    expect(recordedInputHash(record, "v", page, () => undefined)).toBeUndefined();
    expect(recordedInputHash(record, "w", page, chapterAsRecorded)).toBeUndefined();
    expect(recordedInputHash(null, "v", page, chapterAsRecorded)).toBeUndefined();
  });
});

describe("recordedProvenance", () => {
  it("gives an unchanged output file's provenance, and none for one changed", () => {
    expect(recordedProvenance(record, "v", "/out/21-018-990.md", { size: 300, mtimeMs: OLD })?.sourceSha256).toBe("hash-a");
    expect(recordedProvenance(record, "v", "/out/21-018-990.md", { size: 301, mtimeMs: OLD })).toBeUndefined();
    expect(recordedProvenance(record, "v", "/out/other.md", { size: 300, mtimeMs: OLD })).toBeUndefined();
  });
});

describe("parseIngestRecord", () => {
  it("reads back what was written, and gives null for anything not a whole record", () => {
    expect(parseIngestRecord(JSON.stringify(record))).toEqual(record);
    for (const text of [
      "",
      "[]",
      JSON.stringify({ inputs: record.inputs }),
      JSON.stringify({ ...record, outputs: { ...record.outputs, readAt: "now" } }),
      JSON.stringify({
        ...record,
        inputs: { ...record.inputs, files: { "/a/b.txt": { size: 10, mtimeMs: OLD, digest: "h", record: {} } } },
      }),
    ])
      expect(parseIngestRecord(text), text).toBeNull();
  });
});
