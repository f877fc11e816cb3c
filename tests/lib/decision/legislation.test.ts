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

describe("provisions other than sections", () => {
  it("reads the regulations of Regulations and the articles of an Order, before or after the title", () => {
    expect(
      extractLegislation(["The Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 12(2) applies."]),
    ).toEqual([{ title: "Care and Support (Charging and Assessment of Resources) Regulations 2014", sections: ["12(2)"] }]);
    expect(extractLegislation(["It is permitted under article 3 of the Use Classes Order 1987."])).toEqual([
      { title: "Use Classes Order 1987", sections: ["3"] },
    ]);
  });
  it("does not read an article cited after an Act as one of its sections", () => {
    expect(extractLegislation(["The Human Rights Act 1998, article 8 protects family life."])).toEqual([
      { title: "Human Rights Act 1998", sections: [] },
    ]);
  });
  it("reads a Schedule and its paragraph, in either order, after the title", () => {
    expect(extractLegislation(["(Planning Act 2008, Schedule 4, paragraph 2(1), as amended)"])).toEqual([
      { title: "Planning Act 2008", sections: ["Schedule 4 paragraph 2(1)"] },
    ]);
    expect(extractLegislation(["(Planning Act 2008, paragraph 7B schedule 3, as amended)"])).toEqual([
      { title: "Planning Act 2008", sections: ["Schedule 3 paragraph 7B"] },
    ]);
    expect(extractLegislation(["(Planning Act 2008, section 12, as amended, and Schedule 2)"])).toEqual([
      { title: "Planning Act 2008", sections: ["12", "Schedule 2"] },
    ]);
  });
  it("keeps Schedules given as alternatives, without paragraphs it cannot pair with them", () => {
    expect(extractLegislation(["(Planning Act 2008, Schedule 6/6A, paragraph 2/4, as amended)"])).toEqual([
      { title: "Planning Act 2008", sections: ["Schedule 6", "Schedule 6A"] },
    ]);
  });
  it("reads a Schedule cited before the title", () => {
    expect(extractLegislation(["The grounds are in Schedule 3 of the Licensing Act 2003."])).toEqual([
      { title: "Licensing Act 2003", sections: ["Schedule 3"] },
    ]);
    expect(extractLegislation(["as paragraph 9 of Schedule 2 to the Licensing Act 2003 allows"])).toEqual([
      { title: "Licensing Act 2003", sections: ["Schedule 2 paragraph 9"] },
    ]);
  });
});
