// A stand-in for www.lgo.org.uk on 127.0.0.1, for testing `npm run fetch` without the real site:
// robots.txt, the search listing (/Decisions/SearchResults?fd=&td=&page=) and decision pages
// built from the real corpus statements in three markup variants, with faults to inject.

import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { officialPathSegment } from "../../src/lib/decision/official-url.ts";
import { CORPUS } from "../paths.ts";
import {
  renderDecisionPage,
  renderReportChapters,
  statementFacts,
  VARIANTS,
  type StatementFacts,
  type Variant,
} from "../../scripts/support/decision-page.ts";

export interface ServedDecision extends StatementFacts {
  /** The statement's text file in the corpus. */
  file: string;
  /** /decisions/{category}/{subcategory}/{NN-NNN-NNN} */
  path: string;
  /** YYYY-MM-DD */
  isoDate: string;
  variant: Variant;
  page: Buffer;
}

export interface Faults {
  /** Paths answered 429 once, with this Retry-After value. */
  tooManyOnce: Map<string, string>;
  /** Paths (a listing's with its query) answered 503 once. */
  unavailableOnce: Set<string>;
  /** Paths answered 503 every time. */
  unavailable: Set<string>;
  /** Decision paths answered with this status (404, 410) and no page. */
  status: Map<string, number>;
  /** Paths whose answer is cut off half-way, once: the connection drops mid-page. */
  cutOnce: Set<string>;
  /** The listing redesigned: no "Your search has N results". */
  listingChanged: boolean;
  robots: string;
  /** References not yet published: neither listed nor served. */
  unpublished: Set<string>;
  /** Paths whose first request is accepted and never answered. */
  silentOnce: Set<string>;
  /** Paths whose first answer comes at 20 bytes a second. */
  dripOnce: Set<string>;
  /** Paths answered with a 200 MB page. */
  huge: Set<string>;
  /** Paths answered with a gzip of 200 MB that is 200 KB on the wire. */
  gzipBomb: Set<string>;
  /** Paths redirected (302) to this address. */
  redirect: Map<string, string>;
  /**
   * The listing answers, as lgo.org.uk may, with an empty search shell (no count, no results)
   * unless the request carries the session cookie that /decisions gives.
   */
  sessionRequired: boolean;
  /** Listing paths (with their query) answered with the shell once, whatever the session. */
  shellOnce: Set<string>;
  /** The search answers every client with the shell: only the category listings list decisions. */
  searchBroken: boolean;
  /** The category listings redesigned: they link to no decision. */
  categoriesChanged: boolean;
  /**
   * Listings that never end, as some sites' do: a page past the last gives the last page again, and
   * the search listing says it has 999,999,999 results.
   */
  endless: boolean;
  /** Every answer sets 20 new cookies of 100 bytes and one of 5,000 bytes, as a hostile server may. */
  cookieFlood: boolean;
}

export interface ServedRequest {
  path: string;
  at: number;
  userAgent: string;
  status: number;
  /** The length of the request's Cookie header (0 without one). */
  cookieBytes: number;
}

export interface LgoServer {
  url: string;
  decisions: ServedDecision[];
  faults: Faults;
  requests: ServedRequest[];
  /** The most requests ever in flight at once. */
  maxInFlight: number;
  /** Called after each decision page is sent whole. */
  onDecisionServed: ((decision: ServedDecision) => void) | null;
  /** Results a listing page holds (the real site: 10). */
  pageSize: number;
  /** Decision paths published as reports in this many chapters (?chapter=2 and on). */
  reports: Map<string, number>;
  close(): Promise<void>;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The corpus statements that have a header, one per reference, as served pages. */
export function corpusDecisions(): ServedDecision[] {
  const folder = join(CORPUS, "statements");
  const seen = new Set<string>();
  const decisions: ServedDecision[] = [];
  for (const name of readdirSync(folder).sort()) {
    const text = readFileSync(join(folder, name), "utf8");
    let facts: StatementFacts;
    try {
      facts = statementFacts(text);
    } catch {
      continue; // a statement without its header: no page to build
    }
    if (seen.has(facts.reference)) continue;
    seen.add(facts.reference);
    const path = `/decisions/${officialPathSegment(facts.category)}/${officialPathSegment(facts.subcategory)}/${facts.reference.replaceAll(" ", "-")}`;
    const variant = VARIANTS[decisions.length % VARIANTS.length]!;
    const isoDate = new Date(`${facts.date} UTC`).toISOString().slice(0, 10);
    decisions.push({ ...facts, file: join(folder, name), path, isoDate, variant, page: Buffer.from(renderDecisionPage(text, variant)) });
  }
  return decisions;
}

const served = corpusDecisions();

export async function startLgoServer(options: { pageSize?: number } = {}): Promise<LgoServer> {
  const state: LgoServer = {
    url: "",
    decisions: served,
    faults: {
      tooManyOnce: new Map(),
      unavailableOnce: new Set(),
      unavailable: new Set(),
      status: new Map(),
      cutOnce: new Set(),
      listingChanged: false,
      robots: "User-agent: *\nDisallow: /search\nDisallow: /make-a-complaint\n",
      unpublished: new Set(),
      silentOnce: new Set(),
      dripOnce: new Set(),
      huge: new Set(),
      gzipBomb: new Set(),
      redirect: new Map(),
      sessionRequired: false,
      shellOnce: new Set(),
      searchBroken: false,
      categoriesChanged: false,
      endless: false,
      cookieFlood: false,
    },
    requests: [],
    maxInFlight: 0,
    onDecisionServed: null,
    pageSize: options.pageSize ?? 10,
    reports: new Map(),
    close: async () => {},
  };
  let inFlight = 0;
  const server = createServer((request, response) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    response.on("close", () => inFlight--);
    const path = request.url ?? "/";
    const record = (status: number) =>
      state.requests.push({
        path,
        at: Date.now(),
        userAgent: request.headers["user-agent"] ?? "",
        status,
        cookieBytes: request.headers.cookie?.length ?? 0,
      });
    answer(state, path, request, response, record);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

let sessions = 0;

type Send = (status: number, body: string | Buffer, headers?: Record<string, string>) => boolean;

let flooded = 0;
/** The cookies of one answer under the cookieFlood fault: 20 new ones of 100 bytes, and one of 5,000. */
const floodCookies = (): string[] => [
  ...Array.from({ length: 20 }, () => `flood${++flooded}=${"x".repeat(100)}; path=/`),
  `huge${++flooded}=${"y".repeat(5000)}; path=/`,
];

function answer(
  state: LgoServer,
  path: string,
  request: IncomingMessage,
  response: ServerResponse,
  record: (status: number) => void,
): void {
  const { faults } = state;
  if (hostile(state, path, response, record)) return;
  const send: Send = (status, body, headers = {}) => {
    record(status);
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    const cookies = [...(headers["set-cookie"] ? [headers["set-cookie"]] : []), ...(faults.cookieFlood ? floodCookies() : [])];
    response.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "content-length": String(bytes.length),
      ...headers,
      ...(cookies.length > 0 ? { "set-cookie": cookies } : {}),
    });
    if (faults.cutOnce.delete(path)) {
      // Half the page, then the connection drops.
      response.write(bytes.subarray(0, bytes.length >> 1), () => response.destroy());
      return false;
    }
    response.end(bytes);
    return true;
  };
  if (answeredWithFault(faults, path, send)) return;
  if (path === "/robots.txt") {
    send(200, faults.robots, { "content-type": "text/plain" });
    return;
  }
  const url = new URL(path, "http://127.0.0.1");
  if (answeredListing(state, path, url, request, send)) return;
  answerDecision(state, url, send);
}

/** A 429 or 503 the test asked for; true when one was sent. */
function answeredWithFault(faults: LgoServer["faults"], path: string, send: Send): boolean {
  const retryAfter = faults.tooManyOnce.get(path);
  if (retryAfter !== undefined) {
    faults.tooManyOnce.delete(path);
    send(429, "<html><body><h1>Too many requests</h1></body></html>", { "retry-after": retryAfter });
    return true;
  }
  if (faults.unavailable.has(path) || faults.unavailableOnce.delete(path)) {
    send(503, "<html><body><h1>Service unavailable</h1></body></html>");
    return true;
  }
  return false;
}

/** The search page, its results (a shell without a session when the test asks) and the category listings; true when the path was one. */
function answeredListing(state: LgoServer, path: string, url: URL, request: IncomingMessage, send: Send): boolean {
  const { faults } = state;
  if (url.pathname === "/decisions") {
    send(200, "<html><head><title>Decisions</title></head><body><h1>Decisions</h1></body></html>", {
      "set-cookie": `ASP.NET_SessionId=s${++sessions}; path=/; HttpOnly`,
    });
    return true;
  }
  if (url.pathname === "/Decisions/SearchResults") {
    const session = /ASP\.NET_SessionId=s(\d+)/.exec(request.headers.cookie ?? "")?.[1];
    const shell = faults.searchBroken || (faults.sessionRequired && Number(session) !== sessions) || faults.shellOnce.delete(path);
    send(200, shell ? SHELL : listingPage(state, url.searchParams));
    return true;
  }
  const category = /^\/decisions\/([a-z-]+)$/.exec(url.pathname)?.[1];
  if (!category) return false;
  send(200, categoryPage(state, category, Number(url.searchParams.get("page") ?? "1")));
  return true;
}

/** A decision's page (or a chapter of it), else the status the test set, else 404. */
function answerDecision(state: LgoServer, url: URL, send: Send): void {
  const { faults } = state;
  const decision = state.decisions.find((d) => d.path === url.pathname && !faults.unpublished.has(d.reference));
  const status = faults.status.get(url.pathname);
  if (decision && status === undefined) {
    const page = decisionPage(state, decision, url.searchParams.get("chapter"));
    if (page && send(200, page)) state.onDecisionServed?.(decision);
    if (page) return;
  }
  send(status ?? 404, "<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>");
}

/** A decision's page, or for a report one chapter of it (the first without ?chapter); null for a chapter it has not. */
function decisionPage(state: LgoServer, decision: ServedDecision, chapter: string | null): Buffer | null {
  const chapters = state.reports.get(decision.path);
  if (chapters === undefined) return chapter === null ? decision.page : null;
  const pages = renderReportChapters(readFileSync(decision.file, "utf8"), decision.variant, chapters, decision.path);
  const page = pages[Number(chapter ?? "1") - 1];
  return page === undefined ? null : Buffer.from(page);
}

/** What the search answers a client without a session: the page, and no search in it. */
const SHELL = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Decisions search results - Local Government and Social Care Ombudsman</title></head>
<body><main><h1>Search results</h1><form action="/Decisions/SearchResults"><input name="fd"><input name="td"></form></main></body></html>
`;

let bomb: Buffer | undefined;

/** The faults that misbehave at the level of the connection; true when the request was one. */
function hostile(state: LgoServer, path: string, response: ServerResponse, record: (status: number) => void): boolean {
  const { faults } = state;
  const pathname = new URL(path, "http://127.0.0.1").pathname;
  if (faults.silentOnce.delete(pathname)) {
    record(0);
    return true;
  }
  const target = faults.redirect.get(pathname);
  if (target !== undefined) {
    record(302);
    response.writeHead(302, { location: target, "content-length": "0" });
    response.end();
    return true;
  }
  const decision = state.decisions.find((d) => d.path === pathname);
  if (faults.dripOnce.delete(pathname) && decision) {
    record(200);
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": String(decision.page.length) });
    let at = 0;
    const drip = setInterval(() => {
      response.write(decision.page.subarray(at, (at += 20)));
      if (at >= decision.page.length) {
        clearInterval(drip);
        response.end();
      }
    }, 1000);
    response.on("close", () => clearInterval(drip));
    return true;
  }
  if (faults.huge.has(pathname)) {
    record(200);
    const size = 200 * 1024 * 1024;
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": String(size) });
    const chunk = Buffer.alloc(1024 * 1024, "<p>x</p>");
    let sent = 0;
    const more = () => {
      while (sent < size && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) {
          response.once("drain", more);
          return;
        }
      }
      response.end();
    };
    more();
    return true;
  }
  if (faults.gzipBomb.has(pathname)) {
    record(200);
    // One gzip member of 1 MB, 200 times over: one stream that unpacks to 200 MB, made in
    // milliseconds (packing 200 MB takes seconds, which a loaded machine counts against the fetch's deadline).
    bomb ??= Buffer.concat(Array<Buffer>(200).fill(gzipSync(Buffer.alloc(1024 * 1024, " "), { level: 9 })));
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-encoding": "gzip",
      "content-length": String(bomb.length),
    });
    response.end(bomb);
    return true;
  }
  return false;
}

/** Page `page` of a listing's decisions, pageSize a page; with the endless fault, a page past the last is the last again. */
function pageOf(state: LgoServer, matching: ServedDecision[], page: number): ServedDecision[] {
  const last = Math.max(1, Math.ceil(matching.length / state.pageSize));
  const shown = state.faults.endless ? Math.min(page, last) : page;
  return matching.slice((shown - 1) * state.pageSize, shown * state.pageSize);
}

/** A category's listing: its decisions newest first, pageSize a page, each with its date; no count. */
function categoryPage(state: LgoServer, category: string, page: number): string {
  const matching = state.decisions
    .filter(
      (d) => !state.faults.categoriesChanged && d.path.startsWith(`/decisions/${category}/`) && !state.faults.unpublished.has(d.reference),
    )
    .sort((a, b) => b.isoDate.localeCompare(a.isoDate) || a.reference.localeCompare(b.reference));
  const results = pageOf(state, matching, page).map((d) => {
    const [day, month, year] = [d.isoDate.slice(8), MONTHS[Number(d.isoDate.slice(5, 7)) - 1], d.isoDate.slice(0, 4)];
    return `<li><h2><a href="${d.path}">${escape(d.title)}</a></h2><dl><dt class="label">Decision</dt><dd class="value">${d.outcome}</dd><dt class="label">Decision date</dt><dd class="value">${day}-${month}-${year}</dd></dl></li>`;
  });
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${category} decisions - Local Government and Social Care Ombudsman</title></head>
<body><header><nav><a href="/decisions">Decisions</a></nav></header>
<main><h1>Decisions</h1><ol>
${results.join("\n")}
</ol><nav><a href="/decisions/${category}?page=${page + 1}">Next</a></nav></main></body></html>
`;
}

/** The listing: results newest first, pageSize a page; odd pages describe each result in a <dl>, even ones in plain text. */
function listingPage(state: LgoServer, query: URLSearchParams): string {
  const from = query.get("fd") ?? "";
  const to = query.get("td") ?? "";
  const page = Number(query.get("page") ?? "1");
  const matching = state.decisions
    .filter((d) => d.isoDate >= from && d.isoDate <= to && !state.faults.unpublished.has(d.reference))
    .sort((a, b) => b.isoDate.localeCompare(a.isoDate) || a.reference.localeCompare(b.reference));
  const shown = pageOf(state, matching, page);
  const results = shown.map((d) => {
    const [day, month, year] = [d.isoDate.slice(8), MONTHS[Number(d.isoDate.slice(5, 7)) - 1], d.isoDate.slice(0, 4)];
    const meta =
      page % 2 === 1
        ? `<dl class="result-meta"><dt class="label">Decision type</dt><dd class="value">Statement</dd><dt class="label">Decision</dt><dd class="value">${d.outcome}</dd><dt class="label">Category</dt><dd class="value">${d.subcategory}</dd><dt class="label">Decision date</dt><dd class="value">${day}-${month}-${year}</dd></dl>`
        : `<div class="result-meta">Statement ${d.outcome} ${d.subcategory} ${day}-${month}-${year}</div>`;
    return `<li class="search-result">\n<h2><a href="${d.path}">${escape(d.title)}</a></h2>\n${meta}\n<p>Summary: the complaint about ${escape(d.category)}.</p>\n<a class="more" href="${d.path}?displaypref=0">Read more</a>\n</li>`;
  });
  const count = state.faults.listingChanged
    ? `<p class="count">Showing ${shown.length} of ${matching.length} decisions</p>`
    : `<p class="count">Your search has <strong>${state.faults.endless && matching.length > 0 ? 999_999_999 : matching.length}</strong> results</p>`;
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Decisions search results - Local Government and Social Care Ombudsman</title>
<script>var related = '<a href="/decisions/housing/allocations/20-003-093">x</a>';</script></head>
<body>
<header><nav><a href="/decisions">Decisions</a> <a href="/decisions/housing">Housing decisions</a></nav></header>
<main>
<h1>Search results</h1>
${count}
<ol class="search-results">
${results.join("\n")}
</ol>
<nav class="pagination"><a href="/Decisions/SearchResults?fd=${from}&amp;td=${to}&amp;page=${page + 1}">Next page</a></nav>
</main>
<footer><a href="/decisions/adult-care-services">Adult care services</a></footer>
</body></html>
`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
