import type { APIRoute, GetStaticPaths } from "astro";
import { slugify } from "../../../lib/facets.ts";
import { atomFeed } from "../../../lib/feed.ts";
import { bodyPaths } from "../../../site/site-data.ts";
import { siteBase } from "../../../site/urls.ts";

/** Each named body's own feed of its newest decisions, beside its page. */
export const getStaticPaths = bodyPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { row } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  const slug = slugify(row.name);
  const xml = atomFeed(row.decisions, {
    title: `The casebook: ${row.name}`,
    base: siteBase(site),
    path: `councils/${slug}/feed.xml`,
    page: `councils/${slug}/`,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
