// Every feed of the site answers the same way: the Atom feed of some decisions, beside the page
// they are about ("councils/kent-county-council/feed.xml"), titled "The casebook: …".
import { atomFeed } from "../lib/feed.ts";
import type { Decision } from "../lib/decision/schema.ts";
import { siteBase } from "./urls.ts";

/** The feed of `decisions` (newest first) for the page at `page` under the base ("" for the home page). */
export function feedResponse(decisions: readonly Decision[], title: string, page: string, site: URL | undefined): Response {
  const xml = atomFeed(decisions, { title: `The casebook: ${title}`, base: siteBase(site), path: `${page}feed.xml`, page });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
