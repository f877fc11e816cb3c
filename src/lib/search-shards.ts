// How the search index is split. Pagefind holds every page it indexes in memory until it writes
// (up to 1 MB a decision page at its peak), so a large archive is indexed in shards of at most
// SHARD_SIZE pages, each by a worker process of its own (src/integrations/pagefind.ts). And a
// browser downloads, for each word searched, that word's part of every shard it searches: the
// positions of "council", a word in every decision, cost about 60% of a search for "council tax".
// So the newest pages are a shard of their own, half the usual size, which the search page
// searches first; the older shards are loaded only when the reader asks for them (or the newest
// shard has nothing), so a first search costs about the same whatever the archive's size.
//
// Shard 0 is the bundle "pagefind/" (with Pagefind's own scripts) and holds the newest pages;
// shard K is "pagefind-K/", and the higher K, the older its pages. An archive of at most one
// shard's size is one shard.

/** Pages per shard unless the build says otherwise (SEARCH_SHARD_SIZE in astro.config.mjs). */
export const SHARD_SIZE = 5000;

/** Pages of the newest shard, for a shard size: half of it (2,500 of 5,000). */
export const newestShardSize = (size: number): number => Math.max(1, Math.ceil(size / 2));

/**
 * The shards of `pages` pages ordered oldest first: [from, to) of each, shard 0 first. Shard 0 is
 * the newest newestShardSize(size) pages; the older pages are split into the fewest shards of at
 * most `size` pages, whose sizes differ by at most one, newest first.
 */
export function shardRanges(pages: number, size: number): [number, number][] {
  if (pages <= size) return [[0, pages]];
  const older = pages - newestShardSize(size);
  const count = Math.ceil(older / size);
  const part = (j: number) => Math.floor((older * j) / count);
  const ranges: [number, number][] = [[older, pages]];
  for (let j = count - 1; j >= 0; j--) ranges.push([part(j), part(j + 1)]);
  return ranges;
}

/** The index's shards, as the search page names them and the index writes them. */
export interface ShardPlan {
  /** [from, to) of each shard in the index's order (oldest page first), shard 0, the newest, first. */
  ranges: [number, number][];
  /** Each shard's bundle folder, relative to the site's base, shard 0 first. */
  bundles: string[];
}

/** The shards of `pages` pages cut `size` pages a shard at most. */
export function shardPlan(pages: number, size: number): ShardPlan {
  const ranges = shardRanges(pages, size);
  return { ranges, bundles: bundleDirs(ranges.length) };
}

/** Whether a folder of the built site is one of the index's bundles (named as bundleDirs names them). */
export const isBundleDir = (name: string): boolean => /^pagefind(-\d+)?$/.test(name);

/** The bundle directories, relative to the site's base, shard 0 first: ["pagefind/", "pagefind-1/", ...]. */
export function bundleDirs(shards: number): string[] {
  return Array.from({ length: shards }, (_, k) => (k === 0 ? "pagefind/" : `pagefind-${k}/`));
}
