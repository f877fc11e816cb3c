// The league table sorts in the browser, a decision's payment is placed among its group's, a
// decision prints with its addresses written out, and the comparison pages fit a phone. Chromium missing is a failure, not a skip (see chromium.ts).
import type { Page } from "playwright-core";
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
    // Payments sort by the amount stated; a body whose payments are unknown goes last.
    const payments = page.locator("table#councils thead th").nth(5);
    await payments.getByRole("button").click();
    expect((await names()).slice(0, 2)).toEqual(["Kent County Council", "Rutland County Council"]);
    const paid = (await page.locator("table#councils tbody tr td:nth-child(6)").allTextContents()).map((t) => t.trim());
    expect(paid.at(-1)).toBe("none known");
    // A column no body has a value in (every rate "too few") cannot be sorted, and says why.
    const rate = page.locator("table#councils thead th").nth(3).getByRole("button");
    expect(await rate.isDisabled()).toBe(true);
    expect(await rate.textContent()).toContain("nothing to sort by");
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe("where a decision's payment sits", () => {
  const line = (page: Page) => page.locator(".findings p.place");
  const consoleWarnings = (page: Page) => {
    const warnings: string[] = [];
    page.on("console", (m) => void (m.type() === "warning" && warnings.push(m.text())));
    return warnings;
  };

  it("is said once the page has read its group's file, with its base", async () => {
    // 21 003 813's £200 is one of two stated payments in upheld Children's care services decisions.
    const page = await open("/decisions/21-003-813/");
    await expect.poll(() => line(page).isVisible()).toBe(true);
    expect(await line(page).textContent()).toBe(
      "£200: too few stated payments in upheld Children's care services decisions in this casebook to compare (2; at least 5 are needed).",
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("counts the payments below and the same, and gives the median, from a group of six", async () => {
    const page = await site.browser().newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const six = { group: "category", name: "Children's care services", pence: [5000, 10000, 20000, 20000, 30000, 90000] };
    await page.route("**/categories/childrens-care-services/payments.json", (r) => r.fulfill({ json: six }));
    await page.goto(site.url("/decisions/21-003-813/"));
    await expect.poll(() => line(page).isVisible()).toBe(true);
    expect(await line(page).textContent()).toBe(
      "£200: more than 2, the same as 1, of the 6 stated payments in upheld Children's care services decisions in this casebook (median £200).",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stays hidden, and says why in the console, when the file is missing or is not of this build", async () => {
    for (const [answer, why] of [
      [{ status: 404 }, /HTTP 404/],
      [{ json: { group: "category", name: "Children's care services", pence: [10000, 30000] } }, /£200 is not one of the stated payments/],
    ] as const) {
      const page = await site.browser().newPage();
      const warnings = consoleWarnings(page);
      await page.route("**/categories/childrens-care-services/payments.json", (r) => r.fulfill(answer));
      await page.goto(site.url("/decisions/21-003-813/"));
      await expect.poll(() => warnings.length).toBe(1);
      expect(warnings[0]).toMatch(why);
      expect(await line(page).isVisible()).toBe(false);
      await page.close();
    }
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
    for (const hidden of [".site-header", ".breadcrumbs", ".neighbours", "nav.toc", ".cite .permalink", ".cite button"])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    // The citation prints as text.
    expect(await page.locator("p#citation").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
    expect(await addresses.isVisible()).toBe(false);
    await page.close();
  });
});

describe("citing a decision", () => {
  it("copies the citation, which names the Ombudsman, and links the reference to the official statement", async () => {
    const page = await site.browser().newPage({ permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto(site.url("/decisions/21-003-813/"));
    await page.getByRole("button", { name: "Copy the citation" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Copied" }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "Local Government and Social Care Ombudsman, decision 21 003 813 (Kent County Council), 31 March 2022",
    );
    expect(await page.locator("dl a", { hasText: "21 003 813" }).getAttribute("href")).toBe(
      "https://www.lgo.org.uk/decisions/children-s-care-services/child-protection/21-003-813",
    );
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

describe("a wide table", () => {
  it("keeps each row's name in view as it scrolls sideways on a phone, and says that it scrolls", async () => {
    const page = await open("/councils/", 375);
    const region = page.locator("section.table-scroll").first();
    expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
    expect(await page.locator(".scroll-hint").first().isVisible()).toBe(true);
    await region.evaluate((r) => r.scrollBy(400, 0));
    await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
    const gap = await page.evaluate(() => {
      const r = document.querySelector("section.table-scroll")!;
      const name = r.querySelector("tbody tr > th")!;
      return name.getBoundingClientRect().left - r.getBoundingClientRect().left;
    });
    expect(Math.abs(gap)).toBeLessThanOrEqual(1);
    expect(await page.locator("table#councils tbody th").first().isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("says that it scrolls only when it does not fit", async () => {
    const page = await open("/councils/", 1800);
    const region = page.locator("section.table-scroll").first();
    const overflows = await region.evaluate((r) => r.scrollWidth > r.clientWidth + 1);
    await expect.poll(() => page.locator(".scroll-hint").first().isVisible()).toBe(overflows);
    await page.close();
  });
});

describe("layout", () => {
  it("lines the breadcrumbs up with the page's heading, not centred", async () => {
    for (const path of ["/councils/", "/decisions/21-003-813/", "/search/"]) {
      const page = await open(path);
      const [crumbs, heading] = await Promise.all([
        page.locator(".breadcrumbs ol").evaluate((e) => e.getBoundingClientRect().left),
        page.locator("h1").evaluate((e) => e.getBoundingClientRect().left),
      ]);
      expect(Math.abs(crumbs - heading), path).toBeLessThanOrEqual(1);
      await page.close();
    }
  });
});
