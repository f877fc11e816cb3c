// The derived fields (fault, injustice, remedies, payment total, closure reason) of every corpus
// statement with a header, scored against the hand labels in tests/fixtures/corpus/derived-labels.tsv
// by the rules of the official scorer beside it (derived_check.py; see tests/support/derived-score.ts).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS } from "../../paths.ts";
import { FIELDS, overall, readLabels, score, share, table, type Field, type Score } from "../../support/derived-score.ts";

const rows = readLabels(join(CORPUS, "derived-labels.tsv"));

/** The third of the corpus kept out of sight while the rules were last reworked (holdout.txt), and the rest. */
const holdout = new Set(
  readFileSync(join(CORPUS, "holdout.txt"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#")),
);
const halves = {
  "all labelled statements": rows,
  "worked on (two thirds)": rows.filter((r) => !holdout.has(r.reference)),
  "kept out of sight, scored at the end (a third)": rows.filter((r) => holdout.has(r.reference)),
};

describe("derived fields on the corpus", () => {
  const scores = Object.fromEntries(Object.entries(halves).map(([name, selected]) => [name, score(CORPUS, selected)])) as Record<
    keyof typeof halves,
    Score
  >;
  for (const [name, s] of Object.entries(scores)) console.log(table(name, s));
  const all = scores["all labelled statements"];

  it("scores every labelled value", () => {
    expect(FIELDS.reduce((n, f) => n + all.total[f], 0)).toBe(453);
  });

  // What the parser reaches: all 453.
  it("gets every labelled value right", () => {
    expect(overall(all)).toBe(1);
  });

  const MINIMUM: Record<Field, number> = {
    fault: 1,
    injustice: 1,
    apology: 1,
    payment_gbp: 1,
    service_improvement: 1,
    closure_reason: 1,
  };
  it.each(FIELDS)("gets at least its reached share of %s right", (field) => {
    expect(share(all, field)).toBeGreaterThanOrEqual(MINIMUM[field]);
  });

  it("scores the third kept out of sight within 3 points of the rest", () => {
    const kept = scores["kept out of sight, scored at the end (a third)"];
    expect(FIELDS.reduce((n, f) => n + kept.total[f], 0)).toBeGreaterThan(100);
    expect(overall(kept)).toBeGreaterThanOrEqual(overall(scores["worked on (two thirds)"]) - 0.03);
  });

  it("never gives a payment total that is too high", () => {
    expect(
      all.mismatches.filter((m) => / payment_gbp: /.test(m) && Number(m.split(" got ")[1]) > Number(m.split(" want ")[1]!.split(" ")[0])),
    ).toEqual([]);
  });
});
