// What an ingest remembers of the files it read, so the next ingest into the same folder reads only
// the files that changed: for each input, the hash that names what it was made from (its text, its
// listing's title and address, its later chapters) with the listing and each chapter's size and
// time; for each output file, what says where it came from. A file is taken as recorded only when
// it is unchanged since the reading began (record-cache.ts), and an input only when its listing and
// chapters are too.

import type { Provenance } from "../decision-file.ts";
import { recordCacheOf, reusable, unchangedSince, type FileStat, type RecordCache } from "../record-cache.ts";

/** What else an input's hash was made from: its listing's title and address, and its later chapters' files as they were. */
export interface InputParts {
  listing: { title: string; url: string } | null;
  chapters: { file: string; size: number; mtimeMs: number }[];
}

export interface IngestRecord {
  /** Each input by its path; the digest is the input's hash. */
  inputs: RecordCache<InputParts>;
  /** Each output file by its path; the digest is unused. */
  outputs: RecordCache<Provenance>;
}

/**
 * The hash of an input as the record holds it, when the input can be taken unread: the file
 * unchanged since the last ingest began, its listing the same, and each of its chapters unchanged
 * (`statOf` gives a file's stat now, undefined when it is gone). Undefined: read the input.
 */
export function recordedInputHash(
  record: IngestRecord | null,
  version: string,
  input: { file: string; stat: FileStat; listing: InputParts["listing"] },
  statOf: (file: string) => FileStat | undefined,
): string | undefined {
  const entry = reusable(record?.inputs ?? null, version, input.file, input.stat);
  if (!entry || !record) return undefined;
  const { listing, chapters } = entry.record;
  if (!sameListing(listing, input.listing)) return undefined;
  const unchanged = chapters.every((c) => {
    const now = statOf(c.file);
    return now !== undefined && unchangedSince(c, now, record.inputs.readAt);
  });
  return unchanged ? entry.digest : undefined;
}

const sameListing = (a: InputParts["listing"], b: InputParts["listing"]): boolean =>
  a === null || b === null ? a === b : a.title === b.title && a.url === b.url;

/** An output file's provenance as the record holds it, when the file is unchanged since the last ingest began. */
export function recordedProvenance(record: IngestRecord | null, version: string, file: string, stat: FileStat): Provenance | undefined {
  return reusable(record?.outputs ?? null, version, file, stat)?.record;
}

/** A record read back, or null when the text is not a whole one (every file is then read). */
export function parseIngestRecord(text: string): IngestRecord | null {
  let value: { inputs?: unknown; outputs?: unknown } | null;
  try {
    value = JSON.parse(text) as { inputs?: unknown; outputs?: unknown } | null;
  } catch {
    return null;
  }
  if (!value) return null;
  const inputs = recordCacheOf<InputParts>(value.inputs);
  const outputs = recordCacheOf<Provenance>(value.outputs);
  if (!inputs || !outputs) return null;
  const wholeInputs = Object.values(inputs.files).every(
    ({ record: r }) => Array.isArray(r.chapters) && (r.listing === null || typeof r.listing === "object"),
  );
  return wholeInputs ? { inputs, outputs } : null;
}
