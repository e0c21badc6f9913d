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
