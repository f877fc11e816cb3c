// The search index as src/integrations/pagefind.ts writes it, over the decision pages of the shared
// build (tests/setup/build-site.ts) copied into a scratch site, in shards of 4: the same bytes however
// many workers write it, the bundles of unchanged shards kept and the index still the bytes a fresh
// one writes, the pages unchanged since the last index not read, the search page's plan checked,
// failures that name the file, and a worker that stalls stopped with nothing left running.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import type { AstroIntegrationLogger } from "astro";
import { afterAll, describe, expect, inject, it } from "vitest";
import * as pagefind from "pagefind";
import casebookPagefind, { indexShard, indexSite, readIndexPages } from "../../src/integrations/pagefind.ts";
import { pageForIndex } from "../../src/lib/index-page.ts";
import { describePlan, recentStart, shardPlan, shardSizes } from "../../src/lib/search-shards.ts";
import { MARGIN_MS } from "../../src/lib/record-cache.ts";
import { parsePageRecord, sha256 } from "../../src/lib/shard-record.ts";
import { CACHE } from "../setup/build-site.ts";
import { readSite } from "../setup/read-site.ts";

/** A page's entry in the index's record of the pages: its file's size and time, its hash and its sort key. */
const entryOf = (p: { size: number; mtimeMs: number; key: string; sha256: string }) => ({
  size: p.size,
  mtimeMs: p.mtimeMs,
  digest: p.sha256,
  record: { key: p.key },
});

const built = inject("siteDir");
mkdirSync(CACHE, { recursive: true });
const work = mkdtempSync(path.join(CACHE, "index-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A scratch site holding the built decision pages (and the pages named), as a build leaves them. */
function scratchSite(name: string, pages: string[] = []): string {
  const dir = path.join(work, name);
  cpSync(path.join(built, "decisions"), path.join(dir, "decisions"), { recursive: true });
  for (const page of pages) cpSync(path.join(built, page), path.join(dir, page));
  return dir;
}

/** Every file of the index's bundles (or, with within "", of one bundle's folder), by path, with its bytes. */
function indexFiles(site: string, within = "pagefind(-\\d+)?/"): Map<string, Buffer> {
  const inIndex = new RegExp(`^${within}`);
  return new Map(
    readSite(site)
      .files.filter((f) => inIndex.test(f))
      .map((f) => [f, readFileSync(path.join(site, f))]),
  );
}

/** Two indexes' files are the same: the same names, each with the same bytes. */
function expectSameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>, label?: string): void {
  expect([...b.keys()], label).toEqual([...a.keys()]);
  expect(
    [...a.keys()].filter((f) => !a.get(f)!.equals(b.get(f)!)),
    label,
  ).toEqual([]);
}

// The decision pages are indexed; the /decisions/ listing, also under decisions/, is read and left out.
const records = JSON.parse(readFileSync(path.join(built, "decisions.json"), "utf8")) as { slug: string; decisionDate: string }[];
const pages = records.length;
/** The shards of 4 the decisions' dates make: the plan the index must follow. */
const plan = shardPlan(records.map((r) => r.decisionDate).sort(), 4);

describe("the search index (src/integrations/pagefind.ts)", () => {
  const files = readSite(built).files.filter((f) => f.startsWith("decisions/") && f.endsWith(".html")).length;
  const shards = plan.bundles.length;

  it("writes the same bytes whether its shards are indexed one at a time or all at once", { timeout: 60_000 }, async () => {
    expect(shards).toBeGreaterThan(2);
    const one = scratchSite("one");
    const all = scratchSite("all");
    expect(files).toBeGreaterThan(pages);
    expect(await indexSite(one, { shardSize: 4, jobs: 1 })).toMatchObject({ indexed: pages, files, shards, jobs: 1 });
    expect(await indexSite(all, { shardSize: 4, jobs: shards })).toMatchObject({ indexed: pages, files, shards, jobs: shards });
    const a = indexFiles(one);
    expectSameFiles(a, indexFiles(all));
    // shards.json lists the bundles in shard order, with the pages of each, the newest first, and each shard's key.
    const manifest = JSON.parse(a.get("pagefind/shards.json")!.toString()) as {
      bundles: string[];
      pages: number[];
      keys: string[];
      orderedBy: string;
    };
    expect(manifest.bundles).toEqual(["pagefind/", ...Array.from({ length: shards - 1 }, (_, k) => `pagefind-${k + 1}/`)]);
    expect(manifest.pages).toEqual(shardSizes(plan));
    expect(manifest.keys).toHaveLength(shards);
    for (const key of manifest.keys) expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(manifest.keys).size).toBe(shards);
    expect(manifest.orderedBy).toBe("date");
  });

  it("hashes each page as the UTF-8 of what Pagefind is given of it", () => {
    const site = readIndexPages(built);
    expect(site.files).toBe(files);
    expect(site.pages).toHaveLength(pages);
    // Decision pages hold characters beyond ASCII (’ and ·), which the hash must take as UTF-8.
    expect(site.pages.some((p) => /[^\x00-\x7f]/.test(readFileSync(path.join(built, p.file), "utf8")))).toBe(true);
    for (const page of site.pages)
      expect(page.sha256, page.file).toBe(sha256(pageForIndex(readFileSync(path.join(built, page.file), "utf8"))));
    // In the index's order: by date, then by file.
    const order = records.map((r) => ({ file: `decisions/${r.slug}/index.html`, key: r.decisionDate }));
    order.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.file < y.file ? -1 : 1));
    expect(site.pages.map((p) => [p.file, p.key])).toEqual(order.map((p) => [p.file, p.key]));
    // The build recorded what it read of each page in Astro's cache folder (<work>/cache, tests/setup/build-site.ts).
    const recorded = parsePageRecord(readFileSync(path.join(built, "../cache/casebook-index-pages.json"), "utf8"))!;
    expect(recorded.version.split("\0")[0]).toBe(path.resolve(built));
    expect(Object.keys(recorded.files)).toHaveLength(pages);
    for (const page of site.pages) expect(recorded.files[page.file], page.file).toEqual(entryOf(page));
  });

  it(
    "keeps the bundles of shards whose pages are unchanged, indexes the others again, and writes the bytes a fresh index writes",
    { timeout: 90_000 },
    async () => {
      const site = scratchSite("again");
      const logged: string[] = [];
      const log = (line: string) => logged.push(line);
      expect(await indexSite(site, { shardSize: 4, log })).toMatchObject({ indexed: pages, shards, kept: 0 });
      expect(logged.at(-1)).toMatch(
        new RegExp(
          `^Indexed ${pages} pages of ${files} HTML files in ${shards} shard\\(s\\), \\d+ at a time, in [\\d.]+ s \\(0 kept, ${shards} indexed\\)$`,
        ),
      );
      const first = stats(site);

      // Nothing changed: every bundle kept, not a file of them written.
      expect(await indexSite(site, { shardSize: 4, log })).toMatchObject({ indexed: pages, shards, kept: shards, jobs: 0 });
      expect(logged.at(-2)).toMatch(
        `Indexing ${pages} pages in ${shards} shard(s): ${shards} kept as an earlier index wrote them, 0 to index, 0 at a time`,
      );
      expect(changed(first, stats(site))).toEqual(["pagefind/shards.json"]);

      // The newest decision's text changes; of the oldest, what Pagefind is not given: its head, and
      // what follows the body element (the related decisions, which a decision added changes).
      const newest = records.reduce((a, b) => (b.decisionDate > a.decisionDate ? b : a));
      const oldest = records.reduce((a, b) => (b.decisionDate < a.decisionDate ? b : a));
      edit(site, newest.slug, addSentence);
      edit(site, oldest.slug, (html) =>
        html
          .replace("</head>", '<meta name="robots" content="noarchive"></head>')
          .replace("</article>", "<p>Another related decision.</p></article>"),
      );
      expect(await indexSite(site, { shardSize: 4, log })).toMatchObject({ indexed: pages, shards, kept: shards - 1, jobs: 1 });
      expect(logged.at(-1)).toMatch(/ \(\d+ kept, 1 indexed\)$/);
      const second = stats(site);
      // The newest shard's bundle written again, from its folder up; every older bundle's file as it was.
      const rewritten = changed(first, second);
      expect(rewritten.length).toBeGreaterThan(1);
      expect(rewritten.filter((f) => !f.startsWith("pagefind/"))).toEqual([]);
      expect(
        [...second.keys()].filter((f) => f.startsWith("pagefind/") && f !== "pagefind/shards.json" && first.get(f) === second.get(f)),
      ).toEqual([]);

      // The same pages indexed into an empty folder: the same files, the same bytes.
      const fresh = path.join(work, "again-fresh");
      cpSync(path.join(site, "decisions"), path.join(fresh, "decisions"), { recursive: true });
      expect(await indexSite(fresh, { shardSize: 4 })).toMatchObject({ indexed: pages, shards, kept: 0 });
      expectSameFiles(indexFiles(fresh), indexFiles(site));

      // Asked to index every shard (INDEX_FULL=1), it keeps none, and writes the same bytes still.
      expect(await indexSite(site, { shardSize: 4, full: true })).toMatchObject({ indexed: pages, shards, kept: 0 });
      expectSameFiles(indexFiles(fresh), indexFiles(site));
    },
  );

  it(
    "reads only the pages written since the last index, and indexes again the shard of a page whose text changed",
    { timeout: 120_000 },
    async () => {
      const site = scratchSite("reread");
      // As a build a minute ago leaves its pages.
      for (const f of htmlIn(site)) utimesSync(path.join(site, f), Date.now() / 1000 - 60, Date.now() / 1000 - 60);
      const logged: string[] = [];
      const pageRecord = path.join(work, "reread-pages.json");
      const options = { shardSize: 4, pageRecord, log: (line: string) => logged.push(line) };
      expect(await indexSite(site, options)).toMatchObject({ indexed: pages, files, read: files, shards, kept: 0 });
      expect(logged.at(-2)).toMatch(new RegExp(`, \\d+ at a time; ${files} of ${files} HTML files read$`));

      // Nothing changed: of the HTML files, only those without a body element (the listing) are read.
      const first = stats(site);
      expect(await indexSite(site, options)).toMatchObject({ indexed: pages, read: files - pages, kept: shards, jobs: 0 });
      expect(logged.at(-2)).toBe(
        `Indexing ${pages} pages in ${shards} shard(s): ${shards} kept as an earlier index wrote them, 0 to index, 0 at a time; ${files - pages} of ${files} HTML files read, the rest unchanged since the last index`,
      );
      expect(changed(first, stats(site))).toEqual(["pagefind/shards.json"]);
      // The record holds each page as a fresh read finds it: its file's size and time, its sort key and its hash.
      const record = parsePageRecord(readFileSync(pageRecord, "utf8"))!;
      const fresh = readIndexPages(site).pages;
      expect(record.version.split("\0")[0]).toBe(site);
      expect(Object.keys(record.files)).toHaveLength(pages);
      for (const p of fresh) expect(record.files[p.file], p.file).toEqual(entryOf(p));
      for (const p of fresh) expect(statSync(path.join(site, p.file)).mtimeMs, p.file).toBe(p.mtimeMs);

      // The oldest decision's page written again, with a sentence added: it alone is read of the
      // decision pages, and its shard (the oldest, the last bundle) alone is indexed again.
      const oldest = records.reduce((a, b) => (b.decisionDate < a.decisionDate ? b : a));
      const file = `decisions/${oldest.slug}/index.html`;
      const bundle = bundleOf(fresh, file);
      expect(bundle).toBe(plan.bundles.at(-1));
      edit(site, oldest.slug, addSentence);
      expect(await indexSite(site, options)).toMatchObject({ read: files - pages + 1, kept: shards - 1, jobs: 1 });
      expect(logged.at(-2)).toContain(
        `: ${shards - 1} kept as an earlier index wrote them, 1 to index, 1 at a time; ${files - pages + 1} of ${files} HTML files read, the rest unchanged`,
      );
      const rewritten = changed(first, stats(site));
      expect(rewritten.filter((f) => !f.startsWith(bundle)).sort()).toEqual(["pagefind/shards.json"]);
      expect(rewritten.length).toBeGreaterThan(2);
      expect(parsePageRecord(readFileSync(pageRecord, "utf8"))!.files[file]!.digest).toBe(
        sha256(pageForIndex(readFileSync(path.join(site, file), "utf8"))),
      );
      await expectFreshIndex(site, "reread-fresh");

      // Asked to index every shard, it reads every file; without a record of the pages, so does it.
      expect(await indexSite(site, { ...options, full: true })).toMatchObject({ read: files, kept: 0 });
      expect(await indexSite(site, { shardSize: 4 })).toMatchObject({ read: files, kept: shards });
    },
  );

  it(
    `reads again a page written less than ${MARGIN_MS / 1000} s before the last index read it, whose text may have changed since with its size and time`,
    { timeout: 120_000 },
    async () => {
      const site = scratchSite("racy");
      for (const f of htmlIn(site)) utimesSync(path.join(site, f), Date.now() / 1000 - 60, Date.now() / 1000 - 60);
      const newest = records.reduce((a, b) => (b.decisionDate > a.decisionDate ? b : a));
      const file = path.join(site, "decisions", newest.slug, "index.html");
      // Written just as the index starts to read: on a file system that keeps times to the second,
      // a change within that second would leave its time as it was.
      const now = Date.now() / 1000;
      utimesSync(file, now, now);
      const options = { shardSize: 4, pageRecord: path.join(work, "racy-pages.json") };
      expect(await indexSite(site, options)).toMatchObject({ read: files });
      const before = statSync(file);
      edit(site, newest.slug, sameSizeChange);
      utimesSync(file, now, now);
      const after = statSync(file);
      expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
      // The page is read again (with the listing): its shard, the newest, is indexed again.
      expect(await indexSite(site, options)).toMatchObject({ read: files - pages + 1, kept: shards - 1, jobs: 1 });
      await expectFreshIndex(site, "racy-fresh");
    },
  );

  it(
    "moves the bundles of the shards before the recent months to their new folders, not indexed again, when a night's decisions open new shards",
    { timeout: 90_000 },
    async () => {
      const site = scratchSite("opened");
      expect(await indexSite(site, { shardSize: 4 })).toMatchObject({ shards, kept: 0 });
      const before = stats(site);
      // Four decisions of the newest decision's month, as a night adds: with shards of 4, the recent
      // months hold more shards, and the shards before them keep their bundles, each moved up as
      // many folders as shards were added.
      const dates = records.map((r) => r.decisionDate).sort();
      const older = plan.ranges.filter(([, to]) => to <= recentStart(dates)).length;
      expect(older).toBeGreaterThan(1);
      const newest = records.reduce((a, b) => (b.decisionDate > a.decisionDate ? b : a));
      const added = [1, 2, 3, 4].map((day) => `${newest.decisionDate.slice(0, 7)}-2${day}`);
      const html = readFileSync(path.join(site, "decisions", newest.slug, "index.html"), "utf8");
      for (const [k, date] of added.entries()) {
        const slug = `99-000-00${k + 1}`;
        mkdirSync(path.join(site, "decisions", slug));
        const dated = html.replace(/data-pagefind-sort="date:[^"]*"/, `data-pagefind-sort="date:${date}"`);
        expect(dated).not.toBe(html);
        writeFileSync(path.join(site, "decisions", slug, "index.html"), dated);
      }
      const now = shardPlan([...dates, ...added].sort(), 4).bundles.length;
      expect(now).toBeGreaterThan(shards);
      expect(await indexSite(site, { shardSize: 4 })).toMatchObject({ indexed: pages + 4, shards: now, kept: older });
      const after = stats(site);
      // Every file of an older shard K's bundle is now in shard K + added's folder: the same file, not written again.
      const shardOf = (f: string) => Number(/^pagefind(?:-(\d+))?\//.exec(f)?.[1] ?? 0);
      const moved = (f: string) => f.replace(/^pagefind(?:-\d+)?\//, `pagefind-${shardOf(f) + now - shards}/`);
      const olderFiles = [...before.keys()].filter((f) => shardOf(f) >= shards - older);
      expect(olderFiles.length).toBeGreaterThan(older);
      expect(olderFiles.filter((f) => after.get(moved(f)) !== before.get(f))).toEqual([]);

      const fresh = path.join(work, "opened-fresh");
      cpSync(path.join(site, "decisions"), path.join(fresh, "decisions"), { recursive: true });
      expect(await indexSite(fresh, { shardSize: 4 })).toMatchObject({ shards: now, kept: 0 });
      expectSameFiles(indexFiles(fresh), indexFiles(site));
    },
  );

  it(
    "removes the record before indexing, so an index that fails leaves none, and the next indexes every shard",
    { timeout: 90_000 },
    async () => {
      const site = scratchSite("failed");
      await indexSite(site, { shardSize: 4 });
      const newest = records.reduce((a, b) => (b.decisionDate > a.decisionDate ? b : a));
      edit(site, newest.slug, addSentence);
      // A worker must report within a millisecond: it cannot, and the index fails.
      await expect(indexSite(site, { shardSize: 4, stallSeconds: 0.001 })).rejects.toThrow(/made no progress for 0\.001 s/);
      expect(existsSync(path.join(site, "pagefind/shards.json"))).toBe(false);
      // An unreadable record is none either.
      mkdirSync(path.join(site, "pagefind"), { recursive: true });
      writeFileSync(path.join(site, "pagefind/shards.json"), "{");
      const logged: string[] = [];
      expect(await indexSite(site, { shardSize: 4, log: (line) => logged.push(line) })).toMatchObject({ indexed: pages, shards, kept: 0 });
      expect(logged[0]).toBe("pagefind/shards.json of the earlier index is not a record of its shards: indexing every shard");
      const fresh = path.join(work, "failed-fresh");
      cpSync(path.join(site, "decisions"), path.join(fresh, "decisions"), { recursive: true });
      await indexSite(fresh, { shardSize: 4 });
      expectSameFiles(indexFiles(fresh), indexFiles(site));
      // Fewer, larger shards: the bundles of the shards no longer planned are gone.
      expect(await indexSite(site, { shardSize: 100 })).toMatchObject({ shards: 1, kept: 0 });
      expect(readSite(site).files.filter((f) => /^pagefind-\d+\//.test(f))).toEqual([]);
    },
  );

  it("finds a page's markers where they come late in it, and orders it by its date still", { timeout: 60_000 }, async () => {
    const plain = scratchSite("plain");
    const padded = scratchSite("padded");
    // The newest decision, which must stay in the newest shard: a head of 20 KB pushes its markers
    // past the part of each page read first.
    const newest = records.reduce((a, b) => (b.decisionDate > a.decisionDate ? b : a));
    const page = path.join(padded, `decisions/${newest.slug}/index.html`);
    const html = readFileSync(page, "utf8");
    writeFileSync(page, html.replace("</head>", `<meta name="padding" content="${"x".repeat(20_000)}"></head>`));
    expect(readFileSync(page, "utf8").indexOf("data-pagefind-body")).toBeGreaterThan(20_000);
    expect(await indexSite(plain, { shardSize: 4, jobs: shards })).toMatchObject({ indexed: pages });
    expect(await indexSite(padded, { shardSize: 4, jobs: shards })).toMatchObject({ indexed: pages });
    expectSameFiles(indexFiles(plain), indexFiles(padded));
  });

  it("keeps in each page's fragment its text once: section headings as anchors, not each numbered paragraph", () => {
    const fragments = [...indexFiles(built)].filter(([f]) => f.endsWith(".pf_fragment"));
    expect(fragments.length).toBe(pages);
    const anchors = fragments.flatMap(([, bytes]) => {
      // Pagefind's files are gzip, their JSON after a signature.
      const text = gunzipSync(bytes).toString("utf8");
      return (JSON.parse(text.slice(text.indexOf("{"))) as { anchors: { element: string; id: string }[] }).anchors;
    });
    expect(anchors.some((a) => a.id.startsWith("s-"))).toBe(true);
    expect(anchors.filter((a) => !/^h[23]$/.test(a.element))).toEqual([]);
  });

  it("indexes a decision page's body element alone into the same bytes as the whole page", { timeout: 60_000 }, async () => {
    const decisionPages = readSite(built).files.filter((f) => /^decisions\/\d\d-\d{3}-\d{3}[a-z]?\/index\.html$/.test(f));
    expect(decisionPages).toHaveLength(pages);
    const write = async (give: (html: string) => string, outputPath: string) => {
      const { index } = await pagefind.createIndex({});
      for (const f of decisionPages) {
        const html = readFileSync(path.join(built, f), "utf8");
        await index!.addHTMLFile({ url: `/${f.replace(/index\.html$/, "")}`, content: give(html) });
      }
      await index!.writeFiles({ outputPath });
    };
    try {
      // The whole page less the paragraphs' ids, and what pageForIndex gives of it.
      await write((html) => html.replace(/<li id="p\d+"/g, "<li"), path.join(work, "whole"));
      await write(pageForIndex, path.join(work, "part"));
    } finally {
      await pagefind.close();
    }
    // Some pages place their payment among others': a line Pagefind does not read, left out.
    expect(decisionPages.filter((f) => readFileSync(path.join(built, f), "utf8").includes('<p class="place"')).length).toBeGreaterThan(0);
    // What was left out: the head and the header, a page's first 5 KB or more, the payment's place,
    // and what follows the body element (the related decisions, the council's others).
    for (const f of decisionPages) {
      const html = readFileSync(path.join(built, f), "utf8").replace(/<li id="p\d+"/g, "<li");
      const part = pageForIndex(html);
      expect(part).not.toMatch(/<head>|<h1|class="place"|class="related\b/);
      expect(part.length).toBeLessThan(html.length - 5000);
    }
    const whole = indexFiles(path.join(work, "whole"), "");
    expect(whole.size).toBeGreaterThan(pages);
    expectSameFiles(whole, indexFiles(path.join(work, "part"), ""));
  });

  it("fails when the search page was built for other shards than the pages written make, saying both", async () => {
    // The shared build's search page, planned in shards of the default size: one, of every decision.
    const site = scratchSite("mismatch", ["search/index.html"]);
    expect(shards).toBeGreaterThan(1);
    await expect(indexSite(site, { shardSize: 4 })).rejects.toThrow(
      `The search page ${path.join(site, "search/index.html")} was built for ${pages} pages in 1 shards: pagefind/ (${pages}); but the decision pages written to ${path.join(site, "decisions")} make ${describePlan(plan.bundles, shardSizes(plan))}. Build again`,
    );
    // Nothing was indexed, and the plan the page names is the one the index then follows.
    expect(existsSync(path.join(site, "pagefind"))).toBe(false);
    expect(await indexSite(site)).toMatchObject({ indexed: pages, shards: 1 });
  });

  it("fails the build when a page cannot be read, naming the file and the reason", { timeout: 60_000 }, async () => {
    const site = scratchSite("broken");
    // A directory where a page should be.
    const page = "decisions/21-003-813/index.html";
    rmSync(path.join(site, page));
    mkdirSync(path.join(site, page));
    const logged: string[] = [];
    const logger = { info: (line: string) => logged.push(line) } as unknown as AstroIntegrationLogger;
    const done = casebookPagefind({ shardSize: 4 }).hooks["astro:build:done"]!;
    const run = done({ dir: pathToFileURL(`${site}/`), logger, pages: [], routes: [], assets: new Map() });
    await expect(run).rejects.toThrow(`${page}: EISDIR: illegal operation on a directory`);
    expect(logged.filter((line) => line.startsWith("Indexed"))).toEqual([]);
  });
});

describe("a shard's worker (indexShard)", () => {
  it("fails naming the page and the reason when a page cannot be indexed", { timeout: 60_000 }, async () => {
    const site = scratchSite("missing");
    const job = {
      site,
      files: ["decisions/21-003-813/index.html", "decisions/no-such-page/index.html"],
      outputPath: path.join(site, "pagefind"),
    };
    await expect(indexShard(job, "pagefind/").done).rejects.toThrow(
      /^Pagefind failed on decisions\/no-such-page\/index\.html: ENOENT: no such file or directory/,
    );
  });

  it("fails naming the bundle and Pagefind's own message when Pagefind's binary dies writing it", { timeout: 60_000 }, async () => {
    const site = scratchSite("unwritable");
    // The bundle would go inside a file: Pagefind's binary panics, and its worker ends without a reply.
    writeFileSync(path.join(site, "not-a-directory"), "");
    const job = { site, files: ["decisions/21-003-813/index.html"], outputPath: path.join(site, "not-a-directory/pagefind") };
    const done = indexShard(job, "pagefind/").done;
    await expect(done).rejects.toThrow(
      /^Pagefind worker for pagefind\/ \(1 pages\) ended \(exit code \d+\) without writing its bundle:\n[^]*Not a directory/,
    );
  });

  // Pagefind writes a bundle's files into folders it makes first, and when it cannot create a file
  // it tries again every 100 ms, for ever, without making the folder again. That is how a build hung
  // when the index was written while Astro still finished the site: Astro removes the output
  // folder's empty directories, among them a bundle folder Pagefind had just made. Here the folder
  // of the bundle's word index takes no files from the start (it leads into /proc), so Pagefind
  // hangs on every run, and the worker must be stopped within its bound.
  it(
    "stops a worker whose Pagefind makes no progress writing the bundle, names the shard and what it waited for, and leaves no process",
    { timeout: 90_000 },
    async () => {
      const site = scratchSite("stalled");
      const bundle = path.join(site, "pagefind");
      mkdirSync(bundle);
      symlinkSync("/proc/self/fd", path.join(bundle, "index"));
      const files = ["decisions/21-003-813/index.html", "decisions/21-018-990/index.html"];
      const shard = indexShard({ site, files, outputPath: bundle }, "pagefind/", 15);
      const children = new Promise<number[]>((resolve) =>
        shard.child.on("message", (message: { step?: string }) => {
          if (message.step !== "writing") return;
          const pid = shard.child.pid!;
          resolve([pid, ...readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).map(Number)]);
        }),
      );
      await expect(shard.done).rejects.toThrow(
        `Pagefind worker for pagefind/ (2 pages) made no progress for 15 s, waiting for Pagefind to write the bundle to ${bundle}; stopped it`,
      );
      const pids = await children;
      // The worker and Pagefind's own process (which ends when the worker's pipe to it closes).
      expect(pids).toHaveLength(2);
      await expect.poll(() => pids.filter(running), { timeout: 20_000 }).toEqual([]);
    },
  );
});

/** The HTML files under decisions/ of a site. */
const htmlIn = (site: string): string[] => readSite(site).files.filter((f) => f.startsWith("decisions/") && f.endsWith(".html"));

/** The bundle of the shard that holds a page, of the pages in the index's order. */
function bundleOf(ordered: { file: string }[], file: string): string {
  const i = ordered.findIndex((p) => p.file === file);
  expect(i).toBeGreaterThanOrEqual(0);
  return plan.bundles[plan.ranges.findIndex(([from, to]) => from <= i && i < to)]!;
}

/** The index of a site is the bytes an index of its decision pages into an empty folder writes. */
async function expectFreshIndex(site: string, name: string): Promise<void> {
  const fresh = path.join(work, name);
  cpSync(path.join(site, "decisions"), path.join(fresh, "decisions"), { recursive: true });
  expect(await indexSite(fresh, { shardSize: 4 })).toMatchObject({ indexed: pages, kept: 0 });
  expectSameFiles(indexFiles(fresh), indexFiles(site));
}

/** Each file of the index's bundles, with its inode and modification time. */
function stats(site: string): Map<string, string> {
  return new Map(
    [...indexFiles(site).keys()].map((f) => {
      const st = statSync(path.join(site, f), { bigint: true });
      return [f, `${st.ino} ${st.mtimeNs}`];
    }),
  );
}

/** The files of `after` that are new or not the same file as in `before`. */
const changed = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...after.keys()].filter((f) => before.get(f) !== after.get(f));

/** A decision page with a sentence added to its statement. */
const addSentence = (html: string): string =>
  html.replace(/<div class="statement-text"[^>]*>/, (div) => `${div}<p>A sentence added about parking permits.</p>`);

/** A decision page with a letter of its statement changed: the same size, another text. */
const sameSizeChange = (html: string): string => {
  const edited = html.replace(/(<div class="statement-text"[^>]*>[^]*?)\bthe\b/, "$1thy");
  expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(html));
  return edited;
};

/** Rewrites a decision page of a site. */
function edit(site: string, slug: string, change: (html: string) => string): void {
  const file = path.join(site, "decisions", slug, "index.html");
  const html = readFileSync(file, "utf8");
  const edited = change(html);
  expect(edited).not.toBe(html);
  writeFileSync(file, edited);
}

/** Whether a process runs (a zombie, ended but not yet reaped by its parent, does not). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}
