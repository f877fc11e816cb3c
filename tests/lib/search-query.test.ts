import { describe, expect, it } from "vitest";
import {
  councilNamed,
  countSearches,
  filtersInUse,
  isListing,
  isNewestPage,
  namedFirst,
  pageNamed,
  pagefindFilters,
  searchScope,
  shownFilters,
  slugOf,
  orderOf,
  termOf,
  whyEveryDecision,
  type SearchState,
  matchesWord,
  namesDecision,
  parseState,
  printedReference,
  queryWords,
  referenceSlug,
  referenceWords,
  unsupportedOperators,
  withReferenceWords,
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
  it("reads a joint decision's part as the statement prints it, or typed apart or in capitals", () => {
    for (const typed of ["17 010 997b", "17-010-997b", "17010997B", "17 010 997 b"]) expect(referenceSlug(typed)).toBe("17-010-997b");
    expect(printedReference("17-010-997b")).toBe("17 010 997b");
  });
  it("is null for anything else", () => {
    expect([referenceSlug("2100381"), referenceSlug("bedroom 21"), referenceSlug(""), referenceSlug("17 010 997bc")]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("references in the index and in a query", () => {
  it("indexes a part under the bare reference and its own, a whole decision under its reference", () => {
    expect(referenceWords("17-010-997b")).toEqual(["17010997", "17010997b"]);
    expect(referenceWords("21-003-813")).toEqual(["21003813"]);
  });
  it("turns each reference within a longer query into its word, leaving other numbers alone", () => {
    expect(withReferenceWords("22 010 447 Portsmouth")).toEqual("22010447 Portsmouth");
    expect(withReferenceWords("see 17/010/997B and 21-003-813")).toEqual("see 17010997b and 21003813");
    expect(withReferenceWords("paid £1500 in 2021")).toEqual("paid £1500 in 2021");
  });
  it("takes every part of a joint decision for the bare reference, and only its own part for a suffixed one", () => {
    expect([namesDecision("17-010-997", "17-010-997b"), namesDecision("17-010-997", "17-010-997")]).toEqual([true, true]);
    expect([namesDecision("17-010-997b", "17-010-997b"), namesDecision("17-010-997b", "17-010-997a")]).toEqual([true, false]);
    expect(namesDecision("17-010-99", "17-010-997")).toBe(false);
  });
});

describe("councilNamed", () => {
  const councils = [
    "Portsmouth City Council",
    "Kent County Council",
    "Kent Fire Authority",
    "London Borough of Camden",
    "Hampshire County Council",
    "Hampshire Fire Authority",
  ];
  it("knows a council by its name, in any case, with or without its kind", () => {
    for (const typed of ["Portsmouth", "portsmouth city council", " PORTSMOUTH "])
      expect(councilNamed(typed, councils)).toBe("Portsmouth City Council");
    expect(councilNamed("Camden", councils)).toBe("London Borough of Camden");
    expect(councilNamed("Kent Fire Authority", councils)).toBe("Kent Fire Authority");
  });
  it("names none for other words, or a bare name two bodies share", () => {
    expect([councilNamed("Portsmouth delay", councils), councilNamed("council", councils), councilNamed("", councils)]).toEqual([
      null,
      null,
      null,
    ]);
    expect(councilNamed("Kent", councils)).toBe("Kent County Council");
  });
});

describe("unsupportedOperators", () => {
  it("names OR and a word left out with -, and searches the rest", () => {
    expect(unsupportedOperators("delay OR payment")).toEqual({
      term: "delay payment",
      notice: "The search does not support “OR” (every word must match; search each alternative on its own); searched for “delay payment”.",
    });
    expect(unsupportedOperators("delay -school").term).toBe("delay");
    expect(unsupportedOperators("-school").notice).toMatch(/left out of the search\); listed every decision\.$/);
  });
  it("leaves alone a query without them, a hyphenated word and a lower-case or", () => {
    for (const q of ["delay or payment", "follow-up care", "£-1"]) expect(unsupportedOperators(q)).toEqual({ term: q, notice: null });
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

describe("the list of every decision and the newest shard", () => {
  const blank: SearchState = { q: "", filters: {}, from: "", to: "", sort: "", scope: "", page: 1 };
  const shard = { newest: 2500, since: "2025-06-01" };
  const at = (state: Partial<SearchState>) => ({ ...blank, ...state });

  it("is the list of every decision without words or filters, an operator alone included, newest first", () => {
    expect([at({}), at({ q: "  " }), at({ q: "OR" }), at({ filters: { council: [] } })].map(isListing)).toEqual([true, true, true, true]);
    expect([at({ q: "delay" }), at({ to: "2020" }), at({ filters: { outcome: ["Upheld"] } })].map(isListing)).toEqual([
      false,
      false,
      false,
    ]);
    expect([orderOf(at({})), orderOf(at({ q: "delay" })), orderOf(at({ q: "delay", sort: "oldest" }))]).toEqual(["newest", "", "oldest"]);
    expect(termOf(at({ q: "delay OR payment -school 17 010 997b" }))).toBe("delay payment 17010997b");
    expect(isListing(at({ q: "-school" }))).toBe(true);
  });

  it("searches the newest shard while a page of the list is among its decisions, and every decision past them", () => {
    // 20 a page: page 125 ends at the 2,500th decision, page 126 starts past it.
    expect(whyEveryDecision(at({ page: 125 }), shard, 20)).toBe("");
    expect(whyEveryDecision(at({ page: 126 }), shard, 20)).toBe("Page 126 lists decisions older than the newest 2,500");
    expect(whyEveryDecision(at({ q: "delay", page: 126 }), shard, 20)).toBe("");
  });

  it("searches every decision for a reference, oldest first, or years before the newest shard", () => {
    expect(whyEveryDecision(at({ q: "17 010 997b" }), shard, 20)).toBe("A reference may be of any year");
    expect(whyEveryDecision(at({ sort: "oldest" }), shard, 20)).toBe("Sorted oldest first");
    expect(whyEveryDecision(at({ to: "2024" }), shard, 20)).toBe("The years chosen are before the newest 2,500");
    expect(whyEveryDecision(at({ to: "2025" }), shard, 20)).toBe("");
  });
});

describe("what the search page searches", () => {
  const blank: SearchState = { q: "", filters: {}, from: "", to: "", sort: "", scope: "", page: 1 };
  const at = (state: Partial<SearchState>) => ({ ...blank, ...state });
  const shard = { newest: 2500, since: "2025-06-01" };

  it("shows the first page of every decision, newest first, from the page itself, and nothing else", () => {
    expect([at({}), at({ sort: "newest" }), at({ q: "OR" })].map(isNewestPage)).toEqual([true, true, true]);
    expect([at({ page: 2 }), at({ sort: "oldest" }), at({ q: "delay" }), at({ from: "2021" })].map(isNewestPage)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("searches the newest shard unless asked for all, or unless the newest cannot answer, saying why", () => {
    expect(searchScope(at({ q: "delay" }), shard, 20)).toEqual({ all: false, why: "" });
    expect(searchScope(at({ q: "delay", scope: "all" }), shard, 20)).toEqual({ all: true, why: "" });
    expect(searchScope(at({ sort: "oldest" }), shard, 20)).toEqual({ all: true, why: "Sorted oldest first" });
    // An archive of one shard: every search is of every decision, with nothing to say.
    expect(searchScope(at({ sort: "oldest" }), null, 20)).toEqual({ all: true, why: "" });
  });

  it("gives Pagefind each filter in use, and a year range as the years in it", () => {
    const years = ["2019", "2020", "2021", "2022"];
    expect(pagefindFilters(at({}), years)).toEqual({});
    expect(pagefindFilters(at({ filters: { council: ["Kent County Council"], outcome: [] }, from: "2020", to: "2021" }), years)).toEqual({
      council: { any: ["Kent County Council"] },
      year: { any: ["2020", "2021"] },
    });
    expect(pagefindFilters(at({ to: "2019" }), years)).toEqual({ year: { any: ["2019"] } });
  });

  it("says a search has filters when a filter has a value or a year is chosen", () => {
    expect([at({}), at({ filters: { council: [] } }), at({ q: "delay" })].map(filtersInUse)).toEqual([false, false, false]);
    expect([at({ filters: { fault: ["Fault"] } }), at({ from: "2020" }), at({ to: "2021" })].map(filtersInUse)).toEqual([true, true, true]);
  });

  it("shows the counts of the filters loaded, then those opened, then those in use, each once", () => {
    const s = at({ filters: { outcome: ["Upheld"], council: ["Kent County Council"] } });
    expect(shownFilters(["remedy"], ["category", "subcategory", "remedy"], s)).toEqual([
      "remedy",
      "category",
      "subcategory",
      "council",
      "outcome",
    ]);
    expect(shownFilters([], [], at({}))).toEqual([]);
  });

  it("counts the filters not in use in one search, and each filter in use in one without its own choices", () => {
    const chosen = { council: { any: ["Kent County Council"] }, year: { any: ["2021"] } };
    expect(countSearches(chosen, ["outcome", "council", "remedy"])).toEqual([
      {
        keys: ["outcome", "remedy"],
        filters: { council: { any: ["Kent County Council"] }, year: { any: ["2021"] }, outcome: { none: [] }, remedy: { none: [] } },
      },
      { keys: ["council"], filters: { year: { any: ["2021"] }, council: { none: [] } } },
    ]);
    expect(countSearches({}, ["outcome"])).toEqual([{ keys: ["outcome"], filters: { outcome: { none: [] } } }]);
    expect(countSearches(chosen, [])).toEqual([]);
  });
});

describe("the decision a reference names", () => {
  it("reads a decision from its page's address, under any base path", () => {
    expect(slugOf("/decisions/21-003-813/?highlight=care")).toBe("21-003-813");
    expect(slugOf("/casebook/decisions/17-010-997b/")).toBe("17-010-997b");
    expect(slugOf("/councils/kent-county-council/")).toBe("");
  });

  it("opens the one decision a reference names, without the highlight; none when it names none or several", () => {
    const whole = "/decisions/21-003-813/?highlight=21003813";
    const parts = ["/decisions/17-010-997a/", "/decisions/17-010-997b/"];
    expect(pageNamed("21-003-813", [whole, "/decisions/22-100-001/"])).toBe("/decisions/21-003-813/");
    expect(pageNamed("17-010-997b", parts)).toBe("/decisions/17-010-997b/");
    expect(pageNamed("17-010-997", parts)).toBeNull();
    expect(pageNamed("23-999-998", [whole])).toBeNull();
  });

  it("puts the decisions a reference names first, keeping the order of the rest", () => {
    const results = ["/decisions/22-100-001/", "/decisions/17-010-997b/", "/decisions/19-012-800/", "/decisions/17-010-997a/"].map(
      (url) => ({ url }),
    );
    expect(namedFirst("17-010-997", results).map((r) => r.url)).toEqual([
      "/decisions/17-010-997b/",
      "/decisions/17-010-997a/",
      "/decisions/22-100-001/",
      "/decisions/19-012-800/",
    ]);
    expect(results[0]!.url).toBe("/decisions/22-100-001/");
  });
});
