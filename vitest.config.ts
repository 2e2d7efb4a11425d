import { defineConfig } from "vitest/config";
import { sourceAliases } from "./scripts/source-entries.js";

export default defineConfig({
  // `import ... from "aws-db-mock"` (docs blocks, the example) runs against src/.
  resolve: { alias: sourceAliases() },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/no-network.ts"],
    // Each test file gets its own module registry; the guard below is installed in every worker.
    pool: "threads",
    reporters: ["default", "./scripts/summary-reporter.ts"],
  },
});
