import { describe, expect, it } from "vitest";
import { findRemedies } from "../../../src/lib/decision/remedies.ts";
import type { Block } from "../../../src/lib/decision/structure.ts";

describe("findRemedies", () => {
  const blocks: Block[] = [
    { kind: "section", title: "What I found", line: 1 },
    { kind: "paragraph", number: 1, text: "The Council should have said:", line: 2, items: [{ ordered: false, text: "sorry", line: 3 }] },
    { kind: "section", title: "Agreed action", line: 4 },
    {
      kind: "paragraph",
      number: 2,
      text: "Within one month of the final decision the Council will:",
      line: 5,
      items: [
        { ordered: true, text: "apologise to Mrs B; and", line: 6 },
        { ordered: true, text: "pay Mrs B £150.", line: 7 },
      ],
    },
    { kind: "paragraph", number: 3, text: "Within three months the Council will review its procedures.", line: 8, items: [] },
    {
      kind: "paragraph",
      number: 4,
      text: "The Council should provide us with evidence it has complied with the above actions.",
      line: 9,
      items: [],
    },
  ];
  it("lists the agreed actions in order and leaves out the request for evidence of compliance", () => {
    expect(findRemedies(blocks)).toEqual([
      { kind: "apology", text: "apologise to Mrs B; and", paragraph: 2 },
      { kind: "payment", text: "pay Mrs B £150.", amountGBP: 150, paragraph: 2 },
      { kind: "service-improvement", text: "Within three months the Council will review its procedures.", paragraph: 3 },
    ]);
  });
  it("reads the items after a lead-in that names them as the following actions, without a colon", () => {
    const report: Block[] = [
      { kind: "heading", title: "Recommendations", line: 1 },
      {
        kind: "paragraph",
        number: null,
        text: "In addition, the Council should take the following actions within three months of this report.",
        line: 2,
        items: [
          { ordered: false, text: "Send a written apology to Mr T for the distress caused.", line: 3 },
          { ordered: false, text: "Make a symbolic payment of £400 for that distress.", line: 4 },
        ],
      },
    ];
    expect(findRemedies(report).map((r) => [r.kind, r.amountGBP ?? null])).toEqual([
      ["apology", null],
      ["payment", 400],
    ]);
    // A list the text does not call actions is no remedy.
    const facts: Block[] = [
      {
        kind: "paragraph",
        number: 3,
        text: "The Council sent Mr T the following letters.",
        line: 1,
        items: [{ ordered: false, text: "a reminder", line: 2 }],
      },
    ];
    expect(findRemedies(facts)).toEqual([]);
  });

  it("reads the recommendations of the older report layout, which has no action section", () => {
    const old: Block[] = [
      {
        kind: "paragraph",
        number: 1,
        text: "To remedy the complaint we recommend the Council:",
        line: 1,
        items: [{ ordered: false, text: "pays Mrs C £250 to recognise the distress caused to her;", line: 2 }],
      },
    ];
    expect(findRemedies(old)).toEqual([
      { kind: "payment", text: "pays Mrs C £250 to recognise the distress caused to her;", amountGBP: 250, paragraph: 1 },
    ]);
  });
  it("reads a list led in by what the body agreed outside an action section, and the paragraphs that add to it", () => {
    const report: Block[] = [
      { kind: "section", title: "Conclusions", line: 1 },
      {
        kind: "paragraph",
        number: 7,
        text: "The Council has agreed to:",
        line: 2,
        items: [
          { ordered: false, text: "apologise to Mr T;", line: 3 },
          { ordered: false, text: "pay him £75.", line: 4 },
        ],
      },
      { kind: "paragraph", number: 8, text: "The Council should also review its guidance on school transport.", line: 5, items: [] },
      { kind: "section", title: "Decision", line: 6 },
      { kind: "paragraph", number: 9, text: "The Council should have replied sooner.", line: 7, items: [] },
    ];
    expect(findRemedies(report)).toEqual([
      { kind: "apology", text: "apologise to Mr T;", paragraph: 7 },
      { kind: "payment", text: "pay him £75.", amountGBP: 75, paragraph: 7 },
      { kind: "service-improvement", text: "review its guidance on school transport", paragraph: 8 },
    ]);
  });

  it("reads no list led in by what the complainant wants", () => {
    const wants: Block[] = [
      {
        kind: "paragraph",
        number: 3,
        text: "Mr T wants the Council to:",
        line: 1,
        items: [{ ordered: false, text: "pay him £5,000.", line: 2 }],
      },
    ];
    expect(findRemedies(wants)).toEqual([]);
  });
});

describe("findRemedies on one body's page of a joint decision", () => {
  const blocks: Block[] = [
    { kind: "section", title: "Agreed action", line: 1 },
    {
      kind: "paragraph",
      number: 9,
      text: "Within one month of our final decision, the Trust will:",
      line: 2,
      items: [
        { ordered: false, text: "apologise to Ms W;", line: 3 },
        { ordered: false, text: "pay Ms W £500.", line: 4 },
      ],
    },
    { kind: "paragraph", number: 10, text: "The Trust should also review its discharge procedures.", line: 5, items: [] },
    { kind: "paragraph", number: 11, text: "The Council will remind its social workers of the guidance.", line: 6, items: [] },
  ];
  it("leaves out a list another body agreed to, and what it adds to it", () => {
    expect(findRemedies(blocks, "council").map((r) => r.text)).toEqual(["The Council will remind its social workers of the guidance."]);
  });
  it("keeps all of them on the page of the body that agreed them, and when no body is given", () => {
    expect(findRemedies(blocks, "nhs").map((r) => r.paragraph)).toEqual([9, 9, 10]);
    expect(findRemedies(blocks)).toHaveLength(4);
  });
});

describe("findRemedies and the words around the actions", () => {
  it("reads no remedy in a paragraph that only says when the actions will be done", () => {
    const blocks: Block[] = [
      { kind: "section", title: "Agreed action", line: 1 },
      { kind: "paragraph", number: 8, text: "The Council will pay Mr X £100 for his distress.", line: 2, items: [] },
      { kind: "paragraph", number: 9, text: "The Council will do these things within one month and send us evidence.", line: 3, items: [] },
      { kind: "paragraph", number: 10, text: "It will complete the first two actions within one month.", line: 4, items: [] },
    ];
    expect(findRemedies(blocks).map((r) => r.paragraph)).toEqual([8]);
  });

  it("reads no remedy in what was not asked for or not wanted", () => {
    const blocks: Block[] = [
      { kind: "section", title: "Agreed action", line: 1 },
      { kind: "paragraph", number: 8, text: "The Council will pay Mr X £100 for his distress.", line: 2, items: [] },
      {
        kind: "paragraph",
        number: 9,
        text: "Mr X said he did not want an apology from the Council, so I have not asked it to make one.",
        line: 3,
        items: [],
      },
      {
        kind: "paragraph",
        number: 10,
        text: "I have not recommended any change to its procedure: the error was a one-off.",
        line: 4,
        items: [],
      },
      { kind: "paragraph", number: 11, text: "The Council should also remind its officers to check the file.", line: 5, items: [] },
      {
        kind: "paragraph",
        number: 12,
        text: "It will also remind staff that they do not ask tenants for proof of address.",
        line: 6,
        items: [],
      },
    ];
    expect(findRemedies(blocks).map((r) => [r.kind, r.paragraph])).toEqual([
      ["payment", 8],
      ["service-improvement", 11],
      ["service-improvement", 12],
    ]);
  });
});

describe("findRemedies in an action section", () => {
  it("reads a list whose lead-in says only when, since the section commits to it", () => {
    const blocks: Block[] = [
      { kind: "section", title: "Agreed action", line: 1 },
      {
        kind: "paragraph",
        number: 12,
        text: "Within one month of our final decision:",
        line: 2,
        items: [
          { ordered: false, text: "the Council and the Trust will each apologise to Mr R;", line: 3 },
          { ordered: false, text: "the Council will pay Mr R £300 and the Trust will pay Mr R £300.", line: 4 },
        ],
      },
    ];
    // Each body's payment apart: the item commits two bodies to one each.
    expect(findRemedies(blocks).map((r) => [r.kind, r.amountGBP])).toEqual([
      ["apology", undefined],
      ["payment", 300],
      ["payment", 300],
    ]);
  });

  it("reads an item that finishes its lead-in's sentence as the kind of action the lead-in names", () => {
    const blocks: Block[] = [
      { kind: "section", title: "Agreed action", line: 1 },
      {
        kind: "paragraph",
        number: 20,
        text: "Within a month the Council will remind officers in its assessment team:",
        line: 2,
        items: [
          { ordered: false, text: "of the time limits for carrying out reviews; and", line: 3 },
          { ordered: false, text: "to keep a note of the reasons for each decision.", line: 4 },
        ],
      },
    ];
    expect(findRemedies(blocks).map((r) => [r.kind, r.text])).toEqual([
      ["service-improvement", "of the time limits for carrying out reviews; and"],
      ["service-improvement", "to keep a note of the reasons for each decision."],
    ]);
  });

  it("reads no remedy in a paragraph that gives the total of the payments listed", () => {
    const blocks: Block[] = [
      { kind: "section", title: "Agreed action", line: 1 },
      {
        kind: "paragraph",
        number: 30,
        text: "Within one month of my final decision the Council will:",
        line: 2,
        items: [
          { ordered: false, text: "pay Mr G £600 for the lost education;", line: 3 },
          { ordered: false, text: "pay Mr G £250 for his distress.", line: 4 },
        ],
      },
      {
        kind: "paragraph",
        number: 31,
        text: "The overall sum for Mr G is therefore £850. This makes a total of £850 with nothing more to pay.",
        line: 5,
        items: [],
      },
      { kind: "paragraph", number: 32, text: "In total, the Council will also pay Mr G's solicitor £90.", line: 6, items: [] },
    ];
    expect(findRemedies(blocks).map((r) => [r.kind, r.amountGBP, r.paragraph])).toEqual([
      ["payment", 600, 30],
      ["payment", 250, 30],
      ["payment", 90, 32],
    ]);
  });

  it("reads the actions under a heading that names them, set below another section, up to the next heading", () => {
    const blocks: Block[] = [
      { kind: "section", title: "What I found", line: 1 },
      { kind: "heading", title: "Analysis", line: 2 },
      { kind: "paragraph", number: 7, text: "The Council will now be able to review its records.", line: 3, items: [] },
      { kind: "heading", title: "Agreed action", line: 4 },
      { kind: "paragraph", number: 8, text: "Within one month of the final decision:", line: 5, items: [] },
      { kind: "paragraph", number: 9, text: "The Council will apologise to Ms F and pay her £250.", line: 6, items: [] },
      { kind: "heading", title: "Complaint handling", line: 7 },
      { kind: "paragraph", number: 10, text: "Its policy says it will reply to complaints within 20 working days.", line: 8, items: [] },
    ];
    // The next heading that does not name actions ends them.
    expect(findRemedies(blocks).map((r) => [r.kind, r.paragraph])).toEqual([
      ["apology", 9],
      ["payment", 9],
    ]);
  });

  it("reads an action whose paragraph also asks for evidence, and none from a paragraph that only asks for it", () => {
    const blocks: Block[] = [
      { kind: "section", title: "Agreed action", line: 1 },
      {
        kind: "paragraph",
        number: 14,
        text: "Within three months, the Council will review how it records missed calls. It will send us evidence it has done so.",
        line: 2,
        items: [],
      },
      {
        kind: "paragraph",
        number: 15,
        text: "The Council should provide us with evidence it has complied with the above.",
        line: 3,
        items: [],
      },
    ];
    expect(findRemedies(blocks).map((r) => [r.kind, r.paragraph])).toEqual([["service-improvement", 14]]);
  });

  it("reads each action of a list item in which a body commits to several, and keeps whole an item that only names a body's future acts", () => {
    const blocks: Block[] = [
      { kind: "section", title: "Agreed action", line: 1 },
      {
        kind: "paragraph",
        number: 21,
        text: "Within one month of our final decision:",
        line: 2,
        items: [
          { ordered: false, text: "the Trust will apologise to Mr W for the delay, and pay him £250 for his distress; and", line: 3 },
          { ordered: false, text: "agree a written procedure setting out how they will share records and settle disputes.", line: 4 },
        ],
      },
    ];
    expect(findRemedies(blocks).map((r) => [r.kind, r.amountGBP])).toEqual([
      ["apology", undefined],
      ["payment", 250],
      ["service-improvement", undefined],
    ]);
  });
});
