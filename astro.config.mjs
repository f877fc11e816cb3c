// @ts-check
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";

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
  build: { format: "directory", inlineStylesheets: "never" },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
});
