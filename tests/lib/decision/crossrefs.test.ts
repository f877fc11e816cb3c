import { describe, expect, it } from "vitest";
import { findReferences } from "../../../src/lib/decision/crossrefs.ts";

const targets = (text: string, count = 60) => findReferences(text, count).map((r) => [r.text, r.numbers.flatMap((n) => n.targets)]);

describe("findReferences", () => {
  it("finds a pair, a single paragraph and a range", () => {
    expect(targets("against the guidance summarised in paragraphs 19 and 20.")).toEqual([["paragraphs 19 and 20", [19, 20]]]);
    expect(targets("As I said at paragraph 4, the Council")).toEqual([["paragraph 4", [4]]]);
    expect(targets("See paragraphs 12 to 15.")).toEqual([["paragraphs 12 to 15", [12, 13, 14, 15]]]);
  });
  it("leaves statute references alone", () => {
    expect(targets("(Local Government Act 1974, Schedule 5/5A, paragraph 1/3, as amended)")).toEqual([]);
    expect(targets("as paragraph 4 of the Code says")).toEqual([]);
    expect(targets("(Local Government Act 1974, paragraph 5A schedule 5, as amended)")).toEqual([]);
    expect(targets("(Local Government Act 1974, paragraph 5 schedule 5, as amended)")).toEqual([]);
  });
  it("ignores numbers beyond the statement's last paragraph", () => {
    expect(targets("paragraph 70", 55)).toEqual([]);
  });
});
