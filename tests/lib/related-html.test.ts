import { describe, expect, it } from "vitest";
import { NONE_RELATED, paidText, relatedHtml } from "../../src/lib/related-html.ts";
import type { Decision } from "../../src/lib/decision/schema.ts";
import { elements, parseHtml } from "../support/html.ts";
import { makeDecision, payment } from "../support/make-decision.ts";

const links = { decision: (slug: string) => `/d/${slug}/`, howChosen: "/about/#related" };
const listed = (overrides: Partial<Decision>) =>
  makeDecision({ council: "Kent County Council", reference: "21 003 813", decisionDate: "2022-03-31", outcome: "Upheld", ...overrides });
/** What paidText reads of a record. */
const paying = (paymentTotalGBP: number | null, paymentsWithoutAmount: number, remediesKnown = true) => ({
  ...listed({}),
  paymentTotalGBP,
  paymentsWithoutAmount,
  remediesKnown,
});

describe("what a listed decision paid", () => {
  it("gives the stated sum, 'and more' beside a payment of no stated amount", () => {
    expect(paidText(paying(250, 0))).toBe(", £250");
    expect(paidText(paying(250, 1))).toBe(", £250 and more");
  });

  it("says a payment has no stated amount only when the remedies are known, and is silent without a payment", () => {
    expect(paidText(paying(null, 1))).toBe(", payment of no stated amount");
    expect(paidText(paying(null, 1, false))).toBe("");
    expect(paidText(paying(0, 0))).toBe("");
  });
});

describe("the section", () => {
  it("lists each related decision with its link, date, outcome, payment and reason, escaped", () => {
    const other = listed({ council: "Barking & Dagenham <LB>", reference: "22 001 002", remedies: [payment(300)] });
    const html = relatedHtml(
      { related: [{ decision: other, reason: "same subcategory, summaries share “care”", score: 5 }], jointParts: [] },
      links,
    );
    expect(html).toContain(
      `<li><a href="/d/${other.slug}/">Barking &#38; Dagenham &#60;LB&#62; (22 001 002)</a>, 31 March 2022: Upheld, £300 ` +
        `<span class="why">same subcategory, summaries share “care”</span></li>`,
    );
    expect(html).toContain(`<a href="/about/#related">How they are chosen</a>`);
    expect(html).not.toContain(NONE_RELATED);
    expect(html).not.toContain("joint-h");
  });

  it("says there is none when no decision is alike enough", () => {
    expect(relatedHtml({ related: [], jointParts: [] }, links)).toBe(
      `<h2 id="related-h">Decisions like this one</h2>\n<p class="none">${NONE_RELATED}</p>`,
    );
  });

  it("lists the other parts of a joint decision apart, under a heading in the singular or plural", () => {
    const b = listed({ reference: "24 500 005b", council: "NHS Kent" });
    const c = listed({ reference: "24 500 005c", council: "Kent Police" });
    const one = relatedHtml({ related: [], jointParts: [b] }, links);
    expect(one).toMatch(
      /^<h2 id="joint-h">The other part of this joint decision<\/h2>\n<ul class="joint">\n<li><a href="\/d\/24-500-005b\/">NHS Kent \(24 500 005b\)<\/a>/,
    );
    expect(relatedHtml({ related: [], jointParts: [b, c] }, links)).toContain("The other parts of this joint decision");
  });

  it("makes no element or attribute from the text of a record, wherever it stands", () => {
    const hostile = `"><img src=x onerror=alert(1)><script>alert('x')</script>`;
    const other = listed({ council: `Evil ${hostile}`, reference: "22 001 003" });
    const part = listed({ council: `Part ${hostile}`, reference: "24 500 005b" });
    const html = relatedHtml({ related: [{ decision: other, reason: `same ${hostile}`, score: 5 }], jointParts: [part] }, links);
    const made = elements(parseHtml(html));
    expect(new Set(made.map((el) => el.tagName))).toEqual(new Set(["h2", "ul", "ol", "li", "a", "span", "p"]));
    expect(made.flatMap((el) => Object.keys(el.attribs)).filter((name) => !["id", "class", "href"].includes(name))).toEqual([]);
    expect(made.filter((el) => el.tagName === "a").map((el) => el.attribs["href"])).toEqual([
      "/d/24-500-005b/",
      "/about/#related",
      "/d/22-001-003/",
    ]);
  });
});
