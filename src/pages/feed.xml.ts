import type { APIRoute } from "astro";
import { Feed } from "feed";
import { citation } from "../lib/casebook.ts";
import { allDecisions } from "../lib/site-data.ts";

/**
 * The feed library writes title and summary as type="html" (in CDATA), so a reader renders them as
 * HTML: the statement's text is escaped first, so it reads as the words it is, never as markup.
 */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Atom feed of the newest 50 decisions. */
export const GET: APIRoute = async ({ site }) => {
  const base = new URL(import.meta.env.BASE_URL.replace(/\/?$/, "/"), site);
  const decisions = (await allDecisions()).slice(0, 50);
  const updated = decisions[0] ? new Date(`${decisions[0].decisionDate}T00:00:00Z`) : new Date(0);
  const feed = new Feed({
    title: "The casebook: newest LGSCO decisions",
    description: "Decision statements of the Local Government and Social Care Ombudsman",
    id: base.href,
    link: base.href,
    language: "en-GB",
    updated,
    feedLinks: { atom: new URL("feed.xml", base).href },
    copyright: "Decision statements © Commission for Local Administration in England, re-used under its terms",
  });
  for (const d of decisions) {
    const link = new URL(`decisions/${d.slug}/`, base).href;
    feed.addItem({
      title: escapeHtml(`${citation(d)}: ${d.outcome}`),
      id: link,
      link,
      date: new Date(`${d.decisionDate}T00:00:00Z`),
      description: escapeHtml(d.summary),
      category: [{ name: d.category }, { name: d.subcategory }, { name: d.outcome }],
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
