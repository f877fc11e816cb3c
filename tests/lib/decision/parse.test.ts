// The five seeds against the hand-checked golden file, used as it is.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DecisionParseError } from "../../../src/lib/decision/errors.ts";
import { parseDecision } from "../../../src/lib/decision/parse.ts";
import { fixture, SEEDS, GOLDEN } from "../../paths.ts";

interface Golden {
  reference: string;
  slug: string;
  council: string;
  category: string;
  subcategory: string;
  outcome: string;
  decisionDate: string;
  summaryStartsWith: string;
  complainant: string;
  faultFound: boolean;
  injustice: boolean;
  remedies: { kind: string; startsWith: string; amountGBP?: number }[];
  paymentTotalGBP: number;
  paragraphCount?: number;
  paragraphs: Record<string, string>;
  crossReferences?: Record<string, number[]>;
  notCrossReferences?: string[];
  legislation: string[];
  sections: string[];
}

const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as { decisions: Record<string, Golden> };

describe.each(Object.entries(golden.decisions))("seed %s", (file, expected) => {
  const { decision, body } = parseDecision(readFileSync(join(SEEDS, file), "utf8"), file);

  it("reads the header fields", () => {
    const fields = ["reference", "slug", "council", "category", "subcategory", "outcome", "decisionDate", "complainant"] as const;
    expect(Object.fromEntries(fields.map((f) => [f, decision[f]]))).toEqual(Object.fromEntries(fields.map((f) => [f, expected[f]])));
    expect(decision.summary.startsWith(expected.summaryStartsWith)).toBe(true);
  });

  it("lists the top-level sections in order", () => {
    expect(decision.sections).toEqual(expected.sections);
  });

  it("finds fault and injustice as the statement does", () => {
    expect([decision.faultFound, decision.injustice]).toEqual([expected.faultFound, expected.injustice]);
    expect(decision.faults.length > 0).toBe(expected.faultFound);
  });

  it("lists the remedies in order with their kinds and amounts", () => {
    expect(decision.remedies.map((r) => ({ kind: r.kind, amountGBP: r.amountGBP }))).toEqual(
      expected.remedies.map((r) => ({ kind: r.kind, amountGBP: r.amountGBP })),
    );
    decision.remedies.forEach((remedy, i) => expect(remedy.text.startsWith(expected.remedies[i]!.startsWith)).toBe(true));
    expect(decision.paymentTotalGBP).toBe(expected.paymentTotalGBP);
  });

  it("numbers paragraphs as the official statement does, each with its anchor", () => {
    if (expected.paragraphCount !== undefined) expect(decision.paragraphCount).toBe(expected.paragraphCount);
    for (const [number, start] of Object.entries(expected.paragraphs)) {
      const line = body.split("\n").find((l) => l.endsWith(` {#p${number}}`));
      expect(line?.startsWith(`${number}. ${start}`), `paragraph ${number}`).toBe(true);
    }
    const anchors = [...body.matchAll(/\{#p(\d+)\}$/gm)].map((m) => Number(m[1]));
    expect(anchors).toEqual(Array.from({ length: decision.paragraphCount }, (_, i) => i + 1));
  });

  it("links cross-references to their paragraphs and leaves statute references alone", () => {
    for (const [text, targets] of Object.entries(expected.crossReferences ?? {})) {
      expect(decision.crossReferences.find((r) => r.text === text)?.targets).toEqual(targets);
      expect(body).toContain(`${text.replace(/\d+/g, (n) => `[${n}](#p${n})`)}`);
    }
    for (const text of expected.notCrossReferences ?? []) {
      expect(body).toContain(text);
      expect(decision.crossReferences.some((r) => text.includes(r.text))).toBe(false);
    }
  });

  it("names the legislation cited", () => {
    expect(decision.legislation.map((l) => l.title)).toEqual(expected.legislation);
  });
});

describe("parseDecision", () => {
  const clean = fixture("minimal.txt");

  it("parses Windows line endings, a BOM, non-breaking spaces, curly quotes and trailing whitespace as the clean text", () => {
    const messy = `\ufeff${clean.replaceAll("Ombudsman's", "Ombudsman’s").replaceAll(". ", ".\u00a0").replaceAll("\n", "  \r\n")}`;
    const a = parseDecision(clean, "clean.txt");
    const b = parseDecision(messy, "messy.txt");
    expect(b.decision).toEqual(a.decision);
    expect(b.body).toBe(a.body);
  });

  it("names the complainants as the statement does, one or two together", () => {
    expect(parseDecision(clean, "one.txt").decision.complainant).toBe("Mrs B");
    expect(
      parseDecision(clean.replace("Summary: Mrs B complained", "Summary: Mr and Mrs B complained"), "two.txt").decision.complainant,
    ).toBe("Mr and Mrs B");
  });

  it("throws its own error, with the file and line, for text that is not a decision", () => {
    for (const [name, line] of [
      ["empty.txt", 1],
      ["binary.txt", 1],
      ["page.html.txt", 1],
      ["missing-title.txt", 2],
      ["bad-date.txt", 7],
      ["unknown-outcome.txt", 5],
    ] as const) {
      const attempt = () => parseDecision(fixture(name), name);
      expect(attempt).toThrow(DecisionParseError);
      expect(attempt).toThrow(new RegExp(`^${name.replace(".", "\\.")}:${line}: expected `));
    }
  });

  it("keeps script in the text as data: verbatim in the record, escaped in the Markdown", () => {
    const { decision, body } = parseDecision(
      clean.replace("This was fault.", "This was fault. <script>alert(1)</script> [x](javascript:alert(1))"),
      "x.txt",
    );
    expect(body).toContain("\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1))");
    expect(body).not.toMatch(/(?<!\\)<script/);
    expect(decision.faults[0]!.text).toBe("This was fault. <script>alert(1)</script> [x](javascript:alert(1))");
  });
});
