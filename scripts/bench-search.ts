// The search page in Chromium at archive scale, for the benchmark (scripts/bench.ts): the bytes a
// static host sends (gzip) for each step of a reader's session, counted by the server, so every
// request counts, Pagefind's worker script too; each first search both ways, newest decisions
// first (the page's default) and over every decision (scope=all);
// and the time from the last keystroke to the results on a throttled 4G network.

import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launch } from "./support/chromium.ts";
import { serve, type StaticServer } from "./support/serve.ts";

export interface Step {
  bytes: number;
  requests: number;
  /** The search page's status line when the step was done. */
  status: string;
  /** Bytes by kind of file: page, pagefind script, wasm, index, filter, fragment, meta. */
  byKind: Record<string, number>;
}

export interface SearchFigures {
  /** One session: page load, a first search, a second, a filter change. */
  session: Record<"pageLoad" | "firstSearch" | "secondSearch" | "filterChange" | "scrolled", Step>;
  /** From a cold cache, page load and one search, newest first and over all decisions, with the time from opening the page to its results. */
  cold: Record<"common" | "commonAll" | "rare" | "rareAll", Step & { ms: number }>;
  words: { common: string; second: string; rare: string };
  /** The results of a search typed on a throttled network. */
  throttled: { profile: string; afterTypingMs: number; fromNavigationMs: number; status: string; bytes: number; requests: number };
  /** The window the pages opened in. */
  window: Window;
}

/** Chrome DevTools' and WebDriver's "Regular 4G" preset: 4 Mbit/s down, 3 Mbit/s up, 20 ms latency. */
export const REGULAR_4G = { latency: 20, downloadThroughput: (4 * 1024 * 1024) / 8, uploadThroughput: (3 * 1024 * 1024) / 8 };

const kindOf = (url: string): string =>
  /\/pagefind(?:-\d+)?\/(fragment|index|filter)\//.exec(url)?.[1] ??
  (/\/pagefind(?:-\d+)?\/.*(?:wasm|\.pf_meta|pagefind-entry)/.test(url)
    ? /wasm/.test(url)
      ? "wasm"
      : "meta"
    : /\/pagefind(?:-\d+)?\//.test(url)
      ? "pagefind script"
      : "page");

/** Bytes sent by the server, by request, since a mark. */
class Meter {
  private sent: { url: string; bytes: number }[] = [];
  private open = 0;
  constructor(server: StaticServer) {
    server.onRequest = () => this.open++;
    server.onSent = (url, bytes) => {
      this.open--;
      this.sent.push({ url, bytes });
    };
  }
  get idle(): boolean {
    return this.open === 0;
  }
  take(): Pick<Step, "bytes" | "requests" | "byKind"> {
    const byKind: Record<string, number> = {};
    for (const s of this.sent) byKind[kindOf(s.url)] = (byKind[kindOf(s.url)] ?? 0) + s.bytes;
    const step = { bytes: this.sent.reduce((a, s) => a + s.bytes, 0), requests: this.sent.length, byKind };
    this.sent = [];
    return step;
  }
}

/**
 * Waits poll on a timer: Playwright's default polls on animation frames, which a loaded machine's
 * headless Chromium can stop drawing, leaving a finished page unseen until the wait gives up.
 */
const POLL = { polling: 100, timeout: 120_000 };

/** The size of the window every page opens in, unless told (results are fetched as they come near it): a laptop's. */
export const WINDOW = { width: 1280, height: 720 };
export type Window = typeof WINDOW;

const DONE = /^Showing |^No decisions|^None of the newest|could not be loaded/;

/** The search of the given URL query (or of whatever the page is showing) is drawn: the results list is not busy and the status is final. */
async function shown(page: Page, search?: string): Promise<void> {
  try {
    await page.waitForFunction(
      ([done, search]) =>
        (search === undefined || location.search === search) &&
        document.getElementById("results")?.getAttribute("aria-busy") === "false" &&
        new RegExp(done!).test(document.getElementById("status")?.textContent ?? ""),
      [DONE.source, search] as const,
      POLL,
    );
  } catch (e) {
    // Say what the page was showing, so a step that never finishes can be told from a slow one.
    const now = await page
      .evaluate(() => ({
        search: location.search,
        busy: document.getElementById("results")?.getAttribute("aria-busy"),
        status: document.getElementById("status")?.textContent,
      }))
      .catch(() => null);
    throw new Error(`the search page did not finish${search === undefined ? "" : ` ${search}`}; it shows ${JSON.stringify(now)}`, {
      cause: e,
    });
  }
}

async function settle(page: Page, meter: Meter, search?: string): Promise<string> {
  await shown(page, search);
  // Results are drawn; requests for their fragments and the filters' counts may still be coming.
  for (let quiet = 0; quiet < 5;) {
    await page.waitForTimeout(100);
    quiet = meter.idle ? quiet + 1 : 0;
  }
  return (await page.locator("#status").textContent()) ?? "";
}

async function session(
  browser: Browser,
  url: string,
  meter: Meter,
  words: SearchFigures["words"],
  window: Window,
): Promise<SearchFigures["session"]> {
  const page = await browser.newPage({ viewport: window });
  try {
    await page.goto(`${url}/search/`);
    await page.waitForLoadState("networkidle");
    const pageLoad = { ...meter.take(), status: "" };
    const step = async (action: () => Promise<void>): Promise<Step> => {
      // The page's own location, not Playwright's page.url(), which learns of a pushState late.
      const before = await page.evaluate(() => location.search);
      await action();
      await page.waitForFunction((b) => location.search !== b, before, POLL);
      const status = await settle(page, meter, await page.evaluate(() => location.search));
      return { ...meter.take(), status };
    };
    const firstSearch = await step(() => page.fill("#q", words.common));
    const secondSearch = await step(() => page.fill("#q", words.second));
    // A filter change: an outcome (its facet opened) within the newest year.
    const filterChange = await step(async () => {
      // On a small screen the filters are behind the Filter button.
      if (await page.locator("#filter-toggle").isVisible()) await page.click("#filter-toggle");
      const box = page.locator('input[name="outcome"]').first();
      await box.evaluate((b) => ((b.closest("details") as HTMLDetailsElement).open = true));
      await box.check();
      const newest = await page.$eval("#to", (s) => [...(s as HTMLSelectElement).options].at(-1)!.value);
      await page.selectOption("#from", newest);
    });
    // Results fill in as they come near the window: the rest of the page's, as a reader scrolls down it.
    const results = page.locator("#results > li");
    for (let i = 0; i < (await results.count()); i++) await results.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector("#results > li.pending"), undefined, POLL);
    const status = await settle(page, meter);
    const scrolled = { ...meter.take(), status };
    return { pageLoad, firstSearch, secondSearch, filterChange, scrolled };
  } finally {
    await page.close();
  }
}

/** Page load and one search from a cold cache (a new browser context). */
async function coldSearch(
  browser: Browser,
  url: string,
  meter: Meter,
  query: string,
  all: boolean,
  window: Window,
): Promise<Step & { ms: number }> {
  const context = await browser.newContext({ viewport: window });
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${url}/search/?q=${encodeURIComponent(query)}${all ? "&scope=all" : ""}`);
    await shown(page);
    const ms = Math.round(performance.now() - started);
    const status = await settle(page, meter);
    return { ...meter.take(), status, ms };
  } finally {
    await context.close();
  }
}

/** A reader's search on a throttled network: the page loads, they click the box and type. */
async function throttledSearch(
  browser: Browser,
  url: string,
  meter: Meter,
  query: string,
  window: Window,
): Promise<SearchFigures["throttled"]> {
  const context = await browser.newContext({ viewport: window });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...REGULAR_4G });
    const started = performance.now();
    await page.goto(`${url}/search/`);
    await page.click("#q");
    await page.keyboard.type(query, { delay: 120 });
    const typed = performance.now();
    await shown(page, `?${new URLSearchParams({ q: query })}`);
    const results = performance.now();
    const status = await settle(page, meter);
    const { bytes, requests } = meter.take();
    return {
      bytes,
      requests,
      profile: "Regular 4G (4 Mbit/s down, 3 Mbit/s up, 20 ms latency)",
      afterTypingMs: Math.round(results - typed),
      fromNavigationMs: Math.round(results - started),
      status,
    };
  } finally {
    await context.close();
  }
}

export async function measureSearch(dist: string, words: SearchFigures["words"], window = WINDOW): Promise<SearchFigures> {
  if (!existsSync(`${dist}/search/index.html`)) throw new Error(`${dist} has no search/index.html: build the site first`);
  const server = await serve(dist, { gzip: true });
  const meter = new Meter(server);
  const browser = await launch();
  try {
    const figures = await session(browser, server.url, meter, words, window);
    const cold = {
      common: await coldSearch(browser, server.url, meter, words.common, false, window),
      commonAll: await coldSearch(browser, server.url, meter, words.common, true, window),
      rare: await coldSearch(browser, server.url, meter, words.rare, false, window),
      rareAll: await coldSearch(browser, server.url, meter, words.rare, true, window),
    };
    const throttled = await throttledSearch(browser, server.url, meter, words.common, window);
    return { session: figures, cold, words, throttled, window };
  } finally {
    await browser.close();
    await server.close();
  }
}
