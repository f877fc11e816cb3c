// The build's settings the pages read, from src/integrations/pagefind.ts.
declare module "virtual:casebook/search-index" {
  /** Pages a search-index shard at most, as this build indexes them. */
  export const shardSize: number;
}
