import { describe, expect, it } from "vitest";
import { checkLinks, normaliseBase, pageUrl } from "./link-check.ts";

const SITE = "https://example.org";
const page = (body: string, head = "") => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("normaliseBase and pageUrl", () => {
  it("normalises the base path", () => {
    expect(normaliseBase()).toBe("/");
    expect(normaliseBase("/")).toBe("/");
    expect(normaliseBase("casebook")).toBe("/casebook/");
    expect(normaliseBase("/casebook")).toBe("/casebook/");
    expect(normaliseBase("/a/b/")).toBe("/a/b/");
  });

  it("gives each page its public URL", () => {
    const o = { site: SITE, base: "/casebook/" };
    expect(pageUrl("index.html", o).href).toBe("https://example.org/casebook/");
    expect(pageUrl("decisions/x/index.html", o).href).toBe("https://example.org/casebook/decisions/x/");
    expect(pageUrl("404.html", o).href).toBe("https://example.org/casebook/404.html");
    expect(pageUrl("index.html", { site: "https://example.org/ignored/" }).href).toBe("https://example.org/");
  });
});

describe("checkLinks", () => {
  const good = {
    pages: {
      "index.html": page(
        `<a href="/casebook/">home</a> <a href="/casebook/decisions/x/">x</a> <a href="decisions/x/#p2">relative</a>
         <a href="/casebook/decisions/x/#p1">p1</a> <a href="#top-h">here</a> <a href="#">top</a>
         <a href="/casebook/search/?council=Kent">search</a> <a href="/casebook/feed.xml">feed</a>
         <a href="https://www.lgo.org.uk/decisions/a">out</a> <a href="mailto:x@example.org">mail</a>
         <a href="/casebook/decisions/x">no slash</a> <a href="https://example.org/casebook/decisions/x/">absolute</a>
         <h2 id="top-h">Top</h2> <form action="/casebook/search/"></form> <img src="/casebook/_astro/a.png" alt="">`,
        `<link rel="canonical" href="https://example.org/casebook/"><link rel="stylesheet" href="/casebook/_astro/a.css">
         <meta property="og:url" content="https://example.org/casebook/"><link rel="icon" href="data:,">`,
      ),
      "decisions/x/index.html": page(`<ol><li id="p1">one</li><li id="p2">two <a href="#p1">1</a> <a href="../../">up</a></li></ol>`),
      "search/index.html": page(`<a name="legacy"></a><script src="/casebook/_astro/s.js"></script>`),
    },
    files: ["feed.xml", "_astro/a.css", "_astro/a.png", "_astro/s.js"],
  };

  it("passes a site whose links all resolve", () => {
    expect(checkLinks(good, { site: SITE, base: "/casebook/" })).toEqual([]);
  });

  it("accepts a Map of pages and finds <a name> anchors", () => {
    const pages = new Map(Object.entries(good.pages));
    pages.set("about/index.html", page(`<a href="/casebook/search/#legacy">legacy</a>`));
    expect(checkLinks({ pages, files: good.files }, { site: SITE, base: "casebook" })).toEqual([]);
  });

  it("reports links outside the base path, missing files and missing anchors", () => {
    const site = {
      pages: {
        "index.html": page(
          `<a href="/decisions/x/">no base</a> <a href="/casebook/decisions/y/">missing</a> <a href="/casebook/decisions/x/#p9">no anchor</a>
           <a href="#nowhere">no local anchor</a> <a href="https://example.org/other/">same host, other path</a>`,
          `<link rel="canonical" href="https://example.org/casebook/404/"><script src="/casebook/_astro/gone.js"></script>`,
        ),
        "decisions/x/index.html": page(`<p id="p1">one</p>`),
      },
    };
    const broken = checkLinks(site, { site: SITE, base: "/casebook/" });
    expect(broken.map((b) => [b.url, b.reason, b.target])).toEqual(
      expect.arrayContaining([
        ["/decisions/x/", "outside-base", undefined],
        ["/casebook/decisions/y/", "missing-file", "decisions/y/index.html"],
        ["/casebook/decisions/x/#p9", "missing-anchor", "decisions/x/index.html"],
        ["#nowhere", "missing-anchor", "index.html"],
        ["https://example.org/other/", "outside-base", undefined],
        ["https://example.org/casebook/404/", "missing-file", "404/index.html"],
        ["/casebook/_astro/gone.js", "missing-file", "_astro/gone.js"],
      ]),
    );
    expect(broken).toHaveLength(7);
    expect(broken.find((b) => b.url === "/casebook/_astro/gone.js")).toMatchObject({ page: "index.html", where: "script[src]" });
  });

  it("checks a root-hosted site with base '/'", () => {
    const site = { pages: { "index.html": page(`<a href="/a/">a</a> <a href="/b/">b</a>`), "a/index.html": page("") } };
    expect(checkLinks(site, { site: SITE }).map((b) => b.url)).toEqual(["/b/"]);
  });

  it("honours <base href> and percent-encoded paths and fragments", () => {
    const site = {
      pages: {
        "index.html": page(`<a href="sub/">via base</a> <a href="/caf%C3%A9/#r%C3%A9sum%C3%A9">encoded</a>`, `<base href="/caf%C3%A9/">`),
        "café/sub/index.html": page(""),
        "café/index.html": page(`<h2 id="résumé">R</h2>`),
      },
    };
    expect(checkLinks(site, { site: SITE })).toEqual([]);
  });

  it("reports URLs that cannot be parsed or decoded", () => {
    const site = { pages: { "index.html": page(`<a href="http://[bad">bad</a> <a href="/%E0%A4%A">bad escape</a>`) } };
    expect(checkLinks(site, { site: SITE }).map((b) => b.reason)).toEqual(["invalid-url", "invalid-url"]);
  });
});
