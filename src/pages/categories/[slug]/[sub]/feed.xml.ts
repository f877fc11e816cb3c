import type { APIRoute, GetStaticPaths } from "astro";
import { atomFeed } from "../../../../lib/feed.ts";
import { categoryFeedPaths } from "../../../../site/site-data.ts";
import { siteBase } from "../../../../site/urls.ts";

/** Each subcategory's own feed of its newest decisions, beside its page. */
export const getStaticPaths = (async () => (await categoryFeedPaths()).subcategories) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { feed } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  const xml = atomFeed(feed.decisions, {
    title: `The casebook: ${feed.title}`,
    base: siteBase(site),
    path: `${feed.page}feed.xml`,
    page: feed.page,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
