// What an index records of itself in pagefind/shards.json, and which of its bundles the next index
// of the same output folder may keep. A shard's key is a hash of all its bundle is made from: the
// version of what indexes it, and each of its pages in order, by file and by the hash of what
// Pagefind is given of it. Pagefind writes the same bytes for the same pages in the same order,
// whatever the bundle's folder is called, so a bundle recorded under a shard's key is the bundle
// indexing its pages again would write, even when the shard's folder is now another (an older
// shard's number goes up by one when a new shard opens).
//
// And what an index read of each page (PageRecord, a RecordCache), kept outside the site, in
// Astro's cache folder, so that the next index need not read a page whose file is unchanged
// (reusedPages). It holds each file's size and modification time, which differ from one output
// folder to another: in the site's own record they would make an index over an earlier one other
// bytes than a fresh one.

import { createHash } from "node:crypto";
import type { IndexedPage } from "./index-page.ts";
import { parseRecordCache, reusable, type CachedFile, type FileStat, type RecordCache } from "./record-cache.ts";

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

/** A record as written to its file: pagefind/shards.json, or a PageRecord. */
export const formatRecord = (record: ShardRecord | PageRecord): string => `${JSON.stringify(record)}\n`;

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

/**
 * What an index read of the pages of a site, kept for the next index of the same site: for each
 * page, by its file in the site, the sha256 of what Pagefind is given of it as its digest, and its
 * sort key's value as its record. Its version is pageRecordVersion's.
 */
export type PageRecord = RecordCache<{ key: string }>;

/**
 * The version of a PageRecord: the built site's folder, what read the pages (the version in each
 * shard's key, so a page's recorded sort key and hash are what it reads), and the sort key read.
 */
export const pageRecordVersion = (reader: { site: string; version: string; orderedBy: string }): string =>
  `${reader.site}\0${reader.version}\0${reader.orderedBy}`;

const SHA256 = /^[0-9a-f]{64}$/;

const isSortKey = (record: unknown): record is { key: string } =>
  typeof record === "object" && record !== null && typeof (record as { key?: unknown }).key === "string";

/**
 * A PageRecord read back: null when the text is not one (not JSON, or with a field or any page's
 * entry missing or not of its kind, or a hash not a sha256). A record is trusted whole or not at all.
 */
export function parsePageRecord(text: string): PageRecord | null {
  const record = parseRecordCache(text, isSortKey);
  return record && Object.values(record.files).every((f) => SHA256.test(f.digest)) ? record : null;
}

/** A file of the site as it is now: its path in the site, its size in bytes and its modification time (ms). */
export interface PageStat extends FileStat {
  file: string;
}

/** A page of the index as a PageRecord holds it: its file as it was read, its sort key, and its hash. */
export type RecordedPage = PageStat & IndexedPage & KeyedPage;

/** The PageRecord of the pages of an index, read by `version` (pageRecordVersion) from `readAt` (ms). */
export function recordOfPages(version: string, readAt: number, pages: readonly RecordedPage[]): PageRecord {
  const files: Record<string, CachedFile<{ key: string }>> = {};
  for (const p of pages) files[p.file] = { size: p.size, mtimeMs: p.mtimeMs, digest: p.sha256, record: { key: p.key } };
  return { version, readAt, files };
}

/**
 * For each file, its page as `previous` records it when the index may take that without reading
 * the file, else undefined (the file is read). It may when the record was made under the same
 * `version` (pageRecordVersion) and holds the file with the same size and modification time, that
 * time well before the record's readAt (reusable). A file the record does not hold (a new page, or
 * one without a data-pagefind-body) is read.
 */
export function reusedPages(previous: PageRecord | null, version: string, files: readonly PageStat[]): (RecordedPage | undefined)[] {
  return files.map((stat) => {
    const entry = reusable(previous, version, stat.file, stat);
    return entry && { file: stat.file, size: stat.size, mtimeMs: stat.mtimeMs, key: entry.record.key, sha256: entry.digest };
  });
}
