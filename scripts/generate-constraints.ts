/**
 * Generates `src/services/<service>/constraints.generated.ts` from the AWS API models.
 *
 *   npx tsx scripts/generate-constraints.ts           write the files
 *   npx tsx scripts/generate-constraints.ts --check   exit 1 when a committed file is stale
 *
 * Models are read from `../shared/aws-models` (relative to the repository root), or from the
 * directory named by the `AWS_MODELS_DIR` environment variable. Three sources are layered, each
 * only filling what the previous ones lack:
 *
 *   1. the Smithy JSON model (`<service>.json`): the base, with every constraint trait;
 *   2. botocore (`botocore/<service>.service-2.json`): operations, members and errors newer than (1);
 *   3. the installed SDK client's runtime schemas (`@aws-sdk/client-*`): operations, members and
 *      errors that the client has but neither model has yet. Schemas carry types and `required`
 *      only, no length/pattern/range/enum.
 *
 * Only facts (names, types, constraint traits, error codes) are read; documentation is ignored.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { mergeBotocore } from "./constraints/botocore.js";
import { modelsDir, repoRoot, requireFromRepo, SERVICES } from "./constraints/model.js";
import { render } from "./constraints/render.js";
import { mergeSdk } from "./constraints/sdk-schemas.js";
import { buildFromSmithy } from "./constraints/smithy.js";

export { modelsDir };

/* ------------------------------------------------------------------------------------------------ */
/* Entry points                                                                                     */
/* ------------------------------------------------------------------------------------------------ */

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  content: string;
  notes: string[];
}

/** Builds every generated file in memory. */
export function generateAll(dir = modelsDir()): GeneratedFile[] {
  if (!existsSync(dir)) throw new Error(`AWS models directory not found: ${dir} (set AWS_MODELS_DIR)`);
  return SERVICES.map((service) => {
    const built = buildFromSmithy(readJson(join(dir, service.smithy)));
    mergeBotocore(built, readJson(join(dir, service.botocore)));
    mergeSdk(built, requireFromRepo(service.sdkPackage) as Record<string, unknown>);
    return {
      path: `src/services/${service.key}/constraints.generated.ts`,
      content: render(service, built),
      notes: built.notes,
    };
  });
}

/** Repository-relative paths of generated files that differ from what the generator writes. */
export function checkGenerated(dir = modelsDir()): string[] {
  return generateAll(dir)
    .filter((f) => {
      const abs = join(repoRoot, f.path);
      return !existsSync(abs) || readFileSync(abs, "utf8") !== f.content;
    })
    .map((f) => f.path);
}

function main(argv: readonly string[]): number {
  if (argv.includes("--check")) {
    const stale = checkGenerated();
    if (stale.length === 0) {
      console.log("constraints.generated.ts files are up to date.");
      return 0;
    }
    for (const path of stale) {
      console.error(`Stale generated file: ${path} (run \`npx tsx scripts/generate-constraints.ts\`)`);
    }
    return 1;
  }
  for (const file of generateAll()) {
    writeFileSync(join(repoRoot, file.path), file.content);
    const size = Buffer.byteLength(file.content);
    console.log(`wrote ${file.path} (${(size / 1024).toFixed(1)} KB)`);
    for (const note of file.notes) console.log(`  ${note}`);
  }
  console.log(`models: ${relative(repoRoot, modelsDir()) || "."}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`generate-constraints: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
