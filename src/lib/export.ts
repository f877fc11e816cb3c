// The records as data: CSV rows with the columns README documents, formula cells neutralised,
// unknowns left empty (never "false" or "0"), and a byte-order mark so spreadsheets read £ right.
// csv-stringify's browser build (it carries its own Buffer), so the search page's CSV of its results
// is written by this same function.
import { stringify } from "csv-stringify/browser/esm/sync";
import { CSV_COLUMNS, csvRow } from "./csv-row.ts";
import type { Decision } from "./decision/schema.ts";

export { CSV_COLUMNS, csvRow, safeCell } from "./csv-row.ts";

/** A CSV file of decisions, one row each; `urlOf` gives a decision's page on this site. */
export function decisionsCsv(decisions: readonly Decision[], urlOf: (d: Decision) => string): string {
  return rowsCsv(decisions.map((d) => csvRow(d, urlOf(d))));
}

/** A CSV file of rows made by csvRow, under the header of CSV_COLUMNS. */
export function rowsCsv(rows: readonly string[][]): string {
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: "\r\n" });
}
