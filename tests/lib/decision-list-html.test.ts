import { describe, expect, it } from "vitest";
import { decisionItemHtml, decisionListWriter } from "../../src/lib/decision-list-html.ts";
import { parseHtml, query, queryAll, text } from "../support/html.ts";
import { makeDecision, payment } from "../support/make-decision.ts";
import type { Remedy } from "../../src/lib/decision/schema.ts";

const noAmount: Remedy = { kind: "payment", text: "Pay Mrs X for her time and trouble.", paragraph: 23 };

const listed = makeDecision({
  council: "Barking & Dagenham <LB>",
  reference: "21 003 813",
  decisionDate: "2022-03-31",
  outcome: "Not upheld",
  category: "Housing",
  subcategory: "Allocations",
  summary: 'Mr X said the "Council" lost his form.',
  remedies: [],
});

describe("a listed decision", () => {
  it("links its body and reference, then gives its date, outcome, topic and summary, every text escaped", () => {
    const html = decisionItemHtml(listed, "/decisions/21-003-813/");
    expect(html).toContain(
      `<a href="/decisions/21-003-813/">Barking &#38; Dagenham &#60;LB&#62;<span class="ref"> (21 003 813)</span></a>`,
    );
    const item = parseHtml(html);
    expect(text(query(item, ".meta")!)).toBe("31 March 2022 · Not upheld · Housing › Allocations");
    expect(query(item, "time")?.attribs["datetime"]).toBe("2022-03-31");
    expect(query(item, ".outcome")?.attribs["class"]).toBe("outcome outcome-not-upheld");
    expect(text(query(item, ".summary")!)).toBe('Mr X said the "Council" lost his form.');
  });

  it("gives the payment agreed only when one states an amount, with 'and more' beside payments of none", () => {
    const meta = (d: Parameters<typeof decisionItemHtml>[0]) => text(query(parseHtml(decisionItemHtml(d, "/d/")), ".meta")!);
    expect(meta(makeDecision({ remedies: [payment(250)] }))).toMatch(/ · £250 agreed$/);
    expect(meta(makeDecision({ remedies: [payment(250), noAmount] }))).toMatch(/ · £250 and more agreed$/);
    expect(meta(makeDecision({ remedies: [noAmount] }))).not.toMatch(/agreed|£/);
    expect(meta(makeDecision({ remedies: [] }))).not.toMatch(/agreed|£/);
  });

  it("says an excerpt is one, and names no body when the statement names none", () => {
    const item = parseHtml(decisionItemHtml(makeDecision({ complete: false, council: null }), "/d/"));
    expect(text(query(item, ".excerpt")!)).toBe("Excerpt");
    expect(text(query(item, ".title a")!)).toMatch(/^Body not named/i);
  });
});

describe("a list writer", () => {
  it("writes the items in the order given, each linked by the writer's links", () => {
    const a = makeDecision({ reference: "22 000 001" });
    const b = makeDecision({ reference: "22 000 002" });
    const write = decisionListWriter((slug) => `/base/decisions/${slug}/`);
    const links = queryAll(parseHtml(write([b, a])), "h3 a").map((l) => l.attribs["href"]);
    expect(links).toEqual(["/base/decisions/22-000-002/", "/base/decisions/22-000-001/"]);
  });

  it("writes each record's item once, however many lists it is in", () => {
    const a = makeDecision({ reference: "22 000 003" });
    let asked = 0;
    const write = decisionListWriter((slug) => {
      asked++;
      return `/d/${slug}/`;
    });
    expect(write([a])).toBe(write([a]));
    expect(write([a, a])).toBe(write([a]).repeat(2));
    expect(asked).toBe(1);
  });
});
