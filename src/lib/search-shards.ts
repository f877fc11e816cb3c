// How the search index is split. Pagefind holds every page it indexes in memory until it writes
// (up to 1 MB a decision page at its peak), so a large archive is indexed in shards of at most
// SHARD_SIZE pages, each by a worker process of its own (src/integrations/pagefind.ts). And a
// browser downloads, for each word searched, that word's part of every shard it searches: the
// positions of "council", a word in every decision, cost about 60% of a search for "council tax".
// So the newest pages are searched first, in the newest shards, which hold at least half a shard
// together; the older shards are loaded only when the reader asks for them (or the newest have
// nothing), so a first search costs about the same whatever the archive's size.
//
// The shards are cut by calendar month of the pages' dates, oldest first, so that a page's shard
// depends only on the pages as old as it or older: decisions added newer than every other change
// the newest shard alone (or open a new one once it is full), and the older shards, their pages
// unchanged, keep their bundles from one build to the next. And the two most recent months are cut
// apart from the months before them, so a night's new decisions change a shard of a month or two
// of decisions, not the open shard of up to SHARD_SIZE pages, each of which Pagefind takes about
// 10 ms to index.
//
// Shard 0 is the bundle "pagefind/" (with Pagefind's own scripts) and holds the newest pages;
// shard K is "pagefind-K/", and the higher K, the older its pages.

import { DomUtils, parseDocument } from "htmlparser2";

/** Pages per shard at most unless the build says otherwise (SEARCH_SHARD_SIZE in astro.config.mjs). */
export const SHARD_SIZE = 2500;

/** The month of a sort key "YYYY-MM-DD", "YYYY-MM"; "" for a page without a date. */
const monthOf = (key: string): string => key.slice(0, 7);

/**
 * The shards of pages whose sort keys ("YYYY-MM-DD", "" for a page without a date) are `keys`, in
 * the index's order (oldest first, pages without a date before all): [from, to) of each, shard 0,
 * the newest, first. The pages are taken a month at a time, oldest first, into the open shard; a
 * month that would take it over `size` pages closes it first, and a month of more than `size`
 * pages is cut, in the index's order, into shards of `size` and a last piece that stays open. The
 * shard left open is shard 0. No pages at all are one empty shard.
 */
export function shardRanges(keys: readonly string[], size: number): [number, number][] {
  const cap = Math.max(1, Math.floor(size));
  /** Where each shard starts, oldest first; the last is the open shard's. */
  const starts = [0];
  for (let from = 0; from < keys.length;) {
    const month = monthOf(keys[from]!);
    let to = from + 1;
    while (to < keys.length && monthOf(keys[to]!) === month) to++;
    const open = starts.at(-1)!;
    if (to - open > cap && from > open) starts.push(from);
    while (to - starts.at(-1)! > cap) starts.push(starts.at(-1)! + cap);
    from = to;
  }
  return starts.map((start, j): [number, number] => [start, starts[j + 1] ?? keys.length]).reverse();
}

/** The index's shards, as the search page names them and the index writes them. */
export interface ShardPlan {
  /** [from, to) of each shard in the index's order (oldest page first), shard 0, the newest, first. */
  ranges: [number, number][];
  /** Each shard's bundle folder, relative to the site's base, shard 0 first. */
  bundles: string[];
  /** How many shards, from shard 0, a first search looks at (newestShards). */
  newest: number;
}

/**
 * The shards of the pages whose sort keys, in the index's order, are `keys`, cut `size` pages a
 * shard at most. Pages that fit in one shard are one shard. More are cut in two parts, each by
 * shardRanges: the recent months (recentStart) and the pages before them. So a night's decisions,
 * dated in the recent months, change only the recent months' shards, and the pages before them
 * change only when a month begins (and then only the open shard among them). A first search looks
 * at the newest shards until they hold half a shard (newestShards). The search page plans from its
 * decisions' dates, the index from the pages written: the same function, so the same plan for the
 * same dates.
 */
export function shardPlan(keys: readonly string[], size: number): ShardPlan {
  const ranges = keys.length <= size ? [[0, keys.length] as [number, number]] : splitRecent(keys, size);
  return { ranges, bundles: bundleDirs(ranges.length), newest: newestShards(ranges, firstSearchPages(size)) };
}

/** shardRanges of the recent months, then of the pages before them, shard 0 (the newest) first. */
function splitRecent(keys: readonly string[], size: number): [number, number][] {
  const at = recentStart(keys);
  const recent = shardRanges(keys.slice(at), size).map(([from, to]): [number, number] => [from + at, to + at]);
  return at === 0 ? recent : [...recent, ...shardRanges(keys.slice(0, at), size)];
}

/**
 * The calendar months whose pages are cut apart from those before them: the newest page's month and
 * the month before it. A night's update fetches the decisions of the last two to six weeks
 * (docs/fetching.md): most fall in these months; one dated before them changes the open shard
 * before them as well.
 */
export const RECENT_MONTHS = 2;

/** Where the recent months (RECENT_MONTHS, to the newest page's) start among `keys`, in the index's order; 0 when the newest page has no date. */
export function recentStart(keys: readonly string[]): number {
  const match = /^(\d{4})-(\d{2})/.exec(keys.at(-1) ?? "");
  if (!match) return 0;
  const months = Number(match[1]) * 12 + Number(match[2]) - RECENT_MONTHS;
  const from = `${String(Math.floor(months / 12)).padStart(4, "0")}-${String((months % 12) + 1).padStart(2, "0")}`;
  const at = keys.findIndex((key) => key !== "" && monthOf(key) >= from);
  return at < 0 ? keys.length : at;
}

/**
 * The pages a first search looks at, at least, when the archive has more: half a shard (1,250 of
 * 2,500), so that a search just after a month begins finds as much as one at its end.
 */
export const firstSearchPages = (size: number): number => Math.max(1, Math.ceil(size / 2));

/** How many shards, from shard 0 (the newest), hold at least `least` pages together; all of them when they hold fewer. */
export function newestShards(ranges: readonly [number, number][], least: number): number {
  let pages = 0;
  for (let k = 0; k < ranges.length; k++) {
    pages += ranges[k]![1] - ranges[k]![0];
    if (pages >= least) return k + 1;
  }
  return ranges.length;
}

/** Pages of each shard, shard 0 first. */
export const shardSizes = (plan: ShardPlan): number[] => plan.ranges.map(([from, to]) => to - from);

/** A plan in words, for a message: "6 pages in 2 shards: pagefind/ (2), pagefind-1/ (4)". */
export function describePlan(bundles: readonly string[], sizes: readonly number[]): string {
  const pages = sizes.reduce((a, b) => a + b, 0);
  return `${pages} pages in ${bundles.length} shards: ${bundles.map((b, k) => `${b} (${sizes[k] ?? "?"})`).join(", ")}`;
}

/** Whether a folder of the built site is one of the index's bundles (named as bundleDirs names them). */
export const isBundleDir = (name: string): boolean => /^pagefind(-\d+)?$/.test(name);

/** The bundle directories, relative to the site's base, shard 0 first: ["pagefind/", "pagefind-1/", ...]. */
export function bundleDirs(shards: number): string[] {
  return Array.from({ length: shards }, (_, k) => (k === 0 ? "pagefind/" : `pagefind-${k}/`));
}

/**
 * The shards a built search page was planned for, from its search form: the bundles it loads
 * (data-bundle, then data-shards, less the site's base, data-base) and the pages of each
 * (data-shard-pages), shard 0 first; undefined when the page has no such form.
 */
export function searchFormPlan(html: string): { bundles: string[]; pages: number[] } | undefined {
  const form = DomUtils.getElementById("search-form", parseDocument(html).children);
  if (!form) return undefined;
  // An attribute written bare (data-shards) is "".
  const [base, bundle, shards, pages] = ["data-base", "data-bundle", "data-shards", "data-shard-pages"].map((a) => form.attribs[a]);
  if (base === undefined || bundle === undefined || shards === undefined || pages === undefined) return undefined;
  const words = (s: string) => s.split(" ").filter(Boolean);
  const bundles = [bundle, ...words(shards)].map((u) => (u.startsWith(base) ? u.slice(base.length) : u));
  return { bundles, pages: words(pages).map(Number) };
}
