/**
 * The status lifecycle of elastic clusters, as data: the status shown while an operation runs, the
 * status it settles to (`null`: the cluster is gone) and how long it takes in the `timed` lifecycle.
 * Durations are what AWS typically takes (creation ~15 minutes, scaling ~10).
 *
 * What other resources do when a cluster's event settles (an automated snapshot once it is created,
 * its pending maintenance and automated snapshots gone with it) they say themselves, as reactions
 * index.ts passes in: this folder never imports theirs.
 */
import type { ResourceKind, TransitionEvent } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import type { ClusterRecord, DocdbWorld } from "../world.js";
import { clusters } from "./resource.js";

const MINUTE = 60_000;
type Ctx = CallContext<DocdbWorld>;
type Reaction = (cluster: ClusterRecord, ctx: Ctx) => void;

/** Another resource's reactions to a cluster's settled events, by event. */
export type ClusterReactions = Partial<Record<"create" | "maintenance" | "delete", Reaction>>;

const EVENTS = {
  create: { during: "CREATING", then: "ACTIVE", ms: 15 * MINUTE },
  /** Settings only (password, windows, retention, auth type). */
  update: { during: "UPDATING", then: "ACTIVE", ms: 2 * MINUTE },
  /** Shard capacity, shard or instance count, or network changes. */
  modify: { during: "MODIFYING", then: "ACTIVE", ms: 10 * MINUTE },
  stop: { during: "STOPPING", then: "STOPPED", ms: 8 * MINUTE },
  start: { during: "STARTING", then: "ACTIVE", ms: 8 * MINUTE },
  maintenance: { during: "MAINTENANCE", then: "ACTIVE", ms: 5 * MINUTE },
  /** The cluster's own part: its name is free again. */
  delete: { during: "DELETING", then: null, ms: 8 * MINUTE, onSettle: (c: ClusterRecord, ctx: Ctx) => clusters.forget(ctx, c.id, c) },
} satisfies Record<string, TransitionEvent<DocdbWorld>>;

/** The cluster lifecycle with each event's own effect followed by the other resources' reactions, in order. */
export function clusterTransitions(...reactions: ClusterReactions[]): ResourceKind<DocdbWorld> {
  const events: Record<string, TransitionEvent<DocdbWorld>> = {};
  for (const [name, event] of Object.entries(EVENTS) as [keyof typeof EVENTS, TransitionEvent<DocdbWorld>][]) {
    const steps = [event.onSettle, ...reactions.map((r) => r[name as keyof ClusterReactions])].filter((s) => s !== undefined);
    events[name] = steps.length === 0 ? event : { ...event, onSettle: (c: ClusterRecord, ctx: Ctx) => steps.forEach((step) => step(c, ctx)) };
  }
  return { collection: (world) => world.clusters, statusField: "status", events };
}
