/**
 * Every ```ts block of README.md and docs/*.md compiles and runs: all of them are type-checked as
 * one program; a script block runs as a module here; a block of vitest tests is loaded into this
 * file, so its tests run below; a block of jest tests runs under jest (test/jest/docs-blocks.spec.ts).
 * A block marked `<!-- partial -->` is a fragment and is skipped (docs/developing.md).
 */
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { docBlocks, statedLogs, writeBlocks } from "./blocks.js";
import { typecheck } from "./typecheck.js";

const { complete, partial } = docBlocks();
writeBlocks(complete, { clean: true });

describe("code blocks of README.md and docs/", () => {
  it(`type-check, all ${complete.length} as one program (${partial.length} partial blocks skipped)`, () => {
    expect(complete.length).toBeGreaterThan(10);
    expect(typecheck(complete.map((block) => block.path))).toEqual([]);
  }, 120_000);

  for (const block of complete.filter((candidate) => candidate.runner === "script")) {
    it(`${block.name} runs and prints what its comments say`, async () => {
      // What a block prints is checked against its comments, not shown in the test log.
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      try {
        await import(pathToFileURL(block.path).href);
        const stated = statedLogs(block.code);
        expect(log.mock.calls.length, "each console.log of the block runs once").toBe(stated.length);
        stated.forEach(({ line, stated }, index) => {
          if (stated) expect(log.mock.calls[index], line).toEqual([stated.value]);
        });
      } finally {
        log.mockRestore();
      }
    }, 30_000);
  }

  for (const block of complete.filter((candidate) => candidate.runner === "vitest")) {
    describe(`${block.name} (vitest tests)`, async () => {
      await import(pathToFileURL(block.path).href);
    });
  }
});
