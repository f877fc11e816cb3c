// Rebuilds decisions/, the real statements a fresh clone shows: the five seeds and every corpus
// statement that has a header block, one file per reference (the corpus holds one page in three
// renderings; the first in file order stands for it). Usage: npm run embed
// It runs the ordinary ingest on them, so what it writes is exactly what `npm run ingest` writes.

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

const FIXTURES = join(import.meta.dirname, "../tests/fixtures");

export function embeddedInputs(): string[] {
  const seeds = readdirSync(join(FIXTURES, "seeds"))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => join(FIXTURES, "seeds", name));
  const labels = parse(readFileSync(join(FIXTURES, "corpus/labels.tsv"), "utf8"), {
    delimiter: "\t",
    columns: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  const byReference = new Map<string, string>();
  for (const label of labels.filter((l) => l["header_present"] === "yes").sort((a, b) => a["file"]!.localeCompare(b["file"]!))) {
    if (!byReference.has(label["reference"]!)) byReference.set(label["reference"]!, join(FIXTURES, "corpus", label["file"]!));
  }
  return [...seeds.sort(), ...[...byReference.values()].sort()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = spawnSync(
    join(import.meta.dirname, "../node_modules/.bin/tsx"),
    [join(import.meta.dirname, "ingest.ts"), "--out", "decisions", ...embeddedInputs()],
    { stdio: "inherit" },
  );
  process.exitCode = result.status ?? 1;
}
