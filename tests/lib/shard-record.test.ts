import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MARGIN_MS } from "../../src/lib/record-cache.ts";
import {
  formatRecord,
  keptBundles,
  recordOfPages,
  pageRecordVersion,
  parsePageRecord,
  parseRecord,
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
const VERSION = pageRecordVersion({ site: SITE, version: "v1", orderedBy: "date" });
const PAGE_A = { file: A, size: 1200, mtimeMs: READ_AT - 60_000.25, key: "2024-05-19", sha256: HASH_A };
const PAGE_B = { file: B, size: 800, mtimeMs: READ_AT - 5000, key: "", sha256: HASH_B };
const PAGE_RECORD: PageRecord = recordOfPages(VERSION, READ_AT, [PAGE_A, PAGE_B]);

describe("recordOfPages, formatRecord and parsePageRecord", () => {
  it("holds each page's size, modification time, hash and sort key by its file, and reads back as written", () => {
    expect(formatRecord(PAGE_RECORD)).toBe(
      `{"version":"${SITE}\\u0000v1\\u0000date","readAt":${READ_AT},"files":{` +
        `"${A}":{"size":1200,"mtimeMs":${READ_AT - 60_000.25},"digest":"${HASH_A}","record":{"key":"2024-05-19"}},` +
        `"${B}":{"size":800,"mtimeMs":${READ_AT - 5000},"digest":"${HASH_B}","record":{"key":""}}}}\n`,
    );
    expect(parsePageRecord(formatRecord(PAGE_RECORD))).toEqual(PAGE_RECORD);
    expect(parsePageRecord(formatRecord(recordOfPages(VERSION, READ_AT, [])))).toEqual({ version: VERSION, readAt: READ_AT, files: {} });
  });

  it("finds no record in what is not one, or when a field is missing or one page's entry is not whole: none of it is trusted", () => {
    const text = (change: (r: Record<string, unknown>) => void) => {
      const r = JSON.parse(formatRecord(PAGE_RECORD)) as Record<string, unknown>;
      change(r);
      return JSON.stringify(r);
    };
    const entryOfB = (entry: unknown) => text((r) => ((r["files"] as Record<string, unknown>)[B] = entry));
    const b = { size: 800, mtimeMs: READ_AT - 5000, digest: HASH_B, record: { key: "" } };
    // Changed so, the record is read back.
    expect(parsePageRecord(entryOfB({ ...b, size: 801, record: { key: "x" } }))).not.toBeNull();
    for (const malformed of [
      "",
      "not json",
      formatRecord(PAGE_RECORD).slice(0, -20),
      "null",
      "[]",
      formatRecord({ bundles: [], pages: [], keys: [], orderedBy: "date" }),
      text((r) => delete r["version"]),
      text((r) => delete r["readAt"]),
      text((r) => delete r["files"]),
      text((r) => (r["files"] = [])),
      text((r) => (r["files"] = null)),
      text((r) => (r["readAt"] = String(READ_AT))),
      // One page's entry of two: a field missing, a time that is not a number, no sort key, a hash
      // cut short or not in lower-case hex, not an object.
      entryOfB({ ...b, size: undefined }),
      entryOfB({ ...b, mtimeMs: String(READ_AT - 5000) }),
      entryOfB({ ...b, mtimeMs: null }),
      entryOfB({ ...b, record: {} }),
      entryOfB({ ...b, record: { key: null } }),
      entryOfB({ ...b, record: null }),
      entryOfB({ ...b, digest: HASH_B.slice(1) }),
      entryOfB({ ...b, digest: HASH_B.toUpperCase() }),
      entryOfB([800, READ_AT - 5000, "", HASH_B]),
    ])
      expect(parsePageRecord(malformed), malformed).toBeNull();
  });
});

describe("reusedPages", () => {
  const stat = ({ file, size, mtimeMs }: typeof PAGE_A) => ({ file, size, mtimeMs });
  const a = stat(PAGE_A);
  const b = stat(PAGE_B);

  it("takes the sort key and hash recorded of each file with the same size and modification time", () => {
    expect(reusedPages(PAGE_RECORD, VERSION, [a, b])).toEqual([PAGE_A, PAGE_B]);
    expect(reusedPages(PAGE_RECORD, VERSION, [b])).toEqual([PAGE_B]);
    expect(reusedPages(PAGE_RECORD, VERSION, [])).toEqual([]);
  });

  it("reads a file whose size changed", () => {
    expect(reusedPages(PAGE_RECORD, VERSION, [{ ...a, size: 1201 }, b])).toEqual([undefined, PAGE_B]);
    expect(reusedPages(PAGE_RECORD, VERSION, [{ ...a, size: 0 }])).toEqual([undefined]);
  });

  it("reads a file whose modification time changed, later or earlier", () => {
    expect(reusedPages(PAGE_RECORD, VERSION, [a, { ...b, mtimeMs: b.mtimeMs + 1 }])).toEqual([PAGE_A, undefined]);
    expect(reusedPages(PAGE_RECORD, VERSION, [{ ...a, mtimeMs: a.mtimeMs + 0.25 }])).toEqual([undefined]);
    // Put back from elsewhere, older than it was.
    expect(reusedPages(PAGE_RECORD, VERSION, [{ ...a, mtimeMs: a.mtimeMs - 1000 }])).toEqual([undefined]);
  });

  it("reads a file the record does not hold", () => {
    expect(reusedPages(PAGE_RECORD, VERSION, [{ ...a, file: "decisions/c/index.html" }, a])).toEqual([undefined, PAGE_A]);
    // Nor one whose name is a property of every object.
    expect(reusedPages(PAGE_RECORD, VERSION, [{ file: "constructor", size: 0, mtimeMs: 0 }])).toEqual([undefined]);
  });

  it(`reads a file written less than ${MARGIN_MS} ms before the recorded index started to read: it may have changed since, keeping its size and time`, () => {
    const racy = { file: "decisions/racy/index.html", size: 100, mtimeMs: READ_AT - MARGIN_MS, key: "x", sha256: HASH_A };
    const old = { file: "decisions/old/index.html", size: 100, mtimeMs: READ_AT - MARGIN_MS - 0.001, key: "y", sha256: HASH_B };
    const during = { file: "decisions/during/index.html", size: 100, mtimeMs: READ_AT + 10, key: "z", sha256: HASH_A };
    const files = [racy, old, during];
    expect(reusedPages(recordOfPages(VERSION, READ_AT, files), VERSION, files.map(stat))).toEqual([undefined, old, undefined]);
    // The same files, recorded by an index that started to read them a second later: all taken as recorded.
    const later = (ms: number) => reusedPages(recordOfPages(VERSION, READ_AT + ms, files), VERSION, [racy, during].map(stat));
    expect(later(1000).map((p) => p?.key)).toEqual(["x", undefined]);
    expect(later(MARGIN_MS + 11).map((p) => p?.key)).toEqual(["x", "z"]);
  });

  it("reads every file without a record, with one not whole, or one of another site, version or sort key", () => {
    const none = [undefined, undefined];
    expect(reusedPages(null, VERSION, [a, b])).toEqual(none);
    expect(reusedPages(parsePageRecord(formatRecord(PAGE_RECORD).slice(0, -3)), VERSION, [a, b])).toEqual(none);
    for (const other of [
      { site: "/work/other", version: "v1", orderedBy: "date" },
      { site: SITE, version: "v2", orderedBy: "date" },
      { site: SITE, version: "v1", orderedBy: "title" },
    ])
      expect(reusedPages(PAGE_RECORD, pageRecordVersion(other), [a, b])).toEqual(none);
  });
});
