// One shard of the search index, in a process of its own (forked by ./pagefind.ts): reads the
// shard's pages from the built site in order, indexes them through Pagefind's Node API (which runs
// the Pagefind binary as its own child), writes the bundle and exits, so the shard's memory goes
// back when it is done. It reports its progress as it goes, so the build can tell a slow shard from
// a stalled one, and it exits when the build that forked it is gone.

import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { pageForIndex } from "../lib/index-page.ts";

export interface ShardJob {
  /** The built site's folder. */
  site: string;
  /** The shard's pages, relative to the site, in the index's order. */
  files: string[];
  /** The bundle directory to write. */
  outputPath: string;
}

/** Where the worker is: the build fails naming it if it stays there too long. */
export type ShardStep = { step: "started" } | { step: "adding"; added: number } | { step: "writing" };

/** The worker's last message: pages indexed, or what failed, starting with the file it failed on. */
export type ShardReply = ShardStep | { indexed: number } | { error: string };

/**
 * Pages sent to Pagefind before the answer to the first is awaited. Pagefind handles them one at a
 * time in the order they came, so its reader decodes the next page while it indexes one.
 */
const IN_FLIGHT = 16;
/** Pages added between two progress reports. */
const REPORT_EVERY = 50;

const failed = (file: string) => (error: unknown) => {
  throw new Error(`${file}: ${(error as Error).message}`);
};

/** The pages of the built site, in order, each read while those before it are indexed. */
async function* readPages(site: string, files: string[]): AsyncGenerator<{ file: string; html: string }> {
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
    for (let j = i + 1; j <= i + IN_FLIGHT && j < files.length; j++) void read(j);
    const file = files[i]!;
    const html = await read(i).catch(failed(file));
    delete reads[i];
    yield { file, html };
  }
}

async function indexShard({ site, files, outputPath }: ShardJob, report: (step: ShardStep) => void): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`${outputPath}: ${errors.join("; ")}`);
  report({ step: "started" });
  let indexed = 0;
  let added = 0;
  // The bundle Pagefind writes depends on the order pages reach it, and two builds of the same
  // site must be identical: pages are sent strictly in order, answers awaited in order.
  const sent: Promise<void>[] = [];
  for await (const { file, html } of readPages(site, files)) {
    const answer = index
      .addHTMLFile({ url: `/${file.replace(/index\.html$/, "")}`, content: pageForIndex(html) })
      .then((response) => {
        if (response.errors.length > 0) throw new Error(response.errors.join("; "));
        if (response.file.uniqueWords > 0) indexed++;
        if (++added % REPORT_EVERY === 0) report({ step: "adding", added });
      })
      .catch(failed(file));
    // A failure is reported when its page's answer is awaited, in order.
    answer.catch(() => {});
    sent.push(answer);
    if (sent.length >= IN_FLIGHT) await sent.shift();
  }
  for (const answer of sent) await answer;
  report({ step: "writing" });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`${outputPath}: ${written.errors.join("; ")}`);
  return indexed;
}

let finished = false;
const send = (message: ShardReply, then?: () => void) => {
  if (process.connected) process.send!(message, () => then?.());
};
// The build gone (interrupted, or failed elsewhere): nothing is left to write the bundle for.
process.once("disconnect", () => {
  if (!finished) process.exit(1);
});
process.once("message", (job: ShardJob) => {
  // The channel alone does not keep the worker alive: if Pagefind's process dies without
  // answering, nothing is left to wait for, and the worker ends without a reply.
  process.channel?.unref();
  const reply = (message: ShardReply) => {
    finished = true;
    send(message, () => process.disconnect());
  };
  indexShard(job, send)
    .then(
      (indexed) => reply({ indexed }),
      (error: Error) => reply({ error: error.message }),
    )
    .finally(() => pagefind.close());
});
