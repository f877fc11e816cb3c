// The hand-off from the pages Astro builds to the search index built meanwhile. The Pagefind
// integration (src/integrations/pagefind.ts) sets a receiver when a build starts, in the one Node
// process where Astro builds the pages; the middleware (src/middleware.ts) gives it each decision
// page as it is built. The two are loaded apart (the integration by Astro's config loader, the
// middleware inside the build's bundle), so the receiver is held on globalThis under a registered
// symbol. With no receiver (astro dev, or an index made after the build) pages are served as they are.

/** What the index takes of the build. */
export interface BuiltPages {
  /** The decision pages' files in the order the index takes them, before the first page. */
  plan(files: string[]): void;
  /** A decision page as built: its file in the site, and its HTML as written. */
  page(file: string, html: string): void;
}

const KEY = Symbol.for("casebook:built-pages");
const held = globalThis as { [KEY]?: BuiltPages | undefined };

/** The receiver of the build under way, if any. */
export const builtPages = (): BuiltPages | undefined => held[KEY];

export function receiveBuiltPages(receiver: BuiltPages | undefined): void {
  held[KEY] = receiver;
}
