// Where the tests find their data: everything lives in the repo, under tests/fixtures/.

import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import { readFileSync } from "node:fs";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const FIXTURES = join(ROOT, "tests/fixtures");
/** The five real statements the project started from. */
export const SEEDS = join(FIXTURES, "seeds");
/** Hand-checked expected fields for the seeds. */
export const GOLDEN = join(FIXTURES, "golden-seeds.json");
/** About 125 more real statements, with hand-read labels (corpus/README.md). */
export const CORPUS = join(FIXTURES, "corpus");
/** Statements invented to test the parser's rules, labelled by hand (invented/README.md): not real, never shipped. */
export const INVENTED = join(FIXTURES, "invented");

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}
