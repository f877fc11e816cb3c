// A build into the output folder of an earlier one (src/integrations/page-cache.ts): the decision
// pages and export row files whose inputs are unchanged are kept, the rest rendered, what is gone
// removed, and the result is the same files, byte for byte, as a build of the same decisions into
// an empty folder.
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeStale, templateFingerprint } from "../../src/integrations/page-cache.ts";
import { buildSite, makeWorkDir, SITE_DECISIONS } from "../setup/build-site.ts";
import { readSite } from "../setup/read-site.ts";
import { ROOT } from "../paths.ts";

const work = makeWorkDir("page-cache-");
afterAll(() => rmSync(work, { recursive: true, force: true }));

const decisions = path.join(work, "decisions");
mkdirSync(decisions);
const shipped = readdirSync(path.join(ROOT, "decisions")).filter((n) => n.endsWith(".md"));
const extra = shipped.filter((n) => !SITE_DECISIONS.includes(n.replace(/\.md$/, ""))).slice(0, 6);
const [added, ...rest] = extra;
for (const name of [...SITE_DECISIONS.map((s) => `${s}.md`), ...rest])
  cpSync(path.join(ROOT, "decisions", name), path.join(decisions, name));

const env = { SITE_URL: "https://casebook.example", BASE_PATH: "/", SEARCH_SHARD_SIZE: "4" };

type Counts = { rendered: number; kept: number };

/** Builds into the shared output folder and returns what the page cache said it rendered and kept of the decision pages and the export row files. */
function build(args: string[] = []): { pages: Counts; rows: Counts } {
  const printed: string[] = [];
  buildSite(work, decisions, env, printed, args);
  const counts = (route: string): Counts => {
    const said = new RegExp(`(\\d+) ${route} rendered, (\\d+) kept from the last build`).exec(printed.join(""));
    if (!said) throw new Error(`The build did not say what it rendered of the ${route}:\n${printed.join("")}`);
    return { rendered: Number(said[1]), kept: Number(said[2]) };
  };
  return { pages: counts("decision pages"), rows: counts("export row files") };
}

const out = path.join(work, "dist");
/** How many export row files the last build left. */
const rowFiles = () => readdirSync(path.join(out, "export/rows")).length;

/** Every file of a built site with its bytes. */
function files(site: string): Map<string, Buffer> {
  return new Map(readSite(site).files.map((f) => [f, readFileSync(path.join(site, f))]));
}

describe("a build over the output of an earlier one", () => {
  const all = SITE_DECISIONS.length + rest.length;

  it("renders every page the first time, keeps them all when nothing changed, and renders all with --full", { timeout: 600_000 }, () => {
    const first = build();
    const rows = rowFiles();
    expect(rows).toBeGreaterThan(1);
    expect(first).toEqual({ pages: { rendered: all, kept: 0 }, rows: { rendered: rows, kept: 0 } });
    expect(build()).toEqual({ pages: { rendered: 0, kept: all }, rows: { rendered: 0, kept: rows } });
    expect(build(["--full"])).toEqual({ pages: { rendered: all, kept: 0 }, rows: { rendered: rows, kept: 0 } });
  });

  it("renders what changed, removes what is gone, and writes what a build into an empty folder writes", { timeout: 600_000 }, () => {
    // Only the text of the statement changes, not its record: the page must still be rendered again.
    const changed = path.join(decisions, `${SITE_DECISIONS[0]}.md`);
    appendFileSync(changed, "\nA sentence added to the end of the statement.\n");
    const removed = rest[0]!;
    rmSync(path.join(decisions, removed));
    cpSync(path.join(ROOT, "decisions", added!), path.join(decisions, added!));

    const { pages, rows } = build();
    expect(pages.rendered + pages.kept).toBe(all);
    expect(pages.rendered).toBeLessThan(all);
    expect(rows.rendered + rows.kept).toBe(rowFiles());
    expect(rows.rendered).toBeGreaterThan(0);
    expect(rows.kept).toBeGreaterThan(0);
    expect(readFileSync(path.join(out, "decisions", SITE_DECISIONS[0]!, "index.html"), "utf8")).toContain(
      "A sentence added to the end of the statement.",
    );

    const fresh = makeWorkDir("page-cache-full-");
    try {
      const full = files(buildSite(fresh, decisions, env));
      const incremental = files(out);
      expect([...incremental.keys()]).toEqual([...full.keys()]);
      expect([...full.keys()].filter((f) => !full.get(f)!.equals(incremental.get(f)!))).toEqual([]);
      expect(full.has(`decisions/${removed.replace(/\.md$/, "")}/index.html`)).toBe(false);
      expect(full.has(`decisions/${added!.replace(/\.md$/, "")}/index.html`)).toBe(true);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

describe("removeStale", () => {
  it("removes the files written before the build and not kept, and the folders left empty, but not the index's bundles", () => {
    const dir = path.join(work, "stale");
    const write = (file: string, old: boolean) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), file);
      if (old) utimesSync(path.join(dir, file), new Date(1_000_000), new Date(1_000_000));
    };
    write("decisions/gone/index.html", true); // a decision since removed
    write("decisions/kept/index.html", true); // a page kept from the last build
    write("decisions/new/index.html", false); // written by this build
    write("_astro/old.css", true);
    write("_astro/new.css", false);
    write("pagefind/pagefind-entry.json", true); // the index keeps or removes its own
    const since = 2_000_000;
    expect(removeStale(dir, since, new Set(["decisions/kept/index.html"]))).toBe(2);
    expect(readSite(dir).files).toEqual([
      "_astro/new.css",
      "decisions/kept/index.html",
      "decisions/new/index.html",
      "pagefind/pagefind-entry.json",
    ]);
    expect(existsSync(path.join(dir, "decisions/gone"))).toBe(false);
  });
});

describe("templateFingerprint", () => {
  it("changes with a file under src/, the locked dependencies and the site's address, and only with them", () => {
    const root = path.join(work, "root");
    mkdirSync(path.join(root, "src/components"), { recursive: true });
    writeFileSync(path.join(root, "src/components/A.astro"), "<p>A</p>");
    writeFileSync(path.join(root, "package-lock.json"), "{}");
    const config = { site: "https://a.example", base: "/", trailingSlash: "ignore", build: { format: "directory" } } as const;
    const fingerprint = () => templateFingerprint(root, config as unknown as Parameters<typeof templateFingerprint>[1]);
    const first = fingerprint();
    writeFileSync(path.join(root, "README.md"), "not a template");
    expect(fingerprint()).toBe(first);
    writeFileSync(path.join(root, "src/components/A.astro"), "<p>B</p>");
    const edited = fingerprint();
    expect(edited).not.toBe(first);
    writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3}');
    expect(fingerprint()).not.toBe(edited);
    expect(
      templateFingerprint(root, { ...config, site: "https://b.example" } as unknown as Parameters<typeof templateFingerprint>[1]),
    ).not.toBe(fingerprint());
  });
});
