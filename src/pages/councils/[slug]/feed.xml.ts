import type { APIRoute, GetStaticPaths } from "astro";
import { slugify } from "../../../lib/facets.ts";
import { feedResponse } from "../../../site/feeds.ts";
import { bodyPaths } from "../../../site/site-data.ts";

/** Each named body's own feed of its newest decisions, beside its page. */
export const getStaticPaths = bodyPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { row } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return feedResponse(row.decisions, row.name, `councils/${slugify(row.name)}/`, site);
};
