import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../paths.ts";
import { benchmarksPage, runSection, type BenchFigures } from "../../scripts/bench-doc.ts";

const figures: BenchFigures = {
  run: {
    date: "2026-12-05",
    command: "npm run bench -- --decisions 2000 --json a.json",
    commit: "b98743e",
    machine: "2 cores, 24 GB, Node v20.20.2",
  },
  decisions: 2000,
  stages: [
    { name: "ingest", seconds: 4, items: 2000, peakRssMB: 305.6 },
    { name: "site build with its index", seconds: 25, items: 2000, peakRssMB: 1766.2 },
  ],
  pipelineSeconds: 29,
  peakRssMB: 1766.2,
  report: [
    ["decisions generated", "2000"],
    ["  by kind, a | b", "index 1 KB"],
  ],
};

describe("the benchmarks page", () => {
  it("gives each run its command, commit and machine, its stages with their rates, and the report's rows", () => {
    expect(runSection(figures).split("\n")).toEqual([
      "## 2,000 decisions",
      "",
      "Measured on 2026-12-05 at b98743e, on 2 cores, 24 GB, Node v20.20.2:",
      "",
      "```sh",
      "npm run bench -- --decisions 2000 --json a.json",
      "```",
      "",
      "| stage | wall s | decisions/s | peak RSS MB |",
      "| --- | ---: | ---: | ---: |",
      "| ingest | 4.0 | 500 | 306 |",
      "| site build with its index | 25.0 | 80 | 1766 |",
      "| ingest + build + index | 29.0 | 69 | 1766 |",
      "",
      "| figure | value |",
      "| --- | --- |",
      "| decisions generated | 2000 |",
      "| by kind, a \\| b | index 1 KB |",
    ]);
  });

  it("puts the runs after the page's introduction, in the order given", () => {
    const page = benchmarksPage([figures, { ...figures, decisions: 10_000 }]);
    expect(page.startsWith("# Benchmarks\n")).toBe(true);
    expect(page.indexOf("## 2,000 decisions")).toBeLessThan(page.indexOf("## 10,000 decisions"));
    expect(page.endsWith("| by kind, a \\| b | index 1 KB |\n")).toBe(true);
  });

  it("is what docs/benchmarks.md opens with, so the page is the bench's own", () => {
    const doc = readFileSync(join(ROOT, "docs/benchmarks.md"), "utf8");
    expect(doc.startsWith(benchmarksPage([]).trimEnd())).toBe(true);
  });
});
