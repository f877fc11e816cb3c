// Scores the derived fields of statements (fault, injustice, remedies, payment total, closure
// reason) against hand labels in the corpus's format (tests/fixtures/corpus/derived-labels.tsv), by
// the rules of the official scorer (derived_check.py): `unknown` and blank cells are not scored;
// apology and service improvement are "any remedy of that kind"; a null payment total reads as 0;
// the closure reason is compared where it is labelled.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { parseDecision } from "../../src/lib/decision/parse.ts";
import type { Decision } from "../../src/lib/decision/schema.ts";

export const FIELDS = ["fault", "injustice", "apology", "payment_gbp", "service_improvement", "closure_reason"] as const;
export type Field = (typeof FIELDS)[number];
type Value = boolean | number | string | null;

export interface Row {
  reference: string;
  file: string;
  fault: string;
  injustice: string;
  apology: string;
  payment_gbp: string;
  service_improvement: string;
  not_investigated_reason: string;
}

/** The rows of a labels file. */
export function readLabels(file: string): Row[] {
  return parse(readFileSync(file, "utf8"), { delimiter: "\t", columns: true, relax_quotes: true }) as Row[];
}

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

export interface Score {
  right: Record<Field, number>;
  total: Record<Field, number>;
  mismatches: string[];
}

/** The score of the labelled rows, each statement read from `folder` (where the labels file is). */
export function score(folder: string, selected: readonly Row[]): Score {
  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const result: Score = { right: zero(), total: zero(), mismatches: [] };
  for (const row of selected) {
    const want = wanted(row);
    if (Object.keys(want).length === 0) continue;
    const have = got(parseDecision(readFileSync(join(folder, row.file), "utf8"), row.file).decision);
    for (const field of FIELDS) {
      if (!(field in want)) continue;
      result.total[field]++;
      if (agrees(field, want[field]!, have[field])) result.right[field]++;
      else result.mismatches.push(`${row.reference} ${field}: want ${String(want[field])} got ${String(have[field])}`);
    }
  }
  return result;
}

export const overall = (s: Score) => FIELDS.reduce((n, f) => n + s.right[f], 0) / FIELDS.reduce((n, f) => n + s.total[f], 0);
export const share = (s: Score, f: Field) => s.right[f] / s.total[f];

export function table(name: string, s: Score): string {
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
