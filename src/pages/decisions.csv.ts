import type { APIRoute } from "astro";
import { decisionsCsv } from "../lib/export.ts";
import { absoluteUrl } from "../lib/publish.ts";
import { allDecisions } from "../site/site-data.ts";
import { decisionUrl } from "../site/urls.ts";

/** Every decision, one row each (src/lib/export.ts). */
export const GET: APIRoute = async ({ site }) => {
  const csv = decisionsCsv(await allDecisions(), (d) => absoluteUrl(decisionUrl(d.slug), site));
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
