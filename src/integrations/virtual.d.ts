// The build's settings the pages read, from src/integrations/pagefind.ts.
declare module "virtual:casebook/search-index" {
  /** The search index's shards, as this build writes them. */
  export const plan: import("../lib/search-shards.ts").ShardPlan;
}
