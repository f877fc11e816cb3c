import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDecision } from "../../src/lib/decision/parse.ts";
import { byIndexOrder, decisionPageFile, pageForIndex, pageReader } from "../../src/lib/index-page.ts";
import { renderBody } from "../../src/lib/render-body.ts";
import { sha256 } from "../../src/lib/shard-record.ts";
import { SEEDS } from "../paths.ts";

const SEED = "000_d4224d52b5d274ad.txt";
const { html, anchors, headings } = renderBody(parseDecision(readFileSync(join(SEEDS, SEED), "utf8"), SEED).body);

/** A decision page shaped as src/pages/decisions/[slug].astro writes it, around a seed's rendered statement. */
const page = (statement: string) =>
  `<!DOCTYPE html><html lang="en-GB" data-x><head><title>A council (21 003 813)</title><style>p{}</style></head><body><main>` +
  `<article class="decision"><div data-pagefind-ignore="all"><h1>A council</h1></div>` +
  `<div class="layout" data-pagefind-body data-pagefind-meta="title:A council"><section>${statement}</section></div>` +
  `<nav class="neighbours">Other decisions</nav></article><script src="/highlight.js"></script></main><footer>About</footer></body></html>`;

describe("pageForIndex", () => {
  it("leaves out each numbered paragraph's id from a rendered statement, and nothing else of it", () => {
    expect(anchors.length).toBeGreaterThan(10);
    const indexed = pageForIndex(page(html));
    expect(indexed).not.toMatch(/id="p\d+"/);
    // The paragraphs' self-links and every section heading's id stay.
    for (const n of anchors) expect(indexed).toContain(`href="#p${n}"`);
    for (const h of headings) expect(indexed).toContain(`id="${h.slug}"`);
    // Only the ids went: put back, the statement is the page's.
    let n = 0;
    expect(indexed.replace(/<li(?= value=")/g, () => `<li id="p${anchors[n++]}"`)).toContain(html);
  });

  it("gives the <html> tag and the body element alone, not the head or what is around it in the page", () => {
    expect(pageForIndex(page("<p>Text</p>"))).toBe(
      '<!DOCTYPE html><html lang="en-GB" data-x><body>' +
        '<div class="layout" data-pagefind-body data-pagefind-meta="title:A council"><section><p>Text</p></section></div>' +
        "</body></html>",
    );
    // The elements of the body's name inside it are counted to find where it ends.
    expect(pageForIndex(page('<div><div id="a">One</div><DIV>Two</DIV></div><div>Three</div>'))).toBe(
      '<!DOCTYPE html><html lang="en-GB" data-x><body>' +
        '<div class="layout" data-pagefind-body data-pagefind-meta="title:A council"><section>' +
        '<div><div id="a">One</div><DIV>Two</DIV></div><div>Three</div></section></div>' +
        "</body></html>",
    );
  });

  it("leaves out the line placing the decision's payment among the others', which changes with them", () => {
    const findings =
      '<div data-pagefind-ignore><section class="findings"><p class="total" data-astro-cid-5c>Total payments agreed: <strong>£300</strong></p>' +
      '<p class="place" data-astro-cid-5c>£300: more than 4 of 9 upheld Council tax decisions&#39; payments in this casebook (median £250).</p></section></div>';
    expect(pageForIndex(page(findings))).toBe(
      '<!DOCTYPE html><html lang="en-GB" data-x><body>' +
        '<div class="layout" data-pagefind-body data-pagefind-meta="title:A council"><section>' +
        '<div data-pagefind-ignore><section class="findings"><p class="total" data-astro-cid-5c>Total payments agreed: <strong>£300</strong></p></section></div>' +
        "</section></div></body></html>",
    );
  });

  it("gives a page without a body element, or whose body element does not end, whole (less the paragraphs' ids)", () => {
    const listing = '<html lang="en-GB"><body><ol><li id="p1">One</li></ol></body></html>';
    expect(pageForIndex(listing)).toBe('<html lang="en-GB"><body><ol><li>One</li></ol></body></html>');
    const cutShort = '<html lang="en"><body><div data-pagefind-body>Text<div>More</div></body></html>';
    expect(pageForIndex(cutShort)).toBe(cutShort);
    const noRoot = "<body><div data-pagefind-body>Text</div></body>";
    expect(pageForIndex(noRoot)).toBe(noRoot);
  });

  it("cuts a page read a byte a character (latin1) where it cuts it read as UTF-8", () => {
    const utf8 = Buffer.from(page("<p>£300 for the Council’s delay · café</p>") + "<p>“après”</p>", "utf8");
    const cut = pageForIndex(utf8.toString("utf8"));
    expect(Buffer.from(pageForIndex(utf8.toString("latin1")), "latin1").equals(Buffer.from(cut, "utf8"))).toBe(true);
    expect(cut).toContain("£300 for the Council’s delay · café");
  });
});

describe("pageReader", () => {
  const read = pageReader("date");

  it("takes a page's sort key and the sha256 of the UTF-8 of what Pagefind is given of it", () => {
    const html = page("<p>£300 for the Council’s delay · café</p>").replace(
      "data-pagefind-body",
      'data-pagefind-body data-pagefind-sort="date:2022-03-31"',
    );
    expect(read(Buffer.from(html, "utf8"))).toEqual({ key: "2022-03-31", sha256: sha256(pageForIndex(html)) });
    expect(pageReader("title")(Buffer.from(html, "utf8"))).toEqual({ key: "", sha256: sha256(pageForIndex(html)) });
  });

  it('gives a page without a sort key the key "", and a page without a body element nothing', () => {
    const html = page("<p>Text</p>");
    expect(read(Buffer.from(html))).toEqual({ key: "", sha256: sha256(pageForIndex(html)) });
    expect(read(Buffer.from('<html lang="en-GB"><body><ol><li id="p1">One</li></ol></body></html>'))).toBeUndefined();
  });
});

describe("byIndexOrder", () => {
  it("orders pages by their sort key, a page without one first, then by file", () => {
    const pages = [
      { file: decisionPageFile("21-003-813"), key: "2022-03-31" },
      { file: decisionPageFile("19-012-800"), key: "2022-03-31" },
      { file: "decisions/listing/index.html", key: "" },
      { file: decisionPageFile("23-009-462"), key: "2021-11-02" },
    ];
    expect(pages.sort(byIndexOrder).map((p) => p.file)).toEqual([
      "decisions/listing/index.html",
      "decisions/23-009-462/index.html",
      "decisions/19-012-800/index.html",
      "decisions/21-003-813/index.html",
    ]);
  });
});
