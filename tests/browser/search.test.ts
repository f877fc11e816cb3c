// The built site in Debian's chromium: search, filters, highlighting, paragraph targets, and axe.
// Chromium missing is a failure, not a skip (see chromium.ts).
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBuiltSite } from "./chromium.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const site = useBuiltSite();
/** Every decision of the test build. */
const ALL = readdirSync(inject("decisionsDir")).filter((f) => f.endsWith(".md")).length;

async function open(
  path: string,
  options: { colorScheme?: "light" | "dark"; width?: number; height?: number; bypassCSP?: boolean } = {},
): Promise<Page> {
  const page = await site.browser().newPage({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
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
/** The results drawn, filled in or waiting to be (their data is fetched as they come near the window). */
const results = (page: Page) => page.locator("#results > li");
const pending = (page: Page) => page.locator("#results > li.pending");
/** Fills in every result of the page, as the focus entering the list does, and waits for them. */
async function fillResults(page: Page) {
  await resultLinks(page).first().focus();
  await expect.poll(() => pending(page).count()).toBe(0);
}

const box = (page: Page, name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`);
const countOf = (page: Page, name: string, value: string) =>
  box(page, name, value).evaluate((b) => (b as HTMLInputElement).labels![0]!.textContent!.replace(/\s+/g, " ").trim());
/**
 * Ticks a filter's checkbox, opening its section first and waiting for its count as a user would:
 * the counts of a search put the options without results last, which moves them.
 */
async function choose(page: Page, name: string, value: string) {
  const input = box(page, name, value);
  await input.evaluate((b) => ((b.closest("details") as HTMLDetailsElement).open = true));
  await expect.poll(() => countOf(page, name, value)).toMatch(/\(\d+\)$/);
  await input.check();
}
const params = (page: Page) => [...new URL(page.url()).searchParams.entries()];
/** Waits for the page's URL to hold these parameters, in this order. */
const paramsAre = (page: Page, expected: [string, string][]) => expect.poll(() => params(page)).toEqual(expected);

describe("search", () => {
  it("finds a decision by a phrase", async () => {
    const page = await open("/search/");
    await page.fill("#q", '"see the child’s bedroom"');
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    expect(await resultLinks(page).first().getAttribute("href")).toBe(
      "/decisions/21-003-813/?highlight=see&highlight=child%E2%80%99s&highlight=bedroom",
    );
    expect(await page.locator("#results .excerpt mark").allTextContents()).toContain("bedroom");
    expect(new URL(page.url()).searchParams.get("q")).toBe('"see the child’s bedroom"');
    await page.close();
  });

  it("says no decision contains a word the index does not hold, and takes a prefix only with *", async () => {
    const page = await open("/search/?q=xyzzyq");
    await expect.poll(() => status(page).textContent()).toBe("No decisions contain ‘xyzzyq’.");
    expect(await resultLinks(page).count()).toBe(0);
    const prefix = await open("/search/?q=bedro*");
    await expect.poll(() => status(prefix).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    const bare = await open("/search/?q=bedro");
    await expect.poll(() => status(bare).textContent()).toBe("No decisions contain ‘bedro’.");
    for (const p of [page, prefix, bare]) await p.close();
  });

  it("offers the nearest real word for a misspelt one, and the offer searches it", async () => {
    const page = await open("/search/?q=bedrooom");
    await expect.poll(() => status(page).textContent()).toBe("No decisions contain ‘bedrooom’. Did you mean bedroom?");
    await status(page).getByRole("link", { name: "bedroom" }).click();
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    expect(params(page)).toEqual([["q", "bedroom"]]);
    // Nothing near enough: no offer.
    await page.goto(site.url("/search/?q=xyzzyq"));
    await expect.poll(() => status(page).textContent()).toBe("No decisions contain ‘xyzzyq’.");
    await page.close();
  });

  it("ranks a decision first for its reference in any form, and Enter opens it", async () => {
    for (const typed of ["21-003-813", "21003813", "21 003 813", "21/003/813"]) {
      const page = await open(`/search/?q=${encodeURIComponent(typed)}`);
      await expect.poll(() => resultLinks(page).first().getAttribute("href")).toBe("/decisions/21-003-813/");
      await page.close();
    }
    const page = await open("/search/");
    await page.fill("#q", "21/003/813");
    await page.press("#q", "Enter");
    await page.waitForURL(/\/decisions\/21-003-813\/$/);
    await page.close();
  });

  it("finds a council's decisions by its name, and offers the council's page", async () => {
    for (const typed of ["Rutland", "rutland county council"]) {
      const page = await open(`/search/?q=${encodeURIComponent(typed)}`);
      await expect.poll(() => status(page).textContent()).toBe("Showing 1–2 of 2 decisions, most relevant first.");
      const offer = page.locator("#council-offer a");
      expect([await offer.textContent(), await offer.getAttribute("href")]).toEqual([
        "Rutland County Council",
        "/councils/rutland-county-council/",
      ]);
      await page.close();
    }
    // A name and a reference together find that decision.
    const page = await open("/search/?q=19+012+800+Rutland");
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    expect(await resultLinks(page).first().getAttribute("href")).toMatch(/^\/decisions\/19-012-800\//);
    expect(await page.locator("#council-offer").isHidden()).toBe(true);
    await page.close();
  });

  it("lists every part of a joint decision for its bare reference, one part for its suffix, and opens the one a reference names", async () => {
    const bare = await open("/search/?q=24+500+005");
    await expect.poll(() => status(bare).textContent()).toBe("Showing 1–2 of 2 decisions, most relevant first.");
    expect((await resultLinks(bare).evaluateAll((as) => as.map((a) => a.getAttribute("href")))).sort()).toEqual([
      "/decisions/24-500-005a/",
      "/decisions/24-500-005b/",
    ]);
    // Enter on the bare reference lists the parts; on a part's reference it opens that part.
    await bare.fill("#q", "24 500 005");
    await bare.press("#q", "Enter");
    await expect.poll(() => status(bare).textContent()).toBe("Showing 1–2 of 2 decisions, most relevant first.");
    await bare.fill("#q", "24 500 005b");
    await bare.press("#q", "Enter");
    await bare.waitForURL(/\/decisions\/24-500-005b\/$/);
    // The home page's search does the same.
    await bare.goto(site.url("/"));
    await bare.fill("#home-q", "21 003 813");
    await bare.press("#home-q", "Enter");
    await bare.waitForURL(/\/decisions\/21-003-813\/$/);
    await bare.goto(site.url("/"));
    await bare.fill("#home-q", "24 500 005");
    await bare.press("#home-q", "Enter");
    await expect.poll(() => status(bare).textContent()).toBe("Showing 1–2 of 2 decisions, most relevant first.");
    expect(params(bare)).toEqual([["q", "24 500 005"]]);
    await bare.close();
  });

  it("says when the casebook does not hold a reference, in the words typed, and where else to look", async () => {
    const page = await open("/search/?q=23999998");
    await expect
      .poll(() => status(page).textContent())
      .toBe(
        `The casebook holds no decision 23 999 998 (searched all ${ALL} decisions it holds). It may be in the ombudsman's own decisions search.`,
      );
    expect(await status(page).getByRole("link").getAttribute("href")).toBe("https://www.lgo.org.uk/decisions");
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it("when nothing is found, says why and offers what would find something", async () => {
    const page = await open("/search/?q=bedroom+xyzzyq");
    await expect.poll(() => status(page).textContent()).toBe("No decisions contain ‘xyzzyq’. Search for bedroom instead.");
    await status(page).getByRole("link", { name: "bedroom" }).click();
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    // Each word is in some decision, none has both: each word's own search.
    await page.goto(site.url("/search/?q=bedroom+noise"));
    await expect
      .poll(() => status(page).textContent())
      .toBe("No decisions found. No decision has all of these words; search for one: bedroom, noise.");
    // Filters that leave nothing: the search without them.
    await page.goto(site.url("/search/?q=bedroom&council=Rutland+County+Council"));
    await expect.poll(() => status(page).textContent()).toBe("No decisions found. Search without the filters.");
    await status(page).getByRole("link", { name: "Search without the filters" }).click();
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    // A "did you mean" only for a word the index holds.
    await page.goto(site.url("/search/?q=councl"));
    await expect.poll(() => status(page).textContent()).toBe("No decisions contain ‘councl’. Did you mean council?");
    await page.close();
  });

  it("lists every decision, newest first, for an empty search, and names the operators it does not support", async () => {
    const page = await open("/search/");
    await expect.poll(() => status(page).textContent()).toBe(`Showing 1–${ALL} of ${ALL} decisions, newest first.`);
    await fillResults(page);
    const dates = await page.locator("#results time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
    expect(dates).toHaveLength(ALL);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.goto(site.url("/search/?q=delay+OR+-payment"));
    await expect
      .poll(() => page.locator("#notices").textContent())
      .toBe(
        "The search does not support “OR” (every word must match; search each alternative on its own) or leaving out a word with “-” (“-payment” left out of the search); searched for “delay”.",
      );
    await page.close();
  });

  it("swaps a year range given backwards, and says so", async () => {
    const page = await open("/search/?from=2024&to=2020");
    await expect
      .poll(() => page.locator("#notices").textContent())
      .toBe("From 2024 is after To 2020, so the years were swapped: 2020 to 2024.");
    expect([await page.locator("#from").inputValue(), await page.locator("#to").inputValue()]).toEqual(["2020", "2024"]);
    await page.goto(site.url("/search/"));
    await page.selectOption("#from", "2023");
    await page.selectOption("#to", "2022");
    await paramsAre(page, [
      ["from", "2022"],
      ["to", "2023"],
    ]);
    expect(await page.locator("#notices").textContent()).toBe("From 2023 is after To 2022, so the years were swapped: 2022 to 2023.");
    await page.close();
  });

  it("narrows a long list of options as one types, and puts options no result has after the others", async () => {
    const page = await open("/search/?q=bedroom");
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    await page.locator('details[data-facet="council"] summary').click();
    const councils = () =>
      page
        .locator('details[data-facet="council"] ul.options > li:not([hidden]) > input')
        .evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    await expect.poll(async () => (await councils())[0]).toBe("Kent County Council");
    expect(await box(page, "council", "Kent County Council").isDisabled()).toBe(false);
    expect((await councils()).slice(1).length).toBeGreaterThan(0);
    await page.fill('input[data-narrow="council"]', "shire");
    expect((await councils()).sort()).toEqual([
      "East Hertfordshire District Council",
      "Hampshire County Council",
      "Lancashire County Council",
      "Leicestershire County Council",
    ]);
    await page.close();
  });

  it("moves no option from under the pointer: the new order waits until it leaves the list", async () => {
    const page = await open("/search/?q=bedroom");
    await page.locator('details[data-facet="council"] summary').click();
    const councils = () =>
      page
        .locator('details[data-facet="council"] ul.options > li > input')
        .evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    await expect.poll(async () => (await councils())[0]).toBe("Kent County Council");
    const before = await councils();
    await page.locator('details[data-facet="council"] ul.options > li').nth(2).hover();
    await page.fill("#q", "Rutland");
    await expect.poll(() => countOf(page, "council", "Rutland County Council")).toBe("Rutland County Council (2)");
    expect(await councils()).toEqual(before);
    await page.mouse.move(0, 0);
    await expect.poll(async () => (await councils())[0]).toBe("Rutland County Council");
    await page.close();
  });

  it("filters with checkboxes: any value within a filter, every filter, counts from the search, tags to remove", async () => {
    const page = await open("/search/");
    await choose(page, "council", "Rutland County Council");
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–2 of 2 decisions, newest first.");
    await box(page, "council", "Kent County Council").check();
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–3 of 3 decisions, newest first.");
    expect(params(page)).toEqual([
      ["council", "Kent County Council"],
      ["council", "Rutland County Council"],
    ]);
    // A filter's counts load when it is opened; a value no result has cannot be chosen.
    await page.locator('details[data-facet="outcome"] summary').click();
    await expect.poll(() => countOf(page, "outcome", "Upheld")).toBe("Upheld (2)");
    expect(await countOf(page, "outcome", "Not upheld")).toBe("Not upheld (1)");
    expect(await box(page, "outcome", "Closed after initial enquiries").isDisabled()).toBe(true);
    await box(page, "outcome", "Upheld").check();
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–2 of 2 decisions, newest first.");
    expect(await page.locator("#tags button").allTextContents()).toEqual([
      "Council: Kent County Council ×",
      "Council: Rutland County Council ×",
      "Outcome: Upheld ×",
      "Clear all",
    ]);
    await page.getByRole("button", { name: "Remove filter Council: Kent County Council" }).click();
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, newest first.");
    await page.getByRole("button", { name: "Clear all" }).click();
    await expect.poll(() => status(page).textContent()).toBe(`Showing 1–${ALL} of ${ALL} decisions, newest first.`);
    expect(params(page)).toEqual([]);
    await page.close();
  });

  it("filters by whether fault was found, leaving out the statements that do not say", async () => {
    const page = await open("/search/?q=council");
    await expect.poll(() => status(page).textContent()).toMatch(/^Showing /);
    const all = await results(page).count();
    await choose(page, "fault", "Fault found");
    await paramsAre(page, [
      ["q", "council"],
      ["fault", "Fault found"],
    ]);
    // The URL changes as the search starts; the list is aria-busy until it is drawn.
    await expect.poll(() => page.locator("#results").getAttribute("aria-busy")).toBe("false");
    await expect.poll(() => status(page).textContent()).toMatch(/^Showing /);
    const found = await results(page).count();
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all);
    // Each result found fault, as its own page says.
    await fillResults(page);
    for (const href of await resultLinks(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
      const decision = await site.browser().newPage();
      await decision.goto(site.url(href));
      expect(await decision.locator(".findings").textContent()).toMatch(/Fault found\s*Yes/);
      await decision.close();
    }
    await page.close();
  });

  it("puts subcategories under their category, and takes a year range", async () => {
    const page = await open("/search/?remedy=Payment");
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–3 of 3 decisions, newest first.");
    expect(
      await page
        .locator('input[name="category"][value="Housing"] ~ ul input')
        .evaluateAll((els) =>
          els.map((e) => [(e as HTMLInputElement).value, (e as HTMLInputElement).labels![0]!.firstChild!.textContent!.trim()]),
        ),
    ).toEqual([["Housing > Allocations", "Allocations"]]);
    await page.selectOption("#from", "2022");
    await page.selectOption("#to", "2022");
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–2 of 2 decisions, newest first.");
    await page.locator('details[data-facet="category"] summary').click();
    await box(page, "subcategory", "Children's care services > Child protection").check();
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, newest first.");
    // The category of the subcategory chosen counts its decisions, not none.
    await expect.poll(() => countOf(page, "category", "Children's care services")).toBe("Children's care services (1)");
    expect(params(page)).toEqual([
      ["subcategory", "Children's care services > Child protection"],
      ["remedy", "Payment"],
      ["from", "2022"],
      ["to", "2022"],
    ]);
    await page.close();
  });

  it("sorts by date, and a reload shows the same search", async () => {
    const page = await open("/search/?q=council&council=Rutland+County+Council");
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–2 of 2 decisions, most relevant first.");
    await page.selectOption("#sort", "oldest");
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–2 of 2 decisions, oldest first.");
    const first = () =>
      resultLinks(page)
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).pathname);
    await expect.poll(first).toBe("/decisions/19-012-800/");
    await page.selectOption("#sort", "newest");
    await expect.poll(first).toBe("/decisions/22-100-001/");
    await page.reload();
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–2 of 2 decisions, newest first.");
    expect(await box(page, "council", "Rutland County Council").isChecked()).toBe(true);
    expect(await page.locator("#sort").inputValue()).toBe("newest");
    await page.close();
  });

  it("keeps each search in history: Back and Forward restore it, typing is one entry", async () => {
    const page = await open("/search/");
    await page.locator("#q").pressSequentially("bedroom", { delay: 30 });
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    await choose(page, "council", "Kent County Council");
    await paramsAre(page, [
      ["q", "bedroom"],
      ["council", "Kent County Council"],
    ]);
    await page.goBack();
    await paramsAre(page, [["q", "bedroom"]]);
    expect(await box(page, "council", "Kent County Council").isChecked()).toBe(false);
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    await page.goBack();
    await expect.poll(() => page.locator("#q").inputValue()).toBe("");
    expect(new URL(page.url()).search).toBe("");
    await page.goForward();
    await page.goForward();
    await expect.poll(() => box(page, "council", "Kent County Council").isChecked()).toBe(true);
    expect(await page.locator("#q").inputValue()).toBe("bedroom");
    // The checkbox that made the entry has the focus again.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe("Kent County Council");
    await page.close();
  });

  it("comes back to where the reader had scrolled, on Back and on Forward", async () => {
    const page = await site.browser().newPage({ viewport: { width: 400, height: 500 } });
    await page.goto(site.url("/search/?q=bedroom"));
    await expect.poll(() => status(page).textContent()).toMatch(/^Showing /);
    await page.evaluate(() => window.scrollTo(0, 300));
    await page.click("#filter-toggle");
    await choose(page, "council", "Kent County Council");
    await paramsAre(page, [
      ["q", "bedroom"],
      ["council", "Kent County Council"],
    ]);
    await expect.poll(() => status(page).textContent()).toMatch(/^Showing /);
    await page.evaluate(() => window.scrollTo(0, 120));
    // The entry keeps its scroll position once scrolling pauses: wait until it has, not for a while.
    await expect.poll(() => page.evaluate(() => (history.state as { scrollY?: number } | null)?.scrollY)).toBe(120);
    await page.goBack();
    await paramsAre(page, [["q", "bedroom"]]);
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(300);
    await page.goForward();
    await paramsAre(page, [
      ["q", "bedroom"],
      ["council", "Kent County Council"],
    ]);
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(120);
    await page.close();
  });

  it("fetches a result's data as it comes near the window, and Tab reaches every result", async () => {
    const page = await open("/search/?q=council", { height: 500 });
    const fragments: string[] = [];
    page.on("request", (r) => void (/\/pagefind\/fragment\//.test(r.url()) && fragments.push(r.url())));
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–12 of 12 decisions, most relevant first.");
    // A 500-pixel window shows a few of the twelve; the rest wait, and their fragments are not fetched.
    const waiting = await pending(page).count();
    expect(waiting).toBeGreaterThanOrEqual(3);
    expect(await results(page).count()).toBe(12);
    expect(await pending(page).first().textContent()).toBe(`Loading result ${13 - waiting}…`);
    const fetched = new Set(fragments).size;
    expect(fetched).toBeLessThan(12);
    // Scrolled to, each fills in, fetching its own fragment.
    for (let i = 12 - waiting; i < 12; i++) {
      await results(page).nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => results(page).nth(i).locator("h3 a").count()).toBe(1);
    }
    expect(new Set(fragments).size).toBe(fetched + waiting);
    await page.close();

    // From the keyboard: the focus on the first result fills in the rest, so Tab steps through all twelve.
    const keys = await open("/search/?q=council", { height: 500 });
    await expect.poll(() => status(keys).textContent()).toMatch(/^Showing 1–12 /);
    expect(await pending(keys).count()).toBeGreaterThan(0);
    await resultLinks(keys).first().focus();
    await expect.poll(() => pending(keys).count()).toBe(0);
    const hrefs = await resultLinks(keys).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toHaveLength(12);
    for (const href of hrefs.slice(1)) {
      await keys.keyboard.press("Tab");
      expect(await keys.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(href);
    }
    await keys.close();
  });

  it("is usable from the keyboard alone", async () => {
    const page = await open("/search/");
    await page.focus("#q");
    await page.keyboard.type("bedroom");
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    await page.focus('details[data-facet="outcome"] summary');
    await page.keyboard.press("Enter");
    // Its counts load as it opens; values no result has are disabled, so Tab passes them by.
    await expect.poll(() => box(page, "outcome", "Not upheld").isDisabled()).toBe(true);
    expect(await box(page, "outcome", "Closed after initial enquiries").isDisabled()).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await paramsAre(page, [
      ["q", "bedroom"],
      ["outcome", "Upheld"],
    ]);
    await page.close();
  });

  it("shows in each result its subcategory, whether it is an excerpt, and what was agreed with any amount", async () => {
    const page = await open("/search/?q=bedroom");
    await fillResults(page);
    const result = page.locator("#results > li").first();
    expect(await result.locator(".meta").textContent()).toBe(
      "21 003 813 · 31 March 2022 · Upheld · Children's care services > Child protection",
    );
    expect(await result.locator(".agreed").textContent()).toBe("Agreed: apology, service improvement, other action, payment of £200");
    await page.goto(site.url("/search/?q=council&council=East+Hertfordshire+District+Council"));
    await fillResults(page);
    expect(await page.locator("#results > li .meta").first().textContent()).toMatch(/ · excerpt$/);
    expect(await page.locator("#results > li .agreed").count()).toBe(0);
    await page.close();
  });

  it("does not scroll sideways on a phone, whatever the length of the query", async () => {
    const page = await open(`/search/?q=${"x".repeat(300)}+bedroom`, { width: 375, height: 667 });
    await expect.poll(() => status(page).textContent()).toMatch(/^No decisions contain/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("on a phone, shows results first with the filters behind a Filter button", async () => {
    const page = await open("/search/?q=care&outcome=Upheld", { width: 375 });
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–3 of 3 decisions, most relevant first.");
    expect(await page.locator("#filter-toggle").textContent()).toBe("Filter (1)");
    expect(await page.locator("#filter-panel").isVisible()).toBe(false);
    const top = await resultLinks(page)
      .first()
      .evaluate((a) => a.getBoundingClientRect().top);
    expect(top).toBeLessThan(900);
    await page.click("#filter-toggle");
    expect(await page.locator("#filter-toggle").getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("#filter-panel").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const wide = await open("/search/?q=care", { width: 1280 });
    expect(await wide.locator("#filter-toggle").isVisible()).toBe(false);
    expect(await wide.locator("#filter-panel").isVisible()).toBe(true);
    await page.close();
    await wide.close();
  });

  it("shows each result's council once, reference, date, outcome and category, and a snippet of the text", async () => {
    const page = await open("/search/?q=care+and+bedroom");
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–1 of 1 decision, most relevant first.");
    const result = page.locator("#results li").first();
    expect(await result.locator("h3").textContent()).toBe("Kent County Council");
    expect(await result.locator(".meta").textContent()).toBe(
      "21 003 813 · 31 March 2022 · Upheld · Children's care services > Child protection",
    );
    expect(await page.locator("#results .excerpt mark").evaluateAll((ms) => ms.some((m) => m.textContent!.toLowerCase() === "and"))).toBe(
      false,
    );
    const filtered = await open("/search/?council=Rutland+County+Council");
    await expect.poll(() => resultLinks(filtered).count()).toBe(2);
    for (const text of await filtered.locator("#results .excerpt").allTextContents())
      expect(text).not.toMatch(/^\s*(Summary|The statement)\b/);
    await page.close();
    await filtered.close();
  });

  it("reports URL parameters it cannot use", async () => {
    const page = await open("/search/?council=Nowhere+Council&from=20x&outcome=Upheld");
    await expect
      .poll(() => page.locator("#notices .notice").allTextContents())
      .toEqual([
        "No decisions have council “Nowhere Council”, so that filter is not applied.",
        "“20x” is not a year of the decisions (2018–2024), so “from” is not applied.",
      ]);
    await expect.poll(() => status(page).textContent()).toBe("Showing 1–6 of 6 decisions, newest first.");
    await page.close();
  });

  it("downloads the results as CSV with the columns of decisions.csv, fetching only the rows files they are in", async () => {
    const page = await open("/search/?council=Rutland+County+Council&sort=oldest");
    await expect.poll(() => resultLinks(page).count()).toBe(2);
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
    expect(fetched.filter((p) => !p.includes("pagefind") && !p.startsWith("/_astro/")).sort()).toEqual([
      "/export/rows/19-012-8.json",
      "/export/rows/22-100-0.json",
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n").filter(Boolean);
    const full = readFileSync(path.join(inject("siteDir"), "decisions.csv"), "utf8")
      .slice(1)
      .split("\r\n");
    expect(lines[0]).toBe(full[0]);
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(["19-012-800", "22-100-001"]);
    expect(lines.slice(1).every((l) => full.includes(l))).toBe(true);
    await page.close();
  });

  it("downloads decisions.csv itself for the list of every decision", async () => {
    const page = await open("/search/");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
    expect(download.suggestedFilename()).toBe("decisions.csv");
    expect(readFileSync((await download.path())!)).toEqual(readFileSync(path.join(inject("siteDir"), "decisions.csv")));
    await page.close();
  });

  it("says beside the button when a rows file cannot be fetched, and offers every decision's CSV", async () => {
    const page = await open("/search/?council=Rutland+County+Council&sort=oldest");
    await expect.poll(() => resultLinks(page).count()).toBe(2);
    await page.route("**/export/rows/22-100-0.json", (route) => route.fulfill({ status: 503, body: "" }));
    await page.click("#export");
    await expect
      .poll(() => page.locator("#export-status").textContent())
      .toBe("The CSV could not be made (/export/rows/22-100-0.json: HTTP 503). Try again, or download all decisions as CSV.");
    expect(await page.locator("#export-status a").getAttribute("href")).toBe("/decisions.csv");
    expect(await page.locator("#export").isDisabled()).toBe(false);
    await page.close();
  });

  it("follows a result to the decision page with the term highlighted and its matches to step through", async () => {
    const page = await open("/search/?q=bedroom");
    await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(0);
    await resultLinks(page).first().click();
    await page.waitForURL(/\/decisions\/21-003-813\/\?highlight=bedroom/);
    await expect.poll(() => page.locator("mark.pagefind-highlight").count()).toBeGreaterThan(0);
    expect((await page.locator("mark.pagefind-highlight").first().textContent())?.toLowerCase()).toBe("bedroom");
    const n = await page.locator("mark.pagefind-highlight").count();
    const nav = page.locator('nav[aria-label="Matches of your search"]');
    await expect.poll(() => nav.locator("p").textContent()).toBe(`${n} ${n === 1 ? "match" : "matches"} of your search`);
    await nav.getByRole("link", { name: "Jump to the first match" }).click();
    expect(await nav.locator("p").textContent()).toBe(`Match 1 of ${n}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("match-1");
    await nav.getByRole("button", { name: "Next match" }).click();
    expect(await nav.locator("p").textContent()).toBe(`Match ${n > 1 ? 2 : 1} of ${n}`);
    await nav.getByRole("button", { name: "Previous match" }).click();
    expect(await nav.locator("p").textContent()).toBe(`Match 1 of ${n}`);
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
    "/search/?q=care&council=Rutland+County+Council&council=Nowhere",
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
          const axe = (
            window as unknown as {
              axe: {
                run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
          });
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.help} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(" "))
                .join(", ")}`,
          );
        });
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }
});
