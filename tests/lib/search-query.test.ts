import { describe, expect, it } from "vitest";
import {
  matchesWord,
  parseState,
  queryWords,
  referenceSlug,
  stateQuery,
  suggestWord,
  summaryLine,
  typedSoFar,
  yearRange,
} from "../../src/lib/search-query.ts";

describe("referenceSlug", () => {
  it("reads a reference in each form people type it", () => {
    for (const typed of ["21-003-813", "21003813", "21 003 813", "21/003/813", " 21.003.813 "])
      expect(referenceSlug(typed)).toBe("21-003-813");
  });
  it("is null for anything else", () => {
    expect([referenceSlug("2100381"), referenceSlug("bedroom 21"), referenceSlug("")]).toEqual([null, null, null]);
  });
});

describe("matchesWord", () => {
  it("takes the word and its forms", () => {
    expect([
      matchesWord("care", "care."),
      matchesWord("care", "Caring"),
      matchesWord("complaint", "complaints"),
      matchesWord("investigating", "investigation"),
    ]).toEqual([true, true, true, true]);
  });
  it("refuses Pagefind's prefix fallback for an unknown word", () => {
    expect([
      matchesWord("xyzzyq", "X"),
      matchesWord("xyzzyq", 'x=".'),
      matchesWord("21003813", "21000259"),
      matchesWord("bedro", "bedroom"),
    ]).toEqual([false, false, false, false]);
  });
  it("takes any word starting with a prefix ending in *", () => {
    expect([matchesWord("bed*", "bedroom"), matchesWord("bed*", "abed")]).toEqual([true, false]);
  });
});

describe("typedSoFar", () => {
  it("keeps finished words, and the word being typed once it has three letters", () => {
    expect(typedSoFar("c")).toBe("");
    expect(typedSoFar("co")).toBe("");
    expect(typedSoFar("cou")).toBe("cou");
    expect(typedSoFar("council ")).toBe("council");
    expect(typedSoFar("  council t")).toBe("council");
    expect(typedSoFar("council ta")).toBe("council");
    expect(typedSoFar("council tax")).toBe("council tax");
    expect(typedSoFar("“bedroom")).toBe("“bedroom");
    expect(typedSoFar("a “b")).toBe("a");
  });
});

describe("queryWords", () => {
  it("drops quotes and stop words", () => {
    expect(queryWords('"the child’s bedroom" and delay')).toEqual(["child’s", "bedroom", "delay"]);
  });
});

describe("suggestWord", () => {
  it("offers the nearest word the prefix fallback matched, within one or two edits", () => {
    // "councl" falls back to the prefix "counc": council, councils, councillor.
    expect(suggestWord("councl", ["councillor", "Council", "councils", "council"])).toBe("council");
    expect(suggestWord("homelesness", ["homelessness", "homeless"])).toBe("homelessness");
    // Five letters or fewer: one edit at most ("tx" -> "tax" is one, "tx" -> "taxi" two).
    expect(suggestWord("tx", ["taxi"])).toBeNull();
    expect(suggestWord("tx", ["taxi", "tax"])).toBe("tax");
  });
  it("prefers the more frequent of two equally near words", () => {
    expect(suggestWord("cares", ["carer", "cared", "cared"])).toBe("cared");
  });
  it("offers nothing for a word no real word is near", () => {
    expect(suggestWord("xyzzyq", ["x", "xii", "xmas"])).toBeNull();
    expect(suggestWord("delay", ["delay"])).toBeNull();
    expect(suggestWord("delay", [])).toBeNull();
  });
});

describe("parseState", () => {
  const known = { council: new Set(["Kent County Council", "Rutland County Council"]) };
  const years = ["2020", "2021", "2022"];
  it("reads several values of a filter, a year range, sort and page", () => {
    const { state, problems } = parseState(
      "?q=delay&council=Kent+County+Council&council=Rutland+County+Council&from=2021&to=2022&sort=newest&scope=all&page=2",
      known,
      years,
    );
    expect(state).toEqual({
      q: "delay",
      filters: { council: ["Kent County Council", "Rutland County Council"] },
      from: "2021",
      to: "2022",
      sort: "newest",
      scope: "all",
      page: 2,
    });
    expect(problems).toEqual([]);
    expect(stateQuery(state)).toBe(
      "?q=delay&council=Kent+County+Council&council=Rutland+County+Council&from=2021&to=2022&sort=newest&scope=all&page=2",
    );
  });
  it("reports an unknown council, a malformed year, sort and page", () => {
    const { state, problems } = parseState("?council=Nowhere&from=20x&sort=best&scope=some&page=0", known, years);
    expect(state).toEqual({ q: "", filters: {}, from: "", to: "", sort: "", scope: "", page: 1 });
    expect(problems).toEqual([
      "No decisions have council “Nowhere”, so that filter is not applied.",
      "“20x” is not a year of the decisions (2020–2022), so “from” is not applied.",
      "“best” is not a sort order; showing the most relevant first.",
      "“some” is not a search scope; searching the newest decisions first.",
      "“0” is not a page number; showing page 1.",
    ]);
  });
  it("reads ?year= as a range of one year", () => {
    const { state } = parseState("?year=2021", known, years);
    expect([state.from, state.to]).toEqual(["2021", "2021"]);
  });
});

describe("yearRange and summaryLine", () => {
  it("maps a range to the years in it", () => {
    expect([yearRange("2021", "", ["2020", "2021", "2022"]), yearRange("", "", ["2020"])]).toEqual([["2021", "2022"], null]);
  });
  it("says which results are shown of how many", () => {
    expect([summaryLine(1, 20, 1234), summaryLine(2, 20, 25), summaryLine(1, 20, 1)]).toEqual([
      "Showing 1–20 of 1,234 decisions",
      "Showing 21–25 of 25 decisions",
      "Showing 1–1 of 1 decision",
    ]);
  });
});
