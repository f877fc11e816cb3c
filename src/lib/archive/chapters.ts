// Public interest reports are published in chapters: the decision's address is the first, and
// the same address with ?chapter=2, ?chapter=3, ... the rest. A saved report is its first page
// (21-018-990.html) and one file a later chapter beside it (21-018-990.chapter-2.html).

import { DomUtils, parseDocument } from "htmlparser2";

/** More chapters than any report has: a page linking to more is not a report's contents. */
export const MAX_CHAPTERS = 50;

const CHAPTER_FILE = /\.chapter-\d{1,3}\.html$/;
/** Text every link to a chapter holds; a page without it links to none, and is not parsed. */
const CHAPTER_QUERY = /chapter=\d/i;

/**
 * The later chapters a page links to, in order: links to the page's own decision (the same last
 * segment of the address, wherever the decision is filed) with ?chapter=N for N from 2 to
 * MAX_CHAPTERS. Links to other decisions, chapter 1 (the page itself) and other queries are not
 * chapters.
 */
export function chapterNumbers(html: string, page: URL): number[] {
  // Almost every decision is one page: ingest and fetch ask this of each, so most are not parsed.
  if (!CHAPTER_QUERY.test(html)) return [];
  const own = lastSegment(page);
  const found = new Set<number>();
  for (const link of DomUtils.getElementsByTagName("a", parseDocument(html).children)) {
    const href = link.attribs["href"];
    if (!href || !URL.canParse(href, page)) continue;
    const target = new URL(href, page);
    const chapter = target.searchParams.get("chapter");
    if (chapter === null || !/^\d{1,3}$/.test(chapter) || lastSegment(target) !== own) continue;
    const n = Number(chapter);
    if (n >= 2 && n <= MAX_CHAPTERS) found.add(n);
  }
  return [...found].sort((a, b) => a - b);
}

/** The address of a report's chapter N: the decision's own address with ?chapter=N. */
export function chapterUrl(decision: URL, chapter: number): URL {
  const url = new URL(decision);
  url.search = "";
  url.hash = "";
  url.searchParams.set("chapter", String(chapter));
  return url;
}

/** The file a report's chapter N is saved in, beside its first page: 21-018-990.html → 21-018-990.chapter-2.html. */
export function chapterFileName(pageFile: string, chapter: number): string {
  return `${pageFile.replace(/\.html$/, "")}.chapter-${chapter}.html`;
}

/** Whether a file name is a saved chapter's, read with its report's first page and not on its own. */
export function isChapterFile(name: string): boolean {
  return CHAPTER_FILE.test(name);
}

function lastSegment(url: URL): string {
  return (url.pathname.replace(/\/+$/, "").split("/").at(-1) ?? "").toLowerCase();
}
