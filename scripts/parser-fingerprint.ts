// A fingerprint of the parser's source code. Ingest records it in every decision file and
// re-parses inputs whose file carries another one, so a changed parser is never skipped.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "../src/lib/decision-file.ts";

const LIB = fileURLToPath(new URL("../src/lib/", import.meta.url));

export function parserFingerprint(): string {
  const files = [...readdirSync(join(LIB, "decision")).map((f) => join(LIB, "decision", f)), join(LIB, "decision-file.ts")].sort();
  return sha256(files.map((f) => readFileSync(f, "utf8")).join("\0")).slice(0, 16);
}
