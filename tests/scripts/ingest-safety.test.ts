// Ingest under stress: killed half-way, blocked from writing, fed a reference shaped like a path.

import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { FIXTURES } from "../paths.ts";
import { INGEST, ingest } from "../support/ingest.ts";
import { tempDir } from "../support/temp-dir.ts";

const minimal = readFileSync(join(FIXTURES, "minimal.txt"), "utf8");

/** n distinct valid statements, each with its own reference. */
function writeInputs(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const reference = `20 ${String(100 + Math.floor(i / 1000)).padStart(3, "0")} ${String(i % 1000).padStart(3, "0")}`;
    writeFileSync(join(dir, `${i}.txt`), minimal.replace("20 123 456", reference).replace("six months", `${i} weeks`));
  }
}

describe("ingest safety", { timeout: 240_000 }, () => {
  it("killed half-way, leaves no partial decision file, and the next run clears its temporaries and finishes the job", () => {
    const N = 3000;
    // Killed while it writes the temporaries (none renamed yet), and while it renames them into place.
    for (const [killAfter, renamed] of [
      [20, 0],
      [N + 10, 10],
    ] as const) {
      const work = tempDir("ingest-kill-");
      const inputs = join(work, "in");
      const out = join(work, "out");
      writeInputs(inputs, N);
      const [command, ...args] = INGEST;
      const killed = spawnSync(command, [...args, "--out", out, inputs], {
        env: { ...process.env, INGEST_KILL_AFTER_WRITES: String(killAfter) },
        timeout: 120_000,
      });
      expect(killed.signal).toBe("SIGKILL");
      const files = readdirSync(out).filter((f) => f.endsWith(".md"));
      // Files are written under temporary names and renamed into place only when every input is read.
      expect(files).toHaveLength(renamed);
      expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toHaveLength(Math.min(killAfter, N) - renamed);
      for (const file of files) expect(readDecisionFile(readFileSync(join(out, file), "utf8")).intact, file).toBe(true);

      const rerun = ingest("--out", out, inputs);
      expect(rerun.status).toBe(0);
      expect(rerun.stdout).toMatch(new RegExp(`^ingested ${N - renamed}, unchanged ${renamed}, failed 0`, "m"));
      expect(readdirSync(out)).toHaveLength(N);
    }
  });

  it("says which file it could not write and why, and leaves no temporary file", () => {
    const work = tempDir("ingest-blocked-");
    const out = join(work, "out");
    mkdirSync(join(out, "20-123-456.md"), { recursive: true });
    const result = ingest("--out", out, join(FIXTURES, "minimal.txt"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${join(out, "20-123-456.md")}:1: could not write (EISDIR); check that ${out} exists, is writable and has space`,
    );
    expect(readdirSync(out)).toEqual(["20-123-456.md"]);
  });

  it("cannot be made to write outside --out by what an input says", () => {
    const work = tempDir("ingest-path-");
    const inputs = join(work, "in");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "evil.txt"), minimal.replace("(20 123 456)", "(../../20 123 456)"));
    const result = ingest("--out", join(work, "out"), inputs);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("evil.txt:1: expected a first line 'Council name (NN NNN NNN)'");
    expect(readdirSync(work).sort()).toEqual(["in", "out"]);
    expect(readdirSync(join(work, "out"))).toEqual([]);
  });
});
