// Against the real seed decisions (decisions/*.md), values checked by hand:
//   19-012-800 Rutland          Not upheld  2020-11-06  £0    Child protection
//   21-000-259 Leicestershire   Upheld      2022-05-12  £100  Other
//   21-003-813 Kent             Upheld      2022-03-31  £200  Child protection
//   21-018-990 Leicestershire   Upheld      2022-09-06  £0    Child protection
//   23-009-462 Lancashire       Upheld      2024-05-19  £0    Child protection
import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/lib/decision/schema.ts";
import {
  agreedLine,
  describePayments,
  formatGBP,
  paymentFigures,
  paymentTotalNote,
  remedyCounts,
  statedSumText,
} from "../../src/lib/payments.ts";
import { apology, makeDecision, payment } from "../support/make-decision.ts";
import { seeds } from "../support/seed-decisions.ts";

describe("payments and remedies of the seeds", () => {
  it("payment totals", () => {
    // Two of the four upheld seeds agreed payments of stated amounts: £200 (Kent, 21 003 813) and £100.
    expect(paymentFigures(seeds)).toEqual({ base: 4, stated: 300, withAmount: 2, noAmount: 0 });
    expect(formatGBP(300)).toBe("£300");
    expect(formatGBP(150.5)).toBe("£150.50");
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

describe("statedSumText", () => {
  const noAmount = { kind: "payment", text: "Pay Mrs X for her time and trouble.", paragraph: 23 } as const;
  it("gives the stated sum, 'and more' beside payments of no stated amount", () => {
    expect(statedSumText(makeDecision({ remedies: [payment(150), payment(50.5)] }))).toBe("£200.50");
    expect(statedSumText(makeDecision({ remedies: [payment(250), noAmount] }))).toBe("£250 and more");
  });
  it("gives nothing when no payment states an amount or none was agreed, never £0", () => {
    expect(statedSumText(makeDecision({ remedies: [noAmount] }))).toBeNull();
    expect(statedSumText(makeDecision({ remedies: [] }))).toBeNull();
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
