// Runs the archive-scale benchmark at 200 decisions so it cannot rot: every stage runs and
// reports, and the counts come out right. Timings are printed, never asserted.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../paths.ts";

const N = 200;
/** Far beyond the 60 s or so the run takes on two cores; past it the test fails, saying so. */
const BENCH_TIMEOUT_MS = 200_000;
const work = mkdtempSync(join(tmpdir(), "casebook-bench-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run bench", () => {
  it(`builds ${N} synthetic decisions through every stage and reports each`, () => {
    const json = join(work, "figures.json");
    // Shards of 60 pages, so the index is written by parallel workers.
    const env = { ...process.env, SEARCH_SHARD_SIZE: "60" };
    const stdout = execFileSync(
      join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/bench.ts", "--decisions", String(N), "--rounds", "2", "--json", json],
      // Bounded: SIGTERM stops the bench, which stops every stage it started.
      { cwd: ROOT, env, encoding: "utf8", stdio: "pipe", timeout: BENCH_TIMEOUT_MS, killSignal: "SIGTERM" },
    );
    for (const stage of [
      "generate raw texts",
      "ingest",
      "ingest again (unchanged)",
      "floor: bare Astro page",
      "site build (astro)",
      "site build with its index",
      "index (pagefind)",
      "night: ingest",
      "night: build with its index",
      "night: same, into empty folder",
      "ingest + build + index",
    ]) {
      expect(stdout).toMatch(new RegExp(`^${stage.replace(/[()+]/g, "\\$&")} +\\d+\\.\\d +\\d+ +\\d+$`, "m"));
    }
    expect(stdout).toContain(`ingest again: ingested 0, unchanged ${N}, failed 0`);
    for (const label of [
      "runs, s (build with its index; index)",
      "dist size",
      "index size (dist/pagefind)",
      "decision page without its text (gzip)",
      "related lists and payment lines (computed and written once)",
      "their bytes on a decision page (gzip)",
      "site build / floor build",
      'first search "council tax"',
      "filter change (outcome, newest year)",
      'cold: load + "council tax", newest first',
      'cold: load + "council tax", every decision',
      'cold: load + "bailiffs"',
      'typed "council tax", Regular 4G',
      "night: 20 new, 5 changed (of the newest 100)",
      "decision pages rendered again, kept",
      "export row files rendered again, kept",
      "list pages rendered again, kept",
    ]) {
      expect(stdout).toContain(label);
    }

    const figures = JSON.parse(readFileSync(json, "utf8"));
    expect(figures.decisions).toBe(N);
    expect(figures.ingested).toBe(N);
    expect(figures.decisionPages).toBe(N);
    expect(figures.indexedPages).toBe(N);
    expect(figures.stages.map((s: { name: string; items: number }) => [s.name, s.items])).toEqual([
      ["generate raw texts", N],
      ["ingest", N],
      ["ingest again (unchanged)", N],
      ["floor: bare Astro page", N],
      ["site build (astro)", N],
      ["site build with its index", N],
      ["index (pagefind)", N],
      ["night: ingest", N + 20],
      ["night: build with its index", N + 20],
      ["night: same, into empty folder", N + 20],
    ]);
    // The night's update: new pages rendered, the rest kept, and the site the same files as a build
    // of the same decisions into an empty folder (the bench fails otherwise).
    expect(figures.update.pages.rendered).toBeGreaterThanOrEqual(20 + 5);
    expect(figures.update.pages.rendered + figures.update.pages.kept).toBe(N + 20);
    expect(figures.update.pages.kept).toBeGreaterThan(0);
    // Each new or changed decision's row file at most is written again.
    expect(figures.update.rows.rendered).toBeGreaterThan(0);
    expect(figures.update.rows.rendered).toBeLessThanOrEqual(20 + 5);
    expect(figures.update.rows.kept).toBeGreaterThan(0);
    // The pages of the list of every decision are numbered from the oldest: the two that hold the
    // oldest 100, none of them changed, are kept.
    expect(figures.update.decisionLists.rendered + figures.update.decisionLists.kept).toBe(Math.floor((N + 20) / 50));
    expect(figures.update.decisionLists.kept).toBeGreaterThanOrEqual(2);
    expect(figures.update.lists.kept).toBeGreaterThanOrEqual(figures.update.decisionLists.kept);
    expect(figures.update.differing).toEqual([]);
    expect(figures.update.compared).toBeGreaterThan(N);
    // Two builds, the fastest reported. (The bench stops if their indexes are not the same bytes.)
    // Shards of at most 60 pages, cut by month of the decisions' dates: at least ceil(200 / 60) = 4.
    const { shards } = figures.index as { shards: number };
    expect(shards).toBeGreaterThanOrEqual(Math.ceil(N / 60));
    const jobs = Math.min(shards, availableParallelism() + 1);
    expect(figures.index).toMatchObject({ indexed: N, shards, jobs });
    const { builds, runs, seconds } = figures.index;
    expect([builds.length, runs.length]).toEqual([2, 2]);
    expect(seconds).toBe(runs[builds.indexOf(Math.min(...builds))]);
    // The build without its index is the build less the index's own time.
    const stage = (name: string) => figures.stages.find((s: { name: string }) => s.name === name).seconds;
    expect(stage("site build (astro)")).toBeCloseTo(stage("site build with its index") - stage("index (pagefind)"), 6);
    expect(figures.index.sha256).toMatch(/^[0-9a-f]{64}$/);
    // What docs/benchmarks.md is written from: the run and the report's rows.
    expect(figures.run.command).toBe(`npm run bench -- --decisions ${N} --rounds 2 --json ${json}`);
    expect(figures.report).toContainEqual(["decisions generated", String(N)]);
    expect(figures.reingestOutput).toMatch(`ingested 0, unchanged ${N}, failed 0`);
    // Every step of the browser's session reports what the server sent and what the page showed.
    const { session, cold, throttled } = figures.search;
    const showing = /Showing \d+–\d+ of [\d,]+ decisions?/;
    expect(session.pageLoad.bytes).toBeGreaterThan(0);
    expect(session.firstSearch.status).toMatch(showing);
    expect(session.filterChange.status).toMatch(/Showing \d+–\d+ of [\d,]+ decisions?|No decisions/);
    // Scrolled through, the page's results fill in: nothing is left waiting.
    expect(session.scrolled.status).toBe(session.filterChange.status);
    for (const step of Object.values(cold) as { bytes: number; status: string; ms: number }[]) {
      expect(step.bytes).toBeGreaterThan(session.pageLoad.bytes);
      expect(step.status).toMatch(showing);
      expect(step.ms).toBeGreaterThan(0);
    }
    // Pagefind's worker script is counted: the server sends it, whatever the browser reports.
    expect(cold.common.byKind["pagefind script"]).toBeGreaterThan(10_000);
    // With several shards, a first search of the newest costs less than one of every decision.
    expect(cold.common.bytes).toBeLessThan(cold.commonAll.bytes);
    expect(figures.rareWordIn).toBeGreaterThan(0);
    // The build's time by section: a page a decision, the council pages, the remedy ledger.
    expect(figures.sectionTimes.decisions.pages).toBeGreaterThan(N);
    expect(figures.sectionTimes.councils.pages).toBeGreaterThan(1);
    expect(figures.sectionTimes.remedies.pages).toBe(1);
    expect(throttled.status).toMatch(showing);
    expect(throttled.afterTypingMs).toBeGreaterThan(0);
    // Typed key by key, the same search fetches at least what it does from a link.
    expect(throttled.bytes).toBeGreaterThanOrEqual(cold.common.bytes);
  }, 240_000);
});

/** The command lines of the processes running now that name `text` (Linux's /proc). */
function processesNaming(text: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      if (args.includes(text)) found.push(`${pid}: ${args}`);
    } catch {
      // It ended while the list was read.
    }
  }
  return found;
}

/** The bench with these arguments at N decisions, its output as it comes, and its exit code once it closes. */
function startBench(...args: string[]) {
  const bench = spawn(join(ROOT, "node_modules/.bin/tsx"), ["scripts/bench.ts", "--decisions", String(N), ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const run = { bench, output: "", exited: new Promise<number | null>((resolve) => bench.on("close", resolve)) };
  bench.stdout.on("data", (d: Buffer) => (run.output += d.toString()));
  bench.stderr.on("data", (d: Buffer) => (run.output += d.toString()));
  return run;
}

/** The work folder a bench's output names. */
const workFolder = (output: string) => /^bench: .* in (\S+)$/m.exec(output)?.[1];

describe("npm run bench, interrupted", () => {
  it("stops every stage it started and removes its work folder", async () => {
    const run = startBench();
    const { bench, exited } = run;
    try {
      // Its work folder, then a stage running in it (the ingest names the folder in its arguments).
      await expect.poll(() => workFolder(run.output), { timeout: 60_000 }).toBeDefined();
      const work = workFolder(run.output)!;
      await expect.poll(() => processesNaming(work).length, { timeout: 60_000 }).toBeGreaterThan(0);
      bench.kill("SIGINT");
      expect(await exited).toBe(130);
      expect(run.output).toContain("bench: interrupted (SIGINT); every stage it started is stopped");
      await expect.poll(() => processesNaming(work), { timeout: 10_000 }).toEqual([]);
      expect(existsSync(work)).toBe(false);
    } finally {
      bench.kill("SIGKILL");
    }
  });
});

describe("npm run bench, a stage past its time", () => {
  it("stops the stage, says which and why, and leaves nothing behind", async () => {
    // A bound no ingest can keep: the first stage run as a process is stopped.
    const run = startBench("--max-stage-seconds", "0.001");
    try {
      expect(await run.exited).toBe(1);
      expect(run.output).toMatch(/^bench: ingest stopped after \d+ s: it ran past --max-stage-seconds 0\.001; give a larger bound/m);
      const work = workFolder(run.output)!;
      expect(work).toBeDefined();
      expect(processesNaming(work)).toEqual([]);
      expect(existsSync(work)).toBe(false);
    } finally {
      run.bench.kill("SIGKILL");
    }
  });

  it("refuses a bound that is not a number greater than 0", async () => {
    const run = startBench("--max-stage-seconds", "soon");
    expect(await run.exited).toBe(1);
    expect(run.output).toContain("bench: --max-stage-seconds expects a number greater than 0, found 'soon'");
  });
});
