// Builds the site once for the site tests: a fixed set of the shipped decisions (the five seeds and
// one excerpt, so the tests do not change with the embedded set) plus the test decisions made by the
// real parser from tests/fixtures/site/*.txt, into a temp dir (outDir and Astro cache both temp), with
// `astro build`, which writes the Pagefind index too. The path reaches the tests through provide/inject("siteDir").
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

/** The environment for a child `astro build`, without the import.meta.env values Vitest puts in process.env. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...rest } = process.env;
  return { ...rest, ...extra };
}

export default function setup(project: TestProject) {
  // Inside the project: with an outDir outside it, Astro stages the build in <root>/.astro, which
  // two builds at once (or a dev server) would share.
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(path.join(CACHE, "site-"));
  const decisions = path.join(work, "decisions");
  const out = path.join(work, "dist");
  mkdirSync(decisions);
  for (const slug of SITE_DECISIONS) cpSync(path.join(ROOT, "decisions", `${slug}.md`), path.join(decisions, `${slug}.md`));
  writeSiteFixtures(decisions);
  const env = buildEnv({
    DECISIONS_DIR: decisions,
    OUT_DIR: out,
    CACHE_DIR: path.join(work, "cache"),
    SITE_URL: "https://casebook.example",
    BASE_PATH: "/",
  });
  try {
    execFileSync(path.join(ROOT, "node_modules/.bin/astro"), ["build", "--silent"], { cwd: ROOT, env, stdio: "pipe" });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`Site build failed:\n${e.stdout?.toString() ?? ""}\n${e.stderr?.toString() ?? ""}`);
  }
  project.provide("siteDir", out);
  project.provide("decisionsDir", decisions);
  return () => {
    if (!process.env.KEEP_SITE) rmSync(work, { recursive: true, force: true });
    else console.log(`Site kept at ${out} (${readdirSync(out).length} entries)`);
  };
}
