import { defineConfig } from "vitest/config";

// Four projects, all run by `npm test` (`vitest run`):
// - unit: the parser, the pure helpers and the test tooling, in process (`npm run test:unit`);
// - commands: the command-line scripts run as a user runs them, each in a child process;
// - site: the built site and the browser, sharing one build of the site made by
//   tests/setup/build-site.ts (`astro build`, search index included) into a temp dir before they run;
// - slow: the benchmark's smoke run.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/lib/**/*.test.ts", "tests/site/**/*.test.ts", "tests/support/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "commands",
          include: ["tests/scripts/**/*.test.ts"],
          testTimeout: 60_000,
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
      {
        test: {
          name: "slow",
          include: ["tests/bench/**/*.test.ts"],
          testTimeout: 240_000,
        },
      },
    ],
  },
});
