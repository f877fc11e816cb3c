import { describe, expect, it } from "vitest";
import { extractLegislation } from "../../../src/lib/decision/legislation.ts";

describe("extractLegislation", () => {
  it("reads the Act and the sections cited after it, in order of first mention", () => {
    expect(
      extractLegislation([
        "We may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)",
        "The Children Act 1989 (the Act) requires councils to investigate. (Children Act 1989, section 47)",
      ]),
    ).toEqual([
      { title: "Local Government Act 1974", sections: ["26(1)", "26A(1)"] },
      { title: "Children Act 1989", sections: ["47"] },
    ]);
  });
  it("reads sections cited before the Act's name", () => {
    expect(extractLegislation(["It may initiate enquiries under section 47 of the Children Act 1989."])).toEqual([
      { title: "Children Act 1989", sections: ["47"] },
    ]);
  });
  it("keeps a parenthesised part of a name and drops leading words that are not the name", () => {
    expect(
      extractLegislation(["Under the Local Government (Miscellaneous Provisions) Act 1976 a council licenses taxis."]).map((l) => l.title),
    ).toEqual(["Local Government (Miscellaneous Provisions) Act 1976"]);
  });
  it("names the UK GDPR once, however the text refers to it", () => {
    expect(extractLegislation(["Under article 16 of the UK GDPR individuals may ask.", "Article 16 of the GDPR says so."])).toEqual([
      { title: "UK GDPR", sections: [] },
    ]);
  });
  it("reads regulations as well as Acts", () => {
    expect(extractLegislation(["The Care and Support (Direct Payments) Regulations 2014 apply."]).map((l) => l.title)).toEqual([
      "Care and Support (Direct Payments) Regulations 2014",
    ]);
  });
  it("keeps an ampersand in a name", () => {
    expect(
      extractLegislation(["a legal obligation under the Wildlife & Countryside Act 1981 to prepare a map"]).map((l) => l.title),
    ).toEqual(["Wildlife & Countryside Act 1981"]);
  });
});

describe("names of Acts in the words around them", () => {
  it("reads the Act a Part of it belongs to, not a letter of the Part's number", () => {
    expect(extractLegislation(["Under Part 3A of the Housing Act 1996 the Council must act."]).map((l) => l.title)).toEqual([
      "Housing Act 1996",
    ]);
  });
  it("keeps a name that lists its subjects with commas, and drops a clause a comma ends", () => {
    expect(extractLegislation(["powers in the Children, Schools and Families Act 2010 allow"]).map((l) => l.title)).toEqual([
      "Children, Schools and Families Act 2010",
    ]);
    expect(extractLegislation(["In Kent, Care Act 2014 duties apply"]).map((l) => l.title)).toEqual(["Care Act 2014"]);
  });
});

describe("sections cited after 'as amended'", () => {
  it("reads a second section given after the amendment note", () => {
    expect(extractLegislation(["(Local Government Act 1974, section 26(6)(a), as amended, and section 34B)"])).toEqual([
      { title: "Local Government Act 1974", sections: ["26(6)(a)", "34B"] },
    ]);
    expect(extractLegislation(["(Local Government Act 1974, section 24A(6), as amended, section 34(B))"])).toEqual([
      { title: "Local Government Act 1974", sections: ["24A(6)", "34B"] },
    ]);
    expect(extractLegislation(["(Local Government Act 1974, sections 26B and 34D, as amended)"])).toEqual([
      { title: "Local Government Act 1974", sections: ["26B", "34D"] },
    ]);
  });
});
