// What a build, an ingest or an index remembers of the files it read: each file's size,
// modification time, a digest of what was read from it, and what it read from it. The next run
// reads again only the files whose size or time differ, so a night that adds twenty decisions reads
// twenty files, not every one. A file changed while the reading went on could keep its size and
// time, so a file whose time is not well before the reading began is always read again.

/** One file as the record keeps it: its size in bytes, its modification time (ms), the digest of what was read and its record. */
export interface CachedFile<R> {
  size: number;
  mtimeMs: number;
  digest: string;
  record: R;
}

export interface RecordCache<R> {
  /** What read the records (the code and settings that validate them): another version reads every file again. */
  version: string;
  /** When the reading it records began (ms): files modified after `readAt - MARGIN_MS` are read again. */
  readAt: number;
  /** Each file by its name. */
  files: Record<string, CachedFile<R>>;
}

/** How close to the record's writing a file's time may be for the file to be trusted unread. */
export const MARGIN_MS = 2000;

/** A file's size and modification time, as fs.stat gives them. */
export interface FileStat {
  size: number;
  mtimeMs: number;
}

/**
 * Whether a file as it is `now` is the file as it was `recorded` by a record made at `recordedAt`
 * (ms): the same size and time, that time more than MARGIN_MS before the record. A file written
 * while the record was made, or just before, may have changed since without its time changing, on
 * a file system that keeps times to the second.
 */
export const unchangedSince = (recorded: FileStat, now: FileStat, recordedAt: number): boolean =>
  recorded.size === now.size && recorded.mtimeMs === now.mtimeMs && now.mtimeMs < recordedAt - MARGIN_MS;

/**
 * The cached file that can stand for `name` unread: recorded under the same version, and
 * unchanged since the reading began. Undefined: read the file.
 */
export function reusable<R>(cache: RecordCache<R> | null, version: string, name: string, stat: FileStat): CachedFile<R> | undefined {
  if (!cache || cache.version !== version) return undefined;
  const was = Object.hasOwn(cache.files, name) ? cache.files[name] : undefined;
  return was && unchangedSince(was, stat, cache.readAt) ? was : undefined;
}

/** Whether a file's record is of its kind; by default, any object. */
export type RecordCheck<R> = (record: unknown) => record is R;

const isObject = (record: unknown): record is object => typeof record === "object" && record !== null;

const isCachedFile = <R>(value: unknown, isRecord: RecordCheck<R>): value is CachedFile<R> => {
  const v = value as Partial<CachedFile<unknown>> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    Number.isFinite(v.size) &&
    Number.isFinite(v.mtimeMs) &&
    typeof v.digest === "string" &&
    isRecord(v.record)
  );
};

/**
 * A record read back from its JSON, or null when the text is not one: then every file is read.
 * The records inside are as they were written, validated when they were read from their files;
 * `isRecord` checks each is of its kind, and one that is not makes the whole record untrusted.
 */
export function parseRecordCache<R>(text: string, isRecord?: RecordCheck<R>): RecordCache<R> | null {
  try {
    return recordCacheOf<R>(JSON.parse(text), isRecord);
  } catch {
    return null;
  }
}

/** A parsed JSON value as a record, or null when it is not a whole one (parseRecordCache). */
export function recordCacheOf<R>(parsed: unknown, isRecord: RecordCheck<R> = isObject as RecordCheck<R>): RecordCache<R> | null {
  const value = parsed as Partial<RecordCache<unknown>> | null;
  if (!value || typeof value !== "object" || typeof value.version !== "string" || !Number.isFinite(value.readAt)) return null;
  const { files } = value;
  if (typeof files !== "object" || files === null || Array.isArray(files)) return null;
  if (!Object.values(files).every((f) => isCachedFile(f, isRecord))) return null;
  return value as RecordCache<R>;
}
