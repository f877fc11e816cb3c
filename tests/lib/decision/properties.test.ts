// Property-based tests: whatever text comes in, the parser returns a record that passes the
// schema or throws its own error with a location. It never hangs and never throws anything else.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecisionParseError } from "../../../src/lib/decision/errors.ts";
import { normaliseText } from "../../../src/lib/decision/normalise.ts";
import { parseDecision } from "../../../src/lib/decision/parse.ts";
import { decisionSchema } from "../../../src/lib/decision/schema.ts";
import { SEEDS } from "../../paths.ts";

const seeds = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), "utf8"));

/** The parser's contract: a valid record, or a DecisionParseError that says where. */
function parsesOrSaysWhere(text: string): void {
  try {
    const { decision, body } = parseDecision(text, "input.txt");
    expect(decisionSchema.safeParse(decision).success).toBe(true);
    expect(typeof body).toBe("string");
  } catch (error) {
    expect(error).toBeInstanceOf(DecisionParseError);
    const { file, line } = error as DecisionParseError;
    expect(file).toBe("input.txt");
    expect(line).toBeGreaterThanOrEqual(1);
  }
}

const seed = fc.constantFrom(...seeds);
const lines = (text: string) => text.split("\n");

const mutations = {
  truncated: fc.tuple(seed, fc.double({ min: 0, max: 1, noNaN: true })).map(([t, f]) => t.slice(0, Math.floor(t.length * f))),
  "sections shuffled": fc.tuple(seed, fc.integer()).map(([t, n]) => {
    const parts = t.split("Back to top");
    const rotated = [...parts.slice(1), parts[0]!];
    return (n % 2 === 0 ? rotated.reverse() : rotated).join("Back to top");
  }),
  "a header line missing": fc.tuple(seed, fc.integer({ min: 0, max: 8 })).map(([t, i]) =>
    lines(t)
      .filter((_, j) => j !== i)
      .join("\n"),
  ),
  "random Unicode inserted": fc
    .tuple(seed, fc.nat(), fc.string({ unit: "binary", maxLength: 40 }))
    .map(([t, at, junk]) => t.slice(0, at % t.length) + junk + t.slice(at % t.length)),
  "control characters inserted": fc
    .tuple(seed, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 31 })), { maxLength: 20 }))
    .map(([t, edits]) =>
      edits.reduce((s, [at, code]) => s.slice(0, at % s.length) + String.fromCharCode(code) + s.slice(at % s.length), t),
    ),
  "lines duplicated and dropped": fc.tuple(seed, fc.array(fc.nat(), { maxLength: 30 })).map(([t, picks]) => {
    const ls = lines(t);
    return picks.map((p) => ls[p % ls.length]!).join("\n");
  }),
};

describe("parseDecision on arbitrary input", () => {
  it("arbitrary strings give a record or a located DecisionParseError", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 2000 }), parsesOrSaysWhere), { numRuns: 300 });
  });

  it.each(Object.entries(mutations))("%s seeds give a record or a located DecisionParseError", (_, arbitrary) => {
    fc.assert(fc.property(arbitrary, parsesOrSaysWhere), { numRuns: 150 });
  });

  it("is deterministic, and normalising twice changes nothing more", () => {
    fc.assert(
      fc.property(seed, fc.string({ maxLength: 200 }), (text, junk) => {
        const input = text + junk;
        expect(normaliseText(normaliseText(input))).toBe(normaliseText(input));
        let first: unknown;
        let second: unknown;
        try {
          first = parseDecision(input);
        } catch (error) {
          first = (error as Error).message;
        }
        try {
          second = parseDecision(input);
        } catch (error) {
          second = (error as Error).message;
        }
        expect(second).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });
});

describe("parseDecision on large input", () => {
  // Each case is 5 MB shaped to trip a super-linear regular expression if there were one;
  // the test's time limit is the guard against a hang.
  const FIVE_MB = 5 * 1024 * 1024;
  const header = lines(seeds[0]!).slice(0, 12).join("\n");
  const cases: Record<string, string> = {
    "one line of spaces as the first line": `${" ".repeat(FIVE_MB)}x (21 018 990)`,
    "a category line of spaces": `Council (21 018 990)\nCategory : ${" ".repeat(FIVE_MB)}x`,
    "a paragraph of 'evidence' without a full stop": `${header}\n\nAgreed action\n\n  1. ${"evidence ".repeat(FIVE_MB / 9)}`,
    "a paragraph of 'is at fault' phrases": `${header}\n\nWhat I found\n\n  1. ${"it is not is was at ".repeat(FIVE_MB / 20)}`,
    "a statement repeated to 5 MB": seeds[1]!.repeat(Math.ceil(FIVE_MB / seeds[1]!.length)),
    "one very long line of paragraph references": `${header}\n\nWhat I found\n\n  1. ${"paragraphs 1 and 2 to 3, ".repeat(FIVE_MB / 25)}`,
    "a summary of findings and remedies without a full stop": `Council (21 018 990)\nCategory : A > B\nDecision : Upheld\nDecision date : 06 Sep 2022\nSummary: ${"Mr X said we found the Council did not fail to find no fault and it has agreed to apologise, pay Mr X £1,000 and £ 2.5k, and remind staff, but ".repeat(FIVE_MB / 120)}`,
    "a closed summary of reasons without a full stop": `Council (21 018 990)\nCategory : A > B\nDecision : Closed after initial enquiries\nDecision date : 06 Sep 2022\nSummary: We will not investigate ${"the complaint about the late appeal to the court as it is not enough evidence of the injustice that is not significant ".repeat(FIVE_MB / 115)}`,
  };
  it.each(Object.entries(cases))(
    "%s parses or fails cleanly in linear time",
    (_, text) => {
      parsesOrSaysWhere(text);
    },
    20_000,
  );
});
