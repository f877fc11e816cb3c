// What an index records of itself in pagefind/shards.json, and which of its bundles the next index
// of the same output folder may keep. A shard's key is a hash of all its bundle is made from: the
// version of what indexes it, its bundle's name, and each of its pages in order, by file and by the
// hash of what Pagefind is given of it. Pagefind writes the same bytes for the same pages in the
// same order, so a bundle whose shard has the key recorded for it is the bundle indexing its pages
// again would write.

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

/** A shard's key: the sha256 of `version` (what indexes it), its bundle's name, and its pages in order. */
export function shardKey(version: string, bundle: string, pages: readonly KeyedPage[]): string {
  const hash = createHash("sha256").update(`${version}\0${bundle}\0`);
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

/**
 * For each shard of the index to write, its bundle and key: the pages Pagefind indexed in it when
 * `previous` records the same key for the same bundle (its bundle may be kept), else undefined.
 */
export function keptPages(previous: ShardRecord | undefined, bundles: readonly string[], keys: readonly string[]): (number | undefined)[] {
  return bundles.map((bundle, k) => {
    const j = previous ? previous.bundles.indexOf(bundle) : -1;
    return previous && j >= 0 && previous.keys[j] === keys[k] ? previous.pages[j] : undefined;
  });
}
