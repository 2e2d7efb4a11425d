/**
 * What the fuzzer knows about each service, all read from committed data: the generated constraint
 * tables (input shapes), the SDK client module (its `*Command` exports, exception classes and the
 * static output schemas), and the mock's service registry (which operations are simulated right now).
 * Nothing here is hand-written per command, so a command is fuzzed as soon as it is simulated.
 */
import * as dsqlSdk from "@aws-sdk/client-dsql";
import * as rdsSdk from "@aws-sdk/client-rds";
import * as docdbSdk from "@aws-sdk/client-docdb-elastic";
import type { ErrorSpec } from "../../../src/core/service.js";
import type { ConstraintTable } from "../../../src/core/validation.js";
import { services } from "../../../src/services/registry.js";
import * as dsqlTable from "../../../src/services/dsql/constraints.generated.js";
import * as rdsTable from "../../../src/services/rds/constraints.generated.js";
import * as docdbTable from "../../../src/services/docdb-elastic/constraints.generated.js";

export type ServiceKey = "dsql" | "rds" | "docdb-elastic";

type SdkModule = Record<string, any>;

export interface FuzzService {
  key: ServiceKey;
  clientName: string;
  /** Import name of the SDK package, for printed reproductions. */
  packageName: string;
  /** Variable name the printed reproductions use for the client. */
  clientVar: string;
  sdk: SdkModule;
  table: ConstraintTable;
  errors: Record<string, ErrorSpec>;
  protocol: "restJson" | "awsQuery";
  baseException: new (...args: any[]) => Error;
  /** Every `*Command` class name the SDK package exports, sorted. */
  commands: string[];
  newClient(region: string): any;
}

function commandsOf(sdk: SdkModule): string[] {
  return Object.keys(sdk)
    .filter((k) => /^[A-Z]\w*Command$/.test(k) && typeof sdk[k] === "function")
    .sort();
}

function define(
  key: ServiceKey,
  clientName: string,
  packageName: string,
  clientVar: string,
  sdk: SdkModule,
  generated: { constraints: ConstraintTable; errors: Record<string, ErrorSpec> },
  protocol: "restJson" | "awsQuery",
  baseException: string,
): FuzzService {
  const Client = sdk[clientName];
  return {
    key,
    clientName,
    packageName,
    clientVar,
    sdk,
    table: generated.constraints,
    errors: generated.errors,
    protocol,
    baseException: sdk[baseException],
    commands: commandsOf(sdk),
    newClient: (region) => new Client({ region }),
  };
}

export const fuzzServices: Record<ServiceKey, FuzzService> = {
  dsql: define("dsql", "DSQLClient", "@aws-sdk/client-dsql", "dsql", dsqlSdk, dsqlTable, "restJson", "DSQLServiceException"),
  rds: define("rds", "RDSClient", "@aws-sdk/client-rds", "rds", rdsSdk, rdsTable, "awsQuery", "RDSServiceException"),
  "docdb-elastic": define(
    "docdb-elastic",
    "DocDBElasticClient",
    "@aws-sdk/client-docdb-elastic",
    "docdb",
    docdbSdk,
    docdbTable,
    "restJson",
    "DocDBElasticServiceException",
  ),
};

export function operationOf(command: string): string {
  return command.endsWith("Command") ? command.slice(0, -7) : command;
}

/** Whether the mock simulates the operation now (read at call time: services land over time). */
export function isSimulated(svc: FuzzService, operation: string): boolean {
  const def = services[svc.clientName];
  return Boolean(def && Object.prototype.hasOwnProperty.call(def.operations, operation));
}

/** Simulated operations of a service, sorted. */
export function simulatedOperations(svc: FuzzService): string[] {
  return svc.commands.map(operationOf).filter((op) => isSimulated(svc, op));
}

/** The input shape name of an operation, or undefined when it takes no members. */
export function inputShapeOf(svc: FuzzService, operation: string): string | undefined {
  const shape = svc.table.operations[operation];
  return typeof shape === "string" && svc.table.shapes[shape] ? shape : undefined;
}

/** The error codes that mean "the input broke a model constraint", per protocol. */
export const VALIDATION_ERROR_CODES: Record<FuzzService["protocol"], readonly string[]> = {
  restJson: ["ValidationException"],
  awsQuery: ["InvalidParameterValue", "MissingParameter", "InvalidParameterCombination", "ValidationError"],
};
