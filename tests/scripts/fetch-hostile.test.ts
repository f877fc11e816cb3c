// `npm run fetch` against a stand-in for lgo.org.uk that misbehaves as real servers do: a listing
// that needs a session, a request never answered, a page dripped a few bytes a second, a page of
// 200 MB, a gzip that unpacks to 200 MB, a redirect to another host, a flood of cookies, and a
// TLS certificate no client can trust; and a host that does not exist.

import { readFileSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/lib/archive/listing.ts";
import { readManifest } from "../../src/lib/archive/manifest.ts";
import { fetchArchive, fileOf, pagesIn } from "../support/fetch-run.ts";
import { startLgoServer, type LgoServer, type ServedDecision } from "../support/lgo-server.ts";
import { tempDir } from "../support/temp-dir.ts";
import { ROOT } from "../paths.ts";

let server: LgoServer;
let other: LgoServer;
let out: string;
beforeEach(async () => {
  server = await startLgoServer({ pageSize: 4 });
  other = await startLgoServer();
  out = join(tempDir("fetch-hostile-"), "archive");
});
afterEach(async () => {
  await server.close();
  await other.close();
});

describe("npm run fetch against a hostile server", () => {
  it("stops at the first answer, saying why, when the site's TLS certificate cannot be trusted", async () => {
    const tls = join(ROOT, "tests/fixtures/tls");
    const site = createServer({ key: readFileSync(join(tls, "self-signed.key")), cert: readFileSync(join(tls, "self-signed.crt")) });
    let handshakes = 0;
    site.on("tlsClientError", () => handshakes++);
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    try {
      const url = `https://127.0.0.1:${(site.address() as AddressInfo).port}`;
      const run = await fetchArchive({ url, onDecisionServed: null }, [
        "--from",
        "2019-01-01",
        "--to",
        "2019-01-31",
        "--out",
        out,
        "--delay-ms",
        "5",
      ]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`fetch: ${url} presented a TLS certificate that cannot be trusted (DEPTH_ZERO_SELF_SIGNED_CERT)`);
      expect(handshakes).toBe(1);
    } finally {
      site.closeAllConnections();
      await new Promise((resolve) => site.close(resolve));
    }
  });

  it("stops at the first request, saying why, when the site's host does not exist", async () => {
    // .invalid is reserved never to resolve (RFC 6761): the name server answers that no such host exists.
    const url = "http://casebook-test.invalid";
    const run = await fetchArchive({ url, onDecisionServed: null }, ["--from", "2019-01-01", "--to", "2019-01-31", "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("fetch: casebook-test.invalid has no address (ENOTFOUND: the name server says no such host)");
    expect(run.stderr).not.toContain("trying again");
  });

  it(
    "saves every decision it can, each whole, refuses what is too large or elsewhere, names them, and ends by itself",
    { timeout: 180_000 },
    async () => {
      const year = server.decisions.filter((d) => d.isoDate.startsWith("2019"));
      expect(year.length).toBeGreaterThanOrEqual(8);
      const [silent, dripped, huge, bomb, moved] = year as [ServedDecision, ServedDecision, ServedDecision, ServedDecision, ServedDecision];
      const { faults } = server;
      faults.sessionRequired = true;
      faults.silentOnce.add(silent.path);
      faults.dripOnce.add(dripped.path);
      faults.huge.add(huge.path);
      faults.gzipBomb.add(bomb.path);
      faults.redirect.set(moved.path, `${other.url}${moved.path}`);

      const run = await fetchArchive(server, [
        "--from",
        "2019-01-01",
        "--to",
        "2019-12-31",
        "--out",
        out,
        "--delay-ms",
        "5",
        "--timeout",
        "3",
      ]);
      expect(run.status).toBe(1);
      const refused = [huge, bomb, moved];
      const saved = year.filter((d) => !refused.includes(d));
      expect(pagesIn(out)).toEqual(saved.map(fileOf).sort());
      // The silent and the dripping page were saved on their second try, whole.
      for (const d of saved) expect(readFileSync(join(out, fileOf(d))).equals(d.page), d.reference).toBe(true);
      expect(run.stderr).toContain(`fetch: ${server.url}${silent.path}: no whole answer within 3 s; trying again`);
      expect(run.stderr).toContain(`fetch: ${server.url}${dripped.path}: no whole answer within 3 s; trying again`);
      for (const d of [huge, bomb])
        expect(run.stderr).toContain(
          `fetch: not saved: ${d.reference}: larger than 10 MB (stopped reading); not saved: ${server.url}${d.path}`,
        );
      expect(run.stderr).toContain(
        `fetch: not saved: ${moved.reference}: redirected to another site (${other.url}${moved.path}); not followed, nothing saved`,
      );
      expect(other.requests).toEqual([]);
      // Each refused page was asked for once: retrying cannot mend it.
      for (const d of refused)
        expect(
          server.requests.filter((r) => r.path === d.path),
          d.reference,
        ).toHaveLength(1);
      const manifest = readManifest(readFileSync(join(out, "manifest.json"), "utf8"), "manifest.json");
      expect(refused.map((d) => manifest.decisions[d.reference]!.status)).toEqual(["failed", "failed", "failed"]);
      // A listing only answers within the session the start page opened.
      expect(server.requests[1]!.path).toBe("/decisions");
      expect(run.peakMB).toBeGreaterThan(0);
      expect(run.peakMB).toBeLessThan(600);
    },
  );

  it("keeps at most 50 cookies, none over 4,096 bytes, from a server that sets more with every answer, and still keeps its session", async () => {
    const { faults } = server;
    faults.cookieFlood = true;
    faults.sessionRequired = true;
    // A listing answered without results once: fetch opens the start page again for a new session cookie.
    faults.shellOnce.add("/Decisions/SearchResults?fd=2019-02-01&td=2019-02-28&page=1");
    const run = await fetchArchive(server, ["--from", "2019-01-01", "--to", "2019-03-31", "--out", out, "--delay-ms", "5"]);
    expect(run.status, run.stderr).toBe(0);
    expect(pagesIn(out)).toEqual(
      server.decisions
        .filter((d) => d.isoDate >= "2019-01-01" && d.isoDate <= "2019-03-31")
        .map(fileOf)
        .sort(),
    );
    expect(server.requests.filter((r) => r.path === "/decisions")).toHaveLength(2);
    // 50 cookies of about 105 bytes each, with "; " between, the session's among them.
    const longest = Math.max(...server.requests.map((r) => r.cookieBytes));
    expect(longest).toBeGreaterThan(49 * 105);
    expect(longest).toBeLessThan(50 * 110);
  });

  it(
    "walks the category listings when the search never answers, fetching each decision once, and again without fetching anything twice",
    { timeout: 180_000 },
    async () => {
      server.faults.searchBroken = true;
      const year = server.decisions.filter((d) => d.isoDate.startsWith("2019"));
      const first = await fetchArchive(server, ["--from", "2019-01-01", "--to", "2019-12-31", "--out", out, "--delay-ms", "5"]);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stderr).toContain("walking the category listings instead");
      expect(pagesIn(out)).toEqual(year.map(fileOf).sort());
      const decisionRequests = () => server.requests.filter((r) => /^\/decisions\/[^/?]+\/[^/?]+\//.test(r.path)).map((r) => r.path);
      expect(decisionRequests().sort()).toEqual(year.map((d) => d.path).sort());

      // Without --from, everything not saved yet; then, all saved, the walk again, fetching nothing.
      const second = await fetchArchive(server, ["--out", out, "--delay-ms", "5"]);
      expect(second.status, second.stderr).toBe(0);
      expect(pagesIn(out)).toHaveLength(server.decisions.length);
      expect(new Set(decisionRequests()).size).toBe(decisionRequests().length);
      const before = server.requests.length;
      const third = await fetchArchive(server, ["--out", out, "--delay-ms", "5"]);
      expect(third.status, third.stderr).toBe(0);
      const asked = server.requests.slice(before).map((r) => r.path);
      expect(asked.filter((p) => /^\/decisions\/[^/?]+\/[^/?]+\//.test(p))).toEqual([]);
      // Each category's pages, and the empty one after its last.
      const fullWalk = CATEGORIES.reduce(
        (n, c) => n + Math.ceil(server.decisions.filter((d) => d.path.startsWith(`/decisions/${c}/`)).length / 4) + 1,
        0,
      );
      expect(asked.filter((p) => /^\/decisions\/[a-z-]+\?page=/.test(p))).toHaveLength(fullWalk);
    },
  );
});
