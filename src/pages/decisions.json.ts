import type { APIRoute } from "astro";
import { absoluteUrl } from "../lib/publish.ts";
import { allDecisions } from "../site/site-data.ts";
import { decisionUrl } from "../site/urls.ts";

/** Every record, newest first, without the statement text; `url` is its page on this site (officialUrl the Ombudsman's). */
export const GET: APIRoute = async ({ site }) => {
  const decisions = (await allDecisions()).map((d) => ({ ...d, url: absoluteUrl(decisionUrl(d.slug), site) }));
  return new Response(JSON.stringify(decisions), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
