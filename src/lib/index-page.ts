// What Pagefind reads of a decision page. Pagefind keeps every element with an id as an anchor, with
// all its text, in the page's fragment, which a search downloads for each result it shows. A
// decision's numbered paragraphs (<li id="pN">, ./render-body.ts) would be its whole text over
// again, and the search page does not use anchors: so the paragraphs' ids are left out of what is
// indexed (the page itself keeps them), and the section headings keep theirs.

/** The page as Pagefind is given it: the same HTML without the paragraphs' ids. */
export function pageForIndex(html: string): string {
  return html.replace(/<li id="p\d+"/g, "<li");
}
