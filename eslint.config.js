// ESLint flat config: typescript-eslint's strict type-checked rules over the whole project,
// with Prettier owning layout (eslint-config-prettier turns the style rules off).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "coverage/",
      "scratch/",
      ".cache/",
      // Generated tables: rewritten by their scripts, checked by tests.
      "src/engine/text/lexicon.generated.ts",
      "src/engine/entities/generated/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js", "vitest.config.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: globals.node,
    },
    rules: {
      // noUncheckedIndexedAccess makes every indexed read possibly undefined; a `!` after a
      // bounds check is the honest way to say "checked", so it stays allowed.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Numbers read naturally in messages ("3 articles"); other values still need String().
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `() => doSomething()` callbacks are idiomatic for void callbacks; braces add nothing.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // A variable a closure reads before its one assignment (a handler set up before start) stays `let`.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      // A leading underscore marks a parameter kept for its position.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Test doubles and benches implement async interfaces without awaiting anything.
    files: ["test/**", "bench/**"],
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.stringMatching, …) are typed `any`, so
    // every `toEqual({ id: expect.any(String) })` would be flagged; other unsafe uses stay errors.
    files: ["test/**"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    // The fake Discord writes the raw numbers Discord's JSON carries, not discord-api-types enums.
    files: ["test/fake-discord/**"],
    rules: { "@typescript-eslint/no-unsafe-enum-assignment": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
