// ESLint for the TypeScript, the Astro components and the scripts; formatting is Prettier's job
// (`npm run lint` runs both checks).
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "decisions/", "tests/fixtures/", "public/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs["flat/recommended"],
  // TypeScript checks names itself; plain .js/.mjs config files run on Node.
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: { process: "readonly", URL: "readonly", console: "readonly" } } },
  {
    rules: {
      // The parser strips control characters from published text and the bench strips terminal
      // colours: control characters in those expressions are the point.
      "no-control-regex": "off",
      // A leading underscore marks a value left out on purpose (`const { a: _a, ...rest } = o`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
);
