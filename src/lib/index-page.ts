// What Pagefind reads of a decision page. Pagefind keeps every element with an id as an anchor, with
// all its text, in the page's fragment, which a search downloads for each result it shows. A
// decision's numbered paragraphs (<li id="pN">, ./render-body.ts) would be its whole text over
// again, and the search page does not use anchors: so the paragraphs' ids are left out of what is
// indexed (the page itself keeps them), and the section headings keep theirs.
//
// And Pagefind reads nothing of a page outside its data-pagefind-body element but the <html> tag's
// language: the head, the header, the footer, and the related decisions and the council's other
// decisions after the body element are about a third of a decision page's bytes, which it would
// parse for nothing. So it is given the <html> tag and the body element alone. Nor does it read the
// line placing the decision's payment among others (in a data-pagefind-ignore element), which is
// left out too. What is left depends on the decision alone, not on the other decisions of the
// casebook, so a decision added does not change what the index is given of the others (the search
// index keeps the bundles of shards whose pages it is given unchanged). tests/build/search-index.test.ts
// checks that the index is the same bytes as from the whole page.

import { sha256 } from "./shard-record.ts";

/** The attribute that marks the element Pagefind indexes. */
export const BODY = "data-pagefind-body";

/** The line placing a decision's payment among the others' (src/components/Findings.astro), text alone. */
const PAYMENT_PLACE = /<p class="place"[^>]*>[^<]*<\/p>/g;

/**
 * The page as Pagefind is given it: the <html> tag and the body element, without the paragraphs'
 * ids or the payment's place. A page whose body element does not end, or without an <html> tag, is
 * given whole, less the same.
 */
export function pageForIndex(html: string): string {
  const at = html.indexOf(BODY);
  const from = at < 0 ? -1 : html.lastIndexOf("<", at);
  const to = from < 0 ? -1 : elementEnd(html, from);
  const root = /<html\b[^>]*>/.exec(html)?.[0];
  const page = to < 0 || !root ? html : `<!DOCTYPE html>${root}<body>${html.slice(from, to)}</body></html>`;
  return page.replace(/<li id="p\d+"/g, "<li").replace(PAYMENT_PLACE, "");
}

/**
 * Where the element whose start tag begins at `from` ends, just after its end tag, counting the
 * elements of the same name opened and closed inside it; -1 when it does not end.
 */
function elementEnd(html: string, from: number): number {
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(from, from + 64))?.[1];
  if (!name) return -1;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  tags.lastIndex = from;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return -1;
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

/** What the index takes of a page with a body element: its sort key's value ("" when it has none), and the sha256 of what Pagefind is given of it. */
export interface PageRead {
  key: string;
  sha256: string;
}

/**
 * Reads pages for the index, ordered by the sort key `orderBy` (data-pagefind-sort="orderBy:..."):
 * a page's sort key and the sha256 of pageForIndex of it, in UTF-8; undefined for a page without
 * a body element. The page is given as its UTF-8 bytes.
 */
export function pageReader(orderBy: string): (bytes: Buffer) => PageRead | undefined {
  const body = Buffer.from(BODY);
  const sort = Buffer.from(`data-pagefind-sort="${orderBy}:`);
  return (bytes) => {
    if (!bytes.includes(body)) return undefined;
    const at = bytes.indexOf(sort);
    const end = at < 0 ? -1 : bytes.indexOf('"', at + sort.length);
    const key = end < 0 ? "" : bytes.toString("utf8", at + sort.length, end);
    return { key, sha256: sha256(utf8PageForIndex(bytes)) };
  };
}

/**
 * pageForIndex of a page in UTF-8, in UTF-8: the bytes of what Pagefind is given of it. Decoding
 * every page as UTF-8 and encoding the result again made reading and hashing 50,000 pages take
 * 9.7 s instead of 5.9 s; so the page is taken a byte a character (latin1), which pageForIndex
 * cuts in the same places: all it looks for is ASCII, and in UTF-8 an ASCII byte is never part of
 * another character.
 */
const utf8PageForIndex = (bytes: Buffer): Buffer => Buffer.from(pageForIndex(bytes.toString("latin1")), "latin1");
