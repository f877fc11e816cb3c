import { describe, expect, it } from "vitest";
import { findFaults, findsFault, findsInjustice } from "../../../src/lib/decision/findings.ts";
import type { Block } from "../../../src/lib/decision/structure.ts";

const paragraph = (number: number, text: string): Block => ({ kind: "paragraph", number, text, line: number, items: [] });
const section = (title: string): Block => ({ kind: "section", title, line: 0 });

describe("findsFault", () => {
  it.each([
    ["This is poor record keeping and is fault.", true],
    ["The Council is therefore at fault for the delay in not progressing Mr X’s complaint.", true],
    ["I have found evidence of fault, but this fault did not cause Mr X an injustice.", true],
    ["The Council followed the correct procedure and was not at fault.", false],
    ["Therefore, there is no evidence of fault.", false],
    ["This was a delay of three days which is not significant enough to be fault.", false],
    ["Further investigation by me will unlikely find fault or achieve a different outcome.", false],
    ["If there has been fault which has caused an injustice, we may suggest a remedy.", false],
    ["This is because it is unlikely we would find there was fault by the Council.", false],
    ["There is insufficient evidence of fault and the courts are better placed.", false],
    ["We found no fault in the Council’s decision making but we found fault in its complaint handling.", true],
    ["The Council has accepted faults in the way it communicated with her.", true],
  ])("%s -> %s", (sentence, expected) => {
    expect(findsFault(sentence)).toBe(expected);
  });
});

describe("findsInjustice", () => {
  it.each([
    ["I find fault which caused Mr X an injustice.", true],
    ["I have found fault leading to injustice.", true],
    ["There was some fault, but these did not cause Mr X an injustice.", false],
    ["However, the outcome would be the same and this has not caused Mr X a significant injustice.", false],
  ])("%s -> %s", (sentence, expected) => {
    expect(findsInjustice(sentence)).toBe(expected);
  });
});

describe("findFaults", () => {
  it("gives each finding with its paragraph, ignoring the powers section and the final decision", () => {
    const blocks = [
      section("The Ombudsman’s role and powers"),
      paragraph(1, "We investigate fault. If there was fault, we say so. This is fault."),
      section("What I found"),
      paragraph(2, "The Council did not visit. This is fault and is against its policy. It apologised."),
      section("Final decision"),
      paragraph(3, "I have found fault. This was fault."),
    ];
    expect(findFaults(blocks)).toEqual([{ paragraph: 2, text: "This is fault and is against its policy." }]);
  });
});
