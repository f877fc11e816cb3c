// npm run fetch as a user runs it, in a child process, against a stand-in server
// (./lgo-server.ts): for the fetch tests. Also what they ask of its folder.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../paths.ts";
import type { LgoServer, ServedDecision } from "./lgo-server.ts";

export interface FetchRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The command's peak memory (VmHWM) in MB, read on every line it printed to stderr. */
  peakMB: number;
}

/** The peak memory (VmHWM) of a running process in MB, or 0 once it has ended. */
function peakMB(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/**
 * Runs the real command to its end (bounded by the test's timeout); `stopAfter` kills it with
 * `signal` once that many decision pages have been served.
 */
export function fetchArchive(
  server: Pick<LgoServer, "url" | "onDecisionServed">,
  args: string[],
  stopAfter?: { pages: number; signal: NodeJS.Signals },
): Promise<FetchRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts/fetch.ts"), "--base-url", server.url, ...args], {
      cwd: ROOT,
    });
    let stdout = "";
    let stderr = "";
    let peak = 0;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    // The high-water mark only grows: read on every line the command prints, it holds the peak so far.
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      peak = Math.max(peak, peakMB(child.pid!));
    });
    let served = 0;
    server.onDecisionServed = () => {
      if (stopAfter && ++served === stopAfter.pages) child.kill(stopAfter.signal);
    };
    child.on("close", (status, signal) => {
      server.onDecisionServed = null;
      resolve({ status, signal, stdout, stderr, peakMB: peak });
    });
  });
}

/** The file a decision's page is saved as. */
export const fileOf = (d: ServedDecision): string => `${d.reference.replaceAll(" ", "-")}.html`;

/** The pages saved in a folder, sorted. */
export const pagesIn = (out: string): string[] =>
  readdirSync(out)
    .filter((f) => f.endsWith(".html"))
    .sort();
