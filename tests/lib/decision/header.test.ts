import { describe, expect, it } from "vitest";
import { contentLines } from "../../../src/lib/decision/chrome.ts";
import { DecisionParseError } from "../../../src/lib/decision/errors.ts";
import { readHeader } from "../../../src/lib/decision/header.ts";
import { normaliseText } from "../../../src/lib/decision/normalise.ts";
import { fixture } from "../../paths.ts";

const read = (text: string) => readHeader(contentLines(normaliseText(text)), "test.txt");

function errorOf(text: string): DecisionParseError {
  try {
    read(text);
  } catch (error) {
    if (error instanceof DecisionParseError) return error;
    throw error;
  }
  throw new Error("expected a DecisionParseError");
}

describe("readHeader", () => {
  it("reads council, reference, category, outcome, date and summary", () => {
    const { bodyStart: _, ...header } = read(fixture("minimal.txt"));
    expect(header).toEqual({
      council: "Rutland County Council",
      reference: "20 123 456",
      category: "Housing",
      subcategory: "Allocations",
      outcome: "Upheld",
      decisionDate: "2023-01-02",
      summary:
        "Mrs B complained the Council delayed her housing application. There was fault which caused Mrs B an injustice. The Council agreed to apologise and pay her £150.",
    });
  });
  it("reads the compact rendering with one newline between header lines and a lettered reference", () => {
    const header = read(
      "NHS Trust (23 017 881a)\nCategory : Health > Mental health services\nDecision : Closed after initial enquiries\nDecision date : 23 May 2024\nThe Ombudsman’s final decision:\nSummary: We will not investigate.\nThe complaint",
    );
    expect([header.reference, header.outcome, header.decisionDate, header.summary]).toEqual([
      "23 017 881a",
      "Closed after initial enquiries",
      "2024-05-23",
      "We will not investigate.",
    ]);
  });
  it("takes the first paragraph as the summary in the older report layout", () => {
    const header = read(
      "Council (17 013 122)\n\nCategory : A > B\n\nDecision : Upheld\n\nDecision date : 14 Sep 2018\n\n\nMrs B complains about charges.\n\nMore.",
    );
    expect(header.summary).toBe("Mrs B complains about charges.");
  });
  it("says which line is missing its header and what was expected", () => {
    const error = errorOf(fixture("missing-category.txt"));
    expect([error.file, error.line, error.found]).toEqual(["test.txt", 3, "Kategory: none"]);
    expect(error.expected).toMatch(/'Category : Area > Subarea'/);
  });
  it("says so clearly when a statement has no header block at all", () => {
    const error = errorOf("London Borough of Harrow (24 013 880)\nThe Ombudsman's final decision:\nSummary: x");
    expect(error.message).toBe(
      "test.txt:2: expected a 'Category : Area > Subarea' line in the header (this text has no category to read), found \"The Ombudsman's final decision:\"",
    );
  });
  it("rejects a date that is not on the calendar, naming its line", () => {
    expect(errorOf(fixture("bad-date.txt")).message).toBe(
      "test.txt:7: expected a decision date such as '06 Sep 2022', found \"31 Feb 2023\"",
    );
  });
  it("rejects an outcome of unknown shape", () => {
    const error = errorOf(fixture("unknown-outcome.txt"));
    expect([error.line, error.found]).toEqual([5, "Partly upheld maybe"]);
  });
  it("rejects a text whose first line is not 'Council (reference)'", () => {
    expect(errorOf(fixture("page.html.txt")).found).toBe("<!DOCTYPE html>");
    expect(errorOf("").message).toMatch(/^test\.txt:1: expected a first line 'Council name \(NN NNN NNN\)'.*found nothing$/);
  });
});
