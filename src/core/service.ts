/**
 * The contract between the core and a simulated AWS service. The core knows no service; each folder
 * under `src/services/` exports one `ServiceDefinition`, loaded lazily on the first call of its client.
 */
import type { Clock } from "./clock.js";
import type { ConstraintTable } from "./validation.js";
import type { IdSource } from "./ids.js";
import type { Lifecycle, TransitionTable } from "./lifecycle.js";
import type { ServiceIam } from "./iam/requests.js";
import type { ServiceIdentity } from "./service-identity.js";

/** Which fault a modeled or unmodeled error code answers with. */
export interface ErrorSpec {
  /** HTTP status of the response. */
  status: number;
  fault: "client" | "server";
  /** The wire code when it differs from the shape name (awsQuery `DBInstanceNotFound`). */
  code?: string;
  /** Throttling errors carry `$retryable: { throttling: true }`; other retryable errors `{}`. */
  retryable?: { throttling?: boolean };
}

/** How a service answers a failed constraint check (see `core/validation`). */
export type ValidationStyle = "restJson" | "awsQuery";

/** A service: its identity (key, clientName, SDK package and loader, fixture, title, models) and its simulation. */
export interface ServiceDefinition<World = unknown> extends ServiceIdentity {
  /** Wire protocol: decides the error decoration and the shape of validation errors. */
  protocol: ValidationStyle;
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

export interface WorldScope {
  accountId: string;
  region: string;
}

/** A handler as the core calls it; services write theirs typed (`core/operations.ts`). */
export type OperationHandler<World> = (input: any, ctx: CallContext<World>) => object;

/** What a handler may use besides its input. State never sees HTTP or middleware types. */
export interface CallContext<World> {
  world: World;
  accountId: string;
  region: string;
  /** The same service's state in another Region (or account) of this backend. */
  worldOf(region: string, accountId?: string): World;
  /** The whole context of another Region (or account): its world, lifecycle and ids. */
  contextOf(region: string, accountId?: string): CallContext<World>;
  /** Whether the service already has state in that Region (or account): looking must not create it. */
  hasWorld?(region: string, accountId?: string): boolean;
  /** Virtual time in epoch milliseconds. */
  now(): number;
  clock: Clock;
  ids: IdSource;
  lifecycle: Lifecycle<World>;
  /** Effective quota: the backend option, else the service default. */
  quota(name: string): number;
  /** Backend options the service reads (`options.services[key]`), e.g. S3 buckets made unreadable. */
  settings: Record<string, unknown>;
}
