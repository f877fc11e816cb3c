import { describe, expect, it } from "vitest";
import { contentLines } from "../../../src/lib/decision/chrome.ts";
import { normaliseText } from "../../../src/lib/decision/normalise.ts";
import { isSectionTitle, looksLikeHeading, readBlocks, type Block, type Paragraph } from "../../../src/lib/decision/structure.ts";

const blocks = (text: string): Block[] => readBlocks(contentLines(normaliseText(text)));
const numbered = (bs: Block[]) => bs.filter((b): b is Paragraph => b.kind === "paragraph" && b.number !== null);

describe("readBlocks", () => {
  it("numbers paragraphs continuously although the copied text restarts at 1 in each section", () => {
    const bs = blocks("The complaint\n\n  1. One.\n  2. Two.\n\nBack to top\n\nWhat I found\n\n  1. Three.");
    expect(numbered(bs).map((p) => [p.number, p.text])).toEqual([
      [1, "One."],
      [2, "Two."],
      [3, "Three."],
    ]);
    expect(bs.filter((b) => b.kind === "section").map((b) => b.kind === "section" && b.title)).toEqual(["The complaint", "What I found"]);
  });
  it("keeps counting after a bullet list, where the copied text restarts at 1", () => {
    const bs = numbered(blocks("The complaint\n\n  1. The assessment may result in:\n  • no action;\n  • a plan.\n  1. After the list."));
    expect(bs.map((p) => p.number)).toEqual([1, 2]);
    expect(bs[0]!.items.map((i) => i.text)).toEqual(["no action;", "a plan."]);
  });
  it("treats a numbered list introduced by ':' at the same indent as a sub-list, until numbering restarts", () => {
    const bs = numbered(
      blocks(
        "The complaint\n\n  1. Mr X complains the Council:\n  1. Failed to tell him.\n  2. Delayed.\n  1. Mr X also complains.\n  2. Mr X says more.",
      ),
    );
    expect(bs.map((p) => [p.number, p.text])).toEqual([
      [1, "Mr X complains the Council:"],
      [2, "Mr X also complains."],
      [3, "Mr X says more."],
    ]);
    expect(bs[0]!.items).toEqual([
      { ordered: true, text: "Failed to tell him.", line: 4 },
      { ordered: true, text: "Delayed.", line: 5 },
    ]);
  });
  it("treats a more deeply indented numbered list as a sub-list", () => {
    const bs = numbered(blocks("Agreed action\n\n  1. The Council will:\n      1. apologise; and\n      2. pay £100.\n  2. Evidence."));
    expect(bs.map((p) => p.number)).toEqual([1, 2]);
    expect(bs[0]!.items.map((i) => i.text)).toEqual(["apologise; and", "pay £100."]);
  });
  it("makes only the first heading after 'Back to top' a section; others are sub-headings", () => {
    const bs = blocks(
      "What I found\n\nBackground\n\n  1. Text.\n\nWhat happened\n\n  1. More.\n\nBack to top\n\nFinal decision\n\n  1. Done.",
    );
    expect(bs.filter((b) => b.kind !== "paragraph").map((b) => [b.kind, "title" in b ? b.title : ""])).toEqual([
      ["section", "What I found"],
      ["heading", "Background"],
      ["heading", "What happened"],
      ["section", "Final decision"],
    ]);
  });
  it("knows section titles by name in the compact layout without 'Back to top', where dashes mark paragraphs", () => {
    const bs = blocks(
      "The complaint\n- Mr B complained about noise.\nThe Ombudsman’s role and powers\n- We investigate fault:\n- it is unlikely we would find fault, or\n- the injustice is not significant.\n- We cannot question decisions.",
    );
    expect(bs.filter((b) => b.kind === "section").length).toBe(2);
    expect(numbered(bs).map((p) => [p.number, p.items.length])).toEqual([
      [1, 0],
      [2, 2],
      [3, 0],
    ]);
  });
  it("numbers every paragraph of a statement that has no list markup at all", () => {
    const bs = blocks(
      "The complaint\nThe complainant, Mrs X, complained.\nMy assessment\nMrs X complained about a badge.\nI will not investigate.",
    );
    expect(numbered(bs).map((p) => p.number)).toEqual([1, 2, 3]);
  });
  it("keeps an unnumbered paragraph inside a numbered list without a number", () => {
    const bs = blocks(
      "The complaint\n\n  1. One.\n\nWe investigate councils and certain other bodies. Where a company acts for a council, we can investigate.\n\n  1. Two.",
    );
    expect(bs.filter((b) => b.kind === "paragraph").map((b) => b.kind === "paragraph" && b.number)).toEqual([1, null, 2]);
  });
  it("keeps a signature line once, however often the page repeats it, and treats a heading-like last line as a statement cut short", () => {
    const bs = blocks(
      "Final decision\n\n  1. Done.\n\nInvestigator’s decision on behalf of the Ombudsman\n\nBack to top\n\nInvestigator's decision on behalf of the Ombudsman\n\nThe Ombudsman’s",
    );
    expect(bs.map((b) => b.kind)).toEqual(["section", "paragraph", "signature", "paragraph"]);
  });
  it("keeps two different signatures", () => {
    const bs = blocks(
      "Final decision\n\n  1. Done.\n\nInvestigator's decision on behalf of the Ombudsman\n\nAssistant Ombudsman's decision on behalf of the Ombudsman",
    );
    expect(bs.filter((b) => b.kind === "signature").map((b) => b.kind === "signature" && b.text)).toEqual([
      "Investigator's decision on behalf of the Ombudsman",
      "Assistant Ombudsman's decision on behalf of the Ombudsman",
    ]);
  });
});

describe("looksLikeHeading", () => {
  it.each([
    ["Child in need visits", true],
    ["(v)The assessment process disrupted a Child Arrangement Order as he could not have contact with C.", true],
    ["Mr X complained to the Council in January. I summarise the response below:", false],
    ["(Local Government Act 1974, section 24A(6), as amended)", false],
    ["The Council apologised.", false],
  ])("%s -> %s", (text, expected) => {
    expect(looksLikeHeading(text)).toBe(expected);
  });
});

describe("isSectionTitle", () => {
  it("knows the headings of an action section, however short", () => {
    expect(["Agreed action", "Recommended actions", "Action", "Actions", "actions"].map(isSectionTitle)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["Action plan", "What happened next"].map(isSectionTitle)).toEqual([false, false]);
  });
});
