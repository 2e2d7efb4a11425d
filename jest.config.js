import { sourceEntries } from "./scripts/source-entries.js";

/**
 * jest runs the toolkit's own jest tests (test/jest) and the example's jest test (examples/), with the
 * same no-network guard as vitest. TypeScript is compiled to CommonJS by SWC; `.js` specifiers in
 * imports (as ESM TypeScript writes them) are mapped back to the `.ts` sources, and the package's own
 * name ("aws-db-mock/jest", as the example and the docs import it) to src/.
 * @type {import("jest").Config}
 */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test/jest", "<rootDir>/examples"],
  testMatch: ["**/*.spec.ts"],
  setupFiles: ["<rootDir>/test/setup/no-network.ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } },
    ],
  },
  moduleNameMapper: {
    "^(\\.{1,2}/.*)\\.js$": "$1",
    ...Object.fromEntries(Object.entries(sourceEntries()).map(([name, file]) => [`^${name.replace(/[/.-]/g, "\\$&")}$`, file])),
  },
};
