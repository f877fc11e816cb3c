// Which files a build need not render again. A cached route's file is a function of its props and
// of the code and settings that render it (a decision page's props also name its own file, whose
// text is its body). Each file's key is a hash of exactly those; a file whose key is the one
// recorded when the file in the output folder was written, and which still has the size recorded,
// is kept as it is.

import { createHash } from "node:crypto";

/** What a build records of the decision pages it leaves in its output folder. */
export interface PageManifest {
  /** The build's fingerprint of the code and settings that render a page (templateFingerprint). */
  fingerprint: string;
  /** Each cached file by its path under the output folder: its key and its size in bytes. */
  pages: Record<string, { key: string; bytes: number }>;
}

/** The fields that tell a decision record apart from any other object a page is given. */
interface RecordLike {
  slug: string;
  reference: string;
  decisionDate: string;
}

const isRecord = (value: unknown): value is RecordLike =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as RecordLike).slug === "string" &&
  typeof (value as RecordLike).reference === "string" &&
  typeof (value as RecordLike).decisionDate === "string";

/** The hash of each list of records hashed so far, with the digests it was hashed by: pages of one facet value share their value's list. */
const listHashes = new WeakMap<readonly unknown[], { digestOf: (slug: string) => string | undefined; hash: string }>();

/** A list's stand-in in a key when every item is a record: a hash of their slugs and digests (or whole records), made once a list. */
function recordList(list: readonly unknown[], digestOf: (slug: string) => string | undefined): string | undefined {
  if (list.length === 0 || !list.every(isRecord)) return undefined;
  const known = listHashes.get(list);
  if (known?.digestOf === digestOf) return known.hash;
  const hash = createHash("sha256");
  for (const record of list as RecordLike[]) hash.update(`${record.slug} ${digestOf(record.slug) ?? JSON.stringify(record)}\n`);
  const made = `records ${hash.digest("hex")}`;
  listHashes.set(list, { digestOf, hash: made });
  return made;
}

/**
 * A file's key: a hash of the fingerprint and of the props it is rendered from, in which every
 * decision record is replaced by its file's digest (a record is read from its file alone, so the
 * digest stands for it, and a related decision costs a few bytes instead of its whole record), and
 * every list of records by a hash of theirs, made once however many pages share the list. A record
 * without a digest is hashed whole.
 */
export function pageKey(fingerprint: string, props: unknown, digestOf: (slug: string) => string | undefined): string {
  const json = JSON.stringify(props, (_name, value: unknown) => {
    if (Array.isArray(value)) return recordList(value, digestOf) ?? value;
    if (!isRecord(value)) return value;
    const digest = digestOf(value.slug);
    return digest === undefined ? value : `record ${value.slug} ${digest}`;
  });
  return createHash("sha256").update(fingerprint).update("\0").update(json).digest("hex");
}

/**
 * The files (paths under the output folder) that can be kept: the previous build recorded the same
 * key for each, under the same fingerprint, and it is there with the size recorded (`bytesOf` gives
 * undefined for a file that is missing).
 */
export function keptPages(
  previous: PageManifest | null,
  fingerprint: string,
  keys: ReadonlyMap<string, string>,
  bytesOf: (file: string) => number | undefined,
): Set<string> {
  const kept = new Set<string>();
  if (!previous || previous.fingerprint !== fingerprint) return kept;
  for (const [file, key] of keys) {
    const was = previous.pages[file];
    if (was && was.key === key && bytesOf(file) === was.bytes) kept.add(file);
  }
  return kept;
}

/** A manifest from its JSON, or null when the text is not one (a build then renders every file). */
export function readManifest(text: string): PageManifest | null {
  try {
    const value = JSON.parse(text) as Partial<PageManifest>;
    if (typeof value.fingerprint !== "string" || typeof value.pages !== "object" || value.pages === null) return null;
    return value as PageManifest;
  } catch {
    return null;
  }
}
