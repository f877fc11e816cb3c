// The CSV rows of every decision, split into small files that a search's CSV export fetches only
// as its results need them. A decision's file is named by the first seven digits of its reference
// ("21-003-8" holds 21 003 800 to 21 003 899), so the browser finds it from the slug alone and each
// file holds a few dozen rows however large the archive grows.
import type { Decision } from "./decision/schema.ts";
import { csvRow } from "./csv-row.ts";

/** The name of the rows file that holds a decision: "21-003-8" for "21-003-813" and "21-003-813b". */
export function rowsFileOf(slug: string): string {
  const key = /^\d{2}-\d{3}-\d/.exec(slug)?.[0];
  if (key === undefined) throw new Error(`not a decision's slug: '${slug}' (expected one such as '21-018-990')`);
  return key;
}

/** A rows file's content: each decision's CSV cells by its slug. */
export type RowsFile = Record<string, string[]>;

/** The decisions of each rows file, by the file's name; names and slugs in order. */
export function byRowsFile(decisions: readonly Decision[]): Map<string, Decision[]> {
  const files = new Map<string, Decision[]>();
  for (const d of [...decisions].sort((a, b) => order(a.slug, b.slug))) {
    const name = rowsFileOf(d.slug);
    const file = files.get(name);
    if (file === undefined) files.set(name, [d]);
    else file.push(d);
  }
  return new Map([...files].sort(([a], [b]) => order(a, b)));
}

/** A rows file of these decisions; `urlOf` gives a decision's page on this site. */
export function rowsFile(decisions: readonly Decision[], urlOf: (d: Decision) => string): RowsFile {
  return Object.fromEntries(decisions.map((d) => [d.slug, csvRow(d, urlOf(d))]));
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
