// The archive's manifest, archive/manifest.json beside the saved pages: what the listing said of
// each decision (address, link text, outcome, category, date) and what became of it, keyed by
// reference, plus the month windows a run could not list. The pages on disk are the truth about
// what is saved; the manifest is what the next run and the ingest read beside them.

import { z } from "zod";
import type { ListedDecision } from "./listing.ts";
import { addDays, type Window } from "./windows.ts";

export const MANIFEST_FILE = "manifest.json";
/** Days re-listed before the newest saved decision, for decisions published late or listed late. */
export const OVERLAP_DAYS = 14;

const status = z.enum(["listed", "saved", "gone", "failed", "disallowed"]);
export type Status = z.infer<typeof status>;

const entrySchema = z
  .object({
    /** The address the page is fetched from. */
    url: z.string().url(),
    /** The listing's link text, "Body name (NN NNN NNN)". */
    title: z.string(),
    outcome: z.string().nullable(),
    category: z.string().nullable(),
    /** The decision date the listing shows, YYYY-MM-DD. */
    date: z.string().nullable(),
    /** The month (YYYY-MM) whose listing showed it. */
    month: z.string().regex(/^\d{4}-\d{2}$/),
    status,
    /** Why it is gone, failed or disallowed. */
    detail: z.string().optional(),
    /** Other addresses the listing gave for the same reference (a re-published decision). */
    otherUrls: z.array(z.string()).optional(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof entrySchema>;

const windowSchema = z.object({ from: z.string(), to: z.string(), detail: z.string() }).strict();

const manifestSchema = z
  .object({
    format: z.literal(1),
    /** Windows whose listing could not be read; the next run lists them again. */
    unlisted: z.array(windowSchema),
    decisions: z.record(z.string().regex(/^\d{2} \d{3} \d{3}[a-z]?$/), entrySchema),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export function emptyManifest(): Manifest {
  return { format: 1, unlisted: [], decisions: {} };
}

/** Reads a manifest; throws an Error saying what is wrong with it, naming `file`. */
export function readManifest(text: string, file: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${file}:1: expected the JSON manifest npm run fetch writes, found text that is not JSON (${(error as Error).message})`,
    );
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`);
    throw new Error(`${file}:1: expected the manifest npm run fetch writes, found ${issues.join("; ")}`);
  }
  return result.data;
}

/** The manifest as JSON, one decision a line in reference order, so that it diffs and reads well. */
export function serializeManifest(manifest: Manifest): string {
  const references = Object.keys(manifest.decisions).sort();
  const decisions = references.map((r) => `    ${JSON.stringify(r)}: ${JSON.stringify(manifest.decisions[r])}`);
  return `{\n  "format": 1,\n  "unlisted": ${JSON.stringify(manifest.unlisted)},\n  "decisions": {${decisions.length > 0 ? `\n${decisions.join(",\n")}\n  ` : ""}}\n}\n`;
}

/** The file a decision's page is saved in: 21-018-990.html. */
export function pageFileName(reference: string): string {
  return `${reference.replaceAll(" ", "-")}.html`;
}

/** The reference a saved page's file name stands for, or null for any other file. */
export function referenceOfPageFile(name: string): string | null {
  const match = /^(\d{2})-(\d{3})-(\d{3}[a-z]?)\.html$/.exec(name);
  return match ? `${match[1]} ${match[2]} ${match[3]}` : null;
}

/**
 * Records what a listing showed of a decision. A decision already known keeps its status. One the
 * listing now gives at another address: if it was saved, keeps the address it was saved from and
 * notes the other, and the return value says so, for the run to report; if not (gone, failed, not
 * fetched yet), it has moved, and is to be fetched from the new address.
 */
export function recordListed(manifest: Manifest, listed: ListedDecision, url: string, window: Window): { movedFrom: string | null } {
  const known = manifest.decisions[listed.reference];
  const fields = {
    title: listed.title,
    outcome: listed.outcome,
    category: listed.category,
    date: listed.date ?? known?.date ?? null,
    month: window.from.slice(0, 7),
  };
  if (!known) {
    manifest.decisions[listed.reference] = { url, ...fields, status: "listed" };
    return { movedFrom: null };
  }
  Object.assign(known, fields);
  // The same page on the site now being mirrored (a run with another --base-url) is no move.
  if (sitePath(known.url) === sitePath(url)) {
    known.url = url;
    return { movedFrom: null };
  }
  // Not saved from the address it had (gone, failed, not fetched yet): the decision has moved, and
  // the new address is the one to fetch, the old one kept.
  if (known.status !== "saved") {
    known.otherUrls = [known.url, ...(known.otherUrls ?? []).filter((u) => u !== url && u !== known.url)];
    known.url = url;
    setStatus(manifest, listed.reference, "listed");
    return { movedFrom: null };
  }
  if (known.otherUrls?.some((other) => sitePath(other) === sitePath(url))) return { movedFrom: null };
  known.otherUrls = [...(known.otherUrls ?? []), url];
  return { movedFrom: known.url };
}

/** An address's path and query: where it is on whichever site is mirrored. */
export function sitePath(url: string): string {
  const { pathname, search } = new URL(url);
  return pathname + search;
}

/** A manifest's address on `site`: a run mirrors the site it is given, whatever site an earlier run mirrored. */
export function onSite(url: string, site: URL): URL {
  return new URL(sitePath(url), site);
}

export function setStatus(manifest: Manifest, reference: string, next: Status, detail?: string): void {
  const entry = manifest.decisions[reference];
  if (!entry) return;
  entry.status = next;
  if (detail === undefined) delete entry.detail;
  else entry.detail = detail;
}

/** Brings statuses in line with the pages on disk: a page there is saved; a "saved" page gone missing is wanted again. */
export function reconcile(manifest: Manifest, saved: ReadonlySet<string>): void {
  for (const [reference, entry] of Object.entries(manifest.decisions)) {
    if (saved.has(reference)) setStatus(manifest, reference, "saved");
    else if (entry.status === "saved") setStatus(manifest, reference, "listed");
  }
}

/**
 * Decisions listed but not yet saved (never fetched, failed, or once disallowed), oldest first, a
 * decision listed without a date last in its month. Gone ones stay gone.
 */
export function wanted(manifest: Manifest): string[] {
  const order = (e: ManifestEntry) => e.date ?? `${e.month}-99`;
  return Object.entries(manifest.decisions)
    .filter(([, e]) => e.status !== "saved" && e.status !== "gone")
    .sort(([a, x], [b, y]) => order(x).localeCompare(order(y)) || a.localeCompare(b))
    .map(([reference]) => reference);
}

/**
 * Where an incremental run starts: the newest decision date saved, less OVERLAP_DAYS (for a
 * decision listed without a date, the end of the month it was listed in). Null for an empty archive.
 */
export function resumeFrom(manifest: Manifest): string | null {
  let newest: string | null = null;
  for (const entry of Object.values(manifest.decisions)) {
    if (entry.status !== "saved") continue;
    const date = entry.date ?? addDays(`${nextMonth(entry.month)}-01`, -1);
    if (newest === null || date > newest) newest = date;
  }
  return newest === null ? null : addDays(newest, -OVERLAP_DAYS);
}

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}
