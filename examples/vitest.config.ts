import { defineConfig } from "vitest/config";

// `npm run example`: the example job's vitest tests, with the same no-network guard as the suite.
export default defineConfig({
  test: {
    include: ["examples/**/*.test.ts"],
    setupFiles: ["test/setup/no-network.ts"],
  },
});
