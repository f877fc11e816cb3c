import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatRecord, keptBundles, parseRecord, sha256, shardKey, type ShardRecord } from "../../src/lib/shard-record.ts";

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
