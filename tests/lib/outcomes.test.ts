// Against the real seed decisions (decisions/*.md), values checked by hand:
//   19-012-800 Rutland          Not upheld  2020-11-06  £0    Child protection
//   21-000-259 Leicestershire   Upheld      2022-05-12  £100  Other
//   21-003-813 Kent             Upheld      2022-03-31  £200  Child protection
//   21-018-990 Leicestershire   Upheld      2022-09-06  £0    Child protection
//   23-009-462 Lancashire       Upheld      2024-05-19  £0    Child protection
import { describe, expect, it } from "vitest";
import { formatShare, shareOf, upheldShare } from "../../src/lib/outcomes.ts";
import { seeds } from "../support/seed-decisions.ts";

describe("upheld share", () => {
  it("upheld share counts upheld out of upheld + not upheld", () => {
    expect(upheldShare(seeds)).toBe(0.8);
    expect(formatShare(upheldShare(seeds))).toBe("80%");
    expect(upheldShare([])).toBeNull();
    expect(formatShare(null)).toBe("–");
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
