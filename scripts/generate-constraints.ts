/**
 * Generates, from the AWS API models, per service: `constraints.generated.ts` (input constraints,
 * errors, each operation's declared errors) and `model.generated.ts` (output timestamps, pagination,
 * idempotency tokens, Smithy resources: src/core/model-facts.ts).
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
 * Only facts (names, types, constraint and pagination traits, error codes) are read; documentation
 * only for page-size limits no trait carries (RDS `MaxRecords`: "Minimum 20, maximum 100").
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { mergeBotocore, type BotoModel } from "./constraints/botocore.js";
import { readFacts, type ModelFacts, type SmithyModel } from "./constraints/facts.js";
import { modelsDir, repoRoot, requireFromRepo, SERVICES, type Built, type ServiceSource } from "./constraints/model.js";
import { render } from "./constraints/render.js";
import { renderModel } from "./constraints/render-model.js";
import { mergeSdk } from "./constraints/sdk-schemas.js";
import { buildFromSmithy } from "./constraints/smithy.js";

export { modelsDir, SERVICES };

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

/** What the generator reads of one service: both sides' layered tables and the model facts. */
export function readService(dir: string, service: ServiceSource): { input: Built; output: Built; facts: ModelFacts; notes: string[] } {
  const smithy = readJson<SmithyModel>(join(dir, service.smithy));
  const boto = readJson<BotoModel>(join(dir, service.botocore));
  const sdk = requireFromRepo(service.sdkPackage) as Record<string, unknown>;
  // Each side layered the same way: Smithy, then botocore, then the SDK's schemas.
  const [input, output] = (["input", "output"] as const).map((side) => {
    const built = buildFromSmithy(smithy, side);
    mergeBotocore(built, boto, side);
    mergeSdk(built, sdk, side);
    return built;
  });
  const notes = [...input.notes];
  return { input, output, facts: readFacts(smithy, boto, input, output, notes), notes };
}

/** One service's two generated files: the input constraints and the model facts. */
function generateService(dir: string, service: ServiceSource): GeneratedFile[] {
  const { input, facts, notes } = readService(dir, service);
  return [
    { path: `src/services/${service.key}/constraints.generated.ts`, content: render(service, input), notes },
    { path: `src/services/${service.key}/model.generated.ts`, content: renderModel(service, facts), notes: [] },
  ];
}

/** Builds every generated file in memory. */
export function generateAll(dir = modelsDir()): GeneratedFile[] {
  if (!existsSync(dir)) throw new Error(`AWS models directory not found: ${dir} (set AWS_MODELS_DIR)`);
  return SERVICES.flatMap((service) => generateService(dir, service));
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
      console.log("constraints.generated.ts and model.generated.ts files are up to date.");
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
