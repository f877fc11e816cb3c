// One shard of the search index, in a process of its own (forked by ./pagefind.ts): receives the
// shard's pages in order, indexes them through Pagefind's Node API (which runs the Pagefind binary
// as its own child), writes the bundle and exits, so the shard's memory goes back when it is done.

import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { pageForIndex } from "../lib/index-page.ts";

export interface ShardJob {
  /** The built site. */
  site: string;
  /** The shard's pages, relative to the site, in the order they are indexed. */
  files: string[];
  /** The bundle directory to write. */
  outputPath: string;
  /** Pages sent to Pagefind before the answer to the first of them is awaited (1: each is awaited). */
  inFlight: number;
  /** Each page given to Pagefind whole, as built, paragraph ids and all (as before #12), not pageForIndex's part of it. */
  asBuilt?: boolean | undefined;
}

/** The worker's one message back: pages indexed, or what failed, starting with the file it failed on. */
export type ShardReply = { indexed: number } | { error: string };

/** Pages read ahead of the one being sent, at the least. */
const READ_AHEAD = 8;

async function indexShard({ site, files, outputPath, inFlight, asBuilt }: ShardJob): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`${outputPath}: ${errors.join("; ")}`);
  let indexed = 0;
  const reads: Promise<string>[] = [];
  const read = (i: number) => {
    if (!reads[i]) {
      reads[i] = readFile(path.join(site, files[i]!), "utf8");
      // A failed read ahead is reported when its page's turn comes.
      reads[i].catch(() => {});
    }
    return reads[i];
  };
  const failed = (file: string) => (error: unknown) => {
    throw new Error(`${file}: ${(error as Error).message}`);
  };
  // The index Pagefind writes depends on the order pages reach it, and two builds of the same site
  // must be identical: pages are sent strictly in order. Pagefind handles them one at a time in the
  // order they came, so several are sent before the first answer is awaited, and its reader thread
  // decodes the next page while it indexes one.
  const sent: Promise<void>[] = [];
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j <= i + Math.max(READ_AHEAD, inFlight) && j < files.length; j++) read(j);
    const file = files[i]!;
    const content = await read(i).catch(failed(file));
    delete reads[i];
    const answer = index
      .addHTMLFile({ url: `/${file.replace(/index\.html$/, "")}`, content: asBuilt ? content : pageForIndex(content) })
      .then((response) => {
        if (response.errors.length > 0) throw new Error(response.errors.join("; "));
        if (response.file.uniqueWords > 0) indexed++;
      })
      .catch(failed(file));
    // A failure is reported when its page's answer is awaited, in order.
    answer.catch(() => {});
    sent.push(answer);
    if (sent.length >= inFlight) await sent.shift();
  }
  for (const answer of sent) await answer;
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`${outputPath}: ${written.errors.join("; ")}`);
  return indexed;
}

process.once("message", (job: ShardJob) => {
  const reply = (message: ShardReply) => process.send!(message, () => process.disconnect());
  indexShard(job)
    .then(
      (indexed) => reply({ indexed }),
      (error: Error) => reply({ error: error.message }),
    )
    .finally(() => pagefind.close());
});
