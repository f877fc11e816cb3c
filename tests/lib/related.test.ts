import { describe, expect, it } from "vitest";
import { jointOf, likenessFields, relatedDecisions, summaryTerms } from "../../src/lib/related.ts";
import type { Decision } from "../../src/lib/decision/schema.ts";
import { apology, makeDecision, payment } from "../support/make-decision.ts";

const careAct = [{ title: "Care Act 2014", sections: ["42"] }];
const ombudsmanAct = [{ title: "Local Government Act 1974", sections: ["26B", "34D"] }];
const care = (overrides: Partial<Decision>) =>
  makeDecision({ category: "Adult care services", subcategory: "Assessment and care plan", legislation: careAct, ...overrides });

describe("what is compared", () => {
  it("reads a summary's words: four letters or more, no common words, a plural's s dropped", () => {
    expect(summaryTerms("Mr X complained the Council's care assessments were late.").map((t) => t.term)).toEqual([
      "care",
      "assessment",
      "late",
    ]);
  });

  it("leaves out the Ombudsman's own Acts", () => {
    const a = makeDecision({
      reference: "22 200 001",
      category: "Planning",
      subcategory: "Enforcement",
      legislation: ombudsmanAct,
      summary: "Alpha.",
    });
    const b = makeDecision({
      reference: "22 200 002",
      category: "Education",
      subcategory: "School transport",
      legislation: ombudsmanAct,
      summary: "Beta.",
    });
    expect(relatedDecisions([a, b]).get(a.slug)!.related).toEqual([]);
  });

  it("says when two decisions were closed for the same reason, and what both agreed", () => {
    const closed = (reference: string) =>
      makeDecision({
        reference,
        category: "Planning",
        subcategory: "Enforcement",
        outcome: "Closed after initial enquiries",
        closureReason: "late",
        faultFound: false,
        injustice: false,
        summary: reference,
      });
    const [a, b] = [closed("22 300 001"), closed("22 300 002")];
    expect(
      relatedDecisions([a!, b!])
        .get(a!.slug)!
        .related.map((r) => r.reason),
    ).toEqual(["same subcategory, closed for the same reason (complained too late)"]);
    const paid = (reference: string) =>
      makeDecision({ reference, category: "Planning", subcategory: "Enforcement", remedies: [apology, payment(100)], summary: reference });
    const [c, d] = [paid("22 400 001"), paid("22 400 002")];
    expect(
      relatedDecisions([c!, d!])
        .get(c!.slug)!
        .related.map((r) => r.reason),
    ).toEqual(["same subcategory, fault found in both, both agreed a payment and an apology"]);
  });

  it("names the first section both cite by its Act's name and counts the rest, or else the first Act both cite", () => {
    const cites = (reference: string, legislation: Decision["legislation"]) =>
      makeDecision({ reference, category: "Planning", subcategory: "Enforcement", legislation, summary: reference });
    const reasonOf = (a: Decision, b: Decision) =>
      relatedDecisions([a, b])
        .get(a.slug)!
        .related.map((r) => r.reason);
    const [a, b] = [
      cites("22 500 001", [
        { title: "Town and Country Planning Act 1990", sections: ["172", "70"] },
        { title: "Housing Act 1996", sections: ["202"] },
      ]),
      cites("22 500 002", [
        { title: "Housing Act 1996", sections: ["202"] },
        { title: "Town and Country Planning Act 1990", sections: ["70", "172"] },
      ]),
    ];
    expect(reasonOf(a!, b!)).toEqual(["same subcategory, fault found in both, both cite Housing Act 1996 s.202 and 2 more"]);
    const [c, d] = [
      cites("22 500 003", [
        { title: "Town and Country Planning Act 1990", sections: ["172"] },
        { title: "Housing Act 1996", sections: ["202"] },
      ]),
      cites("22 500 004", [
        { title: "Town and Country Planning Act 1990", sections: ["70"] },
        { title: "Housing Act 1996", sections: ["184"] },
      ]),
    ];
    expect(reasonOf(c!, d!)).toEqual(["same subcategory, fault found in both, both cite Housing Act 1996"]);
  });

  it("gives decisions.json its fields: each related decision's slug, reference and reason, the joint parts' slugs", () => {
    const fields = likenessFields(related.get(partA.slug)!, null);
    expect(fields.jointParts).toEqual(["17-010-997b"]);
    expect(fields.related[0]).toEqual({
      slug: "21-100-001",
      reference: "21 100 001",
      reason: "same subcategory, fault found in both, both cite Care Act 2014 s.42, summaries share “delayed”, “safeguarding”, “enquiry”",
    });
    expect(fields.paymentPlace).toBeNull();
  });

  it("knows the joint decision a part belongs to", () => {
    expect(jointOf("17-010-997a")).toBe("17-010-997");
    expect(jointOf("17-010-997")).toBeNull();
  });
});

// The decision compared, and others alike in known ways:
const d0 = care({ reference: "21 100 001", summary: "The Council delayed a safeguarding enquiry about respite care." });
//   same subcategory, fault found, Care Act s.42, the same words: the most alike;
const d1 = care({ reference: "21 100 002", summary: "The Council delayed a safeguarding enquiry about respite care." });
//   the same category, another subcategory, fault found, nothing else: less alike;
const d3 = makeDecision({
  reference: "21 100 003",
  category: "Adult care services",
  subcategory: "Charging",
  summary: "Charges for a care home were wrong.",
});
//   another category with the same findings only (outcome, fault, injustice: 2.5 < 3): not related;
const d2 = makeDecision({ reference: "21 100 004", category: "Housing", subcategory: "Allocations", summary: "Housing register banding." });
//   the two parts of a joint decision alike in everything, each other's joint part only.
const partA = care({ reference: "17 010 997a", summary: "The Council delayed a safeguarding enquiry about respite care." });
const partB = care({ reference: "17 010 997b", summary: "The Council delayed a safeguarding enquiry about respite care." });
const all = [d0, d1, d2, d3, partA, partB];
const related = relatedDecisions(all);
const slugsOf = (d: Decision) => related.get(d.slug)!.related.map((r) => r.decision.slug);

describe("decisions like this one", () => {
  it("ranks the same subcategory and findings above the same category, and leaves out another category alike in findings only", () => {
    // Scores by hand: d1 and the parts 3 (subcategory) + 1 (outcome) + 1.5 (fault, injustice) + 1.5
    // (Care Act s.42) + 4 (the same summary, cosine 1) = 11, tied, then by slug; d3 1 + 1 + 1.5 and
    // a little for "care"; d2 1 + 1.5 = 2.5, below 3.
    expect(slugsOf(d0)).toEqual(["17-010-997a", "17-010-997b", "21-100-002", "21-100-003"]);
    expect(related.get(d0.slug)!.related[2]!.score).toBe(11);
    expect(slugsOf(d2)).toEqual([]);
  });

  it("never relates a decision to itself or to a part of its own joint decision, and lists the parts apart", () => {
    for (const d of all) expect(slugsOf(d), d.slug).not.toContain(d.slug);
    expect(slugsOf(partA)).not.toContain("17-010-997b");
    expect(slugsOf(partB)).not.toContain("17-010-997a");
    expect(related.get(partA.slug)!.jointParts.map((d) => d.slug)).toEqual(["17-010-997b"]);
    expect(related.get(partB.slug)!.jointParts.map((d) => d.slug)).toEqual(["17-010-997a"]);
    expect(related.get(d0.slug)!.jointParts).toEqual([]);
    // The parts are other decisions to everything else: d0 lists both, next to d1.
    expect(slugsOf(d0)).toContain("17-010-997a");
  });

  it("says why in words that can be checked against the records", () => {
    // "delayed", "safeguarding", "enquiry" and "respite" are each in four of the six summaries, so
    // weigh the same: the first three as the summary has them. "care" is in five: it weighs less.
    const reasons = new Map(related.get(d0.slug)!.related.map((r) => [r.decision.slug, r.reason]));
    expect(reasons.get("21-100-002")).toBe(
      "same subcategory, fault found in both, both cite Care Act 2014 s.42, summaries share “delayed”, “safeguarding”, “enquiry”",
    );
    expect(reasons.get("21-100-003")).toBe("same category, fault found in both, summaries share “care”");
  });
});
