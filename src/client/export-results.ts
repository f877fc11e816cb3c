// "Download these results (CSV)": the rows of decisions.csv for a search's results, in the
// results' order. Each result's rows file (src/lib/export-rows.ts) is fetched once, so a search of
// ten decisions fetches a few small files, never the whole casebook.
import { countOf } from "../lib/count-words.ts";
import { rowsFileOf, type RowsFile } from "../lib/export-rows.ts";
import { rowsCsv } from "../lib/export.ts";
import { slugOf } from "../lib/search-query.ts";
import type { PagefindResult, PagefindResultData } from "./search-index.ts";

/** How many requests the export has in flight at once. */
const AT_ONCE = 8;
/** How long one rows file, or one result's data, may take before the export gives up. */
const FILE_TIMEOUT_MS = 20_000;

/** The CSV of these results; throws, saying which file, when one cannot be fetched in time. */
export async function resultsCsv(base: string, results: readonly PagefindResult[]): Promise<string> {
  const slugs = await inBatches(results, (r) => dataOf(r).then((d) => slugOf(d.raw_url ?? d.url)));
  const names = [...new Set(slugs.map(rowsFileOf))];
  const files = new Map(names.map((name, i) => [name, i]));
  const contents = await inBatches(names, (name) => rowsFileAt(`${base}export/rows/${name}.json`));
  return rowsCsv(
    slugs.map((slug) => {
      const name = rowsFileOf(slug);
      const row = contents[files.get(name)!]![slug];
      if (row === undefined) throw new Error(`${base}export/rows/${name}.json has no row for ${slug}; the site may be mid-update`);
      return row;
    }),
  );
}

/** A result's data from Pagefind, or an error when it has not come in FILE_TIMEOUT_MS. */
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let timer: number | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(`a result's data: no answer in ${FILE_TIMEOUT_MS / 1000} s`)), FILE_TIMEOUT_MS);
  });
  return Promise.race([result.data(), late]).finally(() => clearTimeout(timer));
}

async function rowsFileAt(url: string): Promise<RowsFile> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FILE_TIMEOUT_MS) });
  } catch (e) {
    const why = e instanceof DOMException && e.name === "TimeoutError" ? `no answer in ${FILE_TIMEOUT_MS / 1000} s` : String(e);
    throw new Error(`${url}: ${why}`, { cause: e });
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as RowsFile;
}

/** `work` for every item, at most AT_ONCE at a time, results in the items' order. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += AT_ONCE) out.push(...(await Promise.all(items.slice(i, i + AT_ONCE).map(work))));
  return out;
}

/**
 * Downloads the CSV of these results, or decisions.csv for the list of every decision (its rows,
 * newest first), disabling the button meanwhile and saying in `status` what went wrong.
 */
export async function downloadResults(
  button: HTMLButtonElement,
  status: HTMLElement,
  base: string,
  results: readonly PagefindResult[] | "every decision",
) {
  if (results === "every decision") return save(`${base}decisions.csv`, "decisions.csv");
  button.disabled = true;
  status.textContent = `Preparing ${countOf(results.length, "row")}…`;
  try {
    const href = URL.createObjectURL(new Blob([await resultsCsv(base, results)], { type: "text/csv;charset=utf-8" }));
    save(href, "decisions-search.csv");
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    status.textContent = "";
  } catch (e) {
    const all = Object.assign(document.createElement("a"), { href: `${base}decisions.csv`, textContent: "download all decisions as CSV" });
    status.replaceChildren(`The CSV could not be made (${e instanceof Error ? e.message : String(e)}). Try again, or `, all, ".");
  } finally {
    button.disabled = false;
  }
}

function save(href: string, name: string) {
  const a = Object.assign(document.createElement("a"), { href, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}
