import type { APIRoute } from "astro";
import { atomFeed } from "../lib/feed.ts";
import { allDecisions } from "../site/site-data.ts";
import { siteBase } from "../site/urls.ts";

/** Atom feed of the newest decisions. */
export const GET: APIRoute = async ({ site }) => {
  const xml = atomFeed(await allDecisions(), {
    title: "The casebook: newest LGSCO decisions",
    base: siteBase(site),
    path: "feed.xml",
    page: "",
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
