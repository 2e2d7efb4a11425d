/**
 * The ```ts blocks of README.md and docs/*.md as files: each complete block is written to
 * test/docs/.blocks/ (inside the repository, so "aws-db-mock" and the SDK clients resolve as they do
 * for a user; vitest, jest and the type check map the package's own name to src/). Blocks marked
 * `<!-- partial -->` are left out: they are fragments, not programs.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CodeBlock, documents, repoRoot, tsBlocks } from "./markdown.js";

export const blocksDir = join(repoRoot, "test", "docs", ".blocks");

/** Which runner a block is written for: its tests run under it. A script runs on its own. */
export type BlockRunner = "vitest" | "jest" | "script";

export interface BlockFile extends CodeBlock {
  runner: BlockRunner;
  /** Absolute path of the written file. */
  path: string;
  /** `README.md:53`, for test names and messages. */
  name: string;
}

function runnerOf(code: string): BlockRunner {
  if (/from\s+["'](aws-db-mock\/jest|@jest\/globals)["']/.test(code)) return "jest";
  if (/from\s+["'](aws-db-mock\/vitest|vitest)["']/.test(code)) return "vitest";
  return "script";
}

/** Every complete block of the docs, as it would be written (nothing is written yet). */
export function docBlocks(): { complete: BlockFile[]; partial: CodeBlock[] } {
  const all = documents().flatMap((file) => tsBlocks(file));
  const complete = all
    .filter((block) => !block.partial)
    .map((block) => {
      const runner = runnerOf(block.code);
      const base = `${block.file.replace(/[^a-z0-9]+/gi, "-")}-${block.line}`;
      // Jest finds its test files by name (*.spec.ts); the others must not look like tests.
      const path = join(blocksDir, runner === "jest" ? `${base}.spec.ts` : `${base}.ts`);
      return { ...block, runner, path, name: `${block.file}:${block.line}` };
    });
  return { complete, partial: all.filter((block) => block.partial) };
}

/**
 * Writes the blocks of one runner (or all), each a module of its own (`export {}` keeps a block
 * without imports from being a script that shares its names with the others).
 */
export function writeBlocks(blocks: BlockFile[], { clean }: { clean: boolean }): void {
  if (clean) rmSync(blocksDir, { recursive: true, force: true });
  mkdirSync(blocksDir, { recursive: true });
  for (const block of blocks) writeFileSync(block.path, `${block.code}\n\nexport {};\n`);
}

/**
 * What a block says it prints: for each `console.log(...)` statement, in source order, the value its
 * trailing comment starts with when that is a JSON literal (`// "ACTIVE"`, `// true; ...`,
 * `// ["a", "b"]`), or `undefined` when the comment is prose.
 */
export function statedLogs(code: string): { line: string; stated: { value: unknown } | undefined }[] {
  return code
    .split("\n")
    .filter((line) => /(^|[\s;{(])console\.log\(/.test(line))
    .map((line) => ({ line: line.trim(), stated: jsonPrefix(/\/\/\s*(.*)$/.exec(line)?.[1] ?? "") }));
}

function jsonPrefix(comment: string): { value: unknown } | undefined {
  for (let end = comment.length; end > 0; end--) {
    const candidate = comment.slice(0, end).trim();
    if (!/^["[{0-9-]|^(true|false|null)\b/.test(candidate)) return undefined;
    try {
      return { value: JSON.parse(candidate) };
    } catch {
      // shorter prefix next
    }
  }
  return undefined;
}
