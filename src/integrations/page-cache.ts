// Keeps the files a build need not render again: the decision pages and the other files that are a
// function of their props alone (src/site/site-data.ts says which). Astro is told not to empty the
// output folder (astro.config.mjs); when a build starts, this integration reads what the previous
// one recorded of those files and opens the session their routes consult
// (src/site/page-cache-session.ts), which renders only the files whose key changed. When the pages
// are written, it records every cached file's key and size, and removes from the output folder
// every file the build neither wrote nor kept (a decision since removed, an asset since renamed),
// so the folder holds what a build into an empty folder would. The search index's bundles are left
// to the index, which keeps or remakes them itself (./pagefind.ts).
//
// The record is written only once the pages are all written, and the previous one is set aside
// when a build starts: a build that fails leaves no record, and the next renders every page.
// `astro build --full` (`npm run build -- --full`) renders every file whatever was recorded.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sitemap from "@astrojs/sitemap";
import type { AstroConfig, AstroIntegration } from "astro";
import writeFileAtomic from "write-file-atomic";
import { readManifest, type PageManifest } from "../lib/page-cache.ts";
import { isBundleDir } from "../lib/search-shards.ts";
import { closeSession, currentSession, openSession, type PageCacheSession } from "../site/page-cache-session.ts";

/** The record of the output folder's cached files, in Astro's cache folder. */
const MANIFEST = "casebook-pages.json";
/** The previous build's record while a build runs. */
const PREVIOUS = "casebook-pages.previous.json";

/** The files, besides the decision records, that decide what a page looks like. */
const RENDERING = ["src", "astro.config.mjs", "package-lock.json"];

/**
 * A hash of the code and settings that render the pages: every file under src/, the Astro config,
 * the locked dependencies, and the site's address, base and URL format. A change to any of them
 * renders every page again.
 */
export function templateFingerprint(root: string, config: Pick<AstroConfig, "site" | "base" | "trailingSlash" | "build">): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([config.site ?? null, config.base, config.trailingSlash, config.build.format]));
  const add = (relative: string) => {
    const file = path.join(root, relative);
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) add(path.posix.join(relative, name));
      return;
    }
    hash.update(`\0${relative}\0`).update(readFileSync(file));
  };
  for (const relative of RENDERING) add(relative);
  return hash.digest("hex");
}

/**
 * Removes from `dir` every file last written before `since` (ms) that is not in `keep` (paths
 * relative to `dir`), and the folders left empty; the index's bundle folders are not looked in.
 * Returns how many files were removed.
 */
export function removeStale(dir: string, since: number, keep: ReadonlySet<string>): number {
  let removed = 0;
  const walk = (relative: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = path.posix.join(relative, entry.name);
      const full = path.join(dir, name);
      if (entry.isDirectory()) {
        if (relative === "" && isBundleDir(entry.name)) empty = false;
        else if (walk(name)) rmdirSync(full);
        else empty = false;
      } else if (!keep.has(name) && statSync(full).mtimeMs < since) {
        rmSync(full);
        removed++;
      } else empty = false;
    }
    return empty;
  };
  if (existsSync(dir)) walk("");
  return removed;
}

/** The record of a build's cached files: the key of each, and its size. */
function manifestOf(session: PageCacheSession, outDir: string): PageManifest {
  const pages: PageManifest["pages"] = {};
  for (const [file, key] of session.keys) {
    const kept = session.kept.has(file) ? session.previous?.pages[file] : undefined;
    pages[file] = { key, bytes: kept?.bytes ?? statSync(path.join(outDir, file)).size };
  }
  return { fingerprint: session.fingerprint, pages };
}

/** What the build says it rendered and kept, route by route. */
const routeCounts = (session: PageCacheSession): string =>
  [...session.routes].map(([route, { rendered, kept }]) => `${rendered} ${route} rendered, ${kept} kept from the last build`).join("; ");

/**
 * @astrojs/sitemap, then the page cache. The sitemap is given the kept pages as well as
 * those Astro rendered, and lists the pages it is handed sorted, so it is the one a build of every
 * page writes; it is written before the cache removes what the build did not write.
 */
export default function pageCache(): AstroIntegration[] {
  let config: AstroConfig;
  let since = 0;
  const sitemapOf = sitemap();
  const writeSitemap = sitemapOf.hooks["astro:build:done"]!;
  // The kept pages, as Astro names a page it wrote ("decisions/21-018-990/"); a kept file that is not a page is not in the sitemap.
  const keptPaths = () =>
    [...(currentSession()?.kept ?? [])]
      .filter((file) => file.endsWith("/index.html"))
      .map((file) => ({ pathname: `${path.posix.dirname(file)}/` }));
  const sitemapWithKept: AstroIntegration = {
    ...sitemapOf,
    hooks: {
      ...sitemapOf.hooks,
      "astro:build:done": (params) => writeSitemap({ ...params, pages: [...params.pages, ...keptPaths()] }),
    },
  };
  const cache: AstroIntegration = {
    name: "casebook:page-cache",
    hooks: {
      "astro:config:done": ({ config: resolved }) => {
        config = resolved;
      },
      "astro:build:start": ({ logger }) => {
        // Files written from here on are this build's. Their times may be kept to the second by
        // the file system, so a second is allowed for: no build ends and another starts within it.
        since = Math.floor(Date.now() / 1000) * 1000 - 1000;
        const cache = fileURLToPath(config.cacheDir);
        const outDir = fileURLToPath(config.outDir);
        const full = process.argv.includes("--full");
        let previous: PageManifest | null = null;
        if (existsSync(path.join(cache, MANIFEST)) && !full) {
          renameSync(path.join(cache, MANIFEST), path.join(cache, PREVIOUS));
          previous = readManifest(readFileSync(path.join(cache, PREVIOUS), "utf8"));
        } else {
          rmSync(path.join(cache, MANIFEST), { force: true });
          rmSync(path.join(cache, PREVIOUS), { force: true });
        }
        // Astro builds into <working folder>/.astro/ when the output folder is outside the working
        // folder, then copies all of it there: what an earlier build or the dev server left in it
        // would be copied too.
        if (!outDir.startsWith(process.cwd())) rmSync(path.join(process.cwd(), ".astro"), { recursive: true, force: true });
        const fingerprint = templateFingerprint(fileURLToPath(config.root), config);
        if (full) logger.info("--full: every page is rendered");
        else if (!previous) logger.info("No record of an earlier build here: every page is rendered");
        else if (previous.fingerprint !== fingerprint) logger.info("The code or settings have changed: every page is rendered");
        mkdirSync(cache, { recursive: true });
        openSession({ previous, fingerprint, outDir, cacheDir: cache });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const session = closeSession();
        if (!session) return;
        const outDir = fileURLToPath(dir);
        const removed = removeStale(outDir, since, session.kept);
        const cache = fileURLToPath(config.cacheDir);
        mkdirSync(cache, { recursive: true });
        await writeFileAtomic(path.join(cache, MANIFEST), `${JSON.stringify(manifestOf(session, outDir))}\n`);
        rmSync(path.join(cache, PREVIOUS), { force: true });
        logger.info(`${routeCounts(session)}; ${removed} stale files removed`);
      },
    },
  };
  return [sitemapWithKept, cache];
}
