// Nothing broken, site-wide, on the shared build (tests/setup/build-site.ts): every internal link
// and #anchor resolves, every page is valid HTML, titles and canonical URLs are unique, every page
// carries a Content-Security-Policy that lets no inline script or style run (and the pages have
// none), and a second build from the same input is the same, byte for byte.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { checkLinks, pageUrl } from "../support/link-check.ts";
import { buildSite, makeWorkDir } from "../setup/build-site.ts";
import { readSite } from "../setup/read-site.ts";
import { attr, attrs, elements, find, findAll, parseHtml, textOf } from "../support/html.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const site = inject("siteDir");
const decisionsDir = inject("decisionsDir");
const SITE = { site: "https://casebook.example", base: "/" };
const built = readSite(site);
const docs = new Map([...built.pages].map(([page, html]) => [page, parseHtml(html)]));

/** The policy every page carries (src/layouts/Base.astro). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

describe("site-wide checks", () => {
  it("builds the pages expected", () => {
    expect(built.pages.size).toBeGreaterThan(30);
    for (const page of ["index.html", "404.html", "search/index.html", "about/index.html", "decisions/23-300-003/index.html"])
      expect(built.pages.has(page), page).toBe(true);
  });

  it("every internal link and #anchor resolves", () => {
    expect(checkLinks(built, SITE)).toEqual([]);
  });

  it("every page is valid HTML (html-validate, .htmlvalidate.json)", async () => {
    // .htmlvalidate.json extends html-validate:recommended with four tweaks, each for a reason:
    // - no-redundant-role, prefer-native-element: exclude "list". Lists styled with
    //   `list-style: none` carry role="list" on purpose: Safari/VoiceOver drop their list semantics
    //   otherwise. (axe-core accepts it; tests/browser.)
    // - aria-label-misuse: allowAnyNamable. The facet lists are named (aria-label="Councils"); ARIA
    //   allows naming role=list, html-validate only "does not recommend" it.
    // - long-title: off. A decision page's title is the council's published name and the
    //   reference, which the site does not shorten; some names run past 70 characters.
    const config = JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const problems: string[] = [];
    for (const [page, html] of built.pages) {
      const report = await validator.validateString(html, page);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it("every page has its own <title> and canonical URL, and the canonical URL is the page's own", () => {
    const titles = new Map<string, string>();
    const canonicals = new Map<string, string>();
    for (const [page, doc] of docs) {
      const head = find(doc, (el) => el.tagName === "head")!;
      const title = findAll(head, (el) => el.tagName === "title");
      expect(title, page).toHaveLength(1);
      const t = textOf(title[0]!).trim();
      expect(t, page).not.toBe("");
      expect(titles.get(t), `${page} has the title of ${titles.get(t)}: ${t}`).toBeUndefined();
      titles.set(t, page);

      const links = findAll(head, (el) => el.tagName === "link" && attr(el, "rel") === "canonical");
      // The 404 page is served at any address, so it names none (and is noindex).
      if (page === "404.html") {
        expect(links, page).toHaveLength(0);
        continue;
      }
      expect(links, page).toHaveLength(1);
      const href = attr(links[0]!, "href")!;
      expect(href, page).toBe(pageUrl(page, SITE).href);
      expect(canonicals.get(href), `${page} has the canonical URL of ${canonicals.get(href)}`).toBeUndefined();
      canonicals.set(href, page);
    }
    expect(titles.size).toBe(built.pages.size);
  });

  it("every page carries the Content-Security-Policy, first in <head>, and it allows no inline script or style", () => {
    const directives = Object.fromEntries(
      CSP.split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    for (const name of ["script-src", "style-src"]) {
      expect(directives[name]).not.toContain("'unsafe-inline'");
      expect(directives[name]).not.toContain("'unsafe-eval'");
      expect(directives[name]).not.toContain("data:");
    }
    expect(directives["object-src"]).toEqual(["'none'"]);
    for (const [page, doc] of docs) {
      const head = find(doc, (el) => el.tagName === "head")!;
      const metas = findAll(doc, (el) => el.tagName === "meta" && attr(el, "http-equiv")?.toLowerCase() === "content-security-policy");
      expect(
        metas.map((m) => attr(m, "content")),
        page,
      ).toEqual([CSP]);
      // A meta policy covers only what comes after it: nothing that loads anything may come before.
      const before = elements(head).slice(0, elements(head).indexOf(metas[0]!));
      expect(
        before.map((el) => el.tagName),
        page,
      ).toEqual(["meta"]);
    }
  });

  it("no page has an inline script, inline style, style attribute or event handler attribute", () => {
    for (const [page, doc] of docs) {
      const found: string[] = [];
      for (const el of elements(doc)) {
        // JSON-LD is data the browser never runs; CSP does not apply to it.
        if (el.tagName === "script" && attr(el, "src") === undefined && attr(el, "type") !== "application/ld+json")
          found.push("inline <script>");
        if (el.tagName === "style") found.push("<style>");
        for (const a of attrs(el)) if (a.name === "style" || /^on/i.test(a.name)) found.push(`${el.tagName}[${a.name}]`);
        for (const a of attrs(el)) if (/^\s*javascript:/i.test(a.value)) found.push(`${el.tagName}[${a.name}=javascript:]`);
      }
      expect(found, page).toEqual([]);
    }
  });

  it("two builds of the same input are the same, byte for byte, Pagefind index included", { timeout: 240_000 }, () => {
    const work = makeWorkDir("again-");
    try {
      // As tests/setup/build-site.ts builds, from the same decisions, into another directory with a fresh cache.
      const out = buildSite(work, decisionsDir, { SITE_URL: SITE.site, BASE_PATH: SITE.base });
      const again = readSite(out);
      expect(again.files).toEqual(built.files);
      const differ = built.files.filter((f) => !readFileSync(path.join(site, f)).equals(readFileSync(path.join(out, f))));
      expect(differ).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
