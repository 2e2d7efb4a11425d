/**
 * The generator's working representation of one service's model (shared by the three readers and the
 * renderer), the list of services it generates, and where the models live.
 */
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { MemberConstraint, ShapeConstraint } from "../../src/core/validation.js";
import type { ErrorSpec } from "../../src/core/service.js";
import { serviceIdentities } from "../../src/services/identities.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const requireFromRepo = createRequire(join(repoRoot, "package.json"));

export interface ServiceSource {
  /** Folder under `src/services/`. */
  key: string;
  smithy: string;
  botocore: string;
  sdkPackage: string;
}

/** The services to generate, from their identities (src/services/<service>/identity.ts). */
export const SERVICES: readonly ServiceSource[] = serviceIdentities.map(({ key, models, sdkPackage }) => ({ key, ...models, sdkPackage }));

/** Directory holding the models: `AWS_MODELS_DIR`, else `../shared/aws-models` from the repo root. */
export function modelsDir(): string {
  const fromEnv = process.env.AWS_MODELS_DIR;
  return fromEnv ? resolve(fromEnv) : resolve(repoRoot, "..", "shared", "aws-models");
}

/* ------------------------------------------------------------------------------------------------ */
/* Working representation                                                                           */
/* ------------------------------------------------------------------------------------------------ */

export type Shapes = Map<string, ShapeConstraint>;

export interface Built {
  operations: Map<string, string | null>;
  shapes: Shapes;
  errors: Map<string, ErrorSpec>;
  /** Operation -> the error shapes it declares (its own and the service's), by short name. */
  operationErrors: Map<string, Set<string>>;
  /** Notes about what the later layers added, for the console. */
  notes: string[];
}

export const shortName = (id: string): string => {
  const i = id.indexOf("#");
  return i < 0 ? id : id.slice(i + 1);
};

export function isNum(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** Adds `name -> shape`, refusing two different definitions under one short name. */
export function putShape(shapes: Shapes, name: string, shape: ShapeConstraint, origin: string): void {
  const existing = shapes.get(name);
  if (existing === undefined) {
    shapes.set(name, shape);
    return;
  }
  if (stableStringify(existing) !== stableStringify(shape)) {
    throw new Error(`Shape name collision on "${name}" (${origin}): ${stableStringify(existing)} vs ${stableStringify(shape)}`);
  }
}

export function structMembers(shape: ShapeConstraint | undefined): Record<string, MemberConstraint> | undefined {
  return shape && (shape.type === "structure" || shape.type === "union") ? shape.members : undefined;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function stableStringify(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => compare(a, b)))
      : x,
  );
}

/** Records that `operation` declares `error`. */
export function declareError(built: Pick<Built, "operationErrors">, operation: string, error: string): void {
  let set = built.operationErrors.get(operation);
  if (!set) built.operationErrors.set(operation, (set = new Set()));
  set.add(error);
}
