import { describe, expect, it } from "vitest";
import { listPages, type ListPage } from "../../src/lib/list-pages.ts";

/** A list of `total` items, newest first, each its place counted from the oldest (1). */
const list = (total: number) => Array.from({ length: total }, (_, i) => total - i);

const byNumber = <T>(pages: ListPage<T>[]) => new Map(pages.map((p) => [p.number, p]));

describe("the pages of a list, numbered from the oldest", () => {
  it("holds a short list on its front page alone, with no page links", () => {
    for (const total of [0, 1, 10, 19]) {
      expect(listPages(list(total), 10)).toEqual([
        { number: "front", items: list(total), from: total === 0 ? 0 : 1, to: total, older: undefined, links: [] },
      ]);
    }
  });

  it("fills the older pages from the oldest and leaves the rest, the newest, to the front page", () => {
    const pages = listPages(list(47), 10);
    expect(pages.map((p) => p.number)).toEqual(["front", 3, 2, 1]);
    expect(pages.map((p) => [p.from, p.to])).toEqual([
      [31, 47],
      [21, 30],
      [11, 20],
      [1, 10],
    ]);
    expect(pages[0]!.items).toEqual([47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31]);
    expect(pages[3]!.items).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    // Every item on one page, in the list's order.
    expect(pages.flatMap((p) => p.items)).toEqual(list(47));
  });

  it("links each page to the pages just newer and older", () => {
    const pages = byNumber(listPages(list(40), 10));
    expect([...pages.values()].map((p) => [p.number, p.newer, p.older])).toEqual([
      ["front", undefined, 3],
      [3, "front", 2],
      [2, 3, 1],
      [1, 2, undefined],
    ]);
  });

  it("shows the front page, two pages either side and page 1 among its links, with gaps where pages are left out", () => {
    const pages = byNumber(listPages(list(200), 10));
    expect(pages.get("front")!.links).toEqual(["front", 19, 18, "gap", 1]);
    expect(pages.get(19)!.links).toEqual(["front", 19, 18, 17, "gap", 1]);
    expect(pages.get(10)!.links).toEqual(["front", "gap", 12, 11, 10, 9, 8, "gap", 1]);
    expect(pages.get(4)!.links).toEqual(["front", "gap", 6, 5, 4, 3, 2, 1]);
    expect(pages.get(1)!.links).toEqual(["front", "gap", 3, 2, 1]);
  });

  it("keeps every page but the front and the newest few as they were when newer items are added", () => {
    const before = byNumber(listPages(list(203), 10));
    for (const added of [1, 7, 10, 25]) {
      const after = byNumber(listPages(list(203 + added), 10));
      const last = Math.floor((203 + added) / 10) - 1;
      for (const [number, page] of before) {
        if (number === "front") continue;
        // The items of a page never change; its links change only within reach of a page added.
        expect(after.get(number)!.items).toEqual(page.items);
        if (number < 19 - 2) expect(after.get(number)).toEqual(page);
      }
      expect(after.get("front")!.items.at(-1)).toBe(last * 10 + 1);
    }
  });
});
