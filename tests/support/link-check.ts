// Link and anchor checker for a built static site. Pure: it reads nothing from disk and fetches
// nothing; the caller hands it the pages (path -> HTML) and the names of the other files.
//
// Usage (e.g. in a test, after `astro build`):
//
//   import { checkLinks } from "../support/link-check.ts";
//   const { pages, files } = readSite(distDir);            // tests/setup/read-site.ts
//   const broken = checkLinks({ pages, files }, { site: "https://example.org", base: "/casebook/" });
//   expect(broken).toEqual([]);
//
// Paths are relative to the output directory with forward slashes, as the host serves them
// under the base path: "index.html", "decisions/21-003-813/index.html", "404.html",
// "feed.xml", "_astro/index.abc123.css". Every page is a file too; `files` lists the rest.
//
// What it checks, for every URL-bearing attribute (URL_ATTRIBUTES: a/area/link href, script/img/
// source/iframe/embed src, form action, og:url and og:image content) in every page:
//   - the URL is resolved against the page's own URL (site + base + path; a <base href> is
//     honoured). Other schemes (mailto:, data:, javascript:...) and other origins are skipped.
//   - an internal URL must be under the base path ("outside-base"), and must name a file that
//     exists: "x/" and "" mean "x/index.html"; "x" may be the file "x" or the directory "x/"
//     with an index.html ("missing-file"). The query string is ignored.
//   - a #fragment on an HTML target needs an element with that id (or an <a name>) in the
//     target page ("missing-anchor"). An empty fragment ("#") is the top of the page.
// It returns the broken links, in page order; an empty array means every link resolves.
import { attr, parseHtml, query, queryAll, type Document } from "./html.ts";

export type BrokenReason = "outside-base" | "missing-file" | "missing-anchor" | "invalid-url";

export interface BrokenLink {
  /** The page holding the link, as given (e.g. "decisions/21-003-813/index.html"). */
  page: string;
  /** The attribute's text as written, e.g. "/casebook/decisions/21-003-813/#p19". */
  url: string;
  /** Where it was found, e.g. 'a[href]' or 'meta[property="og:url"][content]'. */
  where: string;
  reason: BrokenReason;
  /** The file the URL was expected to reach, when it got that far. */
  target?: string;
}

export interface SiteContent {
  /** HTML pages by path relative to the output directory. */
  pages: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Every other file that exists (pages may be listed too). */
  files?: Iterable<string>;
}

export interface LinkCheckOptions {
  /** The public origin the site is served from, e.g. "https://example.org" (a path part is ignored). */
  site: string;
  /** The base path, e.g. "/casebook/" or "/" (default). Slashes either side are optional. */
  base?: string;
}

/** The selectors and attributes that carry URLs. */
export const URL_ATTRIBUTES: readonly { selector: string; attribute: string }[] = [
  { selector: "a[href]", attribute: "href" },
  { selector: "area[href]", attribute: "href" },
  { selector: "link[href]", attribute: "href" },
  { selector: "script[src]", attribute: "src" },
  { selector: "img[src]", attribute: "src" },
  { selector: "source[src]", attribute: "src" },
  { selector: "iframe[src]", attribute: "src" },
  { selector: "embed[src]", attribute: "src" },
  { selector: "form[action]", attribute: "action" },
  { selector: 'meta[property="og:url"]', attribute: "content" },
  { selector: 'meta[property="og:image"]', attribute: "content" },
];

/** "/casebook" / "casebook/" / "" -> "/casebook/" or "/". */
export function normaliseBase(base = "/"): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** The public URL of a page path: "decisions/x/index.html" -> "https://example.org/casebook/decisions/x/". */
export function pageUrl(page: string, options: LinkCheckOptions): URL {
  const origin = new URL(options.site).origin;
  const path = page.replace(/^\/+/, "").replace(/(^|\/)index\.html$/, "$1");
  return new URL(normaliseBase(options.base) + path, origin);
}

/** Every URL-bearing attribute of a page, in document order per selector. */
export function linksOf(root: Document): { url: string; where: string }[] {
  const links: { url: string; where: string }[] = [];
  for (const { selector, attribute } of URL_ATTRIBUTES) {
    for (const el of queryAll(root, selector)) {
      const value = attr(el, attribute);
      if (value !== undefined)
        links.push({ url: value, where: selector.includes(`[${attribute}]`) ? selector : `${selector}[${attribute}]` });
    }
  }
  return links;
}

export function checkLinks(site: SiteContent, options: LinkCheckOptions): BrokenLink[] {
  const index = new SiteIndex(site);
  const scope: Scope = { base: normaliseBase(options.base), origin: new URL(options.site).origin };
  const broken: BrokenLink[] = [];
  for (const page of index.pages.keys()) {
    const root = index.doc(page);
    let here = pageUrl(page, options);
    const baseHref = attr(query(root, "base[href]"), "href");
    if (baseHref) {
      try {
        here = new URL(baseHref, here);
      } catch {
        broken.push({ page, url: baseHref, where: "base[href]", reason: "invalid-url" });
      }
    }
    for (const { url, where } of linksOf(root)) {
      const problem = checkLink(url, here, index, scope);
      if (problem) broken.push({ page, url, where, ...problem });
    }
  }
  return broken;
}

/** The pages and files of a site by their paths without a leading slash, each page parsed once and its anchors read once. */
class SiteIndex {
  readonly pages: Map<string, string>;
  readonly files: Set<string>;
  private readonly parsed = new Map<string, Document>();
  private readonly anchors = new Map<string, Set<string>>();

  constructor(site: SiteContent) {
    const pages = site.pages instanceof Map ? site.pages : new Map(Object.entries(site.pages));
    this.files = new Set<string>([...(site.files ?? [])].map((f) => f.replace(/^\/+/, "")));
    for (const p of pages.keys()) this.files.add(p.replace(/^\/+/, ""));
    this.pages = new Map([...pages].map(([p, html]) => [p.replace(/^\/+/, ""), html]));
  }

  doc(page: string): Document {
    let root = this.parsed.get(page);
    if (!root) this.parsed.set(page, (root = parseHtml(this.pages.get(page)!)));
    return root;
  }

  /** The ids and <a name>s of a page. */
  anchorsOf(page: string): Set<string> {
    let ids = this.anchors.get(page);
    if (!ids) {
      const root = this.doc(page);
      ids = new Set([...queryAll(root, "[id]").map((el) => attr(el, "id")!), ...queryAll(root, "a[name]").map((el) => attr(el, "name")!)]);
      this.anchors.set(page, ids);
    }
    return ids;
  }
}

/** Where the site's own URLs are: its origin and base path. */
interface Scope {
  base: string;
  origin: string;
}

/** Why one link written on a page at `here` is broken, or null when it resolves (or leaves the site). */
function checkLink(raw: string, here: URL, site: SiteIndex, { base, origin }: Scope): Pick<BrokenLink, "reason" | "target"> | null {
  let resolved: URL;
  try {
    resolved = new URL(raw.trim(), here);
  } catch {
    return { reason: "invalid-url" };
  }
  if (resolved.protocol !== "http:" && resolved.protocol !== "https:") return null;
  if (resolved.origin !== origin) return null;
  if (!resolved.pathname.startsWith(base) && resolved.pathname !== base.slice(0, -1)) return { reason: "outside-base" };
  let rest: string;
  try {
    rest = decodeURIComponent(resolved.pathname.slice(base.length));
  } catch {
    return { reason: "invalid-url" };
  }
  const target = resolveFile(rest, site.files);
  if (target === undefined) return { reason: "missing-file", target: rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest };
  const fragment = resolved.hash.slice(1);
  if (!fragment || !site.pages.has(target)) return null;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    id = fragment;
  }
  return site.anchorsOf(target).has(id) ? null : { reason: "missing-anchor", target };
}

/** "" -> "index.html"; "x/" -> "x/index.html"; "x" -> "x" or "x/index.html"; undefined when none exists. */
function resolveFile(rest: string, files: ReadonlySet<string>): string | undefined {
  if (rest === "" || rest.endsWith("/")) {
    const index = `${rest}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(rest)) return rest;
  const index = `${rest}/index.html`;
  return files.has(index) ? index : undefined;
}
