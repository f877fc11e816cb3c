// The file format of decisions/<slug>.md: YAML frontmatter holding the record, where it came
// from and a checksum, then the Markdown body. The checksum covers every other byte of the file,
// so a file someone has edited by hand can be told from one the ingest wrote.

import { createHash } from "node:crypto";
import matter from "gray-matter";
import type { Decision } from "./decision/schema.ts";

export interface DecisionFile {
  /** The frontmatter without the ingest's own keys: what the decision schema validates. */
  data: Record<string, unknown>;
  body: string;
  source: string | null;
  sourceSha256: string | null;
  /** Fingerprint of the parser code that wrote the file. */
  parser: string | null;
  /** False when the file no longer matches the checksum the ingest wrote into it. */
  intact: boolean;
}

const CHECKSUM_LINE = /\nchecksum: ([0-9a-f]{64})\n---\n/;

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Writes a record and its body as a decision file, byte for byte the same for the same input. */
export interface Source {
  /** The input file's name. */
  file: string;
  /** sha256 of the input text. */
  sha256: string;
  /** Fingerprint of the parser code, so that a changed parser re-parses unchanged inputs. */
  parser: string;
}

export function serializeDecision(decision: Decision, body: string, source: Source): string {
  const unsigned = matter.stringify(body, { ...decision, source: source.file, sourceSha256: source.sha256, parser: source.parser });
  const end = unsigned.indexOf("\n---\n", 4);
  const signed = `${unsigned.slice(0, end)}\nchecksum: ${sha256(unsigned)}${unsigned.slice(end)}`;
  return signed;
}

/** True when the file's bytes are still those its checksum was computed over. */
function isIntact(text: string): boolean {
  const match = CHECKSUM_LINE.exec(text);
  return match !== null && sha256(text.slice(0, match.index) + text.slice(match.index + match[0].length - 5)) === match[1];
}

export interface Provenance {
  reference: string | null;
  sourceSha256: string | null;
  parser: string | null;
  intact: boolean;
}

/** gray-matter's parse with the YAML left unparsed: a file's front matter and its body, quickly. */
const UNPARSED = { engines: { yaml: { parse: () => ({}), stringify: () => "" } } };

/** A decision file's front matter, unparsed, and its Markdown body, as readDecisionFile splits them. */
export function splitDecisionFile(text: string): { frontmatter: string; body: string } {
  const parsed = matter(text, UNPARSED);
  return { frontmatter: parsed.matter, body: parsed.content };
}

/** What the ingest needs to skip an unchanged input, read without parsing the YAML. */
export function readProvenance(text: string): Provenance {
  const { frontmatter } = splitDecisionFile(text);
  const line = (key: string) => new RegExp(`^${key}: '?([^'\n]+)'?$`, "m").exec(frontmatter)?.[1] ?? null;
  return { reference: line("reference"), sourceSha256: line("sourceSha256"), parser: line("parser"), intact: isIntact(text) };
}

export function readDecisionFile(text: string): DecisionFile {
  const intact = isIntact(text);
  // With options given, gray-matter does not keep the text in its process-wide cache, which
  // would otherwise hold every decision file an ingest or a build reads.
  const parsed = matter(text, {});
  const { source, sourceSha256, parser, checksum: _checksum, ...data } = parsed.data as Record<string, unknown>;
  return {
    data,
    body: parsed.content,
    source: typeof source === "string" ? source : null,
    sourceSha256: typeof sourceSha256 === "string" ? sourceSha256 : null,
    parser: typeof parser === "string" ? parser : null,
    intact,
  };
}
