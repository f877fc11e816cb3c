import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byIndexOrder } from "../../src/lib/index-page.ts";
import {
  SHARD_SIZE,
  bundleDirs,
  describePlan,
  isBundleDir,
  firstSearchPages,
  newestShards,
  recentStart,
  searchFormPlan,
  shardPlan,
  shardRanges,
  shardSizes,
} from "../../src/lib/search-shards.ts";

/** `n` pages all dated `date`. */
const days = (date: string, n: number): string[] => Array<string>(n).fill(date);

const pad = (n: number) => String(n).padStart(2, "0");

/** A date of 2020 to 2022, "YYYY-MM-DD", days 1 to 28 of each month. */
const DATE = fc
  .integer({ min: 0, max: 36 * 28 - 1 })
  .map((d) => `20${20 + Math.floor(d / 336)}-${pad(1 + (Math.floor(d / 28) % 12))}-${pad(1 + (d % 28))}`);

// Nine pages, cut 4 a shard at most: January and February (2 + 2) fill the first shard; March (1)
// would take it to 5, so it opens the second, which April (3) fills to 4; May opens the third.
const NINE = ["2024-01-05", "2024-01-20", "2024-02-01", "2024-02-02", "2024-03-10", "2024-04-01", "2024-04-02", "2024-04-03", "2024-05-07"];

describe("shardRanges", () => {
  it("cuts no pages into one empty shard", () => {
    expect(shardRanges([], 4)).toEqual([[0, 0]]);
  });

  it("keeps pages of at most the size in one shard, whatever their months", () => {
    expect(shardRanges(["2024-01-03", "2024-02-01", "2024-02-09"], 4)).toEqual([[0, 3]]);
    expect(shardRanges(["2019-05-01", "2020-07-01", "2023-01-01", "2024-12-31"], 4)).toEqual([[0, 4]]);
  });

  it("closes a shard before a month that would take it over the size; the newest, open shard first", () => {
    expect(shardRanges(NINE, 4)).toEqual([
      [8, 9],
      [4, 8],
      [0, 4],
    ]);
    // A month that fits exactly joins the open shard.
    expect(shardRanges(["2024-01-01", "2024-02-01", "2024-02-02", "2024-02-03"], 4)).toEqual([[0, 4]]);
    // Months apart by years are taken as they come.
    expect(shardRanges(["2018-03-01", "2018-03-02", "2021-11-30", "2021-11-30", "2021-11-30"], 4)).toEqual([
      [2, 5],
      [0, 2],
    ]);
  });

  it("leaves the older shards' ranges as they were when newer pages are added", () => {
    // May gains a page and June two: the open shard takes them (1 + 1 + 2 = 4).
    const more = [...NINE, "2024-05-20", "2024-06-01", "2024-06-02"];
    expect(shardRanges(more, 4)).toEqual([
      [8, 12],
      [4, 8],
      [0, 4],
    ]);
    // July would take it to 5: it opens a shard of its own, and the others stay as they were.
    expect(shardRanges([...more, "2024-07-01"], 4)).toEqual([
      [12, 13],
      [8, 12],
      [4, 8],
      [0, 4],
    ]);
    // A page dated earlier in the newest month sorts among it, in the newest shard still.
    expect(shardRanges([...NINE.slice(0, 8), "2024-05-01", "2024-05-07"], 4)).toEqual([
      [8, 10],
      [4, 8],
      [0, 4],
    ]);
  });

  it("cuts a month of more pages than the size into shards of the size, in order, its last piece left open", () => {
    // December 2023 (1), then January 2024 (10): December closes; January is 4, 4, and 2 left open,
    // which February (1) joins.
    const keys = ["2023-12-31", ...days("2024-01-02", 3), ...days("2024-01-15", 4), ...days("2024-01-31", 3), "2024-02-01"];
    expect(shardRanges(keys, 4)).toEqual([
      [9, 12],
      [5, 9],
      [1, 5],
      [0, 1],
    ]);
    // A month of exactly twice the size: two full shards, the second open, which March closes.
    expect(shardRanges([...days("2024-02-10", 8), "2024-03-01"], 4)).toEqual([
      [8, 9],
      [4, 8],
      [0, 4],
    ]);
    // One page a shard: each page its own shard, days of one month cut by count.
    expect(shardRanges(["2024-01-01", "2024-01-01", "2024-02-01"], 1)).toEqual([
      [2, 3],
      [1, 2],
      [0, 1],
    ]);
  });

  it("puts pages without a date first, as the index orders them, in a group of their own", () => {
    const pages = [
      { file: "decisions/b/index.html", key: "2024-01-02" },
      { file: "decisions/c/index.html", key: "" },
      { file: "decisions/d/index.html", key: "2024-01-01" },
      { file: "decisions/a/index.html", key: "" },
      { file: "decisions/e/index.html", key: "" },
    ].sort(byIndexOrder);
    expect(pages.map((p) => p.file)).toEqual([
      "decisions/a/index.html",
      "decisions/c/index.html",
      "decisions/e/index.html",
      "decisions/d/index.html",
      "decisions/b/index.html",
    ]);
    // The three without a date, then January (2), which would take them to 5.
    expect(
      shardRanges(
        pages.map((p) => p.key),
        4,
      ),
    ).toEqual([
      [3, 5],
      [0, 3],
    ]);
  });

  it("covers every page once, in order, no shard above the size, and keeps the older shards when newer pages come", () => {
    fc.assert(
      fc.property(
        fc.array(DATE, { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 20 }),
        (unsorted, size, added) => {
          const keys = [...unsorted].sort();
          const ranges = shardRanges(keys, size);
          const oldestFirst = [...ranges].reverse();
          expect(oldestFirst[0]![0]).toBe(0);
          expect(oldestFirst.at(-1)![1]).toBe(keys.length);
          for (let k = 1; k < oldestFirst.length; k++) expect(oldestFirst[k]![0]).toBe(oldestFirst[k - 1]![1]);
          for (const [from, to] of ranges) expect(to - from).toBeLessThanOrEqual(size);
          // Pages dated after every other: every shard but the newest is cut as before.
          const newer = Array.from({ length: added }, (_, i) => `2030-${pad(1 + Math.floor(i / 4))}-01`);
          const after = [...shardRanges([...keys, ...newer], size)].reverse();
          expect(after.slice(0, oldestFirst.length - 1)).toEqual(oldestFirst.slice(0, -1));
        },
      ),
    );
  });
});

describe("recentStart", () => {
  it("finds the first page of the month before the newest page's", () => {
    expect(recentStart(NINE)).toBe(5);
    expect(recentStart(["2023-10-31", "2023-11-30", "2023-12-01", "2024-01-15"])).toBe(2);
    // No page in the month before: the newest month's first page.
    expect(recentStart(["2023-10-31", "2024-01-02", "2024-01-15"])).toBe(1);
    expect(recentStart(["2024-01-02", "2024-01-15"])).toBe(0);
  });

  it("is 0 for no pages or a newest page without a date, and passes over pages without one", () => {
    expect(recentStart([])).toBe(0);
    expect(recentStart(["", ""])).toBe(0);
    expect(recentStart(["", "2024-04-01"])).toBe(1);
  });
});

describe("newestShards", () => {
  it("counts the newest shards until they hold the pages asked, or all of them", () => {
    const ranges: [number, number][] = [
      [9, 10],
      [6, 9],
      [0, 6],
    ];
    expect(newestShards(ranges, 1)).toBe(1);
    expect(newestShards(ranges, 2)).toBe(2);
    expect(newestShards(ranges, 4)).toBe(2);
    expect(newestShards(ranges, 5)).toBe(3);
    expect(newestShards(ranges, 11)).toBe(3);
    expect(newestShards([[0, 0]], 2)).toBe(1);
  });
});

describe("shardPlan", () => {
  it("keeps pages that fit in one shard in one, whatever their months", () => {
    expect(shardPlan([], 4)).toEqual({ ranges: [[0, 0]], bundles: ["pagefind/"], newest: 1 });
    expect(shardPlan(["2019-05-01", "2024-11-30", "2024-12-31"], 4)).toEqual({ ranges: [[0, 3]], bundles: ["pagefind/"], newest: 1 });
    expect(shardPlan(days("2025-06-30", 103), SHARD_SIZE)).toEqual({ ranges: [[0, 103]], bundles: ["pagefind/"], newest: 1 });
  });

  it("cuts the two recent months apart from the months before them, each part by months, the newest first", () => {
    // April and May (3 + 1) are one shard; January to March (2 + 2 + 1) are cut as shardRanges cuts them.
    expect(shardPlan(NINE, 4)).toEqual({
      ranges: [
        [5, 9],
        [4, 5],
        [0, 4],
      ],
      bundles: ["pagefind/", "pagefind-1/", "pagefind-2/"],
      newest: 1,
    });
    // May's second page takes April and May to 5: May opens a shard of its own.
    expect(shardSizes(shardPlan([...NINE, "2024-05-20"], 4))).toEqual([2, 3, 1, 4]);
  });

  it("searches the newest shards first until they hold half a shard", () => {
    // March's one page is fewer than 2: the first search takes January's last two with it.
    const plan = shardPlan([...days("2024-01-10", 6), "2024-03-02"], 4);
    expect(plan.ranges).toEqual([
      [6, 7],
      [4, 6],
      [0, 4],
    ]);
    expect(plan.newest).toBe(2);
    expect(SHARD_SIZE).toBe(2500);
    expect(firstSearchPages(SHARD_SIZE)).toBe(1250);
    expect(firstSearchPages(4)).toBe(2);
    expect(firstSearchPages(1)).toBe(1);
  });

  it("covers every page once, no shard above the size; pages added in the newest month change only the recent months' shards", () => {
    fc.assert(
      fc.property(
        fc.array(DATE, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 20 }),
        (unsorted, size, added) => {
          const keys = [...unsorted].sort();
          const plan = shardPlan(keys, size);
          const oldestFirst = [...plan.ranges].reverse();
          expect(oldestFirst[0]![0]).toBe(0);
          expect(oldestFirst.at(-1)![1]).toBe(keys.length);
          for (let k = 1; k < oldestFirst.length; k++) expect(oldestFirst[k]![0]).toBe(oldestFirst[k - 1]![1]);
          for (const [from, to] of plan.ranges) expect(to - from).toBeLessThanOrEqual(size);
          const newest = keys.length - plan.ranges[plan.newest - 1]![0];
          expect(newest >= firstSearchPages(size) || plan.newest === plan.ranges.length).toBe(true);
          // Pages dated later in the newest page's month: the shards before the recent months are as they were.
          const month = keys.at(-1)!.slice(0, 7);
          const later = shardPlan([...keys, ...Array<string>(added).fill(`${month}-28`)], size);
          const before = (ranges: [number, number][]) => ranges.filter(([, to]) => to <= recentStart(keys));
          if (keys.length > size) expect(before(later.ranges)).toEqual(before(plan.ranges));
        },
      ),
    );
  });

  it("gives each shard's pages, and says the plan in words", () => {
    const plan = shardPlan([...NINE, "2024-05-20"], 4);
    expect(describePlan(plan.bundles, shardSizes(plan))).toBe(
      "10 pages in 4 shards: pagefind/ (2), pagefind-1/ (3), pagefind-2/ (1), pagefind-3/ (4)",
    );
  });
});

describe("searchFormPlan", () => {
  it("reads the bundles, less the base, and their pages from a built search page's form", () => {
    const html = `<main><form id="search-form" class="search-form" action="/casebook/search/" method="get" data-bundle="/casebook/pagefind/" data-shards="/casebook/pagefind-1/ /casebook/pagefind-2/" data-shard-pages="1 4 4" data-newest="1" data-base="/casebook/"><input></form></main>`;
    expect(searchFormPlan(html)).toEqual({ bundles: ["pagefind/", "pagefind-1/", "pagefind-2/"], pages: [1, 4, 4] });
    // Attribute values as Astro escapes them.
    const escaped = `<form id="search-form" data-bundle="/a&amp;b/pagefind/" data-shards="" data-shard-pages="3" data-base="/a&amp;b/">`;
    expect(searchFormPlan(escaped)).toEqual({ bundles: ["pagefind/"], pages: [3] });
    const one = `<form id="search-form" class="search-form" data-bundle="/pagefind/" data-shards data-shard-pages="103" data-base="/" data-astro-cid-x>`;
    expect(searchFormPlan(one)).toEqual({ bundles: ["pagefind/"], pages: [103] });
  });

  it("finds no plan on a page without the search form or its attributes", () => {
    expect(searchFormPlan('<form id="other" data-bundle="/pagefind/"></form>')).toBeUndefined();
    expect(searchFormPlan('<form id="search-form" data-bundle="/pagefind/" data-shards="" data-base="/">')).toBeUndefined();
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
