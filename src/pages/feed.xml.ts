import type { APIRoute } from "astro";
import { feedResponse } from "../site/feeds.ts";
import { allDecisions } from "../site/site-data.ts";

/** Atom feed of the newest decisions. */
export const GET: APIRoute = async ({ site }) => feedResponse(await allDecisions(), "newest LGSCO decisions", "", site);
