// The ingest command as a user runs it: files in, decision files and messages out.

import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { sha256 } from "../../src/lib/decision-file.ts";
import { FIXTURES, SEEDS, GOLDEN } from "../paths.ts";
import { ingest } from "../support/ingest.ts";
import { tempDir } from "../support/temp-dir.ts";

const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as { decisions: Record<string, { reference: string }> };

let work: string;
let out: string;
beforeEach(() => {
  work = tempDir("ingest-");
  out = join(work, "out");
});

// Each case runs the real command in a child process, which takes seconds on a busy 2-core machine.
describe("npm run ingest", { timeout: 60_000 }, () => {
  it("--json prints the five seed records, matching the golden references, and writes nothing", () => {
    const { status, stdout } = ingest("--json", "--out", out, SEEDS);
    expect(status).toBe(0);
    const records = JSON.parse(stdout) as { reference: string }[];
    expect(records.map((r) => r.reference).sort()).toEqual(
      Object.values(golden.decisions)
        .map((d) => d.reference)
        .sort(),
    );
    expect(() => readdirSync(out)).toThrow();
  });

  it("writes one file per decision, then reports them unchanged and leaves the bytes alone", () => {
    const first = ingest("--out", out, SEEDS);
    expect(first.stdout).toMatch(/^ingested 5, unchanged 0, failed 0/m);
    const before = readdirSync(out).map((f) => readFileSync(join(out, f), "utf8"));
    const second = ingest("--out", out, SEEDS);
    expect(second.stdout).toMatch(/^ingested 0, unchanged 5, failed 0/m);
    expect(readdirSync(out).map((f) => readFileSync(join(out, f), "utf8"))).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(["19-012-800.md", "21-000-259.md", "21-003-813.md", "21-018-990.md", "23-009-462.md"]);
  });

  it("reads again only the inputs and decision files changed since the last run began", () => {
    const inputs = join(work, "in");
    mkdirSync(inputs);
    for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(inputs, name));
    const seed = join(inputs, readdirSync(inputs).sort()[0]!);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(seed, anHourAgo, anHourAgo);
    expect(ingest("--out", out, inputs).stdout).toMatch(/^ingested 5, unchanged 0, failed 0/m);
    // Other text of the same size, with the time put back: the next run takes the input as it
    // recorded it, unread, so the change is not seen. (A real change moves the time.)
    const text = readFileSync(seed, "utf8");
    const edited = text.replace("the Council", "THE COUNCIL");
    expect(edited).not.toBe(text);
    expect(edited.length).toBe(text.length);
    writeFileSync(seed, edited);
    utimesSync(seed, anHourAgo, anHourAgo);
    expect(ingest("--out", out, inputs).stdout).toMatch(/^ingested 0, unchanged 5, failed 0/m);
    // Its time moved, as an edit moves it: read again, and ingested.
    utimesSync(seed, new Date(), new Date());
    expect(ingest("--out", out, inputs).stdout).toMatch(/^ingested 1, unchanged 4, failed 0/m);
    // Modified as that run began, its time recorded: not trusted, so read again, even with its time put back.
    writeFileSync(seed, text);
    const now = statSync(seed).mtime;
    expect(ingest("--out", out, inputs).stdout).toMatch(/^ingested 1, unchanged 4, failed 0/m);
    writeFileSync(seed, edited);
    utimesSync(seed, now, now);
    expect(ingest("--out", out, inputs).stdout).toMatch(/^ingested 1, unchanged 4, failed 0/m);
  });

  it("ingests the good files, names each bad file with its line, writes no partial file and exits non-zero", () => {
    const inputs = join(work, "in");
    mkdirSync(inputs);
    copyFileSync(join(FIXTURES, "minimal.txt"), join(inputs, "good.txt"));
    for (const bad of ["empty.txt", "binary.txt", "bad-date.txt"]) copyFileSync(join(FIXTURES, bad), join(inputs, bad));
    const { status, stdout, stderr } = ingest("--out", out, inputs);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^ingested 1, unchanged 0, failed 3/m);
    expect(stderr).toContain(`${join(inputs, "bad-date.txt")}:7: expected a decision date such as '06 Sep 2022', found "31 Feb 2023"`);
    expect(stderr).toContain(`${join(inputs, "empty.txt")}:1: expected a first line`);
    expect(stderr).toContain(`${join(inputs, "binary.txt")}:1: expected UTF-8 text`);
    expect(readdirSync(out)).toEqual(["20-123-456.md"]);
  });

  it("refuses two inputs with the same reference, ingesting neither", () => {
    const inputs = join(work, "in");
    mkdirSync(inputs);
    copyFileSync(join(FIXTURES, "minimal.txt"), join(inputs, "a.txt"));
    writeFileSync(
      join(inputs, "b.txt"),
      readFileSync(join(FIXTURES, "minimal.txt"), "utf8").replace("Rutland County Council", "Kent County Council"),
    );
    const { status, stderr } = ingest("--out", out, inputs);
    expect(status).toBe(1);
    expect(stderr).toContain("reference 20 123 456 is also in");
    expect(readdirSync(out)).toEqual([]);
  });

  it("never silently overwrites a file edited by hand, unless --force", () => {
    ingest("--out", out, join(FIXTURES, "minimal.txt"));
    const path = join(out, "20-123-456.md");
    const edited = readFileSync(path, "utf8").replace("Mrs B says", "Mrs B said");
    writeFileSync(path, edited);
    const changed = join(work, "changed.txt");
    writeFileSync(changed, readFileSync(join(FIXTURES, "minimal.txt"), "utf8").replace("six months", "seven months"));
    const refused = ingest("--out", out, changed);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${path}:1: this file was edited by hand`);
    expect(readFileSync(path, "utf8")).toBe(edited);
    const forced = ingest("--force", "--out", out, changed);
    expect(forced.status).toBe(0);
    expect(readFileSync(path, "utf8")).toContain("seven months");
  });

  it("--check validates without writing", () => {
    const { status, stdout } = ingest("--check", "--out", out, SEEDS);
    expect([
      status,
      stdout
        .trim()
        .split("\n")
        .pop()
        ?.replace(/\(.*\)/, ""),
    ]).toEqual([0, "valid 5, unchanged 0, failed 0 "]);
    expect(() => readdirSync(out)).toThrow();
  });

  it("says clearly when the output folder cannot be made, and writes nothing", () => {
    writeFileSync(out, "not a folder");
    const { status, stderr } = ingest("--out", out, join(FIXTURES, "minimal.txt"));
    expect(status).toBe(1);
    expect(stderr).toContain(`${out}: cannot create the output folder (EEXIST); give --out a folder you can write to`);
    expect(readFileSync(out, "utf8")).toBe("not a folder");
  });

  it("re-parses inputs it has seen when the parser has changed since", () => {
    ingest("--out", out, join(FIXTURES, "minimal.txt"));
    const path = join(out, "20-123-456.md");
    const text = readFileSync(path, "utf8");
    const older = text.replace(/^parser: \w+$/m, "parser: 0000000000000000");
    // Keep the file intact under its checksum, as an older ingest would have written it.
    const unsigned = older.replace(/\nchecksum: [0-9a-f]{64}\n/, "\n");
    writeFileSync(path, older.replace(/checksum: [0-9a-f]{64}/, `checksum: ${sha256(unsigned)}`));
    const { stdout } = ingest("--out", out, join(FIXTURES, "minimal.txt"));
    expect(stdout).toMatch(/^ingested 1, unchanged 0, failed 0/m);
    expect(readFileSync(path, "utf8")).toBe(text);
  });

  it("rejects a missing input path with usage help", () => {
    const { status, stderr } = ingest("--out", out, join(work, "nope"));
    expect(status).toBe(2);
    expect(stderr).toMatch(/no such file or folder: .*nope[\s\S]*Usage: npm run ingest/);
  });
});
