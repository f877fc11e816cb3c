// Every statement in the corpus (tests/fixtures/corpus) against its hand-read labels.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DecisionParseError } from "../../../src/lib/decision/errors.ts";
import { parseDecision } from "../../../src/lib/decision/parse.ts";
import { CORPUS } from "../../paths.ts";
import { corpusLabels } from "../../support/corpus-labels.ts";

const labels = corpusLabels();
const withHeader = labels.filter((l) => l.header_present === "yes");
const withoutHeader = labels.filter((l) => l.header_present !== "yes");

describe("corpus", () => {
  it("has statements with and without a header block", () => {
    expect([withHeader.length, withoutHeader.length]).toEqual([100, 26]);
  });

  it.each(withHeader.map((l) => [l.file, l] as const))("%s parses into a record matching its labels", (file, label) => {
    const { decision, body } = parseDecision(readFileSync(join(CORPUS, file), "utf8"), file);
    const [category, subcategory] = label.category.split(" > ");
    expect({
      reference: decision.reference,
      council: decision.council,
      category: decision.category,
      subcategory: decision.subcategory,
      outcome: decision.outcome,
      date: decision.decisionDate,
    }).toEqual({
      reference: label.reference,
      council: label.council,
      category,
      subcategory,
      outcome: label.outcome,
      date: new Date(`${label.decision_date} UTC`).toISOString().slice(0, 10),
    });
    expect(decision.summary.length).toBeGreaterThan(20);
    expect(decision.paragraphCount).toBeGreaterThan(0);
    expect(body).not.toMatch(/Back to top|LGO logogram|Google Analytics/);
  });

  it.each(withoutHeader.map((l) => [l.file, l] as const))("%s has no header block, and the parser says so at a line", (file) => {
    const attempt = () => parseDecision(readFileSync(join(CORPUS, file), "utf8"), file);
    expect(attempt).toThrow(DecisionParseError);
    expect(attempt).toThrow(
      /:\d+: expected a (?:first line 'Council name \(NN NNN NNN\)'|'Category : Area > Subarea' line in the header \(this text has no category to read\))/,
    );
  });
});
