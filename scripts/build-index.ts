// Builds the Pagefind index of a built site through Pagefind's Node API, in shards: Pagefind holds
// every page it has read in memory until it writes (about 0.6 MB a decision page), so the pages are
// split into bundles of --shard-size pages (default SHARD_SIZE, src/lib/search-shards.ts), each
// indexed by a fresh Pagefind process that exits before the next starts. Peak memory is one shard's.
//
// Pages go into shards in order of their sort key (--order-by, default "date": the page's
// data-pagefind-sort="date:..."), oldest first, so that a sorted search can take shard after shard
// (src/scripts/search.ts). Shard 0 is dist/pagefind, shard K is dist/pagefind-K; the list is written
// to dist/pagefind/shards.json, and a page carrying data-shards (the search page) must name the same
// extra bundles, or the build fails.
//
// `npm run build` runs: tsx scripts/build-index.ts --site ${OUT_DIR:-dist} --under decisions
// Usage: tsx scripts/build-index.ts [--site DIR] [--under DIR] [--shard-size PAGES] [--order-by KEY] [--read-ahead 8] [--silent]

import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import * as pagefind from "pagefind";
import { SHARD_SIZE, bundleDirs, shardCount, shardRange } from "../src/lib/search-shards.ts";

async function htmlFiles(site: string, under: string): Promise<string[]> {
  const names = await readdir(path.join(site, under), { recursive: true });
  return names.filter((n) => n.endsWith(".html")).sort().map((n) => path.join(under, n));
}

/** Files ordered by their page's sort key (pages without one first), then by path. */
async function orderBy(site: string, files: string[], key: string): Promise<string[]> {
  const pattern = new RegExp(`data-pagefind-sort="${key}:([^"]*)"`);
  const keys = new Map<string, string>();
  for (let i = 0; i < files.length; i += 64) {
    const batch = files.slice(i, i + 64);
    const texts = await Promise.all(batch.map((f) => readFile(path.join(site, f), "utf8")));
    batch.forEach((f, j) => keys.set(f, pattern.exec(texts[j]!)?.[1] ?? ""));
  }
  return [...files].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      site: { type: "string", default: process.env.OUT_DIR ?? "dist" },
      under: { type: "string", default: "." },
      "read-ahead": { type: "string", default: "8" },
      "shard-size": { type: "string", default: String(SHARD_SIZE) },
      "order-by": { type: "string", default: "date" },
      silent: { type: "boolean", default: false },
    },
  });
  const site = path.resolve(values.site);
  const started = Date.now();
  const files = await orderBy(site, await htmlFiles(site, values.under), values["order-by"]);
  const shards = shardCount(files.length, Number(values["shard-size"]));
  const dirs = bundleDirs(shards);
  const readAhead = Number(values["read-ahead"]);

  // Bundles of an earlier build (which may have had more shards) go first.
  for (const name of readdirSync(site)) if (name === "pagefind" || /^pagefind-\d+$/.test(name)) rmSync(path.join(site, name), { recursive: true, force: true });

  let indexed = 0;
  const pages: number[] = [];
  for (let shard = 0; shard < shards; shard++) {
    const [from, to] = shardRange(files.length, shards, shard);
    const n = await indexShard(site, files.slice(from, to), path.join(site, dirs[shard]!), readAhead);
    pages.push(n);
    indexed += n;
    // A fresh service per shard: ending the process is what gives its memory back.
    await pagefind.close();
  }
  writeFileSync(path.join(site, "pagefind/shards.json"), `${JSON.stringify({ bundles: dirs, pages, orderedBy: values["order-by"] })}\n`);
  checkSearchPage(site, dirs.slice(1));
  if (!values.silent) console.log(`Indexed ${indexed} pages of ${files.length} HTML files in ${shards} shard(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

/** The search page names the extra bundles it merges (data-shards); they must be the ones written. */
function checkSearchPage(site: string, extra: string[]): void {
  const page = path.join(site, "search/index.html");
  if (!existsSync(page)) return;
  const html = readFileSync(page, "utf8");
  const named = /data-shards="([^"]*)"/.exec(html)?.[1];
  if (named === undefined) return;
  const bundles = named.split(" ").filter(Boolean).map((u) => /([^/]+\/)$/.exec(u)?.[1] ?? u);
  if (bundles.join(" ") !== extra.join(" ")) {
    throw new Error(`search/index.html merges [${bundles.join(", ")}] but the index has extra bundles [${extra.join(", ")}]: the page count or --shard-size differs from src/lib/search-shards.ts`);
  }
}

async function indexShard(site: string, files: string[], outputPath: string, readAhead: number): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  let indexed = 0;
  // Files are read ahead, but added strictly in order, one at a time: the index Pagefind writes
  // depends on the order pages reach it, and two builds of the same site must be identical.
  const reads: Promise<string>[] = [];
  const read = (i: number) => (reads[i] ??= readFile(path.join(site, files[i]!), "utf8"));
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j <= i + readAhead && j < files.length; j++) void read(j);
    const file = files[i]!;
    const content = await read(i);
    delete reads[i];
    // Pagefind indexes only pages that mark a body when any page does; others return no words.
    const response = await index.addHTMLFile({ url: `/${file.replace(/index\.html$/, "")}`, content });
    if (response.errors.length > 0) throw new Error(`${file}: ${response.errors.join("; ")}`);
    if (response.file.uniqueWords > 0) indexed++;
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join("; "));
  return indexed;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`build-index: ${error.message}`);
    process.exitCode = 1;
  },
);
