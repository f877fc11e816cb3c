// src/lib/ is pure: strings in, values out. What reads files, the environment or Astro's
// collections lives in src/site/ (or scripts/), so this test reads every file under src/lib and
// names each line that would break the rule, before it can spread.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../paths.ts";

const LIB = path.join(ROOT, "src/lib");
/** Node built-ins that compute without touching the world (hashing); every other one is I/O or process state. */
const PURE_BUILTINS = new Set(["crypto"]);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
const ENVIRONMENT = /\bprocess\.env\b|\bimport\.meta\.env\b/;

function isForbidden(specifier: string): boolean {
  if (specifier === "astro" || specifier.startsWith("astro:") || specifier.startsWith("astro/") || specifier.startsWith("@astrojs/"))
    return true;
  const name = specifier.replace(/^node:/, "").split("/")[0]!;
  return (specifier.startsWith("node:") || builtinModules.includes(specifier)) && !PURE_BUILTINS.has(name);
}

/** "file:line: what" for every forbidden import and every read of the environment in one file's text. */
function impurities(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const [, specifier] of line.matchAll(SPECIFIER))
      if (isForbidden(specifier!)) found.push(`${file}:${index + 1}: imports ${specifier}`);
    const env = ENVIRONMENT.exec(line);
    if (env) found.push(`${file}:${index + 1}: reads ${env[0]}`);
  });
  return found;
}

const sources = (readdirSync(LIB, { recursive: true }) as string[]).filter((f) => /\.(?:ts|mts|js|mjs)$/.test(f)).sort();

describe("src/lib", () => {
  it("imports nothing from Astro or Node's I/O and never reads the environment", () => {
    expect(sources.length).toBeGreaterThan(30);
    const found = sources.flatMap((f) => impurities(`src/lib/${f}`, readFileSync(path.join(LIB, f), "utf8")));
    expect(found).toEqual([]);
  });

  it("names the file and line of each import or read that breaks the rule", () => {
    const text = [
      'import { getCollection } from "astro:content";',
      'import { readFileSync } from "node:fs";',
      'import { spawn } from "child_process";',
      'import { createHash } from "node:crypto";',
      'const m = await import("node:fs/promises");',
      "const dir = process.env.DECISIONS_DIR;",
      "const base = import.meta.env.BASE_URL;",
      'import { z } from "zod";',
    ].join("\n");
    expect(impurities("src/lib/x.ts", text)).toEqual([
      "src/lib/x.ts:1: imports astro:content",
      "src/lib/x.ts:2: imports node:fs",
      "src/lib/x.ts:3: imports child_process",
      "src/lib/x.ts:5: imports node:fs/promises",
      "src/lib/x.ts:6: reads process.env",
      "src/lib/x.ts:7: reads import.meta.env",
    ]);
  });
});
