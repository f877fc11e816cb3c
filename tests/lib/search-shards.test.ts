import { describe, expect, it } from "vitest";
import { bundleDirs, isBundleDir, newestShardSize, shardPlan, shardRanges } from "../../src/lib/search-shards.ts";

describe("shardRanges", () => {
  it("keeps an archive of at most one shard's size in one shard", () => {
    expect(shardRanges(0, 5000)).toEqual([[0, 0]]);
    expect(shardRanges(5000, 5000)).toEqual([[0, 5000]]);
  });

  it("puts the newest half-shard first and splits the older pages evenly, newest first", () => {
    // 10,000 pages oldest first: the newest 2,500 are 7,500..10,000; 7,500 older in two shards of 3,750.
    expect(shardRanges(10_000, 5000)).toEqual([
      [7500, 10_000],
      [3750, 7500],
      [0, 3750],
    ]);
    // 50,000: 2,500 newest, then 47,500 in ten shards of 4,750.
    const ranges = shardRanges(50_000, 5000);
    expect(ranges).toHaveLength(11);
    expect(ranges[0]).toEqual([47_500, 50_000]);
    expect(ranges.slice(1).map(([from, to]) => to - from)).toEqual(Array(10).fill(4750));
  });

  it("covers every page once, in order, with no shard above the size", () => {
    for (const [pages, size] of [
      [5001, 5000],
      [7, 4],
      [9, 4],
      [12_345, 5000],
      [3, 1],
    ] as const) {
      const ranges = shardRanges(pages, size);
      const oldestFirst = [...ranges].reverse();
      expect(oldestFirst[0]![0]).toBe(0);
      expect(oldestFirst.at(-1)![1]).toBe(pages);
      for (let k = 1; k < oldestFirst.length; k++) expect(oldestFirst[k]![0]).toBe(oldestFirst[k - 1]![1]);
      expect(ranges[0]![1] - ranges[0]![0]).toBe(newestShardSize(size));
      for (const [from, to] of ranges) expect(to - from).toBeLessThanOrEqual(size);
    }
  });
});

describe("bundleDirs", () => {
  it("names shard 0 pagefind/ and the others by number", () => {
    expect(bundleDirs(3)).toEqual(["pagefind/", "pagefind-1/", "pagefind-2/"]);
  });
});

describe("isBundleDir", () => {
  it("knows the folders bundleDirs names, and no other", () => {
    for (const dir of bundleDirs(12)) expect(isBundleDir(dir.slice(0, -1))).toBe(true);
    for (const name of ["pagefind-", "pagefinder", "pagefind-1x", "decisions", "_pagefind"]) expect(isBundleDir(name)).toBe(false);
  });
});

describe("shardPlan", () => {
  it("names a bundle for each shard of the pages, the newest first", () => {
    expect(shardPlan(12_000, 5000)).toEqual({
      ranges: [
        [9500, 12_000],
        [4750, 9500],
        [0, 4750],
      ],
      bundles: ["pagefind/", "pagefind-1/", "pagefind-2/"],
    });
    expect(shardPlan(103, 5000)).toEqual({ ranges: [[0, 103]], bundles: ["pagefind/"] });
  });
});
