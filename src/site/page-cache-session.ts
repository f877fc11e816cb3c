// The page cache of one `astro build`: opened by its integration (src/integrations/page-cache.ts)
// when the build starts, consulted by the getStaticPaths of the routes whose output is a function
// of their props alone (site-data.ts) and by the loading of the decision files, which keeps its
// record in the cache folder (decision-files.ts), closed when the pages are written. Astro loads the
// integration and the pages as separate instances of these modules, so the state lives on
// globalThis under a registered symbol. Without a session (the dev server, a page built by hand)
// every page is rendered.

import { statSync } from "node:fs";
import path from "node:path";
import { keptPages, pageKey, type PageManifest } from "../lib/page-cache.ts";

export interface PageCacheSession {
  /** What the previous build recorded of the output folder's cached files; null: render them all. */
  previous: PageManifest | null;
  fingerprint: string;
  /** The output folder, whose files may be kept. */
  outDir: string;
  /** Astro's cache folder, where the build keeps what it recorded of the decision files (decision-files.ts). */
  cacheDir: string;
  /** Each cached file's key, by its path under the output folder, for the routes planned so far. */
  keys: Map<string, string>;
  /** The files in the output folder kept, not rendered again. */
  kept: Set<string>;
  /** Each planned route's files rendered and kept, by what the route's files are called ("decision pages"). */
  routes: Map<string, { rendered: number; kept: number }>;
}

const SESSION = Symbol.for("casebook.page-cache");
const slot = globalThis as { [SESSION]?: PageCacheSession | undefined };

export function openSession(session: Omit<PageCacheSession, "keys" | "kept" | "routes">): void {
  slot[SESSION] = { ...session, keys: new Map(), kept: new Set(), routes: new Map() };
}

/** The session open now, if any. */
export const currentSession = (): PageCacheSession | undefined => slot[SESSION];

/** The session, and none from then on. */
export function closeSession(): PageCacheSession | undefined {
  const session = slot[SESSION];
  slot[SESSION] = undefined;
  return session;
}

/** The size of a file in bytes, or undefined when there is none. */
function bytesOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/**
 * A route's paths to render: all of them without a session; with one, those whose file in the
 * output folder cannot be kept. The route's output must be a function of its props, the code and
 * the site's settings alone. `route` names its files in the build's log ("decision pages"),
 * `fileOf` gives a path's file under the output folder, and `digestOf` a decision file's digest by
 * slug (page-cache.ts). Records each file's key and what is kept in the session.
 */
export function pathsToRender<P extends { props: unknown }>(
  route: string,
  paths: P[],
  fileOf: (p: P) => string,
  digestOf: (slug: string) => string | undefined,
): P[] {
  const session = slot[SESSION];
  if (!session) return paths;
  const keys = new Map(paths.map((p) => [fileOf(p), pageKey(session.fingerprint, p.props, digestOf)]));
  const kept = keptPages(session.previous, session.fingerprint, keys, (file) => bytesOf(path.join(session.outDir, file)));
  for (const [file, key] of keys) session.keys.set(file, key);
  for (const file of kept) session.kept.add(file);
  session.routes.set(route, { rendered: keys.size - kept.size, kept: kept.size });
  return paths.filter((p) => !kept.has(fileOf(p)));
}
