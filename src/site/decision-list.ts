// The site's lists of decisions as HTML, each decision's item written once a build
// (src/lib/decision-list-html.ts) and linked to its page on this site.
import { decisionListWriter } from "../lib/decision-list-html.ts";
import { decisionUrl } from "./urls.ts";

export const decisionListHtml = decisionListWriter(decisionUrl);
