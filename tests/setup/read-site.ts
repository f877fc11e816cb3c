// Reads a built site (an astro build's outDir) into the shape tests/support/link-check.ts checks:
// every .html file's text by relative path, and the relative paths of all files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface BuiltSite {
  pages: Map<string, string>;
  files: string[];
}

export function readSite(dir: string): BuiltSite {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  const pages = new Map(files.filter((f) => f.endsWith(".html")).map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));
  return { pages, files };
}
