// The build's settings the pages read, from src/integrations/pagefind.ts.
declare module "virtual:casebook/search-index" {
  /** Pages a shard of the search index at most, as this build cuts them (src/lib/search-shards.ts). */
  export const shardSize: number;
}
