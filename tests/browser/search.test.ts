// The built site in Debian's chromium: search, filters, highlighting, paragraph targets, and axe.
// Chromium missing is a failure, not a skip (see chromium.ts).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "./chromium.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const site = useBuiltSite();

async function open(path: string, options: { colorScheme?: "light" | "dark"; width?: number; bypassCSP?: boolean } = {}): Promise<Page> {
  const page = await site.browser().newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    bypassCSP: options.bypassCSP ?? false,
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(site.url(path));
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

const status = (page: Page) => page.locator("#status");
const resultLinks = (page: Page) => page.locator("#results h3 a");

describe("search", () => {
  it("finds a decision by a phrase", async () => {
    const page = await open("/search/");
    await page.fill("#q", '"see the child’s bedroom"');
    await expect.poll(() => status(page).textContent()).toBe("1 decision found, most relevant first.");
    expect(await resultLinks(page).first().getAttribute("href")).toMatch(/^\/decisions\/21-003-813\/\?highlight=/);
    expect(await page.locator("#results .excerpt mark").allTextContents()).toContain("bedroom");
    expect(new URL(page.url()).searchParams.get("q")).toBe('"see the child’s bedroom"');
    await page.close();
  });

  it("narrows by council and outcome, with counts per value, sorted by date, state in the URL", async () => {
    const page = await open("/search/");
    await page.selectOption("#f-council", "Rutland County Council");
    await expect.poll(() => status(page).textContent()).toBe("2 decisions found, most relevant first.");
    // Counts per value follow the current results: a filter's index (and so its counts) loads when
    // the filter is focused; until then its options carry no count rather than a stale one.
    expect(await page.locator('#f-outcome option[value="Upheld"]').textContent()).toBe("Upheld");
    await page.focus("#f-outcome");
    await expect.poll(() => page.locator('#f-outcome option[value="Upheld"]').textContent()).toBe("Upheld (1)");
    expect(await page.locator('#f-outcome option[value="Not upheld"]').textContent()).toBe("Not upheld (1)");
    await expect(status(page).textContent()).resolves.toBe("2 decisions found, most relevant first.");
    await page.selectOption("#sort", "oldest");
    await expect.poll(() => status(page).textContent()).toBe("2 decisions found, oldest first.");
    await expect.poll(() => resultLinks(page).first().getAttribute("href")).toMatch(/\/decisions\/19-012-800\//);
    await page.selectOption("#sort", "newest");
    await expect.poll(() => resultLinks(page).first().getAttribute("href")).toMatch(/\/decisions\/22-100-001\//);
    await page.selectOption("#f-outcome", "Upheld");
    await expect.poll(() => status(page).textContent()).toBe("1 decision found, newest first.");
    const params = new URL(page.url()).searchParams;
    expect([params.get("council"), params.get("outcome"), params.get("sort")]).toEqual(["Rutland County Council", "Upheld", "newest"]);

    // Reloading the URL restores the same search.
    const again = await open(`/search/${new URL(page.url()).search}`);
    await expect.poll(() => status(again).textContent()).toBe("1 decision found, newest first.");
    expect(await again.locator("#f-council").inputValue()).toBe("Rutland County Council");
    await page.close();
    await again.close();
  });

  it("filters by remedy, year, category and subcategory", async () => {
    const page = await open("/search/?remedy=Payment");
    await expect.poll(() => status(page).textContent()).toBe("3 decisions found, most relevant first.");
    await page.selectOption("#f-year", "2022");
    await expect.poll(() => status(page).textContent()).toBe("2 decisions found, most relevant first.");
    await page.selectOption("#f-subcategory", "Child protection");
    await expect.poll(() => status(page).textContent()).toBe("1 decision found, most relevant first.");
    await page.close();
  });

  it("follows a result to the decision page with the term highlighted", async () => {
    const page = await open("/search/?q=bedroom");
    await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(0);
    await resultLinks(page).first().click();
    await page.waitForURL(/\/decisions\/21-003-813\/\?highlight=bedroom/);
    await expect.poll(() => page.locator("mark.pagefind-highlight").count()).toBeGreaterThan(0);
    expect((await page.locator("mark.pagefind-highlight").first().textContent())?.toLowerCase()).toBe("bedroom");
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});

describe("decision page", () => {
  it("targets a paragraph by its anchor", async () => {
    const page = await open("/decisions/21-003-813/#p19", { width: 360 });
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe("p19");
    expect(await page.locator("#p19").textContent()).toContain("Working Together to Safeguard Children");
    const inView = await page.evaluate(() => {
      const r = document.getElementById("p19")!.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    // No horizontal scrolling at 320px-class widths.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });
});

describe.concurrent("accessibility (axe-core)", () => {
  const pages = [
    "/",
    "/decisions/21-003-813/",
    "/decisions/22-100-001/",
    "/decisions/23-300-003/",
    "/search/?q=bedroom",
    "/councils/",
    "/councils/leicestershire-county-council/",
    "/councils/body-not-named/",
    "/remedies/",
    "/decisions/19-007-429/",
    "/decisions/24-400-004/",
    "/outcomes/upheld/",
    "/categories/childrens-care-services/",
    "/categories/childrens-care-services/child-protection/",
    "/years/2022/",
    "/404.html",
  ];
  for (const colorScheme of ["light", "dark"] as const) {
    for (const path of pages) {
      it(`${path} (${colorScheme}) has no violations`, async () => {
        // axe is injected as an inline script, which the site's Content-Security-Policy refuses.
        const page = await open(path, { colorScheme, bypassCSP: true });
        if (path.startsWith("/search/")) await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(0);
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
          return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
        });
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }
});
