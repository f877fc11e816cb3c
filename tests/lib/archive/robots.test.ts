import { describe, expect, it } from "vitest";
import { parseRobots } from "../../../src/lib/archive/robots.ts";

describe("parseRobots", () => {
  it("applies the * group's Disallow and Allow lines, longest match first", () => {
    const rules = parseRobots(
      "User-agent: *\nDisallow: /decisions/housing/\nAllow: /decisions/housing/allocations/\nDisallow: /search\n",
      "casebook",
    );
    expect(
      [
        "/decisions/housing/homelessness/21-000-001",
        "/decisions/housing/allocations/21-000-002",
        "/search?q=x",
        "/Decisions/SearchResults?fd=2022-01-01",
      ].map(rules.allows),
    ).toEqual([false, true, false, true]);
  });

  it("prefers the group naming our product token to the * group, ignoring case", () => {
    const text = "User-agent: *\nDisallow: /\n\nUser-agent: Casebook\nUser-agent: otherbot\nDisallow: /private\nCrawl-delay: 3\n";
    const rules = parseRobots(text, "casebook");
    expect([rules.allows("/decisions/a/b/21-000-001"), rules.allows("/private/x"), rules.crawlDelaySeconds]).toEqual([true, false, 3]);
    expect(parseRobots(text, "somebot").allows("/decisions/a/b/21-000-001")).toBe(false);
  });

  it("reads * and $ in paths", () => {
    const rules = parseRobots("User-agent: *\nDisallow: /*.pdf$\nDisallow: /decisions/*/print\n", "casebook");
    expect(
      ["/files/report.pdf", "/files/report.pdf?x=1", "/decisions/a/print", "/decisions/a/b/print/x", "/decisions/a/b"].map(rules.allows),
    ).toEqual([false, true, false, false, true]);
  });

  it("allows everything when robots.txt is empty, has an empty Disallow, or only comments", () => {
    for (const text of ["", "User-agent: *\nDisallow:\n", "# nothing here\n"]) {
      const rules = parseRobots(text, "casebook");
      expect([rules.allows("/Decisions/SearchResults?page=1"), rules.crawlDelaySeconds]).toEqual([true, null]);
    }
  });

  it("takes Crawl-delay from the group that applies, and ignores one that is not a number", () => {
    expect(parseRobots("User-agent: *\r\nCrawl-delay: 10 # slow down\r\n", "casebook").crawlDelaySeconds).toBe(10);
    expect(parseRobots("User-agent: *\nCrawl-delay: soon\n", "casebook").crawlDelaySeconds).toBeNull();
    expect(parseRobots("User-agent: otherbot\nCrawl-delay: 30\n", "casebook").crawlDelaySeconds).toBeNull();
  });

  it("ignores rules before any User-agent line", () => {
    expect(parseRobots("Disallow: /\nUser-agent: *\nDisallow: /x\n", "casebook").allows("/decisions")).toBe(true);
  });
});
