/**
 * Fails when modules under src/ import each other in a circle. Every relative import counts:
 * `import`, `import type`, `export ... from`, `import("./x")` (calls and type queries) and
 * `import x = require("./x")`, because a type-only circle is still a circle to the reader.
 *
 *   npx tsx scripts/check-circles.ts                  check all of src/ (CI: `npm run check:circles`)
 *   npx tsx scripts/check-circles.ts --only src/core  report only circles that lie wholly inside src/core
 *
 * Each circle is reported as a path (`a.ts -> b.ts -> a.ts`): one shortest circle through every file
 * of each strongly connected group of files, so every file that is part of a circle is named.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = /\.(ts|tsx|mts|cts)$/;

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (SOURCE.test(name)) files.push(path);
  }
  return files;
}

/** Relative module specifiers of one file, whatever the kind of import. */
export function importsOf(fileName: string, text: string): string[] {
  const found: string[] = [];
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node) && node.text.startsWith(".")) found.push(node.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false));
  return found;
}

/** `./x.js` -> `x.ts` (or `x/index.ts`), as the bundler resolution of tsconfig.json does; undefined outside the set. */
function resolveImport(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m|c)?jsx?$/, "");
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}.cts`, join(base, "index.ts")];
  return candidates.find((c) => files.has(c));
}

export function importGraph(root: string): Map<string, string[]> {
  const files = sourceFiles(root);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(file, readFileSync(file, "utf8"))
      .map((s) => resolveImport(file, s, known))
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** Strongly connected groups of more than one file, or of one file importing itself (Tarjan). */
export function circularGroups(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) !== indexOf.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!indexOf.has(v)) connect(v);
  return groups;
}

/** The shortest circle from `start` back to itself inside `group` (breadth first). */
function shortestCircle(graph: Map<string, string[]>, group: ReadonlySet<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const w of graph.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = cameFrom.get(u)!) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** One circle per file of each group, without repeating a circle already listed from another file. */
export function circles(graph: Map<string, string[]>): string[][] {
  const out: string[][] = [];
  for (const group of circularGroups(graph)) {
    const members = new Set(group);
    const seen = new Set<string>();
    for (const start of group) {
      const circle = shortestCircle(graph, members, start);
      const ring = circle.slice(0, -1);
      const first = ring.indexOf([...ring].sort()[0]);
      const key = [...ring.slice(first), ...ring.slice(0, first)].join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(circle);
    }
  }
  return out;
}

function main(argv: readonly string[]): number {
  const onlyAt = argv.indexOf("--only");
  const only = onlyAt >= 0 ? resolve(repoRoot, argv[onlyAt + 1] ?? "src") : undefined;
  const root = join(repoRoot, "src");
  if (!existsSync(root)) throw new Error(`no src/ at ${root}`);
  const graph = importGraph(root);
  const inScope = (file: string) => only === undefined || file === only || file.startsWith(`${only}/`);
  const found = circles(graph).filter((circle) => circle.every(inScope));
  const name = (file: string) => relative(repoRoot, file);
  if (found.length === 0) {
    console.log(`no import circles in ${name(only ?? root)} (${graph.size} files under src/)`);
    return 0;
  }
  console.error(`${found.length} import circle${found.length === 1 ? "" : "s"} in ${name(only ?? root)}:`);
  for (const circle of found) console.error(`  ${circle.map(name).join(" -> ")}`);
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
