/**
 * The docs' code blocks written for jest (they import "aws-db-mock/jest" or "@jest/globals") run
 * here, under jest: each block's tests are loaded into a describe of its own. They are type-checked
 * with every other block by test/docs/blocks.test.ts (vitest).
 */
import { describe, expect, test } from "@jest/globals";
import { docBlocks, writeBlocks } from "../docs/blocks.js";

const jestBlocks = docBlocks().complete.filter((block) => block.runner === "jest");
writeBlocks(jestBlocks, { clean: false });

test("the docs have jest blocks to run", () => {
  expect(jestBlocks.length).toBeGreaterThan(0);
});

for (const block of jestBlocks) {
  describe(`${block.name} (jest tests)`, () => {
    // A block is a module of tests: loading it registers them in this describe (synchronously, as
    // jest collects tests; jest compiles it with its own transform).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(block.path);
  });
}
