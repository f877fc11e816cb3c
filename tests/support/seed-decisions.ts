// The five seed decisions as shipped in decisions/, parsed and checked against the schema, for
// unit tests whose expected values were read by hand from them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { decisionSchema, type Decision } from "../../src/lib/decision/schema.ts";

export const SEED_DIR = path.resolve(import.meta.dirname, "../../decisions");
export const SEED_FILES = ["19-012-800.md", "21-000-259.md", "21-003-813.md", "21-018-990.md", "23-009-462.md"];
export const seeds: Decision[] = SEED_FILES.map((f) =>
  decisionSchema.parse(readDecisionFile(readFileSync(path.join(SEED_DIR, f), "utf8")).data),
);
export const slugs = (list: readonly Decision[]) => list.map((d) => d.slug);
