/**
 * The vocabulary of the stateful fuzzer: a sequence is a list of steps (one SDK call, a concurrent
 * batch of calls, or a clock advance); a service model says which calls to generate, how to read the
 * whole state back through the SDK (a View) and what each call's outcome does to the model.
 */
import type fc from "fast-check";

export type Lifecycle = "instant" | "timed";

/**
 * A value the runner fills in when the step runs: the identifier (or ARN) bound to a handle by an
 * earlier successful call (DSQL and DocDB Elastic generate their identifiers). `fallback` is used while
 * nothing is bound: a well-formed identifier that names nothing.
 */
export interface Ref {
  $ref: string;
  fallback: string;
}

/** One SDK call as generated (`input` may hold Refs). */
export interface CallSpec {
  /** The SDK command class name, e.g. `CreateDBClusterCommand`. */
  command: string;
  input: Record<string, unknown>;
  /** The handle a successful call binds its new resource's identifier to (see `ServiceModel.bind`). */
  bind?: string;
}

/** One call as sent (Refs resolved) and what it answered. */
export interface SentCall {
  command: string;
  input: Record<string, unknown>;
  bind?: string;
  ok: boolean;
  output?: any;
  /** The error's name when it failed. */
  error?: string;
  message?: string;
}

export type Advance = { kind: "advance"; to: "due" | "before-due" } | { kind: "advance"; ms: number };

export type Step = { kind: "call"; call: CallSpec } | { kind: "batch"; calls: CallSpec[] } | Advance;

/** A resource as the reads show it (or as the model expects it). */
export interface ViewResource {
  status: string;
  tags?: Record<string, string>;
  /** Times that never go back (epoch ms), e.g. a cluster's LatestRestorableTime. */
  clocks?: Record<string, number | undefined>;
}

/** Everything the reads show, keyed `kind/id` (e.g. `cluster/alpha`). */
export type View = Record<string, ViewResource>;

/** A resource the model knows of. */
export interface ModelResource {
  /** The status it settles to; `gone` when it is being deleted; `*` when the model cannot tell. */
  target: string;
  /** Statuses it may show until it settles (timed lifecycle). */
  during: string[];
  /** Whether the reads have shown it settled since the last call that touched it. */
  settled: boolean;
  /** Tags, when the model tracks them for this kind. */
  tags?: Record<string, string>;
  /** Service-specific facts (deletion protection, pending rename, parent cluster...). */
  attrs: Record<string, any>;
}

export type ModelWorld = Map<string, ModelResource>;

export interface ServiceModel {
  key: string;
  clientName: string;
  packageName: string;
  /** Variable name of the client in printed reproductions. */
  clientVar: string;
  sdk: Record<string, any>;
  newClient(region: string): any;
  /** One generated call of this service. */
  call: fc.Arbitrary<CallSpec>;
  /** Handles a successful call binds (handle -> identifier/ARN), for later Refs. */
  bind?(call: SentCall, handles: Record<string, string>): void;
  /**
   * Reads the whole state through `client`: the view the model is compared with, the raw answers
   * (compared between a backend and its `load(dump())` copy), and the reads that disagree. `handles`
   * are the identifiers calls have bound (probed even when the lists leave them out).
   */
  observe(client: any, handles: Record<string, string>): Promise<{ view: View; raw: unknown; problems: string[] }>;
  /**
   * What the call's outcome means: checks the outcome against the model's predictions (returns the
   * problems) and updates the model. Called in the order the calls took effect.
   */
  apply(model: ModelWorld, call: SentCall): string[];
}
