import type { APIRoute, GetStaticPaths } from "astro";
import { slugify } from "../../../lib/facets.ts";
import { feedResponse } from "../../../site/feeds.ts";
import { bodyFilePaths } from "../../../site/site-data.ts";

/** Each named body's own feed of its newest decisions, beside its page. */
export const getStaticPaths = (() => bodyFilePaths("council feeds", "feed.xml")) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { name, decisions } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return feedResponse(decisions, name, `councils/${slugify(name)}/`, site);
};
