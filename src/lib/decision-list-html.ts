// The items of a list of decisions (a facet's pages, the archive's, the home page's newest) as HTML.
// A decision is listed on its council's, category's, subcategory's, outcome's and year's pages and
// the archive's, so each item is written once a build, as one string, and reused: a fraction of the
// cost of the same item rendered element by element through components. Every text is escaped.

import { BODY_NOT_NAMED } from "./citation.ts";
import { formatDate } from "./dates.ts";
import type { Decision } from "./decision/schema.ts";
import { escapeHtml } from "./escape-html.ts";
import { statedSumText } from "./payments.ts";

type Listed = Pick<
  Decision,
  | "slug"
  | "reference"
  | "council"
  | "decisionDate"
  | "outcome"
  | "category"
  | "subcategory"
  | "summary"
  | "complete"
  | "paymentTotalGBP"
  | "paymentsWithoutAmount"
>;

const SEPARATOR = `<span aria-hidden="true"> · </span>`;

/**
 * One decision's item: its body and reference linked to `href`, then its date, outcome, category
 * and subcategory, the payment agreed when one states an amount (and "and more" beside payments
 * of no stated amount), "Excerpt" for an excerpt, and its summary.
 */
export function decisionItemHtml(d: Listed, href: string): string {
  const outcomeClass = `outcome outcome-${d.outcome.toLowerCase().replaceAll(" ", "-")}`;
  const sum = statedSumText(d);
  const paid = sum === null ? "" : `${SEPARATOR}${escapeHtml(`${sum} agreed`)}`;
  const excerpt = d.complete ? "" : `${SEPARATOR}<span class="excerpt">Excerpt</span>`;
  return (
    `<li><article>` +
    `<h3 class="title"><a href="${escapeHtml(href)}">${escapeHtml(d.council ?? BODY_NOT_NAMED)}<span class="ref"> (${escapeHtml(d.reference)})</span></a></h3>` +
    `<p class="meta"><time datetime="${escapeHtml(d.decisionDate)}">${escapeHtml(formatDate(d.decisionDate))}</time>` +
    `${SEPARATOR}<span class="${escapeHtml(outcomeClass)}">${escapeHtml(d.outcome)}</span>` +
    `${SEPARATOR}${escapeHtml(`${d.category} › ${d.subcategory}`)}${paid}${excerpt}</p>` +
    `<p class="summary">${escapeHtml(d.summary)}</p>` +
    `</article></li>`
  );
}

/**
 * A writer of the items of lists of decisions whose pages are at `hrefOf(slug)`: each decision's
 * item is written the first time it is listed and taken from memory after (by the record, so a
 * record made again, as the dev server makes them, is written again).
 */
export function decisionListWriter(hrefOf: (slug: string) => string): (decisions: readonly Listed[]) => string {
  const written = new WeakMap<Listed, string>();
  return (decisions) => {
    let html = "";
    for (const d of decisions) {
      let item = written.get(d);
      if (item === undefined) {
        item = decisionItemHtml(d, hrefOf(d.slug));
        written.set(d, item);
      }
      html += item;
    }
    return html;
  };
}
