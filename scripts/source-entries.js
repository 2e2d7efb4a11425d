/**
 * The package's public entries ("aws-db-mock", "aws-db-mock/vitest", ...) mapped to their TypeScript
 * sources, read from package.json "exports" (`./dist/x.js` is built from `src/x.ts` or
 * `src/x/index.ts`). The docs' code blocks and the example import the package by name, as a user
 * does; vitest, jest and the docs test resolve those names to src/ with this table, so they run
 * without a build and a new entry needs no change here.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** @returns {Record<string, string>} entry name -> absolute path of its source file */
export function sourceEntries() {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  /** @type {Record<string, string>} */
  const entries = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    const target = value?.import?.default;
    if (typeof target !== "string" || !target.startsWith("./dist/")) continue;
    const base = target.slice("./dist/".length).replace(/\.js$/, "");
    const source = [`src/${base}.ts`, `src/${base}/index.ts`].find((path) => existsSync(join(root, path)));
    if (source) entries[key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`] = join(root, source);
  }
  return entries;
}

/** Exact-name aliases for vite/vitest's `resolve.alias`. */
export function sourceAliases() {
  return Object.entries(sourceEntries()).map(([name, file]) => ({ find: new RegExp(`^${name.replace(/[/.-]/g, "\\$&")}$`), replacement: file }));
}
