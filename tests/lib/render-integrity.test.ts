// Nothing lost in rendering, at scale: generated decisions (scripts/synthetic.ts, recombined from
// the seeds and corpus), the seeds and the site fixtures, each parsed by the real parser and
// rendered by the page's renderer (src/lib/render-body.ts, whose HTML the decision page inserts
// as it is): every word of the body is in the HTML's text, in order, nothing added, and the
// paragraph anchors run #p1..#pN. tests/build/integrity.test.ts checks the same on built pages;
// generated decisions stay out of the site build, whose tests count its decisions.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDecision } from "../../src/lib/decision/parse.ts";
import { markCutShort, renderBody } from "../../src/lib/render-body.ts";
import { buildPool, generateDecisions } from "../../scripts/synthetic.ts";
import { SITE_FIXTURES } from "../../scripts/site-fixtures.ts";
import { attr, elements, hasClass, parseHtml, textOf } from "../support/html.ts";
import { bodyWords, firstMissing, words } from "../build/words.ts";
import { CORPUS, SEEDS } from "../paths.ts";

const texts = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(dir, n), "utf8") }));
const seeds = texts(SEEDS);
const pool = buildPool(
  [...seeds, ...texts(join(CORPUS, "statements"))].map((t) => t.text),
  readFileSync(join(CORPUS, "labels.tsv"), "utf8"),
);
const inputs = [
  ...seeds,
  ...texts(SITE_FIXTURES),
  ...[...generateDecisions(pool, 150, 5)].map((d) => ({ name: `${d.reference}.txt`, text: d.text })),
];

describe("rendered bodies keep every word and anchor", () => {
  it(`${inputs.length} decisions: seeds, site fixtures and generated`, () => {
    for (const { name, text } of inputs) {
      const { decision, body } = parseDecision(text, name);
      const rendered = renderBody(body);
      const fragment = parseHtml(rendered.html);
      const pageWords = words(textOf(fragment, (el) => el.tagName === "a" && hasClass(el, "pilcrow")));
      const expected = bodyWords(body);
      const missing = firstMissing(expected, pageWords);
      expect(
        missing,
        missing < 0
          ? name
          : `${name}: word ${missing} "${expected[missing]}" after …${expected.slice(Math.max(0, missing - 8), missing).join(" ")}`,
      ).toBe(-1);
      expect(pageWords, name).toEqual(expected);
      const range = Array.from({ length: decision.paragraphCount }, (_, i) => i + 1);
      const ids = elements(fragment)
        .map((el) => attr(el, "id") ?? "")
        .filter((id) => /^p\d+$/.test(id));
      expect(
        ids.map((id) => Number(id.slice(1))),
        name,
      ).toEqual(range);
      expect(rendered.anchors, name).toEqual(range);
    }
  });
});

describe("markCutShort", () => {
  it("ends an excerpt that stops mid-word or mid-sentence with an ellipsis, before the paragraph's anchor", () => {
    expect(markCutShort("## Powers\n\n3. We must also co {#p3}\n")).toBe("## Powers\n\n3. We must also co … {#p3}\n");
    expect(markCutShort("2. Since April 2015, a single team acting on behalf of both Ombudsmen {#p2}")).toBe(
      "2. Since April 2015, a single team acting on behalf of both Ombudsmen … {#p2}",
    );
    expect(markCutShort("## The Ombudsman’s role\n\nBack to t")).toBe("## The Ombudsman’s role\n\nBack to t …");
  });
  it("leaves a text that ends a sentence as it is", () => {
    for (const md of ["4. We found fault. {#p4}", "5. (Local Government Act 1974, section 26) {#p5}", "He said “no.”", ""])
      expect(markCutShort(md)).toBe(md);
  });
});
