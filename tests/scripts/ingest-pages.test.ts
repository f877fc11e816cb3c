// Ingest of saved decision pages (.html) and of awkward folders: a manifest beside the pages, pages
// that hold no decision, a link to a parent folder, and an input that crashes the parser.

import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { emptyManifest, recordListed, serializeManifest } from "../../src/lib/archive/manifest.ts";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { parseDecision } from "../../src/lib/decision/parse.ts";
import { FIXTURES, SEEDS } from "../paths.ts";
import { renderDecisionPage, renderReportChapters, statementFacts, type Variant } from "../../scripts/support/decision-page.ts";
import { ingest } from "../support/ingest.ts";
import { tempDir } from "../support/temp-dir.ts";

const seeds = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), "utf8"));
const minimal = readFileSync(join(FIXTURES, "minimal.txt"), "utf8");
const slug = (text: string) => statementFacts(text).reference.replaceAll(" ", "-");

/** Saves statements as pages the way npm run fetch does: <NN-NNN-NNN>.html, and a manifest of what the listing said. */
function savePages(
  folder: string,
  texts: readonly string[],
  variants: readonly Variant[],
  url = (text: string) => `https://www.lgo.org.uk/decisions/x/y/${slug(text)}?displaypref=0`,
) {
  mkdirSync(folder, { recursive: true });
  const manifest = emptyManifest();
  texts.forEach((text, i) => {
    const facts = statementFacts(text);
    writeFileSync(join(folder, `${slug(text)}.html`), renderDecisionPage(text, variants[i % variants.length]!));
    recordListed(
      manifest,
      { reference: facts.reference, path: "", title: facts.title, outcome: facts.outcome, category: facts.subcategory, date: null },
      url(text),
      { from: "2022-09-01", to: "2022-09-30" },
    );
  });
  writeFileSync(join(folder, "manifest.json"), serializeManifest(manifest));
}

let work: string;
let out: string;
beforeEach(() => {
  work = tempDir("ingest-pages-");
  out = join(work, "out");
});

describe("npm run ingest of saved pages", { timeout: 60_000 }, () => {
  it("ingests .html pages into the records their texts give, titles and addresses from the manifest beside them", () => {
    const pages = join(work, "archive");
    savePages(pages, seeds, ["spans", "dl", "bare"]);
    const { status, stdout, stderr } = ingest("--out", out, pages);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^ingested 5, unchanged 0, failed 0 \(5 files/m);
    for (const text of seeds) {
      const written = readDecisionFile(readFileSync(join(out, `${slug(text)}.md`), "utf8"));
      const { decision } = parseDecision(text, "seed.txt");
      expect(written.data, slug(text)).toEqual({ ...decision, officialUrl: `https://www.lgo.org.uk/decisions/x/y/${slug(text)}` });
      expect(written.source).toBe(`${slug(text)}.html`);
    }
    // Unchanged pages with an unchanged manifest are not read again.
    expect(ingest("--out", out, pages).stdout).toMatch(/^ingested 0, unchanged 5, failed 0/m);
  });

  it("reads a report's chapters with its first page, ingests it again when a chapter changes, and refuses a chapter given alone", () => {
    const pages = join(work, "archive");
    mkdirSync(pages, { recursive: true });
    const text = seeds.find((t) => {
      try {
        return renderReportChapters(t, "spans", 2, "/x").length === 2;
      } catch {
        return false;
      }
    })!;
    const [first, second] = renderReportChapters(text, "spans", 2, `/decisions/x/y/${slug(text)}`);
    writeFileSync(join(pages, `${slug(text)}.html`), first!);
    writeFileSync(join(pages, `${slug(text)}.chapter-2.html`), second!);
    const run = ingest("--out", out, pages);
    expect(run.stdout, run.stderr).toMatch(/^ingested 1, unchanged 0, failed 0 \(1 files/m);
    expect(readDecisionFile(readFileSync(join(out, `${slug(text)}.md`), "utf8")).body).toBe(parseDecision(text, "seed.txt").body);

    writeFileSync(join(pages, `${slug(text)}.chapter-2.html`), `${second!}<!-- saved again -->\n`);
    expect(ingest("--out", out, pages).stdout).toMatch(/^ingested 1, unchanged 0, failed 0/m);

    const alone = ingest("--check", join(pages, `${slug(text)}.chapter-2.html`));
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain(
      `${join(pages, `${slug(text)}.chapter-2.html`)}:1: a later chapter of a report, read with the report's first page`,
    );
  });

  it("keeps the derived address when the manifest's is not lgo.org.uk's, and refuses a titleless page without a manifest", () => {
    const pages = join(work, "archive");
    savePages(pages, [minimal, seeds[0]!], ["bare", "spans"], (text) => `http://127.0.0.1:8080/decisions/x/y/${slug(text)}`);
    const lone = join(work, "lone");
    mkdirSync(lone);
    writeFileSync(join(lone, "20-123-456.html"), renderDecisionPage(minimal, "bare"));
    const { status, stdout, stderr } = ingest("--check", "--json", "--out", out, pages);
    expect(status, stderr).toBe(0);
    const records = JSON.parse(stdout) as { reference: string; officialUrl: string }[];
    expect(records.map((r) => r.officialUrl)).toEqual([
      "https://www.lgo.org.uk/decisions/housing/allocations/20-123-456",
      "https://www.lgo.org.uk/decisions/children-s-care-services/child-protection/21-018-990",
    ]);
    const alone = ingest("--out", out, lone);
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain(
      `${join(lone, "20-123-456.html")}:1: expected the decision's title 'Body name (NN NNN NNN)' in a heading or the page's <title>, or in the manifest beside the page, found "Decision - Local Government and Social Care Ombudsman". Check that the file is a whole decision page saved from lgo.org.uk (npm run fetch saves them).`,
    );
  });

  it("refuses pages that hold no decision, and a page cut off mid-download, naming each file, and ingests the rest", () => {
    const pages = join(work, "archive");
    savePages(pages, [minimal], ["spans"]);
    writeFileSync(
      join(pages, "listing.html"),
      `<html><head><title>Decisions search results</title></head><body><p>Your search has 3 results</p></body></html>`,
    );
    writeFileSync(join(pages, "error.html"), `<html><head><title>503 Service Unavailable</title></head><body></body></html>`);
    const whole = renderDecisionPage(seeds[0]!, "spans");
    writeFileSync(join(pages, "21-018-990.html"), whole.slice(0, whole.lastIndexOf("</article>") - 500));
    const { status, stdout, stderr } = ingest("--out", out, pages);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^ingested 1, unchanged 0, failed 3/m);
    expect(stderr).toContain(
      `${join(pages, "listing.html")}:1: expected a decision page from lgo.org.uk, with the statement in <article id="article">, found "Decisions search results"`,
    );
    expect(stderr).toContain(
      `${join(pages, "error.html")}:1: expected a decision page from lgo.org.uk, with the statement in <article id="article">, found "503 Service Unavailable"`,
    );
    expect(stderr).toMatch(
      new RegExp(
        `${join(pages, "21-018-990.html").replaceAll(".", "\\.")}:\\d+: expected a whole page, its <article id="article"> closed by </article> \\(this one stops short: fetch it again\\)`,
      ),
    );
    expect(readdirSync(out)).toEqual(["20-123-456.md"]);
  });

  it("reports two pages with one reference (a re-published decision) and ingests neither", () => {
    const pages = join(work, "archive");
    savePages(pages, [minimal], ["spans"]);
    writeFileSync(join(pages, "republished.txt"), minimal.replace("02 Jan 2023", "09 Jan 2023"));
    const { status, stderr } = ingest("--out", out, pages);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${join(pages, "20-123-456.html")}:1: reference 20 123 456 is also in ${join(pages, "republished.txt")}; remove all but one of these files (none of them was ingested)`,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it("reports a manifest it cannot read, and reads the pages beside it without it", () => {
    const pages = join(work, "archive");
    savePages(pages, [minimal], ["spans"]);
    writeFileSync(join(pages, "manifest.json"), "{ half a manifest");
    const { status, stdout, stderr } = ingest("--out", out, pages);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^ingested 1, unchanged 0, failed 1/m);
    expect(stderr).toContain(
      `${join(pages, "manifest.json")}:1: expected the JSON manifest npm run fetch writes, found text that is not JSON`,
    );
    expect(stderr).toContain("the pages beside it were read without their listing titles and addresses");
  });
});

describe("npm run ingest of awkward folders", { timeout: 60_000 }, () => {
  it("walks a folder holding a link to its parent once, reading each real file once", () => {
    const inputs = join(work, "in");
    mkdirSync(inputs);
    copyFileSync(join(FIXTURES, "minimal.txt"), join(inputs, "good.txt"));
    symlinkSync("..", join(inputs, "up"));
    symlinkSync("good.txt", join(inputs, "same.txt"));
    const { status, stdout, stderr } = ingest("--out", out, inputs, join(inputs, "good.txt"));
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^ingested 1, unchanged 0, failed 0 \(1 files/m);
  });

  it("ingests a statement of 200,000 numbered items with the rest (no stack overflow)", () => {
    const inputs = join(work, "in");
    mkdirSync(inputs);
    copyFileSync(join(FIXTURES, "minimal.txt"), join(inputs, "good.txt"));
    // 200,000 numbered lines once overflowed the stack in the paragraph pass (a spread of one value a line).
    const lines = Array.from({ length: 200_000 }, (_, i) => `  ${(i % 900) + 1}. x`).join("\n");
    writeFileSync(join(inputs, "huge.txt"), `${minimal.replace("20 123 456", "20 999 999")}\n${lines}\n`);
    const { status, stdout, stderr } = ingest("--out", out, inputs);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^ingested 2, unchanged 0, failed 0/m);
    expect(readdirSync(out).sort()).toEqual(["20-123-456.md", "20-999-999.md"]);
  });

  it("reports each input it cannot read, saying what it is instead, and ingests the rest", () => {
    const inputs = join(work, "in");
    mkdirSync(inputs);
    copyFileSync(join(FIXTURES, "minimal.txt"), join(inputs, "good.txt"));
    const other = (reference: string) => minimal.replace("20 123 456", reference);
    writeFileSync(join(inputs, "utf16.txt"), Buffer.from(`\ufeff${other("20 111 111")}`, "utf16le"));
    writeFileSync(join(inputs, "latin1.txt"), Buffer.concat([Buffer.from(other("20 222 222")), Buffer.from([0xe9, 0x0a])]));
    writeFileSync(join(inputs, "big.txt"), Buffer.alloc(11 * 1024 * 1024, "a"));
    symlinkSync("loop", join(inputs, "loop"));
    // A named pipe would block a read for ever.
    execFileSync("mkfifo", [join(inputs, "pipe.txt")], { timeout: 10_000 });
    const { status, stdout, stderr } = ingest("--out", out, inputs);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^ingested 1, unchanged 0, failed \d+/m);
    expect(readdirSync(out)).toEqual(["20-123-456.md"]);
    for (const line of [
      `${join(inputs, "utf16.txt")}:1: expected UTF-8 text of a decision statement, found UTF-16 text (little-endian); save it as UTF-8`,
      `${join(inputs, "latin1.txt")}:1: expected UTF-8 text of a decision statement, found a byte that is not UTF-8 at byte ${Buffer.byteLength(other("20 222 222")) + 1}`,
      `${join(inputs, "big.txt")}:1: too large for a decision (11 MB; one is well under 1 MB)`,
      `${join(inputs, "pipe.txt")}:1: not a regular file but a named pipe (FIFO); give ingest the files of decisions`,
      `${join(inputs, "loop")}: cannot read it (a loop of links)`,
    ])
      expect(stderr).toContain(line);
  });

  it("reports a file in folders nested deeper than a path can name, and ingests the rest", () => {
    const inputs = join(work, "in");
    mkdirSync(inputs);
    copyFileSync(join(FIXTURES, "minimal.txt"), join(inputs, "good.txt"));
    // 1,500 folders, made and removed one level at a time (no path to the bottom fits in PATH_MAX).
    const python = (code: string) => execFileSync("python3", ["-c", code], { cwd: inputs, timeout: 60_000 });
    python("import os\nfor _ in range(1500):\n    os.mkdir('deep')\n    os.chdir('deep')\nopen('x.txt', 'w').write('x')");
    try {
      const { status, stdout, stderr } = ingest("--out", out, inputs);
      expect(status).toBe(1);
      expect(stdout).toMatch(/^ingested 1, unchanged 0, failed 1/m);
      expect(stderr).toMatch(/\/deep\/deep: cannot read it \(its path is too long for the system: move the files nearer the top\)/);
    } finally {
      python(
        "import os\ndepth = 0\nwhile os.path.isdir('deep'):\n    os.chdir('deep')\n    depth += 1\nos.remove('x.txt')\nfor _ in range(depth):\n    os.chdir('..')\n    os.rmdir('deep')",
      );
    }
  });
});
