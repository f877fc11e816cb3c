// One shard of the search index, in a process of its own (forked by ./pagefind.ts): takes the
// shard's pages in order, either reading them from the built site or given them one message at a
// time as the build writes them, indexes them through Pagefind's Node API (which runs the Pagefind
// binary as its own child), writes the bundle and exits, so the shard's memory goes back when it is done.

import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { pageForIndex } from "../lib/index-page.ts";

export interface ShardJob {
  /** The bundle directory to write. */
  outputPath: string;
  /** Pages sent to Pagefind before the answer to the first of them is awaited (1: each is awaited). */
  inFlight: number;
  /** Each page given to Pagefind whole, as built, paragraph ids and all (as before #12), not pageForIndex's part of it. */
  asBuilt?: boolean | undefined;
  /** The pages, read from the built site: its folder and the shard's files, relative to it, in order.
   * Without it, the pages come as messages (ShardPage), in order, then ShardEnd. */
  read?: { site: string; files: string[] } | undefined;
}

/** A page of a shard whose pages come as messages: its file in the site and its HTML. */
export interface ShardPage {
  file: string;
  html: string;
}

/** The last message of a shard whose pages come as messages. */
export interface ShardEnd {
  end: true;
}

/** The worker's one message back: pages indexed, or what failed, starting with the file it failed on. */
export type ShardReply = { indexed: number } | { error: string };

/** Pages read ahead of the one being sent, at the least. */
const READ_AHEAD = 8;

const failed = (file: string) => (error: unknown) => {
  throw new Error(`${file}: ${(error as Error).message}`);
};

/** The pages of the built site, in order, each read while those before it are indexed. */
async function* readPages(site: string, files: string[], ahead: number): AsyncGenerator<ShardPage> {
  const reads: Promise<string>[] = [];
  const read = (i: number) => {
    if (!reads[i]) {
      reads[i] = readFile(path.join(site, files[i]!), "utf8");
      // A failed read ahead is reported when its page's turn comes.
      reads[i].catch(() => {});
    }
    return reads[i];
  };
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j <= i + ahead && j < files.length; j++) read(j);
    const file = files[i]!;
    const html = await read(i).catch(failed(file));
    delete reads[i];
    yield { file, html };
  }
}

/** The pages sent to this process, in the order they come, until ShardEnd: taken from the call on,
 * so none is missed while Pagefind starts. */
function sentPages(): AsyncGenerator<ShardPage> {
  const queue: (ShardPage | ShardEnd)[] = [];
  let wake: (() => void) | undefined;
  const take = (message: ShardPage | ShardEnd) => {
    queue.push(message);
    wake?.();
  };
  // The build gone (it failed, and its process ended) before the shard's last page.
  let gone = false;
  const leave = () => {
    gone = true;
    wake?.();
  };
  process.on("message", take);
  process.once("disconnect", leave);
  return (async function* () {
    try {
      for (;;) {
        if (queue.length === 0 && !gone) await new Promise<void>((resolve) => (wake = resolve));
        if (queue.length === 0) throw new Error("the build ended before the shard's last page");
        const message = queue.shift()!;
        if ("end" in message) return;
        yield message;
      }
    } finally {
      process.off("message", take);
      process.off("disconnect", leave);
    }
  })();
}

async function indexShard({ outputPath, inFlight, asBuilt }: ShardJob, pages: AsyncIterable<ShardPage>): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`${outputPath}: ${errors.join("; ")}`);
  let indexed = 0;
  // The index Pagefind writes depends on the order pages reach it, and two builds of the same site
  // must be identical: pages are sent strictly in order. Pagefind handles them one at a time in the
  // order they came, so several are sent before the first answer is awaited, and its reader thread
  // decodes the next page while it indexes one.
  const sent: Promise<void>[] = [];
  for await (const { file, html } of pages) {
    const answer = index
      .addHTMLFile({ url: `/${file.replace(/index\.html$/, "")}`, content: asBuilt ? html : pageForIndex(html) })
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
  const reply = (message: ShardReply) => {
    if (process.connected) process.send!(message, () => process.disconnect());
  };
  const pages = job.read ? readPages(job.read.site, job.read.files, Math.max(READ_AHEAD, job.inFlight)) : sentPages();
  indexShard(job, pages)
    .then(
      (indexed) => reply({ indexed }),
      (error: Error) => reply({ error: error.message }),
    )
    .finally(() => pagefind.close());
});
