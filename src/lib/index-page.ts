// What Pagefind reads of a decision page. Pagefind keeps every element with an id as an anchor, with
// all its text, in the page's fragment, which a search downloads for each result it shows. A
// decision's numbered paragraphs (<li id="pN">, ./render-body.ts) would be its whole text over
// again, and the search page does not use anchors: so the paragraphs' ids are left out of what is
// indexed (the page itself keeps them), and the section headings keep theirs.
//
// And Pagefind reads nothing of a page outside its data-pagefind-body element but the <html> tag's
// language: the head, the header and the footer are about a fifth of a decision page's bytes, which
// it would parse for nothing. So it is given the <html> tag and the page from the body element to
// the end of the <article> that holds it (tests/build/search-index.test.ts checks that the index is
// the same bytes as from the whole page).

/** The attribute that marks the element Pagefind indexes. */
export const BODY = "data-pagefind-body";

/** The page as Pagefind is given it: the <html> tag and the body element on, without the paragraphs' ids. */
export function pageForIndex(html: string): string {
  const page = html.replace(/<li id="p\d+"/g, "<li");
  const at = page.indexOf(BODY);
  const from = page.lastIndexOf("<", at);
  const to = page.indexOf("</article>", at);
  const root = /<html\b[^>]*>/.exec(page)?.[0];
  // Not a decision page as src/pages/decisions/[slug].astro writes it: the whole of it.
  if (at < 0 || from < 0 || to < 0 || !root) return page;
  return `<!DOCTYPE html>${root}<body>${page.slice(from, to)}</body></html>`;
}

/** The folder of the built site whose pages are indexed: the decision pages (and the /decisions/ listing, which has no body element). */
export const INDEXED = "decisions";

/** A decision page's file in the built site (Astro's directory format), as the index names it. */
export const decisionPageFile = (slug: string): string => `${INDEXED}/${slug}/index.html`;

/** A page as the index orders it: its file, and its sort key's value ("" for a page without one). */
export interface IndexedPage {
  file: string;
  key: string;
}

/** The index's order: by sort key (pages without one first), then by file; shards are cut from it. */
export function byIndexOrder(a: IndexedPage, b: IndexedPage): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
