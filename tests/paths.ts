// Where the tests find the shared data: ../shared beside the clone, as in CI.

import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import { readFileSync } from "node:fs";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const SHARED = resolve(ROOT, "../shared");
export const SEEDS = join(SHARED, "seeds");
export const CORPUS = join(SHARED, "corpus");
export const FIXTURES = join(ROOT, "tests/fixtures");

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}
