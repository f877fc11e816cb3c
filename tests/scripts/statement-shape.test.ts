// The shape of a statement the synthetic decisions follow (scripts/support/statement-shape.ts),
// checked against the corpus's hand-read labels rather than against the parser.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  HEADER_FIELD,
  isPageFurniture,
  pageLines,
  readParagraphLine,
  runsToClosingLine,
  sectionKind,
  TITLE_LINE,
} from "../../scripts/support/statement-shape.ts";
import { CORPUS, SEEDS } from "../paths.ts";
import { corpusLabels, type CorpusLabel } from "../support/corpus-labels.ts";

const labels = corpusLabels();

const linesOf = (label: CorpusLabel) => pageLines(readFileSync(join(CORPUS, label.file), "utf8"));

/** The header as the shape reads it: the title line and the fields before the first section. */
function readHeader(lines: readonly string[]) {
  const text = lines.map((line) => line.trim()).filter((line) => line !== "" && !isPageFurniture(line));
  const title = TITLE_LINE.exec(text[0] ?? "");
  const fields = new Map<string, string>();
  for (const line of text.slice(
    0,
    text.findIndex((l) => sectionKind(l) !== null),
  )) {
    const field = HEADER_FIELD.exec(line);
    if (field) fields.set(field[1]!, field[2]!.trim());
  }
  return { council: title?.[1], reference: title?.[2], fields };
}

describe("the shape of a statement", () => {
  it("reads every labelled statement's title and header fields as the labels give them", () => {
    expect(labels.filter((l) => l.header_present === "yes").length).toBeGreaterThan(90);
    for (const label of labels.filter((l) => l.header_present === "yes")) {
      const header = readHeader(linesOf(label));
      expect({ file: label.file, council: header.council, reference: header.reference }).toEqual({
        file: label.file,
        council: label.council,
        reference: label.reference,
      });
      expect([header.fields.get("Category"), header.fields.get("Decision"), header.fields.get("Decision date")]).toEqual([
        label.category,
        label.outcome,
        label.decision_date,
      ]);
    }
  });

  it("tells a statement that runs to its closing line from an excerpt, as the labels do", () => {
    for (const label of labels)
      expect({ file: label.file, full: runsToClosingLine(linesOf(label)) }).toEqual({ file: label.file, full: label.full_text === "yes" });
  });

  it("finds the sections of every statement but the older report, opening with the complaint", () => {
    const seeds = readdirSync(SEEDS).map((name) => pageLines(readFileSync(join(SEEDS, name), "utf8")));
    const statements = [...seeds, ...labels.map(linesOf)];
    const opening = statements.map((lines) => lines.find((line) => sectionKind(line) !== null)?.trim() ?? null);
    expect(opening.filter((heading) => heading === null)).toHaveLength(1);
    expect(new Set(opening.filter((heading) => heading !== null).map((heading) => sectionKind(heading)))).toEqual(new Set(["complaint"]));
  });

  it("reads numbered paragraphs, bullets and dash items", () => {
    expect(readParagraphLine("  12. We investigate complaints.")).toEqual({
      marker: "numbered",
      indent: 2,
      text: "We investigate complaints.",
    });
    expect(readParagraphLine("    • they are disabled.")).toEqual({ marker: "bullet", indent: 4, text: "they are disabled." });
    expect(readParagraphLine("- I considered the Ombudsman's Assessment Code.")).toEqual({
      marker: "dash",
      indent: 0,
      text: "I considered the Ombudsman's Assessment Code.",
    });
    expect(readParagraphLine("Background information")).toEqual({ marker: null, indent: 0, text: "Background information" });
  });
});
