// Builds the Pagefind index of a built site through Pagefind's Node API, in shards: Pagefind holds
// every page it has read in memory until it writes (about 0.6 MB a decision page), so the pages are
// split into bundles of --shard-size pages, each indexed by a fresh Pagefind process that exits
// before the next starts. Peak memory is one shard's. The first shard is dist/pagefind; shard K is
// dist/pagefind-K, which the search page joins with pagefind.mergeIndex("/pagefind-K/").
// Usage: tsx scripts/build-index.ts [--site DIR] [--under DIR] [--shard-size PAGES] [--concurrency 4]

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import * as pagefind from "pagefind";

async function htmlFiles(site: string, under: string): Promise<string[]> {
  const names = await readdir(path.join(site, under), { recursive: true });
  return names.filter((n) => n.endsWith(".html")).sort().map((n) => path.join(under, n));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      site: { type: "string", default: process.env.OUT_DIR ?? "dist" },
      under: { type: "string", default: "." },
      concurrency: { type: "string", default: "4" },
      "shard-size": { type: "string" },
    },
  });
  const site = path.resolve(values.site);
  const started = Date.now();
  const files = await htmlFiles(site, values.under);
  const shards = values["shard-size"] ? Math.max(1, Math.ceil(files.length / Number(values["shard-size"]))) : 1;
  const concurrency = Number(values.concurrency);
  let indexed = 0;
  for (let shard = 0; shard < shards; shard++) {
    const from = Math.floor((files.length * shard) / shards);
    const to = Math.floor((files.length * (shard + 1)) / shards);
    indexed += await indexShard(site, files.slice(from, to), path.join(site, shard === 0 ? "pagefind" : `pagefind-${shard}`), concurrency);
    // A fresh service per shard: ending the process is what gives its memory back.
    await pagefind.close();
  }
  console.log(`Indexed ${indexed} pages of ${files.length} HTML files in ${shards} shard(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

async function indexShard(site: string, files: string[], outputPath: string, concurrency: number): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  let next = 0;
  let indexed = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const content = await readFile(path.join(site, file), "utf8");
      // Pagefind indexes only pages that mark a body when any page does; others return no words.
      const response = await index.addHTMLFile({ url: `/${file.replace(/index\.html$/, "")}`, content });
      if (response.errors.length > 0) throw new Error(`${file}: ${response.errors.join("; ")}`);
      if (response.file.uniqueWords > 0) indexed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
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
