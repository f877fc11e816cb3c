// The derived fields (fault, injustice, remedies, payment total, closure reason) of every corpus
// statement with a header, scored against the hand labels in tests/fixtures/corpus/derived-labels.tsv
// by the rules of the official scorer beside it (derived_check.py): `unknown` and blank cells are
// not scored; apology and service improvement are "any remedy of that kind"; a null payment total
// reads as 0; the closure reason is compared where it is labelled.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parseDecision } from "../../../src/lib/decision/parse.ts";
import type { Decision } from "../../../src/lib/decision/schema.ts";
import { CORPUS } from "../../paths.ts";

const FIELDS = ["fault", "injustice", "apology", "payment_gbp", "service_improvement", "closure_reason"] as const;
type Field = (typeof FIELDS)[number];
type Value = boolean | number | string | null;

interface Row {
  reference: string;
  file: string;
  fault: string;
  injustice: string;
  apology: string;
  payment_gbp: string;
  service_improvement: string;
  not_investigated_reason: string;
}

const rows = parse(readFileSync(join(CORPUS, "derived-labels.tsv"), "utf8"), {
  delimiter: "\t",
  columns: true,
  relax_quotes: true,
}) as Row[];

function yesNo(value: string): boolean | undefined {
  return ({ yes: true, no: false } as Record<string, boolean>)[value.trim().toLowerCase()];
}

/** The labelled values of a row, as the official scorer reads them. */
function wanted(row: Row): Partial<Record<Field, Value>> {
  const want: Partial<Record<Field, Value>> = {};
  for (const field of ["fault", "injustice", "apology", "service_improvement"] as const) {
    const value = yesNo(row[field] ?? "");
    if (value !== undefined) want[field] = value;
  }
  const pay = (row.payment_gbp ?? "").trim().replace("£", "").replaceAll(",", "");
  if (pay !== "" && pay.toLowerCase() !== "unknown") want.payment_gbp = Number(pay);
  const reason = (row.not_investigated_reason ?? "").trim();
  if (reason !== "") want.closure_reason = reason;
  return want;
}

function got(decision: Decision): Record<Field, Value> {
  const kinds = new Set(decision.remedies.map((r) => r.kind));
  return {
    fault: decision.faultFound,
    injustice: decision.injustice,
    apology: kinds.has("apology"),
    service_improvement: kinds.has("service-improvement"),
    payment_gbp: decision.paymentTotalGBP ?? 0,
    closure_reason: decision.closureReason,
  };
}

function agrees(field: Field, want: Value, have: Value): boolean {
  return field === "payment_gbp" ? Math.abs((have as number) - (want as number)) < 0.005 : have === want;
}

interface Score {
  right: Record<Field, number>;
  total: Record<Field, number>;
  mismatches: string[];
}

function score(selected: readonly Row[]): Score {
  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const result: Score = { right: zero(), total: zero(), mismatches: [] };
  for (const row of selected) {
    const want = wanted(row);
    if (Object.keys(want).length === 0) continue;
    const have = got(parseDecision(readFileSync(join(CORPUS, row.file), "utf8"), row.file).decision);
    for (const field of FIELDS) {
      if (!(field in want)) continue;
      result.total[field]++;
      if (agrees(field, want[field]!, have[field])) result.right[field]++;
      else result.mismatches.push(`${row.reference} ${field}: want ${String(want[field])} got ${String(have[field])}`);
    }
  }
  return result;
}

const overall = (s: Score) => FIELDS.reduce((n, f) => n + s.right[f], 0) / FIELDS.reduce((n, f) => n + s.total[f], 0);
const share = (s: Score, f: Field) => s.right[f] / s.total[f];

function table(name: string, s: Score): string {
  const lines = FIELDS.map(
    (f) =>
      `${f.padEnd(20)} ${String(s.right[f]).padStart(5)} ${String(s.total[f]).padStart(4)} ${(100 * share(s, f)).toFixed(1).padStart(6)}`,
  );
  return [
    `${name}`,
    ...s.mismatches.map((m) => `  ${m}`),
    `${"field".padEnd(20)} right   of   acc%`,
    ...lines,
    `overall ${(100 * overall(s)).toFixed(1)}%`,
  ].join("\n");
}

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
  const scores = Object.fromEntries(Object.entries(halves).map(([name, selected]) => [name, score(selected)])) as Record<
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
