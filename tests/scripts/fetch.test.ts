// `npm run fetch` as a user runs it, against a stand-in for lgo.org.uk on 127.0.0.1 that serves
// the real corpus statements as pages, with faults injected: rate limits, outages, gone pages,
// dropped connections, a redesigned listing, robots.txt rules, and runs killed half-way.

import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readManifest } from "../../src/lib/archive/manifest.ts";
import { addDays, monthWindows } from "../../src/lib/archive/windows.ts";
import { parseDecision } from "../../src/lib/decision/parse.ts";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { renderReportChapters } from "../../scripts/support/decision-page.ts";
import { fetchArchive, fileOf, pagesIn } from "../support/fetch-run.ts";
import { ingest } from "../support/ingest.ts";
import { startLgoServer, type LgoServer, type ServedDecision } from "../support/lgo-server.ts";
import { tempDir } from "../support/temp-dir.ts";
import { ROOT } from "../paths.ts";

const decisionRequests = (server: LgoServer) => server.requests.filter((r) => r.path.startsWith("/decisions/"));
const listingRequests = (server: LgoServer) => server.requests.filter((r) => r.path.startsWith("/Decisions/SearchResults"));
const within = (from: string, to: string) => (d: ServedDecision) => d.isoDate >= from && d.isoDate <= to;

let server: LgoServer;
let out: string;
beforeEach(async () => {
  server = await startLgoServer({ pageSize: 2 });
  out = join(tempDir("fetch-"), "archive");
});
afterEach(async () => {
  await server.close();
});

describe("npm run fetch", { timeout: 120_000 }, () => {
  it("mirrors a range politely, riding out a 429, a 503, a dropped connection and a failing listing page, and reports a 410 as gone", async () => {
    const year = server.decisions.filter(within("2019-01-01", "2019-12-31"));
    const august = year.filter((d) => d.isoDate.startsWith("2019-08"));
    expect([year.length, august.length]).toEqual([15, 4]);
    const [limited, unavailable, gone, cut] = august as [ServedDecision, ServedDecision, ServedDecision, ServedDecision];
    server.faults.tooManyOnce.set(limited.path, "1");
    server.faults.unavailableOnce.add(unavailable.path);
    server.faults.status.set(gone.path, 410);
    server.faults.cutOnce.add(cut.path);
    server.faults.unavailableOnce.add("/Decisions/SearchResults?fd=2019-08-01&td=2019-08-31&page=2");

    const run = await fetchArchive(server, ["--from", "2019-01-01", "--to", "2019-12-31", "--out", out, "--delay-ms", "20"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^fetched 14 new pages into .*; 14 saved in all, gone 1, not saved 0, months not listed 0/m);
    expect(run.stderr).toContain(`fetch: ${gone.reference} is gone (HTTP 410): ${server.url}${gone.path}`);

    // Every page saved is byte for byte the page served, and nothing else is left in the folder.
    const saved = year.filter((d) => d !== gone);
    expect(pagesIn(out)).toEqual(saved.map(fileOf).sort());
    for (const d of saved) expect(readFileSync(join(out, fileOf(d))).equals(d.page), d.reference).toBe(true);
    expect(readdirSync(out).sort()).toEqual([...saved.map(fileOf), "manifest.json"].sort());

    // The manifest keeps what the listing said of each decision.
    const manifest = readManifest(readFileSync(join(out, "manifest.json"), "utf8"), "manifest.json");
    expect(manifest.decisions[limited.reference]).toEqual({
      url: `${server.url}${limited.path}`,
      title: limited.title,
      outcome: limited.outcome,
      category: manifest.decisions[limited.reference]!.category,
      date: limited.isoDate,
      month: "2019-08",
      status: "saved",
    });
    expect(manifest.decisions[gone.reference]).toMatchObject({ status: "gone", detail: "HTTP 410" });
    expect(Object.values(manifest.decisions).filter((e) => e.category !== null).length).toBeGreaterThan(0);

    // Polite: robots.txt first, one request at a time, the delay between them, Retry-After honoured.
    expect(server.requests[0]!.path).toBe("/robots.txt");
    expect(server.maxInFlight).toBe(1);
    server.requests.slice(1).forEach((r, i) => expect(r.at - server.requests[i]!.at, r.path).toBeGreaterThanOrEqual(20));
    const tries = server.requests.filter((r) => r.path === limited.path);
    expect(tries.map((r) => r.status)).toEqual([429, 200]);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(server.requests.filter((r) => r.path === cut.path)).toHaveLength(2);
    expect(new Set(server.requests.map((r) => r.userAgent))).toEqual(new Set(["casebook/0.1.0 (a mirror of LGSCO decisions)"]));
    // Twelve months, August's two pages of two, one listing page and three decision pages retried.
    expect([listingRequests(server).length, decisionRequests(server).length]).toEqual([13 + 1, 15 + 3]);
  });

  it("saves pages that npm run ingest reads into the same records as the statements' texts, titles from the manifest included", async () => {
    const run = await fetchArchive(server, ["--from", "2020-01-01", "--to", "2020-12-31", "--out", out, "--delay-ms", "5"]);
    expect(run.status, run.stderr).toBe(0);
    const served = server.decisions.filter(within("2020-01-01", "2020-12-31"));
    expect(new Set(served.map((d) => d.variant))).toEqual(new Set(["spans", "dl", "bare"]));
    const ingested = ingest("--json", out);
    expect(ingested.status, ingested.stderr).toBe(0);
    const records = JSON.parse(ingested.stdout) as ReturnType<typeof parseDecision>["decision"][];
    const fields = (d: (typeof records)[number]) => [
      d.reference,
      d.council,
      d.category,
      d.subcategory,
      d.outcome,
      d.decisionDate,
      d.summary,
      d.paragraphCount,
    ];
    expect(records.map(fields)).toEqual(
      served
        .sort((a, b) => a.reference.localeCompare(b.reference))
        .map((d) => fields(parseDecision(readFileSync(d.file, "utf8"), d.file).decision)),
    );
  });

  it("saves a report published in chapters whole, and ingest reads its chapters as one statement", async () => {
    const served = server.decisions.filter(within("2020-01-01", "2020-12-31"));
    // The first with sections enough for three chapters.
    const report = served.find((d) => {
      try {
        return renderReportChapters(readFileSync(d.file, "utf8"), d.variant, 3, d.path).length === 3;
      } catch {
        return false;
      }
    })!;
    server.reports.set(report.path, 3);
    const run = await fetchArchive(server, ["--from", "2020-01-01", "--to", "2020-12-31", "--out", out, "--delay-ms", "5"]);
    expect(run.status, run.stderr).toBe(0);
    const first = fileOf(report);
    const chapters = [2, 3].map((n) => first.replace(/\.html$/, `.chapter-${n}.html`));
    expect(pagesIn(out)).toEqual([...served.map(fileOf), ...chapters].sort());
    expect(
      decisionRequests(server)
        .filter((r) => r.path.startsWith(report.path))
        .map((r) => r.path),
    ).toEqual([report.path, `${report.path}?chapter=2`, `${report.path}?chapter=3`]);

    const decisions = join(tempDir("ingest-"), "decisions");
    const ingested = ingest("--out", decisions, out);
    expect(ingested.status, ingested.stderr).toBe(0);
    expect(ingested.stdout).toMatch(new RegExp(`^ingested ${served.length}, unchanged 0, failed 0 \\(${served.length} files`, "m"));
    const expected = parseDecision(readFileSync(report.file, "utf8"), report.file);
    const file = readDecisionFile(readFileSync(join(decisions, `${expected.decision.slug}.md`), "utf8"));
    expect(file.body).toBe(expected.body);
    expect(file.data).toMatchObject({ paragraphCount: expected.decision.paragraphCount, summary: expected.decision.summary });

    // A chapter deleted from the folder is named, and the report is not ingested without it.
    rmSync(join(out, chapters[1]!));
    const again = ingest("--check", out);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${join(out, first)}:1: this report links to its chapter 3, which is not beside it`);
  });

  it("killed half-way, leaves only whole pages; run again, fetches only what it lacks", async () => {
    const all = server.decisions.filter(within("2016-01-01", "2026-12-31"));
    const first = await fetchArchive(server, ["--from", "2016-01-01", "--to", "2026-12-31", "--out", out, "--delay-ms", "5"], {
      pages: 12,
      signal: "SIGKILL",
    });
    expect(first.signal).toBe("SIGKILL");
    const kept = pagesIn(out);
    expect(kept.length).toBeGreaterThanOrEqual(11);
    expect(kept.length).toBeLessThan(all.length);
    for (const name of kept) expect(readFileSync(join(out, name)).equals(all.find((d) => fileOf(d) === name)!.page), name).toBe(true);

    const before = server.requests.length;
    const second = await fetchArchive(server, ["--from", "2016-01-01", "--to", "2026-12-31", "--out", out, "--delay-ms", "5"]);
    expect(second.status, second.stderr).toBe(0);
    const again = server.requests.slice(before).filter((r) => r.path.startsWith("/decisions/"));
    // Not one page the first run saved is asked for again, and each missing one once.
    expect(again.filter((r) => kept.includes(`${r.path.split("/").pop()}.html`))).toEqual([]);
    expect(again.map((r) => `${r.path.split("/").pop()}.html`).sort()).toEqual(
      all
        .map(fileOf)
        .filter((f) => !kept.includes(f))
        .sort(),
    );
    expect(pagesIn(out)).toEqual(all.map(fileOf).sort());
    for (const d of all) expect(readFileSync(join(out, fileOf(d))).equals(d.page), d.reference).toBe(true);
    expect(readdirSync(out).filter((f) => !f.endsWith(".html"))).toEqual(["manifest.json"]);
  });

  it("stopped with SIGTERM, keeps its manifest and says the next run carries on", async () => {
    const run = await fetchArchive(server, ["--from", "2016-01-01", "--to", "2026-12-31", "--out", out, "--delay-ms", "5"], {
      pages: 3,
      signal: "SIGTERM",
    });
    expect(run.status).toBe(130);
    expect(run.stderr).toContain("fetch: interrupted; every page saved so far is whole, and the next run carries on from here");
    const manifest = readManifest(readFileSync(join(out, "manifest.json"), "utf8"), "manifest.json");
    expect(Object.values(manifest.decisions).filter((e) => e.status === "saved").length).toBe(pagesIn(out).length);
    expect(existsSync(join(out, ".fetch.lock"))).toBe(false);
  });

  it("run as npm run fetch, stops as it should when the signal goes to npm alone (a supervisor, timeout, kill)", async () => {
    const npm = spawn(
      "npm",
      [
        "run",
        "--silent",
        "fetch",
        "--",
        "--base-url",
        server.url,
        "--from",
        "2016-01-01",
        "--to",
        "2026-12-31",
        "--out",
        out,
        "--delay-ms",
        "5",
      ],
      { cwd: ROOT },
    );
    let stderr = "";
    npm.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let served = 0;
    server.onDecisionServed = () => {
      if (++served === 3) npm.kill("SIGTERM");
    };
    // npm's output closes only when every process holding it has ended, the fetch included.
    await new Promise((resolve) => npm.on("close", resolve));
    expect(stderr).toContain("fetch: interrupted; every page saved so far is whole, and the next run carries on from here");
    expect(existsSync(join(out, ".fetch.lock"))).toBe(false);
    expect(pagesIn(out).length).toBeLessThan(server.decisions.length);
  });

  it("with no --from, starts 14 days before the newest decision saved, and fetches only what is new", async () => {
    const newest = server.decisions.filter(within("2025-01-01", "2025-11-30")).sort((a, b) => b.isoDate.localeCompare(a.isoDate))[0]!;
    server.faults.unpublished.add(newest.reference);
    expect((await fetchArchive(server, ["--from", "2025-01-01", "--to", "2025-11-30", "--out", out, "--delay-ms", "5"])).status).toBe(0);
    const saved = pagesIn(out).length;

    // The newest saved decision, less two weeks, sets where the next run starts listing.
    const newestSaved = server.decisions
      .filter((d) => pagesIn(out).includes(fileOf(d)))
      .map((d) => d.isoDate)
      .sort()
      .pop()!;
    const start = addDays(newestSaved, -14);
    server.faults.unpublished.delete(newest.reference);
    const before = server.requests.length;
    const run = await fetchArchive(server, ["--to", "2025-11-30", "--out", out, "--delay-ms", "5"]);
    expect(run.status, run.stderr).toBe(0);
    const requests = server.requests.slice(before);
    const firstListing = requests.find((r) => r.path.startsWith("/Decisions/SearchResults"))!.path;
    expect(firstListing).toBe(`/Decisions/SearchResults?fd=${start}&td=${monthWindows(start, "2025-11-30")[0]!.to}&page=1`);
    expect(requests.filter((r) => r.path.startsWith("/decisions/")).map((r) => r.path)).toEqual([newest.path]);
    expect(pagesIn(out).length).toBe(saved + 1);
  });

  it("falls back to the category listings when the search listing's markup has changed, and says so", async () => {
    server.faults.listingChanged = true;
    const run = await fetchArchive(server, ["--from", "2019-01-01", "--to", "2019-03-31", "--out", out, "--delay-ms", "5"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `fetch: the listing's markup has changed: ${server.url}/Decisions/SearchResults?fd=2019-01-01&td=2019-01-31&page=1: no "Your search has N results" on the page; npm run fetch needs updating to read it (src/lib/archive/listing.ts); walking the category listings instead`,
    );
    expect(pagesIn(out)).toEqual(server.decisions.filter(within("2019-01-01", "2019-03-31")).map(fileOf).sort());
    // The search page asked once more in a new session (the start page opened again) before the fallback.
    expect(server.requests.slice(0, 5).map((r) => r.path.replace(/\?.*/, ""))).toEqual([
      "/robots.txt",
      "/decisions",
      "/Decisions/SearchResults",
      "/decisions",
      "/Decisions/SearchResults",
    ]);
  });

  it("stops a listing that never ends, or claims more than the site could hold, where it lists nothing new, and says so", async () => {
    server.faults.endless = true;
    const range = ["--from", "2019-01-01", "--to", "2019-03-31"];
    const wanted = server.decisions.filter(within("2019-01-01", "2019-03-31")).map(fileOf).sort();
    const pagesOf = (n: number) => Math.max(1, Math.ceil(n / server.pageSize));
    const search = await fetchArchive(server, [...range, "--out", out, "--delay-ms", "5"]);
    expect(search.status, search.stderr).toBe(0);
    expect(search.stderr).toMatch(
      /fetch: warning: 2019-0\d-01 to 2019-0\d-\d\d: page \d+ of the listing showed only decisions already listed; the rest of the month's \d{8,} pages were not read/,
    );
    expect(pagesIn(out)).toEqual(wanted);
    // Each month read to the page that repeats the one before: its pages, and one more (an empty month, its one page).
    const months = monthWindows("2019-01-01", "2019-03-31");
    const listingPages = server.requests.filter((r) => r.path.startsWith("/Decisions/SearchResults"));
    expect(listingPages.length).toBe(
      months.reduce((sum, m) => {
        const n = server.decisions.filter(within(m.from, m.to)).length;
        return sum + (n === 0 ? 1 : pagesOf(n) + 1);
      }, 0),
    );

    server.faults.listingChanged = true;
    const before = server.requests.length;
    const categories = await fetchArchive(server, [...range, "--out", join(out, "categories"), "--delay-ms", "5"]);
    expect(categories.status, categories.stderr).toBe(0);
    expect(pagesIn(join(out, "categories"))).toEqual(wanted);
    // No category is read past the page that repeats the one before it.
    const perCategory = new Map<string, number>();
    for (const d of server.decisions) perCategory.set(d.path.split("/")[2]!, (perCategory.get(d.path.split("/")[2]!) ?? 0) + 1);
    const categoryPages = server.requests.slice(before).filter((r) => /^\/decisions\/[a-z-]+\?page=/.test(r.path));
    expect(categoryPages.length).toBeLessThanOrEqual(10 + [...perCategory.values()].reduce((n, count) => n + pagesOf(count), 0));
  });

  it("fails loudly when neither the search nor the category listings link to a decision, saving nothing", async () => {
    server.faults.listingChanged = true;
    server.faults.categoriesChanged = true;
    const run = await fetchArchive(server, ["--from", "2019-01-01", "--to", "2019-03-31", "--out", out, "--delay-ms", "5"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `fetch: no category listing (${server.url}/decisions/adult-care-services?page=1, ...) links to a decision either`,
    );
    expect(pagesIn(out)).toEqual([]);
  });

  it("honours robots.txt: Disallow skips a page and says so, Crawl-delay slows every request", async () => {
    const march = server.decisions.filter(within("2018-03-01", "2018-03-31"));
    expect(march).toHaveLength(2);
    const [allowed, disallowed] = march as [ServedDecision, ServedDecision];
    server.faults.robots = `User-agent: *\nDisallow: ${disallowed.path}\nCrawl-delay: 1\n`;
    const run = await fetchArchive(server, ["--from", "2018-03-01", "--to", "2018-03-31", "--out", out, "--delay-ms", "10"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("fetch: robots.txt asks for 1 s between requests; waiting that long");
    expect(run.stderr).toContain(
      `fetch: not saved: ${disallowed.reference}: robots.txt disallows ${disallowed.path}: ${server.url}${disallowed.path}`,
    );
    expect(pagesIn(out)).toEqual([fileOf(allowed)]);
    expect(server.requests.map((r) => r.path)).not.toContain(disallowed.path);
    server.requests.slice(1).forEach((r, i) => expect(r.at - server.requests[i]!.at).toBeGreaterThanOrEqual(1000));
  });

  it("refuses a Crawl-delay, a pause or a deadline of more than an hour, saying so", async () => {
    server.faults.robots = "User-agent: *\nCrawl-delay: 100000\n";
    const run = await fetchArchive(server, ["--from", "2019-01-01", "--to", "2019-01-31", "--out", out, "--delay-ms", "5"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `fetch: robots.txt at ${server.url}/robots.txt asks for 27 h 47 min between requests (Crawl-delay), longer than the 1 h 0 min fetch will wait; nothing is fetched`,
    );
    expect(server.requests.map((r) => r.path)).toEqual(["/robots.txt"]);
    for (const [option, value, said] of [
      ["--delay-ms", "3600001", "--delay-ms 3600001 is not a whole number of milliseconds from 0 to 3600000 (an hour)"],
      ["--timeout", "Infinity", "--timeout Infinity is not a number of seconds above 0 and at most 3600 (an hour)"],
    ] as const) {
      const bad = await fetchArchive(server, ["--out", out, option, value]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain(`fetch: ${said}`);
    }
  });

  it("saves no page that a redirect within the site made another decision's, and says so", async () => {
    const [moved, other] = server.decisions.filter(within("2019-01-01", "2019-03-31")) as [ServedDecision, ServedDecision];
    server.faults.redirect.set(moved.path, `${server.url}${other.path}`);
    const run = await fetchArchive(server, ["--from", "2019-01-01", "--to", "2019-03-31", "--out", out, "--delay-ms", "5"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`the page is decision ${other.reference}, not ${moved.reference}`);
    expect(pagesIn(out)).toContain(fileOf(other));
    expect(pagesIn(out)).not.toContain(fileOf(moved));
  });

  it("refuses to list when robots.txt disallows the listing", async () => {
    server.faults.robots = "User-agent: casebook\nDisallow: /Decisions/\n";
    const run = await fetchArchive(server, ["--from", "2019-01-01", "--to", "2019-01-31", "--out", out, "--delay-ms", "5"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `disallows the listing (/Decisions/SearchResults?fd=2019-01-01&td=2019-01-31&page=1), so the archive cannot be listed; nothing more is fetched`,
    );
    expect(server.requests.map((r) => r.path)).toEqual(["/robots.txt", "/decisions"]);
  });

  it("exits non-zero listing what failed after its retries, and the next run picks those up", async () => {
    const [broken] = server.decisions.filter(within("2019-02-01", "2019-02-28")) as [ServedDecision];
    const aprilListing = "/Decisions/SearchResults?fd=2019-04-01&td=2019-04-30&page=1";
    server.faults.unavailable.add(broken.path);
    server.faults.unavailable.add(aprilListing);
    const args = ["--from", "2019-01-01", "--to", "2019-04-30", "--out", out, "--delay-ms", "5"];
    const first = await fetchArchive(server, args);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain(`fetch: not saved: ${broken.reference}: HTTP 503 after 6 attempts: ${server.url}${broken.path}`);
    expect(first.stderr).toContain(`fetch: not listed: 2019-04-01 to 2019-04-30: ${server.url}${aprilListing}: HTTP 503 after 6 attempts`);
    expect(first.stderr).toContain("fetch: run npm run fetch again to retry what was not saved or listed");
    expect(server.requests.filter((r) => r.path === broken.path)).toHaveLength(6);

    server.faults.unavailable.clear();
    const before = server.requests.length;
    const second = await fetchArchive(server, ["--to", "2019-04-30", "--out", out, "--delay-ms", "5"]);
    expect(second.status, second.stderr).toBe(0);
    const paths = server.requests.slice(before).map((r) => r.path);
    expect(paths).toContain(broken.path);
    expect(paths).toContain(aprilListing);
    expect(pagesIn(out)).toEqual(server.decisions.filter(within("2019-01-01", "2019-04-30")).map(fileOf).sort());
  });

  it("fetches what the rest of a month lists when one page of its listing keeps failing, and lists the month again next run", async () => {
    const range = server.decisions.filter(within("2019-07-01", "2019-09-30"));
    const august = range.filter(within("2019-08-01", "2019-08-31"));
    expect(august).toHaveLength(4);
    const failing = "/Decisions/SearchResults?fd=2019-08-01&td=2019-08-31&page=2";
    server.faults.unavailable.add(failing);
    const args = ["--from", "2019-07-01", "--to", "2019-09-30", "--out", out, "--delay-ms", "5"];
    const first = await fetchArchive(server, args);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain(
      `fetch: not listed: 2019-08-01 to 2019-08-31: a page of its listing could not be read (${server.url}${failing}: HTTP 503 after 6 attempts); the 2 decisions the other pages list are fetched`,
    );
    const saved = pagesIn(out);
    expect(august.filter((d) => saved.includes(fileOf(d)))).toHaveLength(2);
    expect(saved).toEqual(expect.arrayContaining(range.filter((d) => !august.includes(d)).map(fileOf)));

    server.faults.unavailable.clear();
    const second = await fetchArchive(server, ["--to", "2019-09-30", "--out", out, "--delay-ms", "5"]);
    expect(second.status, second.stderr).toBe(0);
    expect(pagesIn(out)).toEqual(range.map(fileOf).sort());
  });

  it("reads the manifest's addresses as pages of the site it is given: a run on another --base-url asks the old site nothing", async () => {
    const range = server.decisions.filter(within("2019-02-01", "2019-02-28"));
    const [broken] = range as [ServedDecision];
    server.faults.unavailable.add(broken.path);
    const first = await fetchArchive(server, ["--from", "2019-02-01", "--to", "2019-02-28", "--out", out, "--delay-ms", "5"]);
    expect(first.status).toBe(1);
    const asked = server.requests.length;

    const moved = await startLgoServer({ pageSize: 2 });
    try {
      const second = await fetchArchive(moved, ["--to", "2019-02-28", "--out", out, "--delay-ms", "5"]);
      expect(second.status, second.stderr).toBe(0);
      expect(server.requests).toHaveLength(asked);
      expect(moved.requests.map((r) => r.path)).toContain(broken.path);
      expect(second.stderr).not.toContain("listed at two addresses");
      expect(pagesIn(out)).toEqual(range.map(fileOf).sort());
      const manifest = readManifest(readFileSync(join(out, "manifest.json"), "utf8"), "manifest.json");
      expect(Object.values(manifest.decisions).map((e) => new URL(e.url).origin)).toEqual(range.map(() => new URL(moved.url).origin));
    } finally {
      await moved.close();
    }
  });

  it("rejects bad options with usage help", async () => {
    const run = await fetchArchive(server, ["--from", "2019-02-30", "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^fetch: --from 2019-02-30 is not a date; give it as YYYY-MM-DD\n\nUsage: npm run fetch/);
    expect(server.requests).toEqual([]);
  });
});
