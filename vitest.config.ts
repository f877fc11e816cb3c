import { defineConfig } from "vitest/config";

// Two projects: fast unit tests, and the site tests, which share one build of the site made by
// tests/setup/build-site.ts (astro build + scripts/build-index.ts into a temp dir) before they run.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/build/**", "tests/browser/**", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/build/**/*.test.ts", "tests/browser/**/*.test.ts"],
          globalSetup: ["tests/setup/build-site.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
