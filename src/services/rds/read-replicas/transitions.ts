/**
 * The instance lifecycle's replica events (merged into the `instance` kind in clusters/transitions.ts):
 * a promotion shows `modifying` until the replica is a standalone DB instance (AWS: "The DB instance
 * status changes to modifying" while it is promoted), and both sides of a switchover show `modifying`.
 */
import type { TransitionEvent } from "../../../core/lifecycle.js";
import type { RdsWorld } from "../world.js";

const MINUTE = 60_000;

export const replicaInstanceEvents: Record<string, TransitionEvent<RdsWorld>> = {
  promote: { during: "modifying", then: "available", ms: 5 * MINUTE },
  switchover: { during: "modifying", then: "available", ms: 5 * MINUTE },
};
