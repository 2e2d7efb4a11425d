/**
 * Facts about a service that its API models carry beyond the input constraints, generated into
 * `src/services/<service>/model.generated.ts` (scripts/generate-constraints.ts): which output members
 * are timestamps, how list operations page, which members are idempotency tokens, the Smithy resources.
 * Services read them instead of listing the same names by hand. Types only.
 */

/** The page-size member of a paginated operation and its limits (range trait, else the documented ones). */
export interface PageSizeFacts {
  member: string;
  min?: number;
  max?: number;
  /** The page size when the member is absent (default trait, else the documented default). */
  default?: number;
}

/** Smithy `@paginated`: where the tokens and items are (output paths may be dotted: `EngineDefaults.Marker`). */
export interface PaginationFacts {
  inputToken: string;
  outputToken: string;
  items?: string;
  pageSize?: PageSizeFacts;
}

/** A Smithy resource: its identifiers (input member -> shape), ARN template and lifecycle operations. */
export interface ResourceFacts {
  identifiers: Readonly<Record<string, string>>;
  /** `aws.api#arn` template, relative to `arn:<partition>:<service>:<region>:<account>:`. */
  arn?: string;
  create?: string;
  put?: string;
  read?: string;
  update?: string;
  delete?: string;
  list?: string;
  /** Other operations on one instance of the resource. */
  operations?: readonly string[];
  /** Other operations on the collection. */
  collectionOperations?: readonly string[];
  /** Child resources, by name. */
  resources?: readonly string[];
}

export interface ServiceModelFacts {
  /** Per structure reachable from an output: its timestamp member names at any depth (what `toOutput` converts). */
  timestamps: Readonly<Record<string, readonly string[]>>;
  /** Per operation: the timestamp member names anywhere in its output. */
  outputTimestamps: Readonly<Record<string, readonly string[]>>;
  /** Every timestamp member name of every output. */
  outputTimestampMembers: readonly string[];
  /** Per paginated operation: its tokens, items and page size. */
  pagination: Readonly<Record<string, PaginationFacts>>;
  /** Per operation with one: its idempotency-token input member (Smithy `@idempotencyToken`). */
  idempotencyTokens: Readonly<Record<string, string>>;
  /** Smithy resources by name (DSQL `Cluster`, `Stream`); empty when the model binds none. */
  resources: Readonly<Record<string, ResourceFacts>>;
  /** Each operation's declared errors (the same table as `operationErrors` of constraints.generated.ts). */
  operationErrors: Readonly<Record<string, readonly string[]>>;
}
