import { describe, expect, it } from "vitest";
import { sectionOf, sectionTimes } from "../../scripts/support/astro-log.ts";

// A build's log as Astro writes it, pages eight at a time; invented, with the times chosen to add up.
const LOG = [
  "12:00:00 [build] ✓ Completed in 2.38s.",
  "12:00:00 generating static routes",
  "12:00:01 ▶ src/pages/about.astro",
  "12:00:04   └─ /about/index.html (+3.01s)",
  "12:00:04 ▶ src/pages/decisions/[slug].astro",
  "12:00:05   ├─ /decisions/21-018-990/index.html (+39ms) ",
  "12:00:09   ├─ /decisions/21-018-991/index.html (+41ms) ",
  "12:00:10 λ src/pages/decisions.json.ts",
  "12:00:11   └─ /decisions.json (+0.90s)",
  "12:00:11 ▶ src/pages/councils/[slug]/[...page].astro",
  "12:00:12   ├─ /councils/kent-county-council/index.html (+12ms) ",
  "12:00:12 λ src/pages/councils/[slug]/feed.xml.ts",
  "12:00:14   ├─ /councils/kent-county-council/feed.xml (+2ms) ",
  "12:00:14 ▶ src/pages/index.astro",
  "12:00:14   └─ /index.html (+5ms)",
  "12:00:15 ▶ src/pages/404.astro",
  "12:00:15   └─ /404.html (+5ms)",
  "12:00:16 ✓ Completed in 15.12s.",
  "12:00:17 [casebook:pagefind] Indexing 2 pages",
].join("\n");

describe("sectionTimes", () => {
  it("gives each section the seconds from its routes' first lines to the next route's, and the files written, most time first", () => {
    expect([...sectionTimes(LOG)]).toEqual([
      ["decisions", { pages: 2, seconds: 6 }],
      ["about", { pages: 1, seconds: 3 }],
      ["councils", { pages: 2, seconds: 3 }],
      ["(top level)", { pages: 2, seconds: 2 }],
      ["decisions.json", { pages: 1, seconds: 1 }],
    ]);
  });

  it("adds up to the time from the first route to the end of the pages", () => {
    const total = [...sectionTimes(LOG).values()].reduce((sum, s) => sum + s.seconds, 0);
    expect(total).toBe(15);
  });

  it("reads a log coloured for a terminal, and one that runs past midnight", () => {
    const coloured = "\x1b[2m23:59:58\x1b[22m \x1b[32m▶\x1b[39m src/pages/search.astro\n00:00:03 \x1b[32m✓ Completed in 5.00s.\x1b[39m";
    expect(sectionTimes(coloured).get("search")).toEqual({ pages: 0, seconds: 5 });
  });

  it("counts nothing before the first route or of a route the log does not end", () => {
    expect(sectionTimes("12:00:00 [build] ✓ Completed in 2.38s.\n12:00:01 ▶ src/pages/about.astro\n").size).toBe(0);
  });
});

describe("sectionOf", () => {
  it("names a route's section by its first folder, a top-level file by its name, and the home and 404 pages as the top level", () => {
    expect(sectionOf("decisions/[slug].astro")).toBe("decisions");
    expect(sectionOf("export/rows/[file].json.ts")).toBe("export");
    expect(sectionOf("decisions.json.ts")).toBe("decisions.json");
    expect(sectionOf("robots.txt.ts")).toBe("robots.txt");
    expect(sectionOf("about.astro")).toBe("about");
    expect(sectionOf("index.astro")).toBe("(top level)");
    expect(sectionOf("404.astro")).toBe("(top level)");
  });
});
