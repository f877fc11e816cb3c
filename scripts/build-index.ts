// Indexes an already built site again, with the code `astro build` runs at its end
// (src/integrations/pagefind.ts): to re-index a dist/ without rebuilding its pages, or to time the
// index alone with a given number of workers (scripts/bench.ts runs it with --jobs 1 --in-flight 1
// --as-built, the index as it was built before #12: one shard at a time, each page's answer
// awaited, each page given to Pagefind whole).
// Usage: tsx scripts/build-index.ts [--site DIR] [--jobs N] [--shard-size PAGES] [--in-flight PAGES] [--as-built] [--silent]
// Defaults: OUT_DIR or dist, INDEX_JOBS or one more than the cores, SEARCH_SHARD_SIZE or 5,000, as `astro build`.

import path from "node:path";
import { parseArgs } from "node:util";
import { indexSite } from "../src/integrations/pagefind.ts";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      site: { type: "string", default: process.env.OUT_DIR ?? "dist" },
      jobs: { type: "string", default: process.env.INDEX_JOBS },
      "shard-size": { type: "string", default: process.env.SEARCH_SHARD_SIZE },
      "in-flight": { type: "string" },
      "as-built": { type: "boolean", default: false },
      silent: { type: "boolean", default: false },
    },
  });
  const whole = (name: string, value: string | undefined) => {
    if (value === undefined || value === "") return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} expects a positive whole number, found '${value}'`);
    return n;
  };
  await indexSite(path.resolve(values.site), {
    jobs: whole("jobs", values.jobs),
    shardSize: whole("shard-size", values["shard-size"]),
    inFlight: whole("in-flight", values["in-flight"]),
    asBuilt: values["as-built"],
    log: values.silent ? undefined : (line) => console.log(line),
  });
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`build-index: ${error.message}`);
    process.exitCode = 1;
  },
);
