import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDecision } from "../../src/lib/decision/parse.ts";
import { pageForIndex } from "../../src/lib/index-page.ts";
import { renderBody } from "../../src/lib/render-body.ts";
import { SEEDS } from "../paths.ts";

const SEED = "000_d4224d52b5d274ad.txt";

describe("pageForIndex", () => {
  it("leaves out each numbered paragraph's id from a rendered statement, and nothing else", () => {
    const { html, anchors, headings } = renderBody(parseDecision(readFileSync(join(SEEDS, SEED), "utf8"), SEED).body);
    expect(anchors.length).toBeGreaterThan(10);
    const indexed = pageForIndex(html);
    expect(indexed).not.toMatch(/id="p\d+"/);
    // The paragraphs' self-links and every section heading's id stay.
    for (const n of anchors) expect(indexed).toContain(`href="#p${n}"`);
    for (const h of headings) expect(indexed).toContain(`id="${h.slug}"`);
    // Only the ids went: put back, the HTML is the page's.
    let n = 0;
    expect(indexed.replace(/<li(?= value=")/g, () => `<li id="p${anchors[n++]}"`)).toBe(html);
  });
});
