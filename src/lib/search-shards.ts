// How the search index is split: Pagefind holds every page it indexes in memory until it writes
// (about 0.6 MB a decision page), so scripts/build-index.ts indexes the decision pages in shards of
// SHARD_SIZE pages, oldest first, each by a fresh Pagefind process. Shard 0 is the bundle
// "pagefind/" (with Pagefind's own scripts); shard K is "pagefind-K/". The search page learns the
// extra bundles from its own HTML (computed here from the decision count, and checked against
// what build-index wrote), so a site of one shard fetches nothing extra.
//
// 5,000 pages a shard: 3.3 GB peak at the worst shard on the benchmark (2,500: 1.75 GB, but twice
// as many bundles for the browser to load per search).

// SEARCH_SHARD_SIZE (build time only) overrides it, for trying shards on a small site.
export const SHARD_SIZE = Number(process.env.SEARCH_SHARD_SIZE) || 5000;

/** Shards for a number of pages: ceil(pages / size), at least one. */
export function shardCount(pages: number, size = SHARD_SIZE): number {
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
