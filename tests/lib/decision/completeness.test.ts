import { describe, expect, it } from "vitest";
import { endAtClosing, isComplete } from "../../../src/lib/decision/completeness.ts";

const lines = (...texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));

describe("completeness", () => {
  it("is complete when the text runs to its signature, with only page links after it", () => {
    expect(isComplete(lines("1. We found fault.", "Investigator's decision on behalf of the Ombudsman", "", "Back to top"))).toBe(true);
    expect(isComplete(lines("Ombudsman satisfied with council's response: 3 March 2016"))).toBe(true);
    expect(isComplete(lines("1. We found fault.", "2. The Council agreed to apol"))).toBe(false);
  });

  it("ends the statement at its closing line, whatever page text follows", () => {
    const page = lines(
      "1. We found fault.",
      "Investigator’s decision on behalf of the Ombudsman",
      "Site logo",
      "We use cookies to make this website work. You can change your settings at any time.",
      "Accept all",
    );
    const statement = endAtClosing(page);
    expect(statement.map((l) => l.text)).toEqual(["1. We found fault.", "Investigator’s decision on behalf of the Ombudsman"]);
    expect(isComplete(statement)).toBe(true);
  });

  it("keeps every line when numbered paragraphs follow a closing line, or there is none", () => {
    const joint = lines("Investigator's decision on behalf of the Ombudsman", "1. The complaint", "2. We found fault.");
    expect(endAtClosing(joint)).toEqual(joint);
    const excerpt = lines("1. We found fault.", "2. The Council agreed");
    expect(endAtClosing(excerpt)).toEqual(excerpt);
  });
});
