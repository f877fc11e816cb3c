// The browser tests' shared site and browser: the test build served, Debian's chromium opened.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launch } from "../../scripts/support/chromium.ts";
import { serve, type StaticServer } from "../../scripts/support/serve.ts";

/**
 * For a browser test file: serves the shared test build and opens one browser before its tests,
 * and closes both after them. The getters are for use inside tests.
 */
export function useBuiltSite(): { browser: () => Browser; url: (path: string) => string } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve(inject("siteDir"));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, url: (path) => server!.url + path };
}
