import type { APIRoute, GetStaticPaths } from "astro";
import { feedResponse } from "../../../site/feeds.ts";
import { categoryFeedPaths } from "../../../site/site-data.ts";

/** Each category's own feed of its newest decisions, beside its page. */
export const getStaticPaths = (async () => (await categoryFeedPaths()).categories) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { feed } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return feedResponse(feed.decisions, feed.title, feed.page, site);
};
