import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { decisionSchema, type Decision } from "../../src/lib/decision/schema.ts";
import { byRowsFile, rowsFile, rowsFileOf } from "../../src/lib/export-rows.ts";
import { CSV_COLUMNS, csvRow } from "../../src/lib/export.ts";

const kent: Decision = decisionSchema.parse(
  readDecisionFile(readFileSync(path.resolve(import.meta.dirname, "../../decisions/21-003-813.md"), "utf8")).data,
);
const as = (slug: string): Decision => ({ ...kent, slug, reference: slug.replaceAll("-", " ") });

describe("rows files", () => {
  it("names a decision's file by the first seven digits of its reference, a joint decision's parts with it", () => {
    expect(rowsFileOf("21-003-813")).toBe("21-003-8");
    expect(rowsFileOf("21-003-899")).toBe("21-003-8");
    expect(rowsFileOf("21-003-900")).toBe("21-003-9");
    expect(rowsFileOf("17-010-997b")).toBe("17-010-9");
  });

  it("refuses what is not a decision's slug, saying what it expected", () => {
    expect(() => rowsFileOf("")).toThrow("not a decision's slug: '' (expected one such as '21-018-990')");
    expect(() => rowsFileOf("21 003 813")).toThrow("not a decision's slug");
  });

  it("groups decisions by file, files and slugs in order, whatever order they come in", () => {
    const files = byRowsFile(["22-001-100", "21-003-899", "21-003-813b", "21-003-813a", "21-003-900"].map(as));
    expect([...files].map(([name, ds]) => [name, ds.map((d) => d.slug)])).toEqual([
      ["21-003-8", ["21-003-813a", "21-003-813b", "21-003-899"]],
      ["21-003-9", ["21-003-900"]],
      ["22-001-1", ["22-001-100"]],
    ]);
  });

  it("holds each decision's row of decisions.csv by its slug", () => {
    const file = rowsFile([kent], (d) => `https://example.org/decisions/${d.slug}/`);
    expect(Object.keys(file)).toEqual(["21-003-813"]);
    expect(file["21-003-813"]).toEqual(csvRow(kent, "https://example.org/decisions/21-003-813/"));
    expect(file["21-003-813"]![CSV_COLUMNS.indexOf("url")]).toBe("https://example.org/decisions/21-003-813/");
  });
});
