// ESLint for the TypeScript, the Astro components and the scripts; formatting is Prettier's job
// (`npm run lint` runs both checks).
import { builtinModules } from "node:module";
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

const NO_TESTS = { group: ["**/tests/**"], message: "src/ and scripts/ never import the tests; move what both need to scripts/support/" };
const PURE = "src/lib is pure: strings in, values out; read files, processes and the environment in src/site/ or scripts/";
const NO_ASTRO = [{ group: ["astro", "astro:*", "astro/*", "@astrojs/*"], message: PURE }];
/** Node's modules by their bare names ("fs"), which the node:* pattern does not catch. */
const NODE_IO = builtinModules.filter((m) => !m.startsWith("_") && m !== "crypto").map((name) => ({ name, message: PURE }));

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "decisions/", "tests/fixtures/", "public/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs["flat/recommended"],
  // TypeScript checks names itself; plain .js/.mjs config files run on Node.
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: { process: "readonly", URL: "readonly", console: "readonly" } } },
  // The layers. Nothing in src/ or scripts/ imports the tests (what both use lives in
  // scripts/support/); src/lib/ is pure, strings in and values out, with no Node I/O, no Astro and
  // no environment; browser code (src/client/) imports nothing that runs only in Node.
  { files: ["src/**/*.{ts,astro}", "scripts/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [NO_TESTS] }] } },
  {
    files: ["src/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: NODE_IO, patterns: [NO_TESTS, ...NO_ASTRO, { group: ["node:*", "!node:crypto"], message: PURE }] },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='process']", message: PURE },
        { selector: "MemberExpression[object.type='MetaProperty'][property.name='env']", message: PURE },
      ],
    },
  },
  {
    files: ["src/client/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: NODE_IO, patterns: [NO_TESTS, ...NO_ASTRO, { group: ["node:*"], message: "browser code cannot use Node's modules" }] },
      ],
    },
  },
  // The benchmark's synthetic statements are made from the shape of a statement as it is written
  // (scripts/support/statement-shape.ts), never from the parser the benchmark measures.
  {
    files: ["scripts/synthetic.ts", "scripts/support/statement-shape.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NO_TESTS,
            {
              group: ["**/src/lib/decision/**"],
              message: "synthetic statements follow scripts/support/statement-shape.ts, not the parser",
            },
          ],
        },
      ],
    },
  },
  // Rules that read types: a promise is awaited, returned, or explicitly dropped with `void`.
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { "@typescript-eslint/no-floating-promises": "error", "@typescript-eslint/no-misused-promises": "error" },
  },
  {
    rules: {
      // The parser strips control characters from published text and the bench strips terminal
      // colours: control characters in those expressions are the point.
      "no-control-regex": "off",
      // A function with more paths than this is split into functions a reader can hold in mind.
      complexity: ["error", 15],
      // A leading underscore marks a value left out on purpose (`const { a: _a, ...rest } = o`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
);
