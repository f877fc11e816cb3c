// The pages of a list of decisions, newest first, whose addresses keep what they show. The older
// pages are numbered from the oldest (page 1) and hold PAGE_SIZE each; the front page holds the
// newest, the rest: from PAGE_SIZE to twice that less one, or all of a shorter list. So a decision
// added to the list changes its front page, and a page besides only when a page is added: the
// pages beside the new one gain a link to it.

export const PAGE_SIZE = 50;

/** A page of a list: "front" for the front page, which holds the newest, or a number from the oldest page (1). */
export type PageRef = number | "front";

export interface ListPage<T> {
  number: PageRef;
  /** Its items, newest first. */
  items: T[];
  /** Where its oldest and its newest item stand in the list, counted from the oldest (1). */
  from: number;
  to: number;
  /** The page of the items just newer than its newest; none on the front page. */
  newer?: PageRef | undefined;
  /** The page of the items just older than its oldest; none on page 1, nor on the front page of a list of one page. */
  older?: PageRef | undefined;
  /**
   * The pages its page links show, newest first, itself among them: the front page, the two
   * pages either side of it and page 1, with "gap" where pages between are left out. Empty for a
   * list of one page.
   */
  links: (PageRef | "gap")[];
}

/** How many pages either side of a page its page links show. */
const NEARBY = 2;

/** The pages of `items`, newest first, with `size` on each older page: the front page first, then page n - 1 down to page 1. */
export function listPages<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const total = items.length;
  // Pages in all, the front page included; the older pages are numbered 1 to count - 1.
  const count = Math.max(1, Math.floor(total / size));
  const frontFrom = (count - 1) * size + 1;
  const front: ListPage<T> = {
    number: "front",
    items: items.slice(0, total - frontFrom + 1),
    from: total === 0 ? 0 : frontFrom,
    to: total,
    older: count > 1 ? count - 1 : undefined,
    links: pageLinks("front", count),
  };
  const older: ListPage<T>[] = [];
  for (let n = count - 1; n >= 1; n--) {
    const from = (n - 1) * size + 1;
    older.push({
      number: n,
      items: items.slice(total - (from + size - 1), total - from + 1),
      from,
      to: from + size - 1,
      newer: n === count - 1 ? "front" : n + 1,
      older: n > 1 ? n - 1 : undefined,
      links: pageLinks(n, count),
    });
  }
  return [front, ...older];
}

/** The page links of page `at` of a list of `count` pages (the front page included), newest first. */
function pageLinks(at: PageRef, count: number): (PageRef | "gap")[] {
  if (count === 1) return [];
  const last = count - 1;
  const centre = at === "front" ? last + 1 : at;
  const numbers: number[] = [];
  for (let n = Math.min(last, centre + NEARBY); n >= Math.max(1, centre - NEARBY); n--) numbers.push(n);
  if (numbers.at(-1) !== 1) numbers.push(1);
  const links: (PageRef | "gap")[] = ["front"];
  let previous = last + 1;
  for (const n of numbers) {
    if (previous - n > 1) links.push("gap");
    links.push(n);
    previous = n;
  }
  return links;
}
