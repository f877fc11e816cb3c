// Writes the site tests' extra decisions: each tests/fixtures/site/<slug>.txt parsed by the real
// parser and serialised as decisions/<slug>.md would be. Used by the test setup; runnable alone:
//   tsx scripts/site-fixtures.ts <outDir>
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseDecision } from "../src/lib/decision/parse.ts";
import { serializeDecision, sha256 } from "../src/lib/decision-file.ts";

export const SITE_FIXTURES = path.resolve(import.meta.dirname, "../tests/fixtures/site");

export function writeSiteFixtures(outDir: string, fixturesDir = SITE_FIXTURES): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const name of readdirSync(fixturesDir)
    .filter((n) => n.endsWith(".txt"))
    .sort()) {
    const raw = readFileSync(path.join(fixturesDir, name), "utf8");
    const { decision, body } = parseDecision(raw, name);
    const file = path.join(outDir, `${decision.slug}.md`);
    writeFileSync(file, serializeDecision(decision, body, { file: name, sha256: sha256(raw), parser: "site-fixture" }));
    written.push(file);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of writeSiteFixtures(path.resolve(process.argv[2] ?? "/tmp/site-fixtures"))) console.log(f);
}
