// Hands each decision page, as `astro build` writes it, to the search index built meanwhile
// (src/site/built-pages.ts), after the plan of every page in the index's order. Outside a build
// with the index's receiver set, it does nothing.
import { defineMiddleware } from "astro:middleware";
import { decisionPageFile } from "./lib/index-page.ts";
import { builtPages, type BuiltPages } from "./site/built-pages.ts";
import { indexPlan } from "./site/site-data.ts";

/** The decision pages' route (src/pages/decisions/[slug].astro). */
const DECISION_ROUTE = "/decisions/[slug]";

const planned = new WeakMap<BuiltPages, Promise<void>>();

export const onRequest = defineMiddleware(async (context, next) => {
  const receiver = builtPages();
  if (!receiver || context.routePattern !== DECISION_ROUTE) return next();
  if (!planned.has(receiver))
    planned.set(
      receiver,
      indexPlan().then((files) => receiver.plan(files)),
    );
  await planned.get(receiver);
  const response = await next();
  const html = await response.text();
  receiver.page(decisionPageFile(context.params["slug"]!), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
