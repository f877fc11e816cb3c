// What an index records of itself in pagefind/shards.json, and which of its bundles the next index
// of the same output folder may keep. A shard's key is a hash of all its bundle is made from: the
// version of what indexes it, and each of its pages in order, by file and by the hash of what
// Pagefind is given of it. Pagefind writes the same bytes for the same pages in the same order,
// whatever the bundle's folder is called, so a bundle recorded under a shard's key is the bundle
// indexing its pages again would write, even when the shard's folder is now another (an older
// shard's number goes up by one when a new shard opens).

import { createHash } from "node:crypto";

/** pagefind/shards.json: the bundles, shard 0 first, with the pages Pagefind indexed in each and each shard's key. */
export interface ShardRecord {
  bundles: string[];
  /** Pages of each bundle that Pagefind indexed (those with words). */
  pages: number[];
  /** Each bundle's key (shardKey). */
  keys: string[];
  /** The sort key the pages are ordered and cut by. */
  orderedBy: string;
}

/** A page as its shard's key counts it: its file in the built site, and the sha256 of what Pagefind is given of it. */
export interface KeyedPage {
  file: string;
  sha256: string;
}

/** The sha256 of a text (as UTF-8) or of bytes, in hex. */
export const sha256 = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

/** A shard's key: the sha256 of `version` (what indexes it) and its pages in order. */
export function shardKey(version: string, pages: readonly KeyedPage[]): string {
  const hash = createHash("sha256").update(`${version}\0`);
  for (const page of pages) hash.update(`${page.file}\0${page.sha256}\n`);
  return hash.digest("hex");
}

/** The record as written to pagefind/shards.json. */
export const formatRecord = (record: ShardRecord): string => `${JSON.stringify(record)}\n`;

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

/** A record read back: undefined when the text is not one (not JSON, or without a key for each bundle). */
export function parseRecord(text: string): ShardRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = value as Partial<ShardRecord> | null;
  if (!r || !strings(r.bundles) || !strings(r.keys) || !Array.isArray(r.pages) || typeof r.orderedBy !== "string") return undefined;
  const { bundles, keys, pages, orderedBy } = r;
  if (keys.length !== bundles.length || pages.length !== bundles.length || !pages.every((n) => Number.isInteger(n) && n >= 0))
    return undefined;
  return { bundles, keys, pages: pages as number[], orderedBy };
}

/** A bundle an earlier index wrote that a shard of the next may keep: its folder then, and the pages Pagefind indexed in it. */
export interface KeptBundle {
  bundle: string;
  pages: number;
}

/** For each shard of the index to write, by its key, the bundle `previous` records under the same key, else undefined. */
export function keptBundles(previous: ShardRecord | undefined, keys: readonly string[]): (KeptBundle | undefined)[] {
  return keys.map((key) => {
    const j = previous ? previous.keys.indexOf(key) : -1;
    return previous && j >= 0 ? { bundle: previous.bundles[j]!, pages: previous.pages[j]! } : undefined;
  });
}
