import { defineConfig } from "vitest/config";
import { sourceAliases } from "../scripts/source-entries.js";

// `npm run example`: the example job's vitest tests, with the same no-network guard as the suite.
export default defineConfig({
  // The example imports "aws-db-mock/vitest" as a user would; here it runs against src/.
  resolve: { alias: sourceAliases() },
  test: {
    include: ["examples/**/*.test.ts"],
    setupFiles: ["test/setup/no-network.ts"],
  },
});
