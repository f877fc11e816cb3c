import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDecision } from "../../src/lib/decision/parse.ts";
import { decisionSchema } from "../../src/lib/decision/schema.ts";
import { readDecisionFile, serializeDecision, sha256, splitDecisionFile } from "../../src/lib/decision-file.ts";
import { embeddedInputs } from "../../scripts/embed.ts";
import { parserFingerprint } from "../../scripts/parser-fingerprint.ts";
import { ROOT, SEEDS } from "../paths.ts";

const raw = readFileSync(join(SEEDS, "001_45cddfefa462ec99.txt"), "utf8");
const { decision, body } = parseDecision(raw, "001.txt");
const written = serializeDecision(decision, body, { file: "001.txt", sha256: sha256(raw), parser: "p" });

describe("decision files", () => {
  it("round-trip: the frontmatter read back is the record, valid under the schema, and the body is unchanged", () => {
    const file = readDecisionFile(written);
    expect(decisionSchema.parse(file.data)).toEqual(decision);
    expect(file.body).toBe(body);
    expect([file.source, file.sourceSha256, file.parser, file.intact]).toEqual(["001.txt", sha256(raw), "p", true]);
  });

  it("give the same body to splitDecisionFile (no YAML) as to readDecisionFile", () => {
    expect(splitDecisionFile(written).body).toBe(body);
    for (const name of readdirSync(join(ROOT, "decisions"))) {
      const text = readFileSync(join(ROOT, "decisions", name), "utf8");
      expect(splitDecisionFile(text).body, name).toBe(readDecisionFile(text).body);
    }
    for (const text of ["no frontmatter", "---\na: 1\n---\n", "---\na: 1\n---\r\nbody\n", "---\na: 1\n---"])
      expect(splitDecisionFile(text).body).toBe(readDecisionFile(text).body);
  });
  it("are the same bytes every time for the same input", () => {
    expect(serializeDecision(decision, body, { file: "001.txt", sha256: sha256(raw), parser: "p" })).toBe(written);
  });

  it("tell a file edited by hand from one the ingest wrote", () => {
    expect(readDecisionFile(written.replace("Kent County Council", "Kent CC")).intact).toBe(false);
    expect(readDecisionFile(written.replace("investigation for his son", "investigation of his son")).intact).toBe(false);
  });

  it("keep dates as strings, not YAML timestamps", () => {
    expect(written).toContain("decisionDate: '2022-03-31'");
  });

  it("committed in decisions/ are exactly what the current parser writes for the embedded statements, and nothing else", () => {
    const inputs = embeddedInputs();
    expect(inputs).toHaveLength(103);
    const slugs = inputs.map((input) => {
      const text = readFileSync(input, "utf8");
      const parsed = parseDecision(text, input);
      const committed = readFileSync(join(ROOT, "decisions", `${parsed.decision.slug}.md`), "utf8");
      expect(committed, `decisions/${parsed.decision.slug}.md is stale: run npm run embed`).toBe(
        serializeDecision(parsed.decision, parsed.body, { file: basename(input), sha256: sha256(text), parser: parserFingerprint() }),
      );
      return `${parsed.decision.slug}.md`;
    });
    expect(readdirSync(join(ROOT, "decisions")).sort()).toEqual(slugs.sort());
  });
});
