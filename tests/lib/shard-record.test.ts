import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MARGIN_MS } from "../../src/lib/record-cache.ts";
import {
  formatRecord,
  keptBundles,
  parsePageRecord,
  parseRecord,
  recordedFiles,
  reusedPages,
  sha256,
  shardKey,
  type PageRecord,
  type ShardRecord,
} from "../../src/lib/shard-record.ts";

const PAGES = [
  { file: "decisions/a/index.html", sha256: sha256("<html><body>a</body></html>") },
  { file: "decisions/b/index.html", sha256: sha256("<html><body>b</body></html>") },
];

describe("sha256", () => {
  it("hashes a text as UTF-8, as bytes would be", () => {
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256("é")).toBe(sha256(Buffer.from([0xc3, 0xa9])));
  });
});

describe("shardKey", () => {
  it("is the sha256 of the version and each page's file and hash, in order", () => {
    const expected = createHash("sha256")
      .update(`v1\0decisions/a/index.html\0${PAGES[0]!.sha256}\ndecisions/b/index.html\0${PAGES[1]!.sha256}\n`)
      .digest("hex");
    expect(shardKey("v1", PAGES)).toBe(expected);
  });

  it("changes with the version, a page's text, a page's file, and the pages' order", () => {
    const key = shardKey("v1", PAGES);
    const others = [
      shardKey("v2", PAGES),
      shardKey("v1", [PAGES[0]!, { ...PAGES[1]!, sha256: sha256("<html><body>b.</body></html>") }]),
      shardKey("v1", [PAGES[0]!, { ...PAGES[1]!, file: "decisions/c/index.html" }]),
      shardKey("v1", [PAGES[1]!, PAGES[0]!]),
      shardKey("v1", [PAGES[0]!]),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
    expect(shardKey("v1", [...PAGES])).toBe(key);
  });
});

const RECORD: ShardRecord = { bundles: ["pagefind/", "pagefind-1/"], pages: [2, 4], keys: ["k0", "k1"], orderedBy: "date" };

describe("formatRecord and parseRecord", () => {
  it("reads back the record written", () => {
    expect(formatRecord(RECORD)).toBe('{"bundles":["pagefind/","pagefind-1/"],"pages":[2,4],"keys":["k0","k1"],"orderedBy":"date"}\n');
    expect(parseRecord(formatRecord(RECORD))).toEqual(RECORD);
  });

  it("finds no record in what is not one: not JSON, cut short, without keys, or lists of other lengths", () => {
    for (const text of [
      "",
      "not json",
      formatRecord(RECORD).slice(0, 30),
      "null",
      '{"bundles":["pagefind/"],"pages":[2],"orderedBy":"date"}',
      '{"bundles":["pagefind/","pagefind-1/"],"pages":[2,4],"keys":["k0"],"orderedBy":"date"}',
      '{"bundles":["pagefind/"],"pages":[-1],"keys":["k0"],"orderedBy":"date"}',
      '{"bundles":["pagefind/"],"pages":["2"],"keys":["k0"],"orderedBy":"date"}',
    ])
      expect(parseRecord(text), text).toBeUndefined();
  });
});

describe("keptBundles", () => {
  it("gives each shard the bundle the record holds under its key, with its pages, and none for a new key", () => {
    expect(keptBundles(RECORD, ["k0", "k1"])).toEqual([
      { bundle: "pagefind/", pages: 2 },
      { bundle: "pagefind-1/", pages: 4 },
    ]);
    expect(keptBundles(RECORD, ["new", "k1"])).toEqual([undefined, { bundle: "pagefind-1/", pages: 4 }]);
  });

  it("finds a bundle under its key when a new shard has pushed it to the next folder", () => {
    // The newest shard filled and a new one opened: the old shard 0 is now shard 1, and 1 is 2.
    expect(keptBundles(RECORD, ["new", "k0", "k1"])).toEqual([
      undefined,
      { bundle: "pagefind/", pages: 2 },
      { bundle: "pagefind-1/", pages: 4 },
    ]);
  });

  it("keeps nothing without a record", () => {
    expect(keptBundles(undefined, ["k0"])).toEqual([undefined]);
  });
});

const SITE = "/work/dist";
const A = "decisions/a/index.html";
const B = "decisions/b/index.html";
const HASH_A = sha256("a");
const HASH_B = sha256("b");
/** When the recorded index started to read the pages. */
const READ_AT = 1_700_000_000_000;
const PAGE_RECORD: PageRecord = {
  site: SITE,
  version: "v1",
  orderedBy: "date",
  readAt: READ_AT,
  files: { [A]: [1200, READ_AT - 60_000.25, "2024-05-19", HASH_A], [B]: [800, READ_AT - 5000, "", HASH_B] },
};

describe("formatRecord and parsePageRecord", () => {
  it("reads back the record of the pages written", () => {
    expect(formatRecord(PAGE_RECORD)).toBe(
      `{"site":"${SITE}","version":"v1","orderedBy":"date","readAt":${READ_AT},` +
        `"files":{"${A}":[1200,${READ_AT - 60_000.25},"2024-05-19","${HASH_A}"],"${B}":[800,${READ_AT - 5000},"","${HASH_B}"]}}\n`,
    );
    expect(parsePageRecord(formatRecord(PAGE_RECORD))).toEqual(PAGE_RECORD);
    expect(parsePageRecord(formatRecord({ ...PAGE_RECORD, files: {} }))).toEqual({ ...PAGE_RECORD, files: {} });
  });

  it("finds no record in what is not one, or when a field is missing or one page's entry is not whole: none of it is trusted", () => {
    const text = (change: (r: Record<string, unknown>) => void) => {
      const r = JSON.parse(formatRecord(PAGE_RECORD)) as Record<string, unknown>;
      change(r);
      return JSON.stringify(r);
    };
    const entryOfB = (entry: unknown) => text((r) => ((r["files"] as Record<string, unknown>)[B] = entry));
    // Changed so, the record is read back.
    expect(parsePageRecord(entryOfB([801, READ_AT, "x", HASH_A]))).toBeDefined();
    for (const malformed of [
      "",
      "not json",
      formatRecord(PAGE_RECORD).slice(0, -20),
      "null",
      "[]",
      formatRecord({ bundles: [], pages: [], keys: [], orderedBy: "date" }),
      text((r) => delete r["site"]),
      text((r) => delete r["version"]),
      text((r) => delete r["orderedBy"]),
      text((r) => delete r["readAt"]),
      text((r) => delete r["files"]),
      text((r) => (r["files"] = [])),
      text((r) => (r["files"] = null)),
      text((r) => (r["readAt"] = String(READ_AT))),
      // One page's entry of two: too short, too long, a size that is not a count, a time that is
      // not a number, no sort key, a hash cut short or not in lower-case hex, not a list.
      entryOfB([800, READ_AT - 5000, ""]),
      entryOfB([800, READ_AT - 5000, "", HASH_B, 0]),
      entryOfB([-1, READ_AT - 5000, "", HASH_B]),
      entryOfB([8.5, READ_AT - 5000, "", HASH_B]),
      entryOfB([800, String(READ_AT - 5000), "", HASH_B]),
      entryOfB([800, null, "", HASH_B]),
      entryOfB([800, READ_AT - 5000, null, HASH_B]),
      entryOfB([800, READ_AT - 5000, "", HASH_B.slice(1)]),
      entryOfB([800, READ_AT - 5000, "", HASH_B.toUpperCase()]),
      entryOfB({ size: 800 }),
    ])
      expect(parsePageRecord(malformed), malformed).toBeUndefined();
  });
});

describe("recordedFiles", () => {
  it("holds each page's size, modification time, sort key and hash by its file", () => {
    const pages = [
      { file: A, size: 1200, mtimeMs: READ_AT - 60_000.25, key: "2024-05-19", sha256: HASH_A },
      { file: B, size: 800, mtimeMs: READ_AT - 5000, key: "", sha256: HASH_B },
    ];
    expect(recordedFiles(pages)).toEqual(PAGE_RECORD.files);
    expect(recordedFiles([])).toEqual({});
  });
});

describe("reusedPages", () => {
  const reader = { site: SITE, version: "v1", orderedBy: "date" };
  const a = { file: A, size: 1200, mtimeMs: READ_AT - 60_000.25 };
  const b = { file: B, size: 800, mtimeMs: READ_AT - 5000 };
  const pageA = { ...a, key: "2024-05-19", sha256: HASH_A };
  const pageB = { ...b, key: "", sha256: HASH_B };

  it("takes the sort key and hash recorded of each file with the same size and modification time", () => {
    expect(reusedPages(PAGE_RECORD, reader, [a, b])).toEqual([pageA, pageB]);
    expect(reusedPages(PAGE_RECORD, reader, [b])).toEqual([pageB]);
    expect(reusedPages(PAGE_RECORD, reader, [])).toEqual([]);
  });

  it("reads a file whose size changed", () => {
    expect(reusedPages(PAGE_RECORD, reader, [{ ...a, size: 1201 }, b])).toEqual([undefined, pageB]);
    expect(reusedPages(PAGE_RECORD, reader, [{ ...a, size: 0 }])).toEqual([undefined]);
  });

  it("reads a file whose modification time changed, later or earlier", () => {
    expect(reusedPages(PAGE_RECORD, reader, [a, { ...b, mtimeMs: b.mtimeMs + 1 }])).toEqual([pageA, undefined]);
    expect(reusedPages(PAGE_RECORD, reader, [{ ...a, mtimeMs: a.mtimeMs + 0.25 }])).toEqual([undefined]);
    // Put back from elsewhere, older than it was.
    expect(reusedPages(PAGE_RECORD, reader, [{ ...a, mtimeMs: a.mtimeMs - 1000 }])).toEqual([undefined]);
  });

  it("reads a file the record does not hold", () => {
    expect(reusedPages(PAGE_RECORD, reader, [{ ...a, file: "decisions/c/index.html" }, a])).toEqual([undefined, pageA]);
    // Nor one whose name is a property of every object.
    expect(reusedPages(PAGE_RECORD, reader, [{ file: "constructor", size: 0, mtimeMs: 0 }])).toEqual([undefined]);
  });

  it(`reads a file written less than ${MARGIN_MS} ms before the recorded index started to read: it may have changed since, keeping its size and time`, () => {
    const racy = { file: "decisions/racy/index.html", size: 100, mtimeMs: READ_AT - MARGIN_MS };
    const old = { file: "decisions/old/index.html", size: 100, mtimeMs: READ_AT - MARGIN_MS - 0.001 };
    const during = { file: "decisions/during/index.html", size: 100, mtimeMs: READ_AT + 10 };
    const record: PageRecord = {
      ...PAGE_RECORD,
      files: {
        [racy.file]: [racy.size, racy.mtimeMs, "x", HASH_A],
        [old.file]: [old.size, old.mtimeMs, "y", HASH_B],
        [during.file]: [during.size, during.mtimeMs, "z", HASH_A],
      },
    };
    expect(reusedPages(record, reader, [racy, old, during])).toEqual([undefined, { ...old, key: "y", sha256: HASH_B }, undefined]);
    // The same files, recorded by an index that started to read them a second later: all taken as recorded.
    expect(reusedPages({ ...record, readAt: READ_AT + 1000 }, reader, [racy, during]).map((p) => p?.key)).toEqual(["x", undefined]);
    expect(reusedPages({ ...record, readAt: READ_AT + MARGIN_MS + 11 }, reader, [racy, during]).map((p) => p?.key)).toEqual(["x", "z"]);
  });

  it("reads every file without a record, with one not whole, or one of another site, version or sort key", () => {
    const none = [undefined, undefined];
    expect(reusedPages(undefined, reader, [a, b])).toEqual(none);
    expect(reusedPages(parsePageRecord(formatRecord(PAGE_RECORD).slice(0, -3)), reader, [a, b])).toEqual(none);
    expect(reusedPages(PAGE_RECORD, { ...reader, site: "/work/other" }, [a, b])).toEqual(none);
    expect(reusedPages(PAGE_RECORD, { ...reader, version: "v2" }, [a, b])).toEqual(none);
    expect(reusedPages(PAGE_RECORD, { ...reader, orderedBy: "title" }, [a, b])).toEqual(none);
  });
});
