// The size budget of a first search, on the shared test build in Chromium: every file a fresh
// search page fetches from the index for one word, weighed on disk as sent gzipped
// (tests/build/weigh.ts), so the figure is exact and deterministic. The page's own budgets are in
// tests/build/budgets.test.ts.
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { wireBytes } from "../build/weigh.ts";
import { useBuiltSite } from "./chromium.ts";

const site = useBuiltSite();

describe("size budgets", () => {
  it("a first search for one word (bedroom) downloads under 160 KB of Pagefind's files", async () => {
    // 126,851 bytes when the limit was set: pagefind.js 13.1 KB, its worker 12.1 KB, the
    // WebAssembly 58.4 KB, the index chunk holding the word 32.0 KB, the result's fragment 7.8 KB,
    // the metadata and entry 0.5 KB.
    const page = await site.browser().newPage();
    const fetched: string[] = [];
    page.on("requestfinished", (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith("/pagefind/")) fetched.push(pathname);
    });
    await page.goto(site.url("/search/"));
    expect(fetched).toEqual([]);
    await page.fill("#q", "bedroom");
    await expect.poll(() => page.locator("#status").textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    await expect.poll(() => page.locator("#results .excerpt mark").count()).toBeGreaterThan(0);
    // Everything a search needs, and only that: no filter index, no other bundle.
    const kinds = fetched.map((p) => p.replace(/_[0-9a-f]+\.pf_/, "_*.pf_").replace(/^\/pagefind\/(index|fragment)\/.*/, "/pagefind/$1/*"));
    expect(kinds.sort()).toEqual(
      [
        "/pagefind/fragment/*",
        "/pagefind/index/*",
        "/pagefind/pagefind-entry.json",
        "/pagefind/pagefind-worker.js",
        "/pagefind/pagefind.en-gb_*.pf_meta",
        "/pagefind/pagefind.js",
        "/pagefind/wasm.en-gb.pagefind",
      ].sort(),
    );
    const bytes = fetched.reduce((sum, p) => sum + wireBytes(path.join(inject("siteDir"), p)), 0);
    expect(bytes).toBeLessThan(160 * 1024);
    await page.close();
  });
});
