import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/no-network.ts"],
    // Each test file gets its own module registry; the guard below is installed in every worker.
    pool: "threads",
    reporters: ["default", "./scripts/summary-reporter.ts"],
  },
});
