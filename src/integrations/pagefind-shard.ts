// One shard of the search index, in a process of its own (forked by ./pagefind.ts): receives the
// shard's pages in order, indexes them through Pagefind's Node API (which runs the Pagefind binary
// as its own child), writes the bundle and exits, so the shard's memory goes back when it is done.

import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

export interface ShardJob {
  /** The built site. */
  site: string;
  /** The shard's pages, relative to the site, in the order they are indexed. */
  files: string[];
  /** The bundle directory to write. */
  outputPath: string;
}

/** The worker's one message back: pages indexed, or what failed, starting with the file it failed on. */
export type ShardReply = { indexed: number } | { error: string };

/** Pages read ahead of the one being indexed. */
const READ_AHEAD = 8;

async function indexShard({ site, files, outputPath }: ShardJob): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`${outputPath}: ${errors.join("; ")}`);
  let indexed = 0;
  // Files are read ahead, but added strictly in order, one at a time: the index Pagefind writes
  // depends on the order pages reach it, and two builds of the same site must be identical.
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
    for (let j = i + 1; j <= i + READ_AHEAD && j < files.length; j++) read(j);
    const file = files[i]!;
    try {
      const content = await read(i);
      delete reads[i];
      const response = await index.addHTMLFile({ url: `/${file.replace(/index\.html$/, "")}`, content });
      if (response.errors.length > 0) throw new Error(response.errors.join("; "));
      if (response.file.uniqueWords > 0) indexed++;
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  }
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
