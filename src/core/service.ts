/**
 * The contract between the core and a simulated AWS service. The core knows no service; each folder
 * under `src/services/` exports one `ServiceDefinition`, loaded lazily on the first call of its client.
 */
import type { ErrorSpec } from "./aws-error.js";
import type { CallContext, WorldScope } from "./call-context.js";
import type { Protocol } from "./protocols/protocol.js";
import type { ConstraintTable } from "./validation.js";
import type { TransitionTable } from "./lifecycle.js";
import type { ServiceIam } from "./iam/requests.js";
import type { ServiceIdentity } from "./service-identity.js";

/** Handlers and generated tables see these; services import them from here. */
export type { CallContext, Lifecycle, WorldScope } from "./call-context.js";
export type { ErrorSpec } from "./aws-error.js";

/** A service: its identity (key, clientName, SDK package and loader, fixture, title, models) and its simulation. */
export interface ServiceDefinition<World = unknown> extends ServiceIdentity {
  /** Wire protocol (`restJson`, `awsQuery` from core/protocols): owns the error decoration and the validation error. */
  protocol: Protocol;
  /** The user's installed SDK client module (loaded on the first error): exception classes come from here, never a copy. */
  sdk?: Record<string, unknown>;
  /** awsQuery: the `xmlns` of the service's XML responses (the SDK copies it onto modeled errors). */
  xmlNamespace?: string;
  /** Export name of the service's base exception class (`RDSServiceException`). */
  baseException: string;
  /** Error codes the service can answer, by SDK class name or AWS error code. */
  errors: Record<string, ErrorSpec>;
  /** Each operation's declared errors (generated from the model): what fault rules may inject. */
  operationErrors?: Record<string, readonly string[]>;
  /** Generated model constraints for every operation's input. */
  constraints: ConstraintTable;
  /** Every operation name the SDK client has (the simulated ones are the keys of `operations`). */
  allOperations: readonly string[];
  /** Fresh state for one account and Region. Must be JSON-safe data (numbers for times). */
  createWorld(scope: WorldScope): World;
  /** Status lifecycles of the service's resources, as data. */
  transitions: TransitionTable<World>;
  /** Thin handlers keyed by operation name (`CreateCluster`). Synchronous: one call is atomic. */
  operations: Record<string, OperationHandler<World>>;
  /** Service defaults for `createMockBackend({ quotas })`. */
  quotas?: Record<string, number>;
  /**
   * Input members that name the resource a call acts on, most specific first: an error a test injects
   * (fault rules, `on().rejects()`) gets its `resourceId` and `resourceType` from the first one given.
   */
  resourceMembers?: readonly ResourceMember[];
  /** Authorization: each command's IAM requests (the Service Authorization Reference, as data). */
  iam?: ServiceIam<World>;
}

/** An input member naming a resource, and the resource type it names (`undefined`: read from the ARN). */
export type ResourceMember = readonly [member: string, type: string | undefined];

/** A handler as the core calls it; services write theirs typed (`core/operations.ts`). */
export type OperationHandler<World> = (input: any, ctx: CallContext<World>) => object;

/** The services a backend simulates, by SDK client name (`RDSClient`). */
export type ServiceRegistry = Record<string, ServiceDefinition<any>>;
