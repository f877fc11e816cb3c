// Text is data, everywhere it goes. tests/fixtures/site/23-300-003.txt (made into a decision by
// the real parser) carries markup, attribute-breaking quotes, javascript: URLs, Markdown link
// tricks, "]]>" and a spreadsheet formula in its council name, summary and statement. Each output
// is read back with a real parser (htmlparser2 for HTML, which makes an element of every tag and
// an attribute of every attribute it reads, see tests/support/html.ts; xmldom for the Atom feed;
// csv-parse; JSON): the text comes back as the same characters, and no element or attribute was
// made from it. htmlparser2 reads tags as a browser's tokenizer does but does not build a
// browser's tree (foreign content such as <svg><style> is not treated specially); the site
// writes no such content, so a tag made from text is seen here as it would be in a browser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { readSite } from "../setup/read-site.ts";
import { attr, attrs, elements, find, findAll, hasClass, parseHtml, squash, textOf, type Document, type Element } from "../support/html.ts";

const site = inject("siteDir");
const decisionsDir = inject("decisionsDir");
const SLUG = "23-300-003";
const REF = "23 300 003";

const { data } = readDecisionFile(readFileSync(path.join(decisionsDir, `${SLUG}.md`), "utf8"));
const council = data["council"] as string;
const summary = data["summary"] as string;
const read = (file: string) => readFileSync(path.join(site, file), "utf8");

/** The site's own scripts: bundled modules, the highlight loader, Pagefind; JSON-LD is data, not code. */
function ownScript(el: Element): boolean {
  const src = attr(el, "src");
  if (src === undefined) return attr(el, "type") === "application/ld+json";
  return /^\/(_astro\/[\w.-]+\.js|highlight\.js|pagefind\/[\w.-]+\.js)$/.test(src);
}

/** Where markup could have escaped from text: elements and attributes the site never makes. */
function injected(doc: Document): string[] {
  const found: string[] = [];
  for (const el of elements(doc)) {
    if (el.tagName === "script" && !ownScript(el)) found.push(`<script ${Object.keys(el.attribs).join(" ")}>`);
    // The site's own images (none yet) would be files of the site.
    if (el.tagName === "img" && !/^\/(?!\/)/.test(attr(el, "src") ?? "")) found.push(`<img src=${attr(el, "src")}>`);
    if (el.tagName === "iframe" || el.tagName === "object" || el.tagName === "embed") found.push(`<${el.tagName}>`);
    for (const a of attrs(el)) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName}[${a.name}]`);
      if (["href", "src", "action", "formaction", "content"].includes(a.name) && /^\s*javascript:/i.test(a.value))
        found.push(`${el.tagName}[${a.name}=${a.value}]`);
    }
  }
  return found;
}

describe("hostile text in a decision", () => {
  it("is in the fixture's record, as the parser read it", () => {
    for (const s of ["</title>", "<script>alert(1)</script>", '" onmouseover="alert(1)', "<img src=x onerror=alert(1)>"])
      expect(council).toContain(s);
    expect(summary).toMatch(/^=HYPERLINK\(/);
    for (const s of ["]]>", "[click](javascript:alert(1))", "&amp;", "<script>"]) expect(summary).toContain(s);
  });

  it("makes no element or attribute on any page", () => {
    const { pages } = readSite(site);
    expect(pages.size).toBeGreaterThan(20);
    for (const [page, html] of pages) expect(injected(parseHtml(html)), page).toEqual([]);
  });

  describe("decision page", () => {
    const doc = parseHtml(read(`decisions/${SLUG}/index.html`));
    const head = find(doc, (el) => el.tagName === "head")!;
    const meta = (key: string, value: string) => find(head, (el) => el.tagName === "meta" && attr(el, key) === value);

    it("title, h1, summary and breadcrumb show the text as written", () => {
      const titles = findAll(
        doc,
        (el) => el.tagName === "title" && !elements(doc).some((p) => p.tagName === "svg" && elements(p).includes(el)),
      );
      expect(titles).toHaveLength(1);
      expect(textOf(titles[0]!)).toBe(`${council} (${REF}) · The casebook`);
      expect(squash(textOf(find(doc, (el) => el.tagName === "h1")!))).toBe(squash(`${council} (${REF})`));
      expect(textOf(find(doc, (el) => el.tagName === "p" && hasClass(el, "lede"))!)).toBe(summary);
      const crumb = find(doc, (el) => el.tagName === "nav" && attr(el, "aria-label") === "Breadcrumb")!;
      expect(squash(textOf(crumb))).toContain(squash(council));
    });

    it("meta description and Open Graph tags hold the text as attribute values", () => {
      // "<citation>. <outcome>. <summary>", shortened at a word with an ellipsis past 300 characters.
      const lead = `${council} (${REF}), 5 June 2018. Closed after initial enquiries. `;
      for (const [key, value] of [
        ["name", "description"],
        ["property", "og:description"],
      ] as const) {
        const content = attr(meta(key, value)!, "content")!;
        expect(content.startsWith(lead), value).toBe(true);
        expect(summary.startsWith(content.slice(lead.length).replace(/…$/, "")), value).toBe(true);
        expect(content.length, value).toBeGreaterThan(lead.length + 20);
      }
      expect(attr(meta("property", "og:title")!, "content")).toBe(`${council} (${REF})`);
    });

    it("JSON-LD is one script element of JSON holding the text", () => {
      const scripts = findAll(doc, (el) => el.tagName === "script" && attr(el, "type") === "application/ld+json");
      expect(scripts).toHaveLength(1);
      // "</script>" in the text would have ended the element early, and the JSON with it.
      const json = JSON.parse(textOf(scripts[0]!)) as Record<string, unknown>;
      expect(json).toMatchObject({ name: `${council} (${REF})`, description: summary, about: { name: council } });
    });

    it("Pagefind's title meta and council filter carry the text", () => {
      const body = find(doc, (el) => attrs(el).some((a) => a.name === "data-pagefind-body"))!;
      expect(attr(body, "data-pagefind-meta")).toBe(`title:${council} (${REF})`);
      const filter = find(doc, (el) => attr(el, "data-pagefind-filter") === "council")!;
      expect(textOf(filter)).toBe(council);
    });

    it("the statement shows markup and link tricks as text, and links only its own paragraphs", () => {
      const text = find(doc, (el) => el.tagName === "div" && hasClass(el, "statement-text"))!;
      const words = squash(textOf(text));
      for (const s of [
        "<script>alert(1)</script> and </title>",
        '" onmouseover="alert(1) x="',
        "[click](javascript:alert(1))",
        "[ref link][evil]",
        "<javascript:alert(1)>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">here</a>',
        "&amp; &lt;b&gt; *not emphasis* _nor this_ `code` \\backslash {#p99} <!-- comment -->",
        "- = + @ =1+1 @SUM(A1) -2+3",
      ])
        expect(words).toContain(s);
      const links = findAll(text, (el) => el.tagName === "a").map((a) => attr(a, "href"));
      expect(links.every((href) => /^#p\d+$/.test(href ?? ""))).toBe(true);
      expect(
        findAll(text, (el) => !["section", "h2", "h3", "ol", "ul", "li", "p", "a", "em"].includes(el.tagName)).map((el) => el.tagName),
      ).toEqual([]);
    });
  });

  it("facet, search and list pages show the council name as text", () => {
    const search = parseHtml(read("search/index.html"));
    const box = find(search, (el) => el.tagName === "input" && attr(el, "value") === council);
    const label = box && find(search, (el) => el.tagName === "label" && attr(el, "for") === attr(box, "id"));
    expect(label && squash(textOf(label))).toBe(`${council} (1)`);
    const councils = parseHtml(read("councils/index.html"));
    expect(elements(councils).some((el) => el.tagName === "a" && squash(textOf(el)) === council)).toBe(true);
    const year = parseHtml(read("years/2018/index.html"));
    expect(textOf(find(year, (el) => el.tagName === "p" && hasClass(el, "summary"))!)).toBe(summary);
  });

  it("decisions.json round-trips the text", () => {
    const records = JSON.parse(read("decisions.json")) as Record<string, unknown>[];
    expect(records.find((r) => r["slug"] === SLUG)).toMatchObject({ council, summary });
  });

  it("decisions.csv round-trips the text, with formula cells neutralised", () => {
    const rows = parseCsv(read("decisions.csv"), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r["slug"] === SLUG)!;
    expect(row["council"]).toBe(council);
    // A spreadsheet would run "=HYPERLINK(…)"; the leading apostrophe makes it text.
    expect(row["summary"]).toBe(`'${summary}`);
    for (const r of rows)
      for (const [column, cell] of Object.entries(r)) expect(cell, `${r["slug"]} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("feed.xml is well-formed XML whose type=html texts render as the text, not markup", () => {
    const errors: string[] = [];
    const xml = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(
      read("feed.xml"),
      "text/xml",
    );
    expect(errors).toEqual([]);
    const entry = [...xml.getElementsByTagName("entry")].find((e) =>
      e.getElementsByTagName("id")[0]?.textContent?.endsWith(`/decisions/${SLUG}/`),
    );
    expect(entry).toBeDefined();
    const field = (name: string) => entry!.getElementsByTagName(name)[0]!;
    for (const [name, expected] of [
      ["title", `${council} (${REF}), 5 June 2018: Closed after initial enquiries`],
      ["summary", summary],
    ] as const) {
      const el = field(name);
      const content = el.textContent ?? "";
      if (el.getAttribute("type") === "html") {
        // A feed reader parses type="html" content as HTML: it must come out as text alone.
        const fragment = parseHtml(content);
        expect(
          elements(fragment).map((e) => e.tagName),
          name,
        ).toEqual([]);
        expect(textOf(fragment), name).toBe(expected);
      } else {
        expect(content, name).toBe(expected);
      }
    }
    // No element in the feed but Atom's own.
    const names = new Set([...xml.getElementsByTagName("*")].map((e) => e.localName ?? e.tagName));
    expect(
      [...names].filter(
        (n) =>
          ![
            "feed",
            "id",
            "title",
            "subtitle",
            "updated",
            "generator",
            "author",
            "name",
            "link",
            "rights",
            "entry",
            "summary",
            "content",
            "category",
            "icon",
            "logo",
          ].includes(n),
      ),
    ).toEqual([]);
  });
});
