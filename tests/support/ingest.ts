// npm run ingest as a user runs it, in a child process: for the tests of scripts/ingest.ts and of
// the pages npm run fetch saves.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../paths.ts";

/** The command line, for a test that starts ingest itself (to kill it half-way). */
export const INGEST = [process.execPath, "--import", "tsx", join(ROOT, "scripts/ingest.ts")] as const;

/** Runs ingest with these arguments to its end. */
export function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const [command, ...rest] = INGEST;
  const result = spawnSync(command, [...rest, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000, killSignal: "SIGKILL" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
