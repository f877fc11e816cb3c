// Nothing lost on the way to the page: for every decision in the site build (seeds + the parser-made
// fixtures), every word of its Markdown body is in the built page's statement text, in order, and
// the paragraph anchors run #p1..#pN, N = paragraphCount, without gaps or repeats. The parser's own
// integrity (statement -> body) is tests/lib/decision/integrity.test.ts; this covers body -> page.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { attr, elements, find, hasClass, parseHtml, textOf } from "../support/html.ts";
import { bodyWords, firstMissing, words } from "./words.ts";

const site = inject("siteDir");
const decisionsDir = inject("decisionsDir");

const files = readdirSync(decisionsDir)
  .filter((f) => f.endsWith(".md"))
  .sort();

describe("every decision page carries its whole statement", () => {
  it("covers the seeds and the fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of files) {
    it(file.replace(/\.md$/, ""), () => {
      const { data, body } = readDecisionFile(readFileSync(path.join(decisionsDir, file), "utf8"));
      const slug = data["slug"] as string;
      const doc = parseHtml(readFileSync(path.join(site, "decisions", slug, "index.html"), "utf8"));
      const container = find(doc, (el) => el.tagName === "div" && hasClass(el, "statement-text"));
      expect(container, "div.statement-text").toBeDefined();

      // The page's words, without the ¶ self-links.
      const pageWords = words(textOf(container!, (el) => el.tagName === "a" && hasClass(el, "pilcrow")));
      const expected = bodyWords(body);
      expect(expected.length).toBeGreaterThan(20);
      const missing = firstMissing(expected, pageWords);
      expect(
        missing,
        missing < 0 ? "" : `word ${missing} "${expected[missing]}" after …${expected.slice(Math.max(0, missing - 8), missing).join(" ")}`,
      ).toBe(-1);
      // Nor is anything added: the page's words are the body's words.
      expect(pageWords).toEqual(expected);

      // #p1..#pN, each once, in order, on list items.
      const anchors = elements(container!).filter((el) => /^p\d+$/.test(attr(el, "id") ?? ""));
      const n = data["paragraphCount"] as number;
      expect(anchors.map((el) => Number(attr(el, "id")!.slice(1)))).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(anchors.every((el) => el.tagName === "li")).toBe(true);
      // And no other element on the page claims one of those ids.
      const all = elements(doc).filter((el) => /^p\d+$/.test(attr(el, "id") ?? ""));
      expect(all).toHaveLength(n);
    });
  }
});
