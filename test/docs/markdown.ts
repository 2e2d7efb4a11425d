/**
 * Reading the project's Markdown the way GitHub renders it: the documents users read (README.md and
 * the guides in docs/), their ```ts code blocks, their relative links and their headings' anchors.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

// vitest and jest both run from the repository root, where their configs are (jest compiles this
// file to CommonJS, where import.meta does not exist).
export const repoRoot = resolve(process.cwd());

/** README.md and every docs/*.md, as paths relative to the repository root. */
export function documents(): string[] {
  const guides = readdirSync(join(repoRoot, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...guides];
}

export function readDocument(path: string): string {
  return readFileSync(join(repoRoot, path), "utf8");
}

/** The marker, on the line just before a fence, of a block that is deliberately partial. */
export const PARTIAL_MARKER = "<!-- partial -->";

export interface CodeBlock {
  /** Document path relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  partial: boolean;
  code: string;
}

/** The ```ts (or ```typescript) blocks of a document. */
export function tsBlocks(file: string, text = readDocument(file)): CodeBlock[] {
  const lines = text.split("\n");
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(`{3,})\s*(\S*)/.exec(lines[i]);
    if (!fence) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end].startsWith(fence[1])) end++;
    if (fence[2] === "ts" || fence[2] === "typescript") {
      blocks.push({ file, line: i + 1, partial: lines[i - 1]?.trim() === PARTIAL_MARKER, code: lines.slice(i + 1, end).join("\n") });
    }
    i = end;
  }
  return blocks;
}

/** The document without its fenced blocks. */
function withoutFences(text: string): string {
  return text.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
}

/** The document's prose: fenced blocks and inline code spans blanked, so links in code are not links. */
function prose(text: string): string {
  return withoutFences(text).replace(/`+[^`\n]*`+/g, "``");
}

export interface Link {
  file: string;
  target: string;
}

/** Links and images (`[text](target)`, `[text](<target>)`) in the prose of a document. */
export function links(file: string, text = readDocument(file)): Link[] {
  return [...prose(text).matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((match) => ({ file, target: match[1] }));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Every anchor a document's headings make, repeated headings numbered as GitHub numbers them. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const match of withoutFences(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(match[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

export function fromRoot(path: string): string {
  return relative(repoRoot, path).split("\\").join("/");
}
