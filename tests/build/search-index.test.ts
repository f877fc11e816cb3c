// The search index as src/integrations/pagefind.ts writes it, over the decision pages of the shared
// build (tests/setup/build-site.ts) copied into a scratch site, in shards of 4: the same bytes however
// many workers write it, the search page's list of shards checked, and failures that name the file.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import type { AstroConfig, AstroIntegrationLogger } from "astro";
import { afterAll, describe, expect, inject, it } from "vitest";
import * as pagefind from "pagefind";
import casebookPagefind, { indexShard, indexSite, type PagefindOptions } from "../../src/integrations/pagefind.ts";
import { byIndexOrder, decisionPageFile, pageForIndex } from "../../src/lib/index-page.ts";
import { builtPages, type BuiltPages } from "../../src/site/built-pages.ts";
import { newestShardSize, shardRanges } from "../../src/lib/search-shards.ts";
import { CACHE } from "../setup/build-site.ts";
import { readSite } from "../setup/read-site.ts";

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

describe("the search index (src/integrations/pagefind.ts)", () => {
  const files = readSite(built).files.filter((f) => f.startsWith("decisions/") && f.endsWith(".html")).length;
  const shards = shardRanges(pages, 4).length;

  it(
    "writes the same bytes whether its shards are indexed one at a time, each page awaited, or all at once",
    { timeout: 60_000 },
    async () => {
      expect(shards).toBeGreaterThan(2);
      const one = scratchSite("one");
      const all = scratchSite("all");
      expect(files).toBeGreaterThan(pages);
      expect(await indexSite(one, { shardSize: 4, jobs: 1, inFlight: 1 })).toMatchObject({ indexed: pages, files, shards, jobs: 1 });
      expect(await indexSite(all, { shardSize: 4, jobs: shards })).toMatchObject({ indexed: pages, files, shards, jobs: shards });
      const a = indexFiles(one);
      expectSameFiles(a, indexFiles(all));
      // shards.json lists the bundles in shard order, with the pages of each: the newest, a half-shard, first.
      const manifest = JSON.parse(a.get("pagefind/shards.json")!.toString()) as { bundles: string[]; pages: number[]; orderedBy: string };
      expect(manifest.bundles).toEqual(["pagefind/", ...Array.from({ length: shards - 1 }, (_, k) => `pagefind-${k + 1}/`)]);
      expect(manifest.pages.reduce((x, y) => x + y, 0)).toBe(pages);
      expect(manifest.pages[0]).toBe(newestShardSize(4));
      expect(manifest.orderedBy).toBe("date");
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
    const decisionPages = readSite(built).files.filter((f) => /^decisions\/\d\d-\d{3}-\d{3}\/index\.html$/.test(f));
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
    // What was left out: the head and the header, a page's first 5 KB or more, and what follows the article.
    for (const f of decisionPages) {
      const html = readFileSync(path.join(built, f), "utf8").replace(/<li id="p\d+"/g, "<li");
      const part = pageForIndex(html);
      expect(part).not.toMatch(/<head>|<h1/);
      expect(part.length).toBeLessThan(html.length - 5000);
    }
    const whole = indexFiles(path.join(work, "whole"), "");
    expect(whole.size).toBeGreaterThan(pages);
    expectSameFiles(whole, indexFiles(path.join(work, "part"), ""));
  });

  it("fails when the search page names other shards than the index has", { timeout: 60_000 }, async () => {
    // The shared build has one shard, so its search page names no extra bundle.
    const site = scratchSite("mismatch", ["search/index.html"]);
    const extra = Array.from({ length: shards - 1 }, (_, k) => `pagefind-${k + 1}/`).join(", ");
    await expect(indexSite(site, { shardSize: 4 })).rejects.toThrow(
      `search/index.html merges [] with ${pages} pages in the newest bundle, but the index has extra bundles [${extra}] and ${newestShardSize(4)} pages in the newest`,
    );
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

/** The integration's hooks run as `astro build` runs them over a built site, the pages given by `give` in between; what it logged. */
async function buildHooks(site: string, options: PagefindOptions, give: (receiver: BuiltPages) => void): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line) } as unknown as AstroIntegrationLogger;
  const { hooks } = casebookPagefind(options);
  const config = { outDir: pathToFileURL(`${site}/`) } as unknown as AstroConfig;
  await hooks["astro:config:done"]!({ config, logger } as unknown as Parameters<NonNullable<(typeof hooks)["astro:config:done"]>>[0]);
  await hooks["astro:build:start"]!({ logger } as unknown as Parameters<NonNullable<(typeof hooks)["astro:build:start"]>>[0]);
  const receiver = builtPages();
  if (receiver) give(receiver);
  await hooks["astro:build:done"]!({ dir: pathToFileURL(`${site}/`), logger, pages: [], routes: [], assets: new Map() });
  expect(builtPages()).toBeUndefined();
  return logged;
}

describe("the index made while the pages are built (src/integrations/pagefind.ts with src/site/built-pages.ts)", () => {
  /** The decision pages in the index's order: as src/site/site-data.ts plans them. */
  const plan = records
    .map((r) => ({ file: decisionPageFile(r.slug), key: r.decisionDate }))
    .sort(byIndexOrder)
    .map((p) => p.file);
  const html = (site: string, file: string) => readFileSync(path.join(site, file), "utf8");
  /** The index made after the build, in shards of 4, that each index made as the pages are built must equal (made once). */
  let reference: Promise<Map<string, Buffer>> | undefined;
  const afterBuild = () => {
    reference ??= (async () => {
      const site = scratchSite("after");
      await indexSite(site, { shardSize: 4, jobs: 1 });
      return indexFiles(site);
    })();
    return reference;
  };

  it(
    "writes the bytes an index made after the build writes, whatever order the pages come in, one worker or several",
    { timeout: 60_000 },
    async () => {
      const after = await afterBuild();
      for (const [name, jobs, order] of [
        ["in-order", undefined, plan],
        // Newest first, with one worker: every shard's pages wait until the one before is written.
        ["reversed", 1, [...plan].reverse()],
      ] as const) {
        const site = scratchSite(name);
        const logged = await buildHooks(site, { shardSize: 4, jobs }, (receiver) => {
          receiver.plan(plan);
          for (const file of order) receiver.page(file, html(site, file));
        });
        expect(logged).toEqual([
          expect.stringMatching(
            new RegExp(
              `^Indexed ${pages} pages of \\d+ HTML files in ${shardRanges(pages, 4).length} shard\\(s\\), \\d+ at a time, as they were built: [\\d.]+ s after the build$`,
            ),
          ),
        ]);
        expectSameFiles(after, indexFiles(site), name);
      }
    },
  );

  it("indexes the site from its files after the build when the pages written are not those given", { timeout: 60_000 }, async () => {
    const after = await afterBuild();
    const cases: [string, string, (receiver: BuiltPages, site: string) => void][] = [
      ["no page given", "no page was given as it was built", () => {}],
      [
        "a page missing",
        "not every page was given as it was built",
        (r, site) => {
          r.plan(plan);
          for (const file of plan.slice(1)) r.page(file, html(site, file));
        },
      ],
      [
        "a page not planned",
        `decisions/no-such-page/index.html was built, but not planned`,
        (r, site) => {
          r.plan(plan);
          r.page("decisions/no-such-page/index.html", html(site, plan[0]!));
        },
      ],
      [
        "a page twice",
        `${plan[0]} was built twice`,
        (r, site) => {
          r.plan(plan);
          for (const file of [plan[0]!, ...plan]) r.page(file, html(site, file));
        },
      ],
      [
        "a planned page not written",
        "the pages written are not those planned",
        (r, site) => {
          r.plan([...plan, "decisions/00-000-000/index.html"]);
          for (const file of plan) r.page(file, html(site, file));
        },
      ],
    ];
    for (const [name, why, give] of cases) {
      const site = scratchSite(name.replaceAll(" ", "-"));
      const logged = await buildHooks(site, { shardSize: 4 }, (receiver) => give(receiver, site));
      expect(logged[0], name).toBe(`Indexing after the build: ${why}`);
      expect(logged.at(-1), name).toMatch(/ at a time, in [\d.]+ s$/);
      expectSameFiles(after, indexFiles(site), name);
    }
  });

  it(
    "fails the build, naming the bundle and Pagefind's message, when a shard's worker fails while the pages are built",
    { timeout: 60_000 },
    async () => {
      const site = scratchSite("unwritable-while-built");
      const logged: string[] = [];
      const run = buildHooks(site, { shardSize: 4 }, (receiver) => {
        receiver.plan(plan);
        // The newest shard's bundle would go where a file is: Pagefind's binary panics writing it.
        writeFileSync(path.join(site, "pagefind"), "");
        for (const file of plan) receiver.page(file, html(site, file));
      }).then((lines) => logged.push(...lines));
      await expect(run).rejects.toThrow(/^Pagefind worker for pagefind\/ ended \(exit code \d+\) without writing its bundle:\n/);
      expect(logged).toEqual([]);
    },
  );
});

describe("a shard's worker (indexShard)", () => {
  it("fails naming the page and the reason when a page cannot be indexed", { timeout: 60_000 }, async () => {
    const site = scratchSite("missing");
    const job = {
      read: { site, files: ["decisions/21-003-813/index.html", "decisions/no-such-page/index.html"] },
      outputPath: path.join(site, "pagefind"),
      inFlight: 16,
    };
    await expect(indexShard(job, "pagefind/").done).rejects.toThrow(
      /^Pagefind failed on decisions\/no-such-page\/index\.html: ENOENT: no such file or directory/,
    );
  });

  it("fails naming the bundle and Pagefind's own message when Pagefind's binary dies writing it", { timeout: 60_000 }, async () => {
    const site = scratchSite("unwritable");
    // The bundle would go inside a file: Pagefind's binary panics, and its worker ends without a reply.
    writeFileSync(path.join(site, "not-a-directory"), "");
    const job = {
      read: { site, files: ["decisions/21-003-813/index.html"] },
      outputPath: path.join(site, "not-a-directory/pagefind"),
      inFlight: 1,
    };
    const done = indexShard(job, "pagefind/").done;
    await expect(done).rejects.toThrow(
      /^Pagefind worker for pagefind\/ ended \(exit code \d+\) without writing its bundle:\n[^]*Not a directory/,
    );
  });
});
