import type { APIRoute, GetStaticPaths } from "astro";
import { byRowsFile, rowsFile } from "../../../lib/export-rows.ts";
import { absoluteUrl } from "../../../lib/publish.ts";
import { allDecisions, pathsToBuild } from "../../../site/site-data.ts";
import { decisionUrl } from "../../../site/urls.ts";

/**
 * The rows of decisions.csv in small files by reference (src/lib/export-rows.ts), for the search
 * page's CSV export. A file is its decisions' rows alone, so one whose decisions are unchanged is
 * kept from the last build.
 */
export const getStaticPaths = (async () =>
  pathsToBuild(
    "export row files",
    [...byRowsFile(await allDecisions())].map(([file, decisions]) => ({ params: { file }, props: { decisions } })),
    (p) => `export/rows/${p.params.file}.json`,
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { decisions } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];
  return Response.json(rowsFile(decisions, (d) => absoluteUrl(decisionUrl(d.slug), site)));
};
