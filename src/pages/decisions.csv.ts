import type { APIRoute } from "astro";
import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS, csvRow } from "../lib/casebook.ts";
import { absoluteUrl } from "../lib/publish.ts";
import { allDecisions } from "../lib/site-data.ts";
import { decisionUrl } from "../lib/urls.ts";

/**
 * One row per decision; list fields joined with " | ". Formula-like cells are neutralised. A UTF-8
 * byte-order mark leads, so spreadsheet software reads £ and accents as they are.
 */
export const GET: APIRoute = async ({ site }) => {
  const decisions = await allDecisions();
  const csv = stringify([[...CSV_COLUMNS], ...decisions.map((d) => csvRow(d, absoluteUrl(decisionUrl(d.slug), site)))], { bom: true, record_delimiter: "\r\n" });
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
