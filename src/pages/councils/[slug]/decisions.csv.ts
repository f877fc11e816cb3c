import type { APIRoute, GetStaticPaths } from "astro";
import { decisionsCsv } from "../../../lib/export.ts";
import { absoluteUrl } from "../../../lib/publish.ts";
import { bodyFilePaths } from "../../../site/site-data.ts";
import { decisionUrl } from "../../../site/urls.ts";

/** Each named body's decisions, newest first, with the columns of decisions.csv. */
export const getStaticPaths = (() => bodyFilePaths("council CSV files", "decisions.csv")) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { decisions } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  const csv = decisionsCsv(decisions, (d) => absoluteUrl(decisionUrl(d.slug), site));
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
