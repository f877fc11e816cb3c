// Size budgets on the shared test build (tests/setup/build-site.ts), in bytes as sent gzipped
// (./weigh.ts): exact and deterministic, so a page or script that grows past its budget fails here
// whatever the machine. Each limit carries the figure measured when it was set; raise a limit only
// with a reason. What a first search downloads is weighed in tests/browser/budgets.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { wireBytes } from "./weigh.ts";

const site = inject("siteDir");

/** The script files a page loads: its module scripts and what they import statically, not import(). */
function scriptFiles(page: string): string[] {
  const html = readFileSync(path.join(site, page), "utf8");
  const found = new Set<string>();
  const visit = (src: string) => {
    const file = path.join(site, src.replace(/^\//, ""));
    if (found.has(file)) return;
    found.add(file);
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(src), m[1]!));
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) visit(m[1]!);
  return [...found];
}

describe("size budgets", () => {
  it("a decision page's HTML (21 003 813, a full statement) is under 16 KB gzipped", () => {
    // 12,555 bytes when the limit was set.
    const bytes = wireBytes(path.join(site, "decisions/21-003-813/index.html"));
    expect(bytes).toBeLessThan(16 * 1024);
  });

  it("the search page's own JavaScript is under 11 KB gzipped", () => {
    // 10,407 bytes in one file when the limit was set: exact words, references (a joint decision's
    // parts too), history, checkbox filters, pages, the newest decisions searched first, "Did you
    // mean" (edit distance from fastest-levenshtein), each result's data fetched as it comes into
    // view, a council's page offered for its name, help when nothing is found, long option lists
    // narrowed as one types, and merged shards searched one by one, each kept only when its best
    // result holds the words. The CSV export loads only when asked; Pagefind's files with the first
    // search. Besides its own file, it loads the helper for counts in words, which it shares with
    // the decision page's script (125 bytes when this was set).
    const files = scriptFiles("search/index.html");
    expect(files.map((f) => path.relative(site, f))).toEqual([
      expect.stringMatching(/^_astro\/search\.[\w.-]+\.js$/),
      expect.stringMatching(/^_astro\/count-words\.[\w-]+\.js$/),
    ]);
    const bytes = files.reduce((sum, f) => sum + wireBytes(f), 0);
    expect(bytes).toBeLessThan(11 * 1024);
  });
});
