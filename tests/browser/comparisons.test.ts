// The league table sorts in the browser, a decision prints with its addresses written out, and
// the comparison pages fit a phone. Chromium missing is a failure, not a skip (see chromium.ts).
import { describe, expect, it } from "vitest";
import { useBuiltSite } from "./chromium.ts";

const site = useBuiltSite();

async function open(path: string, width = 1280) {
  const page = await site.browser().newPage({ viewport: { width, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(site.url(path));
  return Object.assign(page, { errors });
}

describe("the league table", () => {
  it("sorts by a column when its heading is pressed, and says how", async () => {
    const page = await open("/councils/");
    const names = async () => (await page.locator("table#councils tbody th").allTextContents()).map((s) => s.trim());
    expect((await names())[0]).toBe("Brighton & Hove City Council");
    const decisions = page.locator("table#councils thead th").nth(1);
    await decisions.getByRole("button").click();
    expect(await decisions.getAttribute("aria-sort")).toBe("descending");
    expect((await names()).slice(0, 2)).toEqual(["Leicestershire County Council", "Rutland County Council"]);
    // Keyboard: the heading's button takes Enter.
    await decisions.getByRole("button").focus();
    await page.keyboard.press("Enter");
    expect(await decisions.getAttribute("aria-sort")).toBe("ascending");
    expect((await names())[0]).toBe("Brighton & Hove City Council");
    expect(await page.locator("table#councils thead th").first().getAttribute("aria-sort")).toBeNull();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe("print", () => {
  it("writes out the decision date, permalink and official address, without navigation", async () => {
    const page = await open("/decisions/21-003-813/");
    await page.emulateMedia({ media: "print" });
    const addresses = page.locator(".print-addresses");
    expect(await addresses.isVisible()).toBe(true);
    expect((await addresses.innerText()).replace(/\s+/g, " ")).toBe(
      "Decision date 31 March 2022 This page https://casebook.example/decisions/21-003-813/ Official statement https://www.lgo.org.uk/decisions/children-s-care-services/child-protection/21-003-813",
    );
    for (const hidden of [".site-header", ".breadcrumbs", ".neighbours", "nav.toc"])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    await page.emulateMedia({ media: "screen" });
    expect(await addresses.isVisible()).toBe(false);
    await page.close();
  });
});

describe("on a phone", () => {
  for (const path of ["/", "/councils/", "/councils/leicestershire-county-council/", "/remedies/", "/decisions/19-007-429/"]) {
    it(`${path} does not scroll sideways, and chart text is at least 12 px`, async () => {
      const page = await open(path, 360);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const sizes = await page
        .locator("figure.chart th, figure.chart .value")
        .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
      // Wide tables scroll inside their own region, which the keyboard can reach.
      for (const region of await page.locator(".table-scroll").all()) expect(await region.getAttribute("tabindex")).toBe("0");
      await page.close();
    });
  }
});
