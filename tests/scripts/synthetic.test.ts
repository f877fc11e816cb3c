import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDecision } from "../../src/lib/decision/parse.ts";
import {
  buildPool,
  councilNames,
  generateDecision,
  generateDecisions,
  readLabels,
  type Pool,
  type SyntheticDecision,
} from "../../scripts/synthetic.ts";
import { CORPUS, SEEDS } from "../paths.ts";

const texts = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => readFileSync(join(dir, n), "utf8"));
const labelsTsv = readFileSync(join(CORPUS, "labels.tsv"), "utf8");

let pool: Pool;
let sample: SyntheticDecision[];
beforeAll(() => {
  pool = buildPool([...texts(SEEDS), ...texts(join(CORPUS, "statements"))], labelsTsv);
  sample = [...generateDecisions(pool, 3000, 1)];
});

describe("synthetic decisions", () => {
  it("are the same for the same seed and differ for another seed", () => {
    const again = [...generateDecisions(pool, 50, 1)];
    expect(again.map((d) => d.text)).toEqual(sample.slice(0, 50).map((d) => d.text));
    expect(generateDecision(pool, 7, 1).text).toBe(sample[7]!.text);
    const other = [...generateDecisions(pool, 50, 2)];
    expect(other.filter((d, i) => d.text === sample[i]!.text)).toHaveLength(0);
  });

  it("each parse with the real parser into the header they were generated with", () => {
    for (const d of sample.slice(0, 400)) {
      const { decision, body } = parseDecision(d.text, `${d.reference}.txt`);
      expect(decision.reference).toBe(d.reference);
      expect(decision.council).toBe(d.council);
      expect(`${decision.category} > ${decision.subcategory}`).toBe(d.category);
      expect(decision.outcome).toBe(d.outcome);
      expect(decision.decisionDate.slice(0, 4)).toBe(String(d.year));
      expect(decision.paymentTotalGBP).toBe(d.paymentGBP);
      expect(decision.sections).toContain("Final decision");
      expect(body.length).toBeGreaterThan(5000);
    }
  });

  it("are 10 to 20 KB of text, none repeated", () => {
    const sizes = sample.map((d) => Buffer.byteLength(d.text));
    expect(Math.min(...sizes)).toBeGreaterThan(9_000);
    expect(Math.max(...sizes)).toBeLessThan(21_000);
    expect(new Set(sample.map((d) => d.text)).size).toBe(sample.length);
  });

  it("spread over about 350 councils, every category and outcome in the labels, and 15 years", () => {
    const labels = readLabels(labelsTsv);
    expect(labels.categories).toHaveLength(40);
    expect(new Set(sample.map((d) => d.category))).toEqual(new Set(labels.categories));
    expect(new Set(sample.map((d) => d.outcome))).toEqual(new Set(["Upheld", "Not upheld", "Closed after initial enquiries"]));
    expect(new Set(sample.map((d) => d.council)).size).toBeGreaterThan(330);
    expect([...new Set(sample.map((d) => d.year))].sort()).toEqual(Array.from({ length: 15 }, (_, i) => 2010 + i));
    const upheld = sample.filter((d) => d.outcome === "Upheld");
    expect(upheld.filter((d) => d.paymentGBP > 0).length).toBeGreaterThan(upheld.length / 3);
    expect(upheld.filter((d) => d.paymentGBP === 0).length).toBeGreaterThan(upheld.length / 5);
  });

  it("have unique references shaped as the real ones: received the year of the decision or the one before, numbered below 22,000", () => {
    expect(new Set(sample.map((d) => d.reference)).size).toBe(sample.length);
    for (const d of sample) {
      const [, received, group] = /^(\d{2}) (\d{3}) \d{3}$/.exec(d.reference) ?? [];
      expect([String(d.year - 1).slice(2), String(d.year).slice(2)]).toContain(received);
      expect(Number(group)).toBeLessThanOrEqual(21);
    }
    // Many decisions a year share the hundred numbers of their reference, as in the archive.
    const hundreds = new Set(sample.map((d) => d.reference.slice(0, 8)));
    expect(hundreds.size).toBeLessThan(sample.length * 0.8);
  });

  it("name 350 distinct councils", () => {
    const names = councilNames();
    expect(new Set(names).size).toBe(350);
    expect(names).toContain("London Borough of Camden");
  });
});
