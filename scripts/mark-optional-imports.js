/**
 * After `tsup`: the SDK client packages are optional peers, so no emitted declaration file may fail
 * to type-check in a project that lacks one of them. The declaration bundler drops the `@ts-ignore`
 * comments of src/optional-clients.ts and adds bare `import '@aws-sdk/client-…';` lines of its own;
 * this puts the mark back above every import of a client package and drops the bare ones (they
 * carry no types). With the mark, a missing package types as `any`, which src/optional-clients.ts
 * turns into `never`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const CLIENT = String.raw`@aws-sdk/client-(?:dsql|rds|docdb-elastic)`;
const BARE_IMPORT = new RegExp(String.raw`^import ['"]${CLIENT}['"];\n`, "gm");
const MARK = "// @ts-ignore optional peer: when it is missing, the types from it are `never`";

function declarationFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return declarationFiles(path);
    return /\.d\.c?ts$/.test(entry.name) ? [path] : [];
  });
}

let marked = 0;
for (const file of declarationFiles(join(import.meta.dirname, "..", "dist"))) {
  const before = readFileSync(file, "utf8");
  const after = before
    .replace(BARE_IMPORT, "")
    .split("\n")
    .flatMap((line, index, lines) => {
      const isClientImport = new RegExp(String.raw`^import .* from ['"]${CLIENT}['"];$`).test(line);
      if (!isClientImport || lines[index - 1]?.startsWith("// @ts-ignore")) return [line];
      marked++;
      return [MARK, line];
    })
    .join("\n");
  if (after !== before) writeFileSync(file, after);
}
console.log(`mark-optional-imports: ${marked} import(s) of optional SDK clients marked in dist/`);
