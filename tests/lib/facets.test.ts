// Against the real seed decisions (decisions/*.md), values checked by hand:
//   19-012-800 Rutland          Not upheld  2020-11-06  £0    Child protection
//   21-000-259 Leicestershire   Upheld      2022-05-12  £100  Other
//   21-003-813 Kent             Upheld      2022-03-31  £200  Child protection
//   21-018-990 Leicestershire   Upheld      2022-09-06  £0    Child protection
//   23-009-462 Lancashire       Upheld      2024-05-19  £0    Child protection
import { describe, expect, it } from "vitest";
import { citation } from "../../src/lib/citation.ts";
import { byCategory, byCouncil, byOutcome, bySubcategory, byYear, councilNeighbours, newestFirst, slugify } from "../../src/lib/facets.ts";
import { totals } from "../../src/lib/totals.ts";
import { seeds, slugs } from "../support/seed-decisions.ts";

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

describe("a statement that names no body", () => {
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
