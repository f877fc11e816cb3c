import { copyFileSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDecisionSources } from "../../src/site/decision-files.ts";
import { closeSession, openSession } from "../../src/site/page-cache-session.ts";
import { ROOT } from "../paths.ts";
import { tempDir } from "../support/temp-dir.ts";

const SHIPPED = ["21-018-990", "21-003-813"];

/** A folder of two shipped decision files, last modified an hour ago. */
function decisionsFolder(): string {
  const dir = tempDir("decision-files-");
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const slug of SHIPPED) {
    copyFileSync(join(ROOT, "decisions", `${slug}.md`), join(dir, `${slug}.md`));
    utimesSync(join(dir, `${slug}.md`), anHourAgo, anHourAgo);
  }
  return dir;
}

/** Opens a build's session with this cache folder (by default a new one) and fingerprint; returns the folder. */
function inBuild(cacheDir = tempDir("decision-files-cache-"), fingerprint = "f"): string {
  closeSession();
  openSession({ previous: null, fingerprint, outDir: tempDir("decision-files-out-"), cacheDir });
  return cacheDir;
}

afterEach(() => closeSession());

describe("loading the decision files", () => {
  it("gives each file's validated record, its path and the sha256 of its text, by file name", async () => {
    const dir = decisionsFolder();
    const sources = await loadDecisionSources(dir);
    expect(sources.map((s) => s.decision.slug)).toEqual([...SHIPPED].sort());
    expect(sources[0]!.file).toBe(join(dir, "21-003-813.md"));
    expect(sources[0]!.decision.reference).toBe("21 003 813");
    expect(sources[0]!.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(sources[0]!.digest).not.toBe(sources[1]!.digest);
  });

  it("refuses a folder named like a decision file, and text that is not UTF-8, naming the file", async () => {
    const folder = tempDir("decision-files-");
    mkdirSync(join(folder, "21-003-813.md"));
    await expect(loadDecisionSources(folder)).rejects.toThrow(
      `${join(folder, "21-003-813.md")}: not a decision file but a folder; rename or remove it`,
    );
    const latin1 = tempDir("decision-files-");
    writeFileSync(
      join(latin1, "21-018-990.md"),
      Buffer.concat([Buffer.from("---\ncouncil: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]),
    );
    await expect(loadDecisionSources(latin1)).rejects.toThrow(
      `${join(latin1, "21-018-990.md")}: not UTF-8 text (a byte that is not UTF-8 at byte 17, as Windows-1252 or Latin-1 text has); save it as UTF-8, or ingest its statement again`,
    );
  });

  it("in a build, takes an unchanged file's record from the last build's record instead of reading it", async () => {
    const dir = decisionsFolder();
    const cacheDir = inBuild();
    await loadDecisionSources(dir);
    // The record says another council for one file: if the file is not read, that is what comes back.
    const recordFile = join(cacheDir, "casebook-records.json");
    const record = JSON.parse(readFileSync(recordFile, "utf8"));
    record.files["21-018-990.md"].record.council = "A council only the record names";
    writeFileSync(recordFile, JSON.stringify(record));
    const again = await loadDecisionSources(dir);
    expect(again.find((s) => s.decision.slug === "21-018-990")!.decision.council).toBe("A council only the record names");
  });

  it("writes its record again only when a file was read or has gone", async () => {
    const dir = decisionsFolder();
    const cacheDir = inBuild();
    await loadDecisionSources(dir);
    const recordFile = join(cacheDir, "casebook-records.json");
    const marked = () => "marked" in JSON.parse(readFileSync(recordFile, "utf8"));
    const mark = () => writeFileSync(recordFile, JSON.stringify({ ...JSON.parse(readFileSync(recordFile, "utf8")), marked: true }));

    mark();
    await loadDecisionSources(dir);
    expect(marked()).toBe(true);

    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(join(dir, "21-018-990.md"), aMinuteAgo, aMinuteAgo);
    await loadDecisionSources(dir);
    expect(marked()).toBe(false);

    mark();
    rmSync(join(dir, "21-018-990.md"));
    expect((await loadDecisionSources(dir)).map((s) => s.decision.slug)).toEqual(["21-003-813"]);
    expect(marked()).toBe(false);
    expect(Object.keys(JSON.parse(readFileSync(recordFile, "utf8")).files)).toEqual(["21-003-813.md"]);
  });

  it("reads a file again when its time or size changed, when it changed as the files were read, or when the code changed", async () => {
    const dir = decisionsFolder();
    const cacheDir = inBuild();
    await loadDecisionSources(dir);
    const recordFile = join(cacheDir, "casebook-records.json");
    const tamper = () => {
      const record = JSON.parse(readFileSync(recordFile, "utf8"));
      for (const name of Object.keys(record.files)) record.files[name].record.council = "Stale";
      writeFileSync(recordFile, JSON.stringify(record));
    };
    const councils = async () => (await loadDecisionSources(dir)).map((s) => s.decision.council);

    tamper();
    const file = join(dir, "21-018-990.md");
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(file, aMinuteAgo, aMinuteAgo); // another time: read again
    expect((await councils()).filter((c) => c === "Stale")).toHaveLength(1);

    // Modified as the files are read: its time is recorded, but not trusted.
    utimesSync(file, new Date(), new Date());
    await councils();
    tamper();
    expect((await councils()).filter((c) => c === "Stale")).toHaveLength(1);

    tamper();
    inBuild(cacheDir, "other code");
    expect(await councils()).not.toContain("Stale");
  });
});
