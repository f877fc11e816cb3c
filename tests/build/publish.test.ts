// Publishing: links to the official statements, attribution, sharing metadata (title, description,
// canonical, Open Graph, JSON-LD), and a build for another host under a sub-path, checked with
// tests/support/link-check.ts. The default build is the shared one (tests/setup/build-site.ts); the
// sub-path build is made once here.
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { indexSite } from "../../src/integrations/pagefind.ts";
import { pageForIndex } from "../../src/lib/index-page.ts";
import { shardPlan } from "../../src/lib/search-shards.ts";
import { writeSiteFixtures } from "../../scripts/site-fixtures.ts";
import { formatDate } from "../../src/lib/dates.ts";
import { launch } from "../../scripts/support/chromium.ts";
import { serve } from "../../scripts/support/serve.ts";
import { attr as attribute, parseHtml, query, queryAll, text, textOf, type Document } from "../support/html.ts";
import { checkLinks, linksOf } from "../support/link-check.ts";
import { buildSite, makeWorkDir } from "../setup/build-site.ts";
import { readSite, type BuiltSite } from "../setup/read-site.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const attr = (doc: Document, selector: string, name: string) => attribute(query(doc, selector), name);

/** A decision's own page, decisions/<ref>/index.html, not a page of the list at decisions/ and decisions/2/. */
const isDecisionPage = (p: string) => /^decisions\/\d{2}-\d{3}-\d{3}[a-z]?\/index\.html$/.test(p);

interface Record {
  slug: string;
  reference: string;
  council: string | null;
  summary: string;
  decisionDate: string;
  officialUrl: string;
  url: string;
}

/** The JSON-LD of a page, read from the raw HTML as a browser would: up to the first "</script". */
function rawJsonLd(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/gi)].map((m) => m[1]!);
}

interface Built {
  dir: string;
  site: BuiltSite;
  docs: Map<string, Document>;
  records: Record[];
}

function load(dir: string): Built {
  const site = readSite(dir);
  return {
    dir,
    site,
    docs: new Map([...site.pages].map(([p, html]) => [p, parseHtml(html)])),
    records: JSON.parse(readFileSync(path.join(dir, "decisions.json"), "utf8")) as Record[],
  };
}

/** The site-wide checks every build must pass, whatever its host and base path; `get` is called inside the tests. */
function checkSiteWide(get: () => Built, origin: string, base: string) {
  const home = `${origin}${base}`;
  const pageUrl = (p: string) => home + p.replace(/(^|\/)index\.html$/, "$1");

  it("every internal link, script, stylesheet and form resolves to a file, and every #anchor to an element", () => {
    const { site } = get();
    expect(site.pages.size).toBeGreaterThan(20);
    expect(checkLinks(site, { site: origin, base })).toEqual([]);
  });

  it(`every root-relative URL starts with ${base}`, () => {
    for (const [p, doc] of get().docs) {
      const rooted = linksOf(doc)
        .map((l) => l.url)
        .filter((u) => u.startsWith("/"));
      expect(rooted.length, p).toBeGreaterThan(0);
      expect(
        rooted.filter((u) => !u.startsWith(base)),
        p,
      ).toEqual([]);
    }
  });

  it("every page has a unique title and description, a canonical URL and Open Graph tags", () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const [p, doc] of get().docs) {
      const title = text(query(doc, "title"));
      const description = attr(doc, 'meta[name="description"]', "content") ?? "";
      expect(title, p).toMatch(/\S/);
      expect(description.length, `${p} description`).toBeGreaterThan(40);
      expect(titles.get(title), `${p} shares its title`).toBeUndefined();
      expect(descriptions.get(description), `${p} shares its description`).toBeUndefined();
      titles.set(title, p);
      descriptions.set(description, p);
      expect(attr(doc, 'meta[property="og:site_name"]', "content"), p).toBe("The casebook");
      expect(attr(doc, 'meta[property="og:title"]', "content"), p).toMatch(/\S/);
      expect(attr(doc, 'meta[property="og:description"]', "content"), p).toBe(description);
      expect(attr(doc, 'meta[property="og:type"]', "content"), p).toBe(isDecisionPage(p) ? "article" : "website");
      if (p === "404.html") {
        // The 404 page is served at any address: no canonical URL, not indexed.
        expect(query(doc, 'link[rel="canonical"]')).toBeNull();
        expect(query(doc, 'meta[property="og:url"]')).toBeNull();
        expect(attr(doc, 'meta[name="robots"]', "content")).toBe("noindex");
        continue;
      }
      const canonical = attr(doc, 'link[rel="canonical"]', "href");
      expect(canonical, p).toBe(pageUrl(p));
      expect(attr(doc, 'meta[property="og:url"]', "content"), p).toBe(canonical);
    }
  });

  it("the sitemap, feed and robots.txt use the public address", () => {
    const { dir, records } = get();
    const read = (f: string) => readFileSync(path.join(dir, f), "utf8");
    const locs = [...read("sitemap-0.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(`${home}decisions/21-003-813/`);
    expect(locs).toContain(`${home}about/`);
    expect(locs.filter((u) => !u.startsWith(home))).toEqual([]);
    expect(read("sitemap-index.xml")).toContain(`<loc>${home}sitemap-0.xml</loc>`);
    const feed = read("feed.xml");
    const feedUrls = [...feed.matchAll(/<id>([^<]+)<\/id>|href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
    // An id and a link for each of the newest 50 entries, and the feed's own.
    expect(feedUrls.length).toBeGreaterThan(2 * Math.min(records.length, 50));
    expect(feedUrls.filter((u) => !u.startsWith(home))).toEqual([]);
    expect(feed).toContain(`<link rel="self" href="${home}feed.xml"/>`);
    expect(read("robots.txt")).toContain(`Sitemap: ${home}sitemap-index.xml`);
  });
}

/** Each decision published: its page, and its records in decisions.json and decisions.csv. */
function checkDecisionsPublished(get: () => Built, origin: string, base: string) {
  const home = `${origin}${base}`;
  const pageUrl = (p: string) => home + p.replace(/(^|\/)index\.html$/, "$1");

  it("each decision page links its official statement on lgo.org.uk and carries its JSON-LD", () => {
    const { site, docs, records } = get();
    const bySlug = new Map(records.map((r) => [r.slug, r]));
    const decisionPages = [...docs.keys()].filter(isDecisionPage);
    expect(decisionPages.length).toBe(records.length);
    for (const p of decisionPages) {
      const doc = docs.get(p)!;
      const record = bySlug.get(p.split("/")[1]!)!;
      const official = query(doc, ".official-link a")!;
      expect(text(official)).toBe("Read the official statement on lgo.org.uk");
      expect(attribute(official, "href")).toBe(record.officialUrl);
      expect(record.officialUrl).toMatch(/^https:\/\/www\.lgo\.org\.uk\/decisions\/[a-z0-9-]+\/[a-z0-9-]+\/[0-9a-z-]+$/);

      const scripts = rawJsonLd(site.pages.get(p)!);
      expect(scripts, p).toHaveLength(1);
      // Nothing in the data can close the element or open markup: no "<" at all.
      expect(scripts[0]).not.toContain("<");
      const ld = JSON.parse(scripts[0]!) as { [key: string]: unknown };
      expect(ld).toMatchObject({
        "@context": "https://schema.org",
        "@type": "Report",
        name: `${record.council ?? "Body not named"} (${record.reference})`,
        description: record.summary,
        identifier: record.reference,
        datePublished: record.decisionDate,
        publisher: { "@type": "GovernmentOrganization", name: "Local Government and Social Care Ombudsman", url: "https://www.lgo.org.uk" },
        url: pageUrl(p),
        sameAs: record.officialUrl,
        isBasedOn: record.officialUrl,
        isPartOf: { "@type": "WebSite", url: home },
      });
      // What the statement is about is named only where the statement names it.
      expect(ld["about"], p).toEqual(record.council === null ? undefined : expect.objectContaining({ name: record.council }));
      expect(record.url).toBe(pageUrl(p));
    }
  });

  it("decisions.json and decisions.csv give each decision its page here and its official statement", () => {
    const { dir, records } = get();
    const bySlug = new Map(records.map((r) => [r.slug, r]));
    const rows = parseCsv(readFileSync(path.join(dir, "decisions.csv"), "utf8"), { columns: true }) as { [k: string]: string }[];
    expect(rows).toHaveLength(records.length);
    for (const row of rows) {
      const record = bySlug.get(row["slug"]!)!;
      expect(row["url"]).toBe(`${home}decisions/${row["slug"]}/`);
      expect(row["url"]).toBe(record.url);
      expect(row["officialUrl"]).toBe(record.officialUrl);
    }
  });
}

function checkPublishing(get: () => Built, origin: string, base: string) {
  checkSiteWide(get, origin, base);
  checkDecisionsPublished(get, origin, base);
}

describe("the default build (https://casebook.example/)", () => {
  const built = load(inject("siteDir"));
  const site = built.site;
  checkPublishing(() => built, "https://casebook.example", "/");

  it("links the About page from the header and the footer of every page", () => {
    for (const [p, html] of site.pages) {
      const doc = parseHtml(html);
      expect(query(doc, 'header nav a[href="/about/"]'), p).not.toBeNull();
      expect(query(doc, 'footer a[href="/about/"]'), p).not.toBeNull();
      expect(text(query(doc, "footer")), p).toContain("© Commission for Local Administration in England");
    }
  });

  it("has an About page on the source, attribution, outcomes, fields and paragraph numbers", () => {
    const doc = parseHtml(site.pages.get("about/index.html")!);
    expect(text(query(doc, "h1"))).toBe("About the casebook");
    expect(queryAll(doc, "section > h2[id]").map((h) => attribute(h, "id"))).toEqual([
      "source",
      "attribution",
      "outcomes",
      "fields",
      "paragraphs",
      "data",
    ]);
    const section = (id: string) => text(query(doc, `section[aria-labelledby="${id}"]`));
    expect(section("attribution")).toContain("© the Commission for Local Administration in England");
    expect(section("attribution")).toMatch(/source is acknowledged.*reproduced accurately.*not used in a misleading context/);
    const outcomes = queryAll(doc, ".outcomes dt").map(text);
    expect(outcomes).toEqual(["Upheld", "Not upheld", "Closed after initial enquiries"]);
    expect(section("outcomes")).toMatch(/no fault.*significant injustice/);
    expect(section("outcomes")).toContain("decided not to investigate");
    expect(section("fields")).toContain("can be wrong");
    expect(section("fields")).toContain("the text is right");
    expect(section("paragraphs")).toContain("reconstructs the official numbering");
    expect(attr(doc, 'a[href="https://www.lgo.org.uk/decisions"]', "rel")).toBe("external");
  });

  it("escapes hostile council and summary text in the JSON-LD", () => {
    // A fixture in tests/fixtures/site (23-300-003) whose council and summary carry </script>, <img onerror> and quotes.
    const hostile = built.records.filter(
      (r) => r.council?.includes("</script>") && r.summary.includes("</script>") && r.council.includes('"'),
    );
    expect(hostile.length).toBeGreaterThan(0);
    for (const record of hostile) {
      const html = site.pages.get(`decisions/${record.slug}/index.html`)!;
      const [raw] = rawJsonLd(html);
      expect(raw).toContain("\\u003c/script\\u003e");
      const ld = JSON.parse(raw!) as { name: string; description: string };
      expect(ld.name).toBe(`${record.council} (${record.reference})`);
      expect(ld.description).toBe(record.summary);
      // Parsed as HTML (a <script> ends at the first "</script"), the page has exactly one JSON-LD element and the data made no other.
      const scripts = queryAll(parseHtml(html), "script");
      expect(scripts.filter((s) => attribute(s, "type") === "application/ld+json")).toHaveLength(1);
      expect(scripts.filter((s) => textOf(s).includes("alert(1)"))).toHaveLength(1);
    }
  });
});

// Also a sharded search index (SEARCH_SHARD_SIZE=4, as a large archive has at 2,500), so the extra
// bundles are checked under the sub-path too. This build is of every decision shipped in decisions/
// (plus the site fixtures), so the real set a fresh clone shows is checked end to end.
describe("a build for another host under a sub-path (SITE_URL=https://example.org BASE_PATH=/casebook/), search index in shards", () => {
  let built: Built | undefined;
  let work = "";

  beforeAll(() => {
    work = makeWorkDir("base-");
    const decisions = path.join(work, "decisions");
    cpSync(path.join(ROOT, "decisions"), decisions, { recursive: true });
    writeSiteFixtures(decisions);
    built = load(buildSite(work, decisions, { SITE_URL: "https://example.org", BASE_PATH: "/casebook/", SEARCH_SHARD_SIZE: "4" }, printed));
  });
  const printed: string[] = [];
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  checkPublishing(() => built!, "https://example.org", "/casebook/");

  /** The shards of 4 the decisions' dates make, as the search page and the index plan them. */
  const plan = () => shardPlan(built!.records.map((r) => r.decisionDate).sort(), 4);

  it("indexes the pages in shards once they are built, into the bytes the same index made again writes", { timeout: 60_000 }, async () => {
    const shards = plan().bundles.length;
    expect(shards).toBeGreaterThan(20);
    expect(printed.join("")).toMatch(
      new RegExp(`Indexed ${built!.records.length} pages of \\d+ HTML files in ${shards} shard\\(s\\), \\d+ at a time, in [\\d.]+ s`),
    );
    const after = path.join(work, "after");
    cpSync(built!.dir, after, { recursive: true });
    // Every shard indexed again (the copy holds the build's record, from which every bundle would be kept).
    expect(await indexSite(after, { shardSize: 4, full: true })).toMatchObject({ indexed: built!.records.length, shards, kept: 0 });
    const bundles = (dir: string) => readSite(dir).files.filter((f) => /^pagefind(-\d+)?\//.test(f));
    expect(bundles(after)).toEqual(bundles(built!.dir));
    expect(bundles(after).filter((f) => !readFileSync(path.join(after, f)).equals(readFileSync(path.join(built!.dir, f))))).toEqual([]);
  });

  it("lists every decision newest first: the newest 50 to 99 on the front page, then pages of 50 numbered from the oldest", () => {
    const { docs, records } = built!;
    const newest = [...records].sort((a, b) =>
      a.decisionDate !== b.decisionDate ? (a.decisionDate < b.decisionDate ? 1 : -1) : a.reference < b.reference ? -1 : 1,
    );
    const pages = Math.floor(records.length / 50);
    expect(pages).toBeGreaterThanOrEqual(2);
    const listed = (page: string) => queryAll(docs.get(page)!, "ol.decision-list h3 a").map((a) => attribute(a, "href"));
    const older = Array.from({ length: pages - 1 }, (_, i) => pages - 1 - i);
    // Read newest first, front page then page n - 1 down to page 1, the pages list every decision once, in order.
    expect(["decisions/index.html", ...older.map((n) => `decisions/${n}/index.html`)].flatMap(listed)).toEqual(
      newest.map((r) => `/casebook/decisions/${r.slug}/`),
    );
    expect(listed("decisions/1/index.html")).toHaveLength(50);
    expect(listed("decisions/index.html").length).toBe(records.length - (pages - 1) * 50);
    const front = docs.get("decisions/index.html")!;
    expect(textOf(query(front, "#list-h + p")!)).toContain(
      `The newest ${records.length - (pages - 1) * 50} of ${records.length} decisions.`,
    );
    expect(attr(front, '.pagination a[rel="next"]', "href")).toBe(`/casebook/decisions/${pages - 1}/`);
    const oldest = docs.get("decisions/1/index.html")!;
    expect(text(query(oldest, "h1"))).toBe("All decisions — page 1");
    expect(textOf(query(oldest, "#list-h + p")!)).toContain(
      `Decisions 1–50 counted from the oldest, from ${formatDate(newest.at(-1)!.decisionDate)} to`,
    );
    expect(attr(oldest, '.pagination a[rel="prev"]', "href")).toBe(pages === 2 ? "/casebook/decisions/" : "/casebook/decisions/2/");
    expect(query(oldest, '.pagination a[rel="next"]')).toBeNull();
  });

  it("points search at the Pagefind bundle under the sub-path", () => {
    const doc = built!.docs.get("search/index.html")!;
    expect(attr(doc, "form#search-form", "data-bundle")).toBe("/casebook/pagefind/");
    expect(attr(doc, "form#search-form", "data-base")).toBe("/casebook/");
    expect(existsSync(path.join(built!.dir, "pagefind/pagefind.js"))).toBe(true);
  });

  it(
    "searches the newest decisions first in the browser, and every decision when asked or when the newest cannot answer",
    { timeout: 60_000 },
    async () => {
      const server = await serve(built!.dir, { base: "/casebook/" });
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const status = () => page.locator("#status").textContent();
        const scope = () => page.locator("#scope").textContent();
        const total = built!.records.length;
        const oldest = built!.records.reduce((a, b) => (b.decisionDate < a.decisionDate ? b : a));
        // Long words of the oldest decision's summary, to find one the newest decisions lack.
        const oldestWords = () => [...new Set(oldest.summary.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? [])];
        const dates = built!.records
          .map((r) => r.decisionDate)
          .sort()
          .reverse();
        await page.goto(`${server.url}/search/?q=council`);
        await expect.poll(status).toBe("Showing 1–2 of 2 decisions, most relevant first.");
        expect(await scope()).toBe(
          `Searched the newest 2 decisions (decided since ${formatDate(dates[1]!)}). Search all ${total} decisions (a larger download).`,
        );
        // Newest first, the two newest shards merged are gone through shard by shard: the newest decision first.
        const newestTwo = [...built!.records].sort((a, b) => (a.decisionDate < b.decisionDate ? 1 : -1)).slice(0, 2);
        await page.goto(`${server.url}/search/?q=council&sort=newest`);
        await expect.poll(status).toBe("Showing 1–2 of 2 decisions, newest first.");
        expect(await page.locator("#results h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(
          newestTwo.map((r) => `/casebook/decisions/${r.slug}/?highlight=council`),
        );
        await page.goto(`${server.url}/search/?q=council`);
        await expect.poll(status).toBe("Showing 1–2 of 2 decisions, most relevant first.");
        await page.getByRole("link", { name: `Search all ${total} decisions` }).click();
        await expect.poll(status).toMatch(/^Showing 1–20 of \d+ decisions, most relevant first\.$/);
        expect(new URL(page.url()).searchParams.get("scope")).toBe("all");
        expect(await scope()).toBe(`Searched all ${total} decisions.`);
        // Back to the newest alone, with the older shards merged now: still the newest two.
        await page.goBack();
        await expect.poll(status).toBe("Showing 1–2 of 2 decisions, most relevant first.");
        expect(await scope()).toMatch(/^Searched the newest 2 decisions/);
        // Decisions of 2018 or before are all in older shards, so all are searched.
        await page.goto(`${server.url}/search/?q=council&to=2018`);
        await expect.poll(status).toMatch(/^Showing 1–\d+ of \d+ decisions?, most relevant first\.$/);
        expect(await scope()).toBe(`The years chosen are before the newest 2, so all ${total} decisions were searched.`);
        // A word only older decisions hold: the newest say so, and offer all.
        const pageOf = (slug: string) => readFileSync(path.join(built!.dir, "decisions", slug, "index.html"), "utf8").toLowerCase();
        const newestText = built!.records
          .filter((r) => r.decisionDate >= dates[1]!)
          .map((r) => pageOf(r.slug))
          .join(" ");
        const word = oldestWords().find((w) => !newestText.includes(w))!;
        await page.goto(`${server.url}/search/?q=${word}`);
        await expect.poll(status).toBe(`None of the newest 2 decisions contain ‘${word}’.`);
        await page.getByRole("link", { name: `Search all ${total} decisions` }).click();
        await expect.poll(status).toMatch(/^Showing 1–\d+ of \d+ decisions?, most relevant first\.$/);
        // Mistyped (its last letter but one doubled, as "bedrooom"), it is offered from every
        // decision: the newest, asked first, hold nothing that contains it.
        const typo = `${word.slice(0, -1)}${word.at(-2)}${word.at(-1)}`;
        await page.goto(`${server.url}/search/?q=${typo}&scope=all`);
        await expect.poll(status).toBe(`No decisions contain ‘${typo}’. Did you mean ${word}?`);
        // A rare word that begins with a word most decisions hold ("withdrew", "with"): every shard
        // merged, the decisions that hold it (or a word that begins as it does, less its last two
        // letters), and nothing from the shards without it, which Pagefind answers with the shorter
        // word (its prefix fallback).
        const indexed = built!.records.map(
          (r) =>
            new Set(
              pageForIndex(pageOf(r.slug))
                .replace(/<[^>]*>/g, " ")
                .match(/[a-z]+/g),
            ),
        );
        const holdingWord = (w: string) => indexed.filter((words) => [...words].some((x) => x.startsWith(w))).length;
        const held = (w: string) => indexed.filter((words) => words.has(w)).length;
        const rare = [...new Set(indexed.flatMap((words) => [...words]))]
          .sort()
          .find(
            (w) =>
              w.length >= 8 &&
              held(w) <= 3 &&
              Array.from({ length: w.length - 6 }, (_, k) => w.slice(0, k + 4)).some((p) => held(p) > total / 2),
          );
        expect(rare).toBeDefined();
        await page.goto(`${server.url}/search/?q=${rare}&scope=all`);
        await expect.poll(status).toMatch(/^Showing 1–\d+ of \d+ decisions?, most relevant first\.$/);
        const found = Number(/ of (\d+) decisions?/.exec((await status()) ?? "")?.[1]);
        expect(found).toBeGreaterThan(0);
        expect(found).toBeLessThanOrEqual(holdingWord(rare!.slice(0, -2)));
        // Sorted, and within a filter, the same shards are left out: which hold the word does not
        // depend on the order or the filters.
        await page.goto(`${server.url}/search/?q=${rare}&scope=all&sort=oldest`);
        await expect.poll(status).toMatch(new RegExp(`^Showing 1–\\d+ of ${found} decisions?, oldest first\\.$`));
        await page.goto(`${server.url}/search/?q=${rare}&scope=all&from=${oldest.decisionDate.slice(0, 4)}`);
        await expect.poll(status).toMatch(new RegExp(`^Showing 1–\\d+ of ${found} decisions?, most relevant first\\.$`));
        // A word of the second newest decision that the newest lacks: of the newest two shards, the one
        // that holds it finds it, and the other adds nothing.
        const [first, second] = newestTwo;
        const only = [...new Set(second!.summary.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? [])].find(
          (w) => !pageOf(first!.slug).includes(w),
        );
        expect(only).toBeDefined();
        await page.goto(`${server.url}/search/?q=${only}`);
        await expect.poll(status).toBe("Showing 1–1 of 1 decision, most relevant first.");
        expect(await page.locator("#results h3 a").getAttribute("href")).toBe(`/casebook/decisions/${second!.slug}/?highlight=${only}`);
        // A search of every decision that is not answered at once says so: with the older shards'
        // index held back, the page says what it is searching for as long as it waits.
        const olderIndex = /\/pagefind-\d+\/index\//;
        let release = () => {};
        const heldBack = new Promise<void>((resolve) => (release = resolve));
        await page.route(olderIndex, async (route) => {
          await heldBack;
          await route.continue();
        });
        await page.goto(`${server.url}/search/?q=council&scope=all`);
        await expect.poll(status).toBe(`Searching all ${total} decisions…`);
        release();
        await expect.poll(status).toMatch(/^Showing 1–\d+ of \d+ decisions?, most relevant first\.$/);
        await page.unroute(olderIndex);
        // A reference may be of any year: it is looked for in every decision, and comes first.
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(oldest.reference)}`);
        await expect.poll(() => page.locator("#results h3 a").first().getAttribute("href")).toBe(`/casebook/decisions/${oldest.slug}/`);
      } finally {
        await browser.close();
        await server.close();
      }
    },
  );

  it("names every extra shard of the index, under the sub-path, and each is a bundle", () => {
    const doc = built!.docs.get("search/index.html")!;
    const manifest = JSON.parse(readFileSync(path.join(built!.dir, "pagefind/shards.json"), "utf8")) as {
      bundles: string[];
      pages: number[];
    };
    const pages = built!.records.length;
    expect(manifest.bundles.length).toBe(plan().bundles.length);
    expect(manifest.bundles.length).toBeGreaterThan(1);
    expect(manifest.pages.reduce((a, b) => a + b, 0)).toBe(pages);
    expect(attr(doc, "form#search-form", "data-shards")).toBe(
      manifest.bundles
        .slice(1)
        .map((b) => `/casebook/${b}`)
        .join(" "),
    );
    for (const bundle of manifest.bundles) expect(existsSync(path.join(built!.dir, bundle, "pagefind-entry.json")), bundle).toBe(true);
    // The newest shard holds the two recent months: January 2026's one decision (December 2025 has
    // none). A first search takes the shard before it too, to hold half a shard (2): November 2025's
    // one decision (September's 3 and October's 1 fill the shard before). The page says how many
    // shards a first search takes, how many decisions they hold and since when, and how many each
    // shard holds.
    expect(manifest.pages.slice(0, 3)).toEqual([1, 1, 4]);
    expect(attr(doc, "form#search-form", "data-newest-shards")).toBe("2");
    expect(attr(doc, "form#search-form", "data-shard-pages")).toBe(manifest.pages.join(" "));
    const dates = built!.records
      .map((r) => r.decisionDate)
      .sort()
      .reverse();
    expect(attr(doc, "form#search-form", "data-newest")).toBe("2");
    expect(attr(doc, "form#search-form", "data-newest-from")).toBe(dates[1]);
    expect(attr(doc, "form#search-form", "data-total")).toBe(String(pages));
  });
});
