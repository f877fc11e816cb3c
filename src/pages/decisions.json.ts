import type { APIRoute } from "astro";
import { absoluteUrl } from "../lib/publish.ts";
import { likenessFields } from "../lib/related.ts";
import { allDecisions, decisionLikeness, likenessOf } from "../site/site-data.ts";
import { decisionUrl } from "../site/urls.ts";
import { jsonResponse } from "../site/json-response.ts";

/**
 * Every record, newest first, without the statement text; `url` is its page on this site
 * (officialUrl the Ombudsman's); `related`, `jointParts` and `paymentPlace` are what its page shows
 * of the decisions like it.
 */
export const GET: APIRoute = async ({ site }) => {
  const figures = await decisionLikeness();
  const decisions = (await allDecisions()).map((d) => {
    const { likeness, place } = likenessOf(figures, d.slug);
    return { ...d, url: absoluteUrl(decisionUrl(d.slug), site), ...likenessFields(likeness, place) };
  });
  return jsonResponse(JSON.stringify(decisions));
};
