// The query helpers against the real seed decisions (decisions/*.md), values checked by hand:
//   19-012-800 Rutland          Not upheld  2020-11-06  £0    Child protection
//   21-000-259 Leicestershire   Upheld      2022-05-12  £100  Other
//   21-003-813 Kent             Upheld      2022-03-31  £200  Child protection
//   21-018-990 Leicestershire   Upheld      2022-09-06  £0    Child protection
//   23-009-462 Lancashire       Upheld      2024-05-19  £0    Child protection
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  agreedLine,
  paymentTotalNote,
  byCategory,
  byCouncil,
  byOutcome,
  bySubcategory,
  byYear,
  citation,
  citeAs,
  councilNeighbours,
  describePayments,
  faultLabel,
  formatGBP,
  formatShare,
  newestFirst,
  paginate,
  paymentFigures,
  remedyCounts,
  shareOf,
  slugify,
  totals,
  upheldShare,
} from "../../src/lib/casebook.ts";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { decisionSchema, type Decision } from "../../src/lib/decision/schema.ts";
import { renderBody } from "../../src/lib/render-body.ts";
import { DecisionFileError, validateDecisionText } from "../../src/lib/validate-decision-file.ts";
import { apology, makeDecision, payment } from "../support/make-decision.ts";

const DIR = path.resolve(import.meta.dirname, "../../decisions");
const files = ["19-012-800.md", "21-000-259.md", "21-003-813.md", "21-018-990.md", "23-009-462.md"];
const seeds: Decision[] = files.map((f) => decisionSchema.parse(readDecisionFile(readFileSync(path.join(DIR, f), "utf8")).data));
const slugs = (list: Decision[]) => list.map((d) => d.slug);

describe("slugify", () => {
  it("makes the facet slugs", () => {
    expect(slugify("Leicestershire County Council")).toBe("leicestershire-county-council");
    expect(slugify("Not upheld")).toBe("not-upheld");
    expect(slugify("Children's care services")).toBe("childrens-care-services");
    expect(slugify("Children’s care services")).toBe("childrens-care-services");
    expect(slugify("Brighton & Hove City Council")).toBe("brighton-and-hove-city-council");
  });
});

describe("grouping", () => {
  it("by council, by name, members newest first", () => {
    const groups = byCouncil(seeds);
    expect(groups.map((g) => [g.slug, g.decisions.length])).toEqual([
      ["kent-county-council", 1],
      ["lancashire-county-council", 1],
      ["leicestershire-county-council", 2],
      ["rutland-county-council", 1],
    ]);
    expect(slugs(groups[2]!.decisions)).toEqual(["21-018-990", "21-000-259"]);
  });
  it("by outcome, category, subcategory and year", () => {
    expect(byOutcome(seeds).map((g) => [g.name, g.slug, g.decisions.length])).toEqual([
      ["Not upheld", "not-upheld", 1],
      ["Upheld", "upheld", 4],
    ]);
    expect(byCategory(seeds).map((g) => [g.slug, g.decisions.length])).toEqual([["childrens-care-services", 5]]);
    expect(bySubcategory(seeds).map((g) => [g.name, g.decisions.length])).toEqual([
      ["Child protection", 4],
      ["Other", 1],
    ]);
    expect(byYear(seeds).map((g) => [g.name, g.decisions.length])).toEqual([
      ["2024", 1],
      ["2022", 3],
      ["2020", 1],
    ]);
  });
});

describe("numbers", () => {
  it("upheld share counts upheld out of upheld + not upheld", () => {
    expect(upheldShare(seeds)).toBe(0.8);
    expect(formatShare(upheldShare(seeds))).toBe("80%");
    expect(upheldShare([])).toBeNull();
    expect(formatShare(null)).toBe("–");
  });
  it("payment totals", () => {
    // Two of the four upheld seeds agreed payments of stated amounts: £200 (Kent, 21 003 813) and £100.
    expect(paymentFigures(seeds)).toEqual({ base: 4, stated: 300, withAmount: 2, noAmount: 0 });
    expect(formatGBP(300)).toBe("£300");
    expect(formatGBP(150.5)).toBe("£150.50");
    expect(totals(seeds)).toEqual({
      decisions: 5,
      councils: 4,
      bodies: 4,
      upheldShare: 0.8,
      investigated: 5,
      payments: { base: 4, stated: 300, withAmount: 2, noAmount: 0 },
      excerpts: 0,
    });
  });
  it("remedy counts count a decision once per kind", () => {
    const counts = remedyCounts(seeds);
    // Over the four upheld seeds; the fifth is not upheld.
    expect(counts.base).toBe(4);
    expect(counts.value.payment).toBe(2);
    expect(counts.value.apology).toBe(seeds.filter((d) => d.remedies.some((r) => r.kind === "apology")).length);
  });
  // Kent agreed £200 (21-003-813). As an excerpt that stops before its remedy, its payments are
  // unknown: counted in neither the sum nor the base, never as £0.
  const asExcerpt = (d: Decision): Decision => ({
    ...d,
    complete: false,
    remediesKnown: false,
    paymentTotalGBP: null,
    faultFound: null,
    injustice: null,
  });
  const withKentExcerpt = seeds.map((d) => (d.slug === "21-003-813" ? asExcerpt(d) : d));
  it("count an excerpt's unknown remedies in neither the figure nor its base", () => {
    expect(paymentFigures(withKentExcerpt)).toEqual({ base: 3, stated: 100, withAmount: 1, noAmount: 0 });
    expect(remedyCounts(withKentExcerpt).base).toBe(3);
    expect(remedyCounts(withKentExcerpt).value.payment).toBe(1);
    expect(totals(withKentExcerpt).excerpts).toBe(1);
  });
  it("file a statement that names no body under its own entry, and count it as no council", () => {
    const unnamed = { ...seeds.find((d) => d.slug === "19-012-800")!, council: null, bodyType: "other" as const };
    const list = [...seeds.filter((d) => d.slug !== "19-012-800"), unnamed];
    expect(byCouncil(list).map((g) => g.name)).toEqual([
      "Body not named",
      "Kent County Council",
      "Lancashire County Council",
      "Leicestershire County Council",
    ]);
    expect(totals(list).councils).toBe(3);
    expect(citation(unnamed)).toBe("Body not named (19 012 800), 6 November 2020");
    expect(councilNeighbours(list).get("19-012-800")).toBeUndefined();
  });
});

describe("ordering and neighbours", () => {
  it("sorts newest first", () => {
    expect(slugs(newestFirst(seeds))).toEqual(["23-009-462", "21-018-990", "21-000-259", "21-003-813", "19-012-800"]);
  });
  it("finds the same council's earlier and later decisions", () => {
    const n = councilNeighbours(seeds);
    expect(n.get("21-000-259")?.previous).toBeNull();
    expect(n.get("21-000-259")?.next?.slug).toBe("21-018-990");
    expect(n.get("21-018-990")?.previous?.slug).toBe("21-000-259");
    expect(n.get("21-018-990")?.next).toBeNull();
    expect(n.get("21-003-813")).toEqual({ previous: null, next: null });
  });
});

describe("pagination", () => {
  it("splits into pages of 50, page 1 at the bare URL", () => {
    const pages = paginate(Array.from({ length: 120 }, (_, i) => i));
    expect(pages.map((p) => [p.number, p.param, p.items.length, p.count, p.total])).toEqual([
      [1, undefined, 50, 3, 120],
      [2, "2", 50, 3, 120],
      [3, "3", 20, 3, 120],
    ]);
    expect(pages[2]!.items[0]).toBe(100);
    expect(paginate([])).toHaveLength(1);
    expect(paginate(seeds)[0]!.items).toHaveLength(5);
  });
});

describe("citations, links and export rows", () => {
  const kent = seeds.find((d) => d.slug === "21-003-813")!;
  it("cites", () => {
    expect(citation(kent)).toBe("Kent County Council (21 003 813), 31 March 2022");
    expect(citeAs(kent)).toBe("Local Government and Social Care Ombudsman, decision 21 003 813 (Kent County Council), 31 March 2022");
    expect(citeAs({ ...kent, council: null })).toBe("Local Government and Social Care Ombudsman, decision 21 003 813, 31 March 2022");
  });
});

describe("body rendering", () => {
  it("anchors numbered paragraphs and drops the markers", () => {
    const { html, anchors } = renderBody(
      "## The complaint\n\n1. Mr X complains. {#p1}\n\n2. See paragraph [1](#p1). {#p2}\n   - a bullet\n",
    );
    expect(anchors).toEqual([1, 2]);
    expect(html).toContain('<li id="p1" value="1">');
    expect(html).toContain('<a class="pilcrow" href="#p2" aria-label="Link to paragraph 2" data-pagefind-ignore="">¶</a>');
    expect(html).not.toContain("{#p");
    expect(html).toContain('<h2 id="s-the-complaint">');
  });
  it("keeps escaped text literal, including an escaped marker", () => {
    const { html, anchors } = renderBody("1. \\<script\\>alert(1)\\</script\\> and \\{#p9\\} {#p1}\n");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; and {#p9}");
    expect(anchors).toEqual([1]);
    expect(renderBody("1. text \\{#p1\\}\n").anchors).toEqual([]);
  });
  it("renders every seed with one anchor per counted paragraph", () => {
    for (const f of files) {
      const { decision, markdown } = validateDecisionText(f, readFileSync(path.join(DIR, f), "utf8"));
      expect(renderBody(markdown).anchors, f).toEqual(Array.from({ length: decision.paragraphCount }, (_, i) => i + 1));
    }
  });
  it("names the file and the field of a bad record", () => {
    const text = readFileSync(path.join(DIR, "21-003-813.md"), "utf8").replace("council: Kent County Council", "council: ''");
    expect(() => validateDecisionText("decisions/21-003-813.md", text)).toThrow(DecisionFileError);
    expect(() => validateDecisionText("decisions/21-003-813.md", text)).toThrow(/decisions\/21-003-813\.md[\s\S]*council/);
  });
});

describe("shares with their base", () => {
  it("give a percentage of five or more, a count below, and a dash of none", () => {
    expect(shareOf(42, 58)).toBe("72% of 58");
    expect(shareOf(3, 4)).toBe("3 of 4");
    expect(shareOf(5, 5)).toBe("100% of 5");
    expect(shareOf(1, 1200)).toBe("0% of 1,200");
    expect(shareOf(0, 0)).toBe("–");
  });
});

describe("faultLabel", () => {
  it("files a decision under fault found or not, and an excerpt that does not say under neither", () => {
    expect(faultLabel({ faultFound: true })).toBe("Fault found");
    expect(faultLabel({ faultFound: false })).toBe("No fault found");
    expect(faultLabel({ faultFound: null })).toBeNull();
  });
});

describe("agreedLine", () => {
  it("says what a decision agreed, a payment with its amount", () => {
    expect(agreedLine(makeDecision({ remedies: [apology, payment(150), payment(50.5)] }))).toBe("Agreed: apology, payment of £200.50");
    expect(
      agreedLine(makeDecision({ remedies: [{ kind: "payment", text: "Make a symbolic payment.", paragraph: 9 }], paymentTotalGBP: null })),
    ).toBe("Agreed: payment, no amount stated");
  });
  it("says nothing for a decision that agreed nothing, or an excerpt that stops before its remedy", () => {
    expect(agreedLine(makeDecision({ remedies: [] }))).toBeNull();
    expect(agreedLine(makeDecision({ complete: false, remediesKnown: false, remedies: [], paymentTotalGBP: null }))).toBeNull();
  });
});

describe("payment figures", () => {
  const unstated = { kind: "payment", text: "Make a symbolic payment to Mr X.", paragraph: 23 } as const;
  const upheld = (remedies: Decision["remedies"]) => makeDecision({ remedies });

  it("count over the upheld decisions whose remedies are known: a payment of no stated amount is a payment, not £0", () => {
    const decisions = [
      upheld([apology, payment(100.1), payment(200.2)]),
      upheld([payment(500), unstated]),
      upheld([unstated]),
      upheld([apology]),
      makeDecision({ outcome: "Not upheld", faultFound: false, injustice: null, remedies: [payment(50)] }),
      makeDecision({ complete: false, remediesKnown: false, remedies: [payment(75)], paymentTotalGBP: null }),
    ];
    expect(paymentFigures(decisions)).toEqual({ base: 4, stated: 800.3, withAmount: 2, noAmount: 2 });
    expect(describePayments(paymentFigures(decisions))).toEqual({
      figure: "£800.30 stated",
      base: "in 2 of 4 upheld decisions whose remedies are known; 2 more with no amount stated",
    });
  });

  it("say that payments were agreed when none states its amount, and say when there is nothing to count", () => {
    expect(describePayments(paymentFigures([upheld([unstated]), upheld([unstated]), upheld([])]))).toEqual({
      figure: "2 payments agreed, no amount stated",
      base: "in 3 upheld decisions whose remedies are known",
    });
    expect(describePayments(paymentFigures([upheld([apology])]))).toEqual({
      figure: "No payments",
      base: "in 1 upheld decision whose remedies are known",
    });
    expect(describePayments(paymentFigures([makeDecision({ outcome: "Not upheld", faultFound: false, injustice: null })])).figure).toBe(
      "No payments known",
    );
  });
});

describe("paymentTotalNote", () => {
  const unstated = { kind: "payment", text: "Make a symbolic payment to Mr X.", paragraph: 23 } as const;
  it("gives the sum the payments state, and any payments that state none beside it", () => {
    expect(paymentTotalNote(makeDecision({ remedies: [apology, payment(150), payment(100)] }))).toEqual({ total: "£250", more: "" });
    expect(paymentTotalNote(makeDecision({ remedies: [payment(250), unstated] }))).toEqual({
      total: "£250",
      more: "stated, and a payment with no amount stated",
    });
  });
  it("says why there is no total, never £0", () => {
    expect(paymentTotalNote(makeDecision({ remedies: [unstated, unstated] }))).toEqual({
      unknown: "2 payments were agreed with no amount stated, so the total is not known.",
    });
    expect(paymentTotalNote(makeDecision({ complete: false, remediesKnown: false, remedies: [payment(75)] }))).toEqual({
      unknown: "This excerpt stops before the statement's end, so it may not show every remedy or payment.",
    });
  });
  it("says nothing where no payment was agreed, or an excerpt shows no remedy", () => {
    expect(paymentTotalNote(makeDecision({ remedies: [apology] }))).toBeNull();
    expect(paymentTotalNote(makeDecision({ complete: false, remediesKnown: false, remedies: [] }))).toBeNull();
  });
});
