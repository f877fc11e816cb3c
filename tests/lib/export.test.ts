import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readDecisionFile } from "../../src/lib/decision-file.ts";
import { decisionSchema, type Decision } from "../../src/lib/decision/schema.ts";
import { CSV_COLUMNS, csvRow, decisionsCsv, safeCell } from "../../src/lib/export.ts";

const kent: Decision = decisionSchema.parse(
  readDecisionFile(readFileSync(path.resolve(import.meta.dirname, "../../decisions/21-003-813.md"), "utf8")).data,
);

describe("CSV export", () => {
  it("neutralises formula-like cells", () => {
    expect(safeCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(safeCell("+44")).toBe("'+44");
    expect(safeCell("-1")).toBe("'-1");
    expect(safeCell("@x")).toBe("'@x");
    expect(safeCell("Kent")).toBe("Kent");
  });
  it("gives one cell per column, and the payment agreed", () => {
    const row = csvRow(kent);
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(row[CSV_COLUMNS.indexOf("paymentTotalGBP")]).toBe("200");
    expect(row[CSV_COLUMNS.indexOf("complete")]).toBe("true");
  });
  it("leaves what an excerpt does not say empty, never false or 0", () => {
    const excerpt: Decision = { ...kent, complete: false, remediesKnown: false, paymentTotalGBP: null, faultFound: null, injustice: null };
    const row = csvRow(excerpt);
    const cell = (c: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(c)];
    expect([cell("complete"), cell("remediesKnown"), cell("faultFound"), cell("injustice"), cell("paymentTotalGBP")]).toEqual([
      "false",
      "false",
      "",
      "",
      "",
    ]);
  });
  it("starts with a byte-order mark and reads back as the records, £ and all", () => {
    const csv = decisionsCsv([{ ...kent, summary: "Paid £200 — in full" }], (d) => `https://example.org/decisions/${d.slug}/`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reference: "21 003 813",
      summary: "Paid £200 — in full",
      url: "https://example.org/decisions/21-003-813/",
    });
  });
});
