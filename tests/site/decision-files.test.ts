import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDecisionSource } from "../../src/site/decision-files.ts";
import { tempDir } from "../support/temp-dir.ts";

describe("reading a decision file for the build", () => {
  it("refuses a folder named like a decision file, and text that is not UTF-8, naming the file", async () => {
    const dir = tempDir("decision-files-");
    mkdirSync(join(dir, "21-003-813.md"));
    writeFileSync(
      join(dir, "21-018-990.md"),
      Buffer.concat([Buffer.from("---\ncouncil: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]),
    );
    await expect(readDecisionSource(join(dir, "21-003-813.md"))).rejects.toThrow(
      `${join(dir, "21-003-813.md")}: not a decision file but a folder; rename or remove it`,
    );
    await expect(readDecisionSource(join(dir, "21-018-990.md"))).rejects.toThrow(
      `${join(dir, "21-018-990.md")}: not UTF-8 text (a byte that is not UTF-8 at byte 17, as Windows-1252 or Latin-1 text has); save it as UTF-8, or ingest its statement again`,
    );
  });
});
