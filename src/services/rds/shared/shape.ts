/**
 * What several folders' shape.ts files share: the timestamp members of the RDS outputs (epoch ms in
 * state, Dates in outputs; from the model) and the cluster statuses that freeze its restorable time.
 */
import { rdsModel } from "../model.generated.js";

/** The timestamp members (at any depth) of an output structure, as the RDS model lists them. */
export function timestampsOf(shape: string): ReadonlySet<string> {
  return new Set(Object.hasOwn(rdsModel.timestamps, shape) ? rdsModel.timestamps[shape as keyof typeof rdsModel.timestamps] : []);
}

/** Statuses in which no new changes are recorded, so the latest restorable time stands still. */
export const FROZEN_STATUSES: ReadonlySet<string> = new Set(["creating", "stopped", "stopping", "starting", "deleting", "inaccessible-encryption-credentials"]);
