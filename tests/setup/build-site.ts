// Builds the site once for the site tests: a fixed set of the shipped decisions (the five seeds and
// one excerpt, so the tests do not change with the embedded set) plus the test decisions made by the
// real parser from tests/fixtures/site/*.txt, into a temp dir (outDir and Astro cache both temp), with
// `astro build`, which writes the Pagefind index too. The path reaches the tests through provide/inject("siteDir").
// Every other build a test makes goes through buildSite and makeWorkDir here.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { writeSiteFixtures } from "../../scripts/site-fixtures.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const CACHE = path.join(ROOT, "node_modules/.cache/casebook-tests");
/** The shipped decisions in the test build: the five seeds, and 19-007-429, an excerpt. */
export const SITE_DECISIONS = ["19-012-800", "21-000-259", "21-003-813", "21-018-990", "23-009-462", "19-007-429"];

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    decisionsDir: string;
  }
}

/** How long a test build may take: a few seconds, or a minute on a loaded machine. */
const BUILD_TIMEOUT_MS = 300_000;

/** A new folder for one build's files, named `<prefix>XXXXXX`. */
export function makeWorkDir(prefix: string): string {
  // Inside the project: with an outDir outside it, Astro stages the build in <root>/.astro, which
  // two builds at once (or a dev server) would share.
  mkdirSync(CACHE, { recursive: true });
  return mkdtempSync(path.join(CACHE, prefix));
}

/**
 * `astro build` (search index included) of the decision files in `decisions`, into <work>/dist with
 * its own cache in <work>/cache; `env` sets the rest (SITE_URL, BASE_PATH, SEARCH_SHARD_SIZE); with
 * `printed`, what the build prints (else it is silent) is pushed there; `args` are given to `astro build`.
 * Returns the output folder; a build that fails throws an Error carrying what it printed.
 */
export function buildSite(
  work: string,
  decisions: string,
  env: Record<string, string> = {},
  printed?: string[],
  args: string[] = [],
): string {
  const out = path.join(work, "dist");
  // Without the import.meta.env values Vitest puts in process.env, which would override the build's own.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  const buildEnv = { ...inherited, DECISIONS_DIR: decisions, OUT_DIR: out, CACHE_DIR: path.join(work, "cache"), ...env };
  try {
    const stdout = execFileSync(path.join(ROOT, "node_modules/.bin/astro"), ["build", ...(printed ? [] : ["--silent"]), ...args], {
      cwd: ROOT,
      env: buildEnv,
      stdio: "pipe",
      timeout: BUILD_TIMEOUT_MS,
      killSignal: "SIGKILL",
    });
    printed?.push(stdout.toString());
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; signal?: string };
    const how = e.signal === "SIGKILL" ? `did not finish within ${BUILD_TIMEOUT_MS / 1000} s and was stopped` : "failed";
    throw new Error(`The build of ${decisions} ${how}:\n${e.stdout?.toString() ?? ""}\n${e.stderr?.toString() ?? ""}`);
  }
  return out;
}

export default function setup(project: TestProject) {
  const work = makeWorkDir("site-");
  const decisions = path.join(work, "decisions");
  mkdirSync(decisions);
  for (const slug of SITE_DECISIONS) cpSync(path.join(ROOT, "decisions", `${slug}.md`), path.join(decisions, `${slug}.md`));
  writeSiteFixtures(decisions);
  const out = buildSite(work, decisions, { SITE_URL: "https://casebook.example", BASE_PATH: "/" });
  project.provide("siteDir", out);
  project.provide("decisionsDir", decisions);
  return () => {
    if (!process.env.KEEP_SITE) rmSync(work, { recursive: true, force: true });
    else console.log(`Site kept at ${out} (${readdirSync(out).length} entries)`);
  };
}
