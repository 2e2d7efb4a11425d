import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "**/*.generated.ts", "test/docs/.blocks/", "test/package/consumers/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // State and SDK inputs are untyped JSON at the edges; `any` is deliberate there.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
