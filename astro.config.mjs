// @ts-check
import { defineConfig } from "astro/config";
import pageCache from "./src/integrations/page-cache.ts";
import pagefind from "./src/integrations/pagefind.ts";

const env = process.env;

export default defineConfig({
  output: "static",
  site: env.SITE_URL ?? "http://localhost:4321",
  base: env.BASE_PATH ?? "/",
  trailingSlash: "ignore",
  // Tests build into a temp dir with their own cache, so they never touch dist/ or the dev cache.
  outDir: env.OUT_DIR ?? "./dist",
  cacheDir: env.CACHE_DIR ?? "./node_modules/.astro",
  // No inline <style> or <script>: every stylesheet and script is a file, so the
  // Content-Security-Policy in Base.astro needs neither 'unsafe-inline' for styles nor for scripts.
  // Pages render eight at a time, so that one page's file is written while the next renders: one
  // at a time, the build waits on the disk for about a sixth of its run. The bench's floor reads
  // this number from here (scripts/bench.ts), to render as many at a time.
  build: { format: "directory", inlineStylesheets: "never", concurrency: 8 },
  // The output folder is not emptied before a build: decision pages whose inputs are unchanged are
  // kept, and what the build neither writes nor keeps is removed when it ends
  // (src/integrations/page-cache.ts); the search index keeps the bundles of the shards whose pages
  // have not changed (docs/search-index.md).
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  // The search index is part of the build, made once the pages are written (src/integrations/pagefind.ts).
  // SEARCH_SHARD_SIZE (pages a shard at most, default 2,500) is for trying shards on a small site;
  // INDEX_JOBS (shards indexed at once, default one more than the cores) to hold memory down: a
  // worker indexing 2,500 pages peaks at up to 2.5 GB; INDEX_STALL_SECONDS (default 300) is how long
  // a shard's worker may report no progress before the build fails; INDEX_FULL=1 (or `astro build --full`) indexes every
  // shard again, reading every page and keeping no bundle of the last build.
  integrations: [
    ...pageCache(),
    pagefind({
      shardSize: Number(env.SEARCH_SHARD_SIZE) || undefined,
      jobs: Number(env.INDEX_JOBS) || undefined,
      stallSeconds: Number(env.INDEX_STALL_SECONDS) || undefined,
      full: env.INDEX_FULL === "1" || process.argv.includes("--full"),
    }),
  ],
  devToolbar: { enabled: false },
});
