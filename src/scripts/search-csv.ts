// The search page's CSV of its results, loaded only when asked for: the same columns, cells and
// byte-order mark as /decisions.csv (src/lib/csv-row.ts, as src/lib/export.ts), built from /decisions.json's records.
// Quoted by hand as csv-stringify quotes (a cell with a comma, quote or line break), since its
// browser build needs Node's Buffer.
import type { Decision } from "../lib/decision/schema.ts";
import { CSV_COLUMNS, csvRow } from "../lib/csv-row.ts";

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export function csvText(records: Record<string, unknown>[]): string {
  const rows = [[...CSV_COLUMNS], ...records.map((d) => csvRow(d as unknown as Decision, String(d.url ?? "")))];
  return `\ufeff${rows.map((r) => r.map(quote).join(",")).join("\r\n")}\r\n`;
}
