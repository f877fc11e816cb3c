import { describe, expect, it } from "vitest";
import { chapterFileName, chapterNumbers, chapterUrl, isChapterFile, MAX_CHAPTERS } from "../../../src/lib/archive/chapters.ts";

const page = new URL("https://www.lgo.org.uk/decisions/adult-care-services/charging/19-000-123");
const links = (...hrefs: string[]) => `<html><body>${hrefs.map((h) => `<a href="${h}">x</a>`).join("")}</body></html>`;

describe("chapterNumbers", () => {
  it("finds the later chapters a page links to, relative or by path, each once and in order", () => {
    expect(
      chapterNumbers(
        links("?chapter=3", "/decisions/adult-care-services/charging/19-000-123?chapter=2", "?chapter=3&amp;x=1", "?chapter=1"),
        page,
      ),
    ).toEqual([2, 3]);
  });

  it("counts a link to the same decision filed under another category, as the decision's number names it", () => {
    expect(chapterNumbers(links("/decisions/other-categories/other/19-000-123?chapter=2"), page)).toEqual([2]);
  });

  it("ignores links to other decisions' chapters, other queries, and numbers no report reaches", () => {
    const html = links(
      "/decisions/housing/allocations/20-003-093?chapter=2",
      "?displaypref=0",
      "?chapter=two",
      `?chapter=${MAX_CHAPTERS + 1}`,
      "?chapter=0",
    );
    expect(chapterNumbers(html, page)).toEqual([]);
  });

  it("finds none on a page that is not a report", () => {
    expect(chapterNumbers("<html><body><p>No links.</p></body></html>", page)).toEqual([]);
  });
});

describe("chapter addresses and files", () => {
  it("puts the chapter in the decision's address, dropping any other query", () => {
    expect(chapterUrl(new URL(`${page.href}?displaypref=0#p3`), 4).href).toBe(`${page.href}?chapter=4`);
  });

  it("saves a chapter beside its report's first page, and knows its file from a page's", () => {
    expect(chapterFileName("19-000-123.html", 2)).toBe("19-000-123.chapter-2.html");
    expect([isChapterFile("19-000-123.chapter-2.html"), isChapterFile("19-000-123.html"), isChapterFile("chapter-2.txt")]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
