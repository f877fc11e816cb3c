import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDecisionText } from "../../src/lib/validate-decision-file.ts";
import { ROOT } from "../paths.ts";

const FILE = "decisions/21-003-813.md";
const text = readFileSync(path.join(ROOT, FILE), "utf8");

describe("a decision file checked for the site", () => {
  it("is refused, naming the file, when its front matter never closes or never opens", () => {
    const unclosed = text.replace(/\n---\n/, "\n");
    expect(() => validateDecisionText(FILE, unclosed)).toThrow(
      `Invalid decision file ${FILE}:\n  - frontmatter: opened with --- on line 1 and never closed with a line of ---`,
    );
    expect(() => validateDecisionText(FILE, "Kent County Council (21 003 813)\n")).toThrow(
      `Invalid decision file ${FILE}:\n  - frontmatter: expected the file to start with a line of ---, as npm run ingest writes it`,
    );
  });

  it("is refused when its decision date is not in the calendar", () => {
    const date = /^decisionDate: '?(\d{4}-\d{2}-\d{2})'?$/m.exec(text)![1]!;
    const impossible = text.replace(`${date}`, "2022-02-31");
    expect(() => validateDecisionText(FILE, impossible)).toThrow(
      /decisionDate: expected a real calendar date \(this day is not in its month\)/,
    );
  });
});
