/**
 * Every relative link in README.md and docs/*.md leads somewhere: to a file (and, for a Markdown
 * file, to a heading's anchor when one is given), in this repository and in the installed package
 * (node_modules/aws-db-mock/), so the target must be among the files package.json ships.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { anchors, documents, links, readDocument, repoRoot } from "./markdown.js";

/** Files npm always ships, whatever package.json "files" says. */
const ALWAYS_SHIPPED = ["README.md", "LICENSE", "package.json"];

// Guides written on the branch that builds class interception and `aws-db-mock/client-mock`
// (issue 16). Until that branch is merged, links to them are listed as to-do instead of failing.
const WRITTEN_ELSEWHERE = new Set(["docs/migrating-from-aws-sdk-client-mock.md", "docs/recipes.md"]);

const shippedPrefixes: string[] = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).files;
const isShipped = (path: string) =>
  ALWAYS_SHIPPED.includes(path) || shippedPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix.replace(/\/$/, "")}/`));

const relativeLinks = documents().flatMap((file) => links(file)).filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target));

describe("relative links in README.md and docs/", () => {
  it("finds the links to check", () => {
    expect(relativeLinks.length).toBeGreaterThan(20);
  });

  for (const { file, target } of relativeLinks) {
    const [path, anchor] = target.split("#") as [string, string | undefined];
    const resolved = path === "" ? file : posix.normalize(posix.join(dirname(file), path));
    const pending = WRITTEN_ELSEWHERE.has(resolved) && !existsSync(join(repoRoot, resolved));
    (pending ? it.todo : it)(`${file} -> ${target}`, () => {
      expect(resolved.startsWith(".."), `${target} leaves the repository`).toBe(false);
      const absolute = join(repoRoot, resolved);
      expect(existsSync(absolute) && statSync(absolute).isFile(), `${resolved} is not a file`).toBe(true);
      expect(isShipped(resolved), `${resolved} is not in package.json "files": the link is dead in node_modules`).toBe(true);
      if (anchor !== undefined) {
        expect(resolved.endsWith(".md"), `anchor on a file that is not Markdown: ${resolved}`).toBe(true);
        expect([...anchors(readDocument(resolved))]).toContain(anchor);
      }
    });
  }
});

describe("the package's license", () => {
  it("is the Apache License 2.0 text that package.json names", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    const license = readFileSync(join(repoRoot, "LICENSE"), "utf8");
    expect(pkg.license).toBe("Apache-2.0");
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain("END OF TERMS AND CONDITIONS");
    expect(pkg.files).toEqual(expect.arrayContaining(["dist", "docs", "LICENSE"]));
  });
});
