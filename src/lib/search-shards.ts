// How the search index is split: Pagefind holds every page it indexes in memory until it writes
// (about 0.6 MB a decision page at its peak), so the decision pages are indexed in shards of at
// most SHARD_SIZE pages, oldest first, each by a worker process of its own (src/integrations/pagefind.ts).
// Shard 0 is the bundle "pagefind/" (with Pagefind's own scripts); shard K is "pagefind-K/". The
// search page learns the extra bundles from its own HTML (computed here from the decision count,
// and checked against what the index wrote), so a site of one shard fetches nothing extra.
//
// 5,000 pages a shard: each shard is one browser download more per search, and one worker's memory.
// The build's shard size is an option of the integration (SEARCH_SHARD_SIZE in astro.config.mjs).

/** Pages per shard unless the build says otherwise. */
export const SHARD_SIZE = 5000;

/** Shards for a number of pages: ceil(pages / size), at least one. */
export function shardCount(pages: number, size: number): number {
  return Math.max(1, Math.ceil(pages / size));
}

/** The bundle directories, relative to the site's base, shard 0 first: ["pagefind/", "pagefind-1/", ...]. */
export function bundleDirs(shards: number): string[] {
  return Array.from({ length: shards }, (_, k) => (k === 0 ? "pagefind/" : `pagefind-${k}/`));
}

/** Pages [from, to) of shard k when `pages` pages are split into `shards`: sizes differ by at most one. */
export function shardRange(pages: number, shards: number, k: number): [number, number] {
  return [Math.floor((pages * k) / shards), Math.floor((pages * (k + 1)) / shards)];
}
