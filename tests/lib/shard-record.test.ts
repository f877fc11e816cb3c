import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatRecord, keptPages, parseRecord, sha256, shardKey, type ShardRecord } from "../../src/lib/shard-record.ts";

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
  it("is the sha256 of the version, the bundle and each page's file and hash, in order", () => {
    const expected = createHash("sha256")
      .update(`v1\0pagefind-1/\0decisions/a/index.html\0${PAGES[0]!.sha256}\ndecisions/b/index.html\0${PAGES[1]!.sha256}\n`)
      .digest("hex");
    expect(shardKey("v1", "pagefind-1/", PAGES)).toBe(expected);
  });

  it("changes with the version, the bundle, a page's text, a page's file, and the pages' order", () => {
    const key = shardKey("v1", "pagefind/", PAGES);
    const others = [
      shardKey("v2", "pagefind/", PAGES),
      shardKey("v1", "pagefind-1/", PAGES),
      shardKey("v1", "pagefind/", [PAGES[0]!, { ...PAGES[1]!, sha256: sha256("<html><body>b.</body></html>") }]),
      shardKey("v1", "pagefind/", [PAGES[0]!, { ...PAGES[1]!, file: "decisions/c/index.html" }]),
      shardKey("v1", "pagefind/", [PAGES[1]!, PAGES[0]!]),
      shardKey("v1", "pagefind/", [PAGES[0]!]),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
    expect(shardKey("v1", "pagefind/", [...PAGES])).toBe(key);
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

describe("keptPages", () => {
  it("keeps the pages count of each shard whose bundle the record gives the same key, and no other", () => {
    expect(keptPages(RECORD, ["pagefind/", "pagefind-1/"], ["k0", "k1"])).toEqual([2, 4]);
    expect(keptPages(RECORD, ["pagefind/", "pagefind-1/"], ["new", "k1"])).toEqual([undefined, 4]);
    // A bundle the record does not name, or a key recorded for another bundle.
    expect(keptPages(RECORD, ["pagefind/", "pagefind-1/", "pagefind-2/"], ["k0", "k0", "k1"])).toEqual([2, undefined, undefined]);
  });

  it("keeps nothing without a record", () => {
    expect(keptPages(undefined, ["pagefind/"], ["k0"])).toEqual([undefined]);
  });
});
