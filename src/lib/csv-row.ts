// A decision as a CSV row: the columns README documents, formula cells neutralised, unknowns left
// empty (never "false" or "0"). Apart from export.ts so the search page's CSV can use it in the browser.
import { remedyKinds } from "./payments.ts";
import { provisionLabel } from "./decision/legislation-links.ts";
import type { Decision } from "./decision/schema.ts";

/** The fields of a record for JSON/CSV export: everything but the body. */
export const CSV_COLUMNS = [
  "reference",
  "slug",
  "council",
  "bodyType",
  "category",
  "subcategory",
  "outcome",
  "decisionDate",
  "summary",
  "complainant",
  "complete",
  "faultFound",
  "injustice",
  "closureReason",
  "paragraphCount",
  "remediesKnown",
  "paymentTotalGBP",
  "paymentsWithoutAmount",
  "remedyKinds",
  "remedies",
  "faults",
  "legislation",
  "sections",
  "officialUrl",
  "url",
] as const;

/** A cell for a value that may be unknown: empty, never "false" or "0". */
const unknownable = (value: boolean | number | null): string => (value === null ? "" : String(value));

/** Neutralises spreadsheet formulas: a cell starting with = + - @ (or tab/CR) gets a leading quote. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** `url`: the decision's page on this site (absolute), empty when not given. */
export function csvRow(d: Decision, url = ""): string[] {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    reference: d.reference,
    slug: d.slug,
    council: d.council ?? "",
    bodyType: d.bodyType,
    category: d.category,
    subcategory: d.subcategory,
    outcome: d.outcome,
    decisionDate: d.decisionDate,
    summary: d.summary,
    complainant: d.complainant ?? "",
    complete: String(d.complete),
    faultFound: unknownable(d.faultFound),
    injustice: unknownable(d.injustice),
    closureReason: d.closureReason ?? "",
    paragraphCount: String(d.paragraphCount),
    remediesKnown: String(d.remediesKnown),
    paymentTotalGBP: unknownable(d.paymentTotalGBP),
    paymentsWithoutAmount: String(d.paymentsWithoutAmount),
    remedyKinds: remedyKinds(d).join("; "),
    remedies: d.remedies
      .map((r) => (r.amountGBP === undefined ? `${r.kind}: ${r.text}` : `${r.kind} (£${r.amountGBP}): ${r.text}`))
      .join(" | "),
    faults: d.faults.map((f) => `p${f.paragraph}: ${f.text}`).join(" | "),
    legislation: d.legislation
      .map((l) => [l.title, l.sections.map((s) => provisionLabel(l.title, s)).join(", ")].join(" ").trim())
      .join("; "),
    sections: d.sections.join("; "),
    officialUrl: d.officialUrl,
    url,
  };
  return CSV_COLUMNS.map((c) => safeCell(cells[c]));
}
