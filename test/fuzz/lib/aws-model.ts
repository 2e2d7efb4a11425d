/**
 * The AWS Smithy models (JSON AST in `../shared/aws-models`), read by the tests on their own, never
 * through src: which errors each operation declares, and the shapes the wire renderers walk.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ServiceKey } from "./model.js";

export interface SmithyMember {
  target: string;
  traits?: Record<string, any>;
}

export interface SmithyShape {
  type: string;
  members?: Record<string, SmithyMember>;
  member?: SmithyMember;
  key?: SmithyMember;
  value?: SmithyMember;
  input?: { target: string };
  output?: { target: string };
  errors?: { target: string }[];
  traits?: Record<string, any>;
}

export interface AwsModel {
  namespace: string;
  shapes: Record<string, SmithyShape>;
  /** Operation name -> its shape id. */
  operations: Map<string, string>;
  /** Error names the service declares for every operation. */
  serviceErrors: string[];
  /** The awsQuery `xmlNamespace` of the service, if any. */
  xmlNamespace?: string;
}

const FILES: Record<ServiceKey, string> = { dsql: "dsql.json", rds: "rds.json", "docdb-elastic": "docdb-elastic.json" };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** `AWS_MODELS_DIR`, else `../shared/aws-models` beside the repository (or beside its worktree folder). */
export function modelsDir(): string | undefined {
  const candidates = [process.env.AWS_MODELS_DIR, resolve(repoRoot, "..", "shared", "aws-models"), resolve(repoRoot, "..", "..", "shared", "aws-models")];
  return candidates.find((d): d is string => typeof d === "string" && existsSync(resolve(d, FILES.dsql)));
}

const cache = new Map<ServiceKey, AwsModel>();

/** The model of a service, or undefined when the models are not beside the repository. */
export function awsModel(key: ServiceKey): AwsModel | undefined {
  const known = cache.get(key);
  if (known) return known;
  const dir = modelsDir();
  if (!dir) return undefined;
  const shapes = JSON.parse(readFileSync(resolve(dir, FILES[key]), "utf8")).shapes as Record<string, SmithyShape>;
  const operations = new Map<string, string>();
  let serviceErrors: string[] = [];
  let namespace = "";
  let xmlNamespace: string | undefined;
  for (const [id, shape] of Object.entries(shapes)) {
    if (shape.type === "operation") operations.set(shortName(id), id);
    if (shape.type === "service") {
      namespace = id.slice(0, id.indexOf("#"));
      serviceErrors = (shape.errors ?? []).map((e) => shortName(e.target));
      xmlNamespace = shape.traits?.["smithy.api#xmlNamespace"]?.uri;
    }
  }
  const model: AwsModel = { namespace, shapes, operations, serviceErrors, xmlNamespace };
  cache.set(key, model);
  return model;
}

export function shortName(id: string): string {
  return id.slice(id.indexOf("#") + 1);
}

/**
 * Errors every operation of a protocol may answer without declaring them: AWS's "Common Errors"
 * (the same page in the RDS, DSQL and DocumentDB Elastic API references), plus the codes RDS answers
 * for a throttle (`Throttling`, "Rate exceeded") and an IAM denial (`AccessDenied`, 403).
 */
export const COMMON_ERRORS: Record<"awsQuery" | "restJson", readonly string[]> = {
  awsQuery: [
    "AccessDenied",
    "AccessDeniedException",
    "IncompleteSignature",
    "InternalFailure",
    "InvalidAction",
    "InvalidClientTokenId",
    "InvalidParameterCombination",
    "InvalidParameterValue",
    "InvalidQueryParameter",
    "MalformedQueryString",
    "MissingAction",
    "MissingAuthenticationToken",
    "MissingParameter",
    "NotAuthorized",
    "OptInRequired",
    "RequestExpired",
    "ServiceUnavailable",
    "ThrottlingException",
    "Throttling",
    "ValidationError",
  ],
  restJson: [
    "AccessDeniedException",
    "IncompleteSignature",
    "InternalFailure",
    "InvalidAction",
    "InvalidClientTokenId",
    "MissingAuthenticationToken",
    "NotAuthorized",
    "OptInRequired",
    "RequestExpired",
    "ServiceUnavailable",
    "ThrottlingException",
    "UnrecognizedClientException",
  ],
};

/** The error names an operation may answer: its own, the service's, and the protocol's common ones. */
export function declaredErrors(model: AwsModel, operation: string, protocol: "awsQuery" | "restJson"): Set<string> | undefined {
  const id = model.operations.get(operation);
  if (!id) return undefined;
  const own = (model.shapes[id].errors ?? []).map((e) => shortName(e.target));
  return new Set([...own, ...model.serviceErrors, ...COMMON_ERRORS[protocol]]);
}
