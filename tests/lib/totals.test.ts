// Against the real seed decisions (decisions/*.md), values checked by hand:
//   19-012-800 Rutland          Not upheld  2020-11-06  £0    Child protection
//   21-000-259 Leicestershire   Upheld      2022-05-12  £100  Other
//   21-003-813 Kent             Upheld      2022-03-31  £200  Child protection
//   21-018-990 Leicestershire   Upheld      2022-09-06  £0    Child protection
//   23-009-462 Lancashire       Upheld      2024-05-19  £0    Child protection
import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/lib/decision/schema.ts";
import { totals } from "../../src/lib/totals.ts";
import { seeds } from "../support/seed-decisions.ts";

describe("totals", () => {
  it("sums a set of decisions: bodies, the uphold share, payments and excerpts", () => {
    expect(totals(seeds)).toEqual({
      decisions: 5,
      councils: 4,
      bodies: 4,
      upheldShare: 0.8,
      investigated: 5,
      payments: { base: 4, stated: 300, withAmount: 2, noAmount: 0 },
      excerpts: 0,
    });
    const excerpt: Decision = {
      ...seeds[0]!,
      complete: false,
      remediesKnown: false,
      paymentTotalGBP: null,
      faultFound: null,
      injustice: null,
    };
    expect(totals([excerpt, ...seeds.slice(1)]).excerpts).toBe(1);
  });
});
