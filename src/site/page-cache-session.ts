// The page cache of one `astro build`: opened by its integration (src/integrations/page-cache.ts)
// when the build starts, consulted by the decision route's getStaticPaths (site-data.ts), closed
// when the pages are written. Astro loads the integration and the pages as separate instances of
// these modules, so the state lives on globalThis under a registered symbol. Without a session
// (the dev server, a page built by hand) every decision page is rendered.

import { statSync } from "node:fs";
import path from "node:path";
import { decisionPageFile } from "../lib/index-page.ts";
import { keptPages, pageKey, type PageManifest } from "../lib/page-cache.ts";

export interface PageCacheSession {
  /** What the previous build recorded of the output folder's decision pages; null: render them all. */
  previous: PageManifest | null;
  fingerprint: string;
  /** The output folder, whose decision pages may be kept. */
  outDir: string;
  /** Each decision page's key, once the route has been planned. */
  keys?: Map<string, string>;
  /** The slugs whose page in the output folder is kept, not rendered again. */
  kept?: Set<string>;
}

const SESSION = Symbol.for("casebook.page-cache");
const slot = globalThis as { [SESSION]?: PageCacheSession | undefined };

export function openSession(session: PageCacheSession): void {
  slot[SESSION] = session;
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
 * The decision paths to render: all of them without a session; with one, those whose page in the
 * output folder cannot be kept. Records each page's key and what is kept in the session.
 * `digestOf` gives the digest of a decision file's text by slug.
 */
export function pathsToRender<P extends { params: { slug: string }; props: unknown }>(
  paths: P[],
  digestOf: (slug: string) => string | undefined,
): P[] {
  const session = slot[SESSION];
  if (!session) return paths;
  // A page's key stands for its file's text through the digest: without one, nothing is kept.
  if (paths.some((p) => digestOf(p.params.slug) === undefined)) {
    session.keys = new Map();
    session.kept = new Set();
    return paths;
  }
  const keys = new Map(paths.map((p) => [p.params.slug, pageKey(session.fingerprint, p.props, digestOf)]));
  const kept = keptPages(session.previous, session.fingerprint, keys, (slug) => bytesOf(path.join(session.outDir, decisionPageFile(slug))));
  session.keys = keys;
  session.kept = kept;
  return paths.filter((p) => !kept.has(p.params.slug));
}
