// The built site in Debian's chromium, under its own Content-Security-Policy: search (Pagefind's
// WebAssembly and worker) and the decision page (the highlight loader) work and no violation is
// reported; the hostile fixture (tests/fixtures/site/23-300-003.txt) shows in search results as
// the text it is, with nothing injected and nothing run.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { useBuiltSite } from "./chromium.ts";

const { data } = readDecisionFile(readFileSync(path.join(inject("decisionsDir"), "23-300-003.md"), "utf8"));
const council = data["council"] as string;

const site = useBuiltSite();

interface Watched {
  page: Page;
  /** CSP violations: securitypolicyviolation events and "Refused to …" console messages. */
  violations: string[];
  errors: string[];
}

/** A page with the CSP in force (no bypass), watching for violations, errors and alert(). */
async function open(url: string): Promise<Watched> {
  const page = await site.browser().newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  page.on("console", (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.exposeFunction("__reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(site.url(url));
  return { page, violations, errors };
}

const status = (page: Page) => page.locator("#status").textContent();

describe("under the Content-Security-Policy", () => {
  it("search loads Pagefind (WebAssembly, worker) and finds, with no violation", async () => {
    const { page, violations, errors } = await open("/search/?q=bedroom");
    await expect.poll(() => status(page)).toMatch(/^Showing 1–\d+ of \d+ decisions?/);
    expect(await page.locator("#results h3 a").count()).toBeGreaterThan(0);
    await page.click('details[data-facet="outcome"] summary');
    await page.check('input[name="outcome"][value="Upheld"]');
    await expect.poll(() => page.url()).toContain("outcome=Upheld");
    await expect.poll(() => status(page)).toMatch(/^Showing 1–\d+ of \d+ decisions?/);
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null)).toBe(true);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a decision page highlights the searched words, with no violation", async () => {
    const { page, violations, errors } = await open("/decisions/21-003-813/?highlight=bedroom#p19");
    await expect.poll(() => page.locator("mark.pagefind-highlight").count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the home page and the hostile decision page report no violation", async () => {
    for (const url of ["/", "/decisions/23-300-003/", "/about/"]) {
      const { page, violations, errors } = await open(url);
      await page.waitForLoadState("load");
      expect(violations, url).toEqual([]);
      expect(errors, url).toEqual([]);
      await page.close();
    }
  });

  it("an inline script, were one there, would be refused (the policy is in force)", async () => {
    const { page, violations } = await open("/");
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__ran = true";
      document.body.append(s);
      return (window as unknown as { __ran?: boolean }).__ran === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe("hostile text in search results", () => {
  it("shows the council and the excerpt as text, injecting no element", async () => {
    const { page, violations, errors } = await open("/search/?q=Quokkaville");
    await expect.poll(() => status(page)).toBe("Showing 1–1 of 1 decision, most relevant first.");
    const result = page.locator("#results li").first();
    expect(await result.locator("h3 a").textContent()).toBe(council);
    expect(await result.locator("h3 a").getAttribute("href")).toMatch(/^\/decisions\/23-300-003\/\?highlight=quokkaville$/i);
    expect(await result.locator(".meta").textContent()).toBe(
      "23 300 003 · 5 June 2018 · Closed after initial enquiries · Benefits and tax > Council tax",
    );
    const excerpt = (await result.locator(".excerpt").textContent()) ?? "";
    expect(excerpt).toContain("Quokkaville");
    expect(excerpt).toMatch(/<script>alert\(1\)<\/script>|<img src=x onerror=alert\(1\)>|onmouseover="alert\(1\)/);
    // Only the markup the page makes: the result's own elements and Pagefind's <mark>s.
    const tags = await page.locator("#results *").evaluateAll((els) => els.map((e) => e.tagName.toLowerCase()));
    expect([...new Set(tags)].sort()).toEqual(["a", "article", "h3", "li", "mark", "p", "time"]);
    const handlers = await page
      .locator("#results *")
      .evaluateAll((els) => els.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")));
    expect(handlers).toEqual([]);
    expect(await page.locator("#results mark").allTextContents()).toContain("Quokkaville");
    // Its filter option, and choosing it.
    await page.click('details[data-facet="council"] summary');
    await page
      .locator('input[name="council"]')
      .evaluateAll((boxes, value) => (boxes as HTMLInputElement[]).find((b) => b.value === value)!.click(), council);
    await expect.poll(() => status(page)).toBe("Showing 1–1 of 1 decision, most relevant first.");
    expect(new URL(page.url()).searchParams.get("council")).toBe(council);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
