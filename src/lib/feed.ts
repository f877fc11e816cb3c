// Atom feeds of decisions: the site's newest, and each council's, category's and subcategory's
// own. The feed library writes title and summary as type="html" (in CDATA), so a reader renders
// them as HTML: the statement's text is escaped first, so it reads as the words it is, never as
// markup.
import { Feed } from "feed";
import { citation } from "./citation.ts";
import type { Decision } from "./decision/schema.ts";
import { escapeHtml } from "./escape-html.ts";

/** How many of the newest decisions a feed carries. */
export const FEED_SIZE = 50;

export interface FeedOptions {
  title: string;
  /** The absolute URL of the site's base, e.g. https://example.org/casebook/. */
  base: URL;
  /** The feed's own path under the base, e.g. "feed.xml". */
  path: string;
  /** The page the feed is about, under the base ("" for the home page). */
  page: string;
}

/** An Atom feed of the newest FEED_SIZE of `decisions` (given newest first). */
export function atomFeed(decisions: readonly Decision[], options: FeedOptions): string {
  const newest = decisions.slice(0, FEED_SIZE);
  const updated = newest[0] ? new Date(`${newest[0].decisionDate}T00:00:00Z`) : new Date(0);
  const page = new URL(options.page, options.base).href;
  const feed = new Feed({
    title: options.title,
    description: "Decision statements of the Local Government and Social Care Ombudsman",
    // The page the feed is about is its id, as it has always been for the site's feed.
    id: page,
    link: page,
    language: "en-GB",
    updated,
    feedLinks: { atom: new URL(options.path, options.base).href },
    copyright: "Decision statements © Commission for Local Administration in England, re-used under its terms",
  });
  for (const d of newest) {
    const link = new URL(`decisions/${d.slug}/`, options.base).href;
    feed.addItem({
      title: escapeHtml(`${citation(d)}: ${d.outcome}`),
      id: link,
      link,
      date: new Date(`${d.decisionDate}T00:00:00Z`),
      description: escapeHtml(d.summary),
      category: [{ name: d.category }, { name: d.subcategory }, { name: d.outcome }],
    });
  }
  return feed.atom1();
}
