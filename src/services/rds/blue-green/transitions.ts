/**
 * The lifecycle of a blue/green deployment (BlueGreenDeployment.Status in the API reference):
 * PROVISIONING -> AVAILABLE once the green environment is ready (its tasks COMPLETED);
 * SWITCHOVER_IN_PROGRESS -> SWITCHOVER_COMPLETED ("The switchover typically takes under a minute": one
 * minute here), or back to AVAILABLE when it can't complete: "If the switchover takes longer than the
 * specified duration, then any changes are rolled back, and no changes are made to the environments"
 * (a SwitchoverTimeout under the minute, or a database that is no longer available);
 * DELETING -> gone (the green environment stays unless DeleteTarget deleted it; it stops replicating).
 */
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import type { BlueGreenDeploymentRecord, RdsWorld } from "../world.js";
import { arnOf, sideOf, statusOf, swapNames, unlink } from "./environments.js";
import { blueGreenDeployments } from "./resource.js";

type Ctx = CallContext<RdsWorld>;
const MINUTE = 60_000;
/** How long a switchover takes in the `timed` lifecycle. */
export const SWITCHOVER_MS = MINUTE;

/** Every SwitchoverDetail takes `status`. */
function detailsTo(d: BlueGreenDeploymentRecord, status: string): void {
  for (const s of d.SwitchoverDetails ?? []) s.Status = status;
}

function provisioned(d: BlueGreenDeploymentRecord): void {
  for (const t of d.Tasks ?? []) t.Status = "COMPLETED";
  detailsTo(d, "AVAILABLE");
}

/** Whether every database on both sides is still there and available. */
function ready(d: BlueGreenDeploymentRecord, ctx: Ctx): boolean {
  return d.Pairs.every((p) => (["blue", "green"] as const).every((side) => {
    const db = sideOf(ctx, p, side);
    return db !== undefined && statusOf(db) === "available";
  }));
}

const switchoverFits = (d: BlueGreenDeploymentRecord, ctx: Ctx) => (d.SwitchoverTimeout ?? 300) * 1000 >= SWITCHOVER_MS && ready(d, ctx);

/** A completed switchover: replication stops, names swap, and the ARNs follow. */
function switchedOver(d: BlueGreenDeploymentRecord, ctx: Ctx): void {
  if (d.Status !== "SWITCHOVER_COMPLETED") return detailsTo(d, "AVAILABLE");
  unlink(ctx, d);
  swapNames(ctx, d);
  d.SwitchoverDetails = d.Pairs.map((p) => ({ SourceMember: arnOf(sideOf(ctx, p, "blue")!), TargetMember: arnOf(sideOf(ctx, p, "green")!), Status: "SWITCHOVER_COMPLETED" }));
  d.Source = d.SwitchoverDetails[0].SourceMember;
  d.Target = d.SwitchoverDetails[0].TargetMember;
}

export const blueGreenTransitions: TransitionTable<RdsWorld> = {
  blueGreenDeployment: {
    collection: (w) => w.blueGreenDeployments ?? {},
    statusField: "Status",
    events: {
      // The green databases are ready in about ten minutes (creating, then their first backup).
      create: { during: "PROVISIONING", then: "AVAILABLE", ms: 15 * MINUTE, onSettle: provisioned },
      switchover: {
        during: "SWITCHOVER_IN_PROGRESS",
        then: (d: BlueGreenDeploymentRecord, ctx: Ctx) => (switchoverFits(d, ctx) ? "SWITCHOVER_COMPLETED" : "AVAILABLE"),
        settlesTo: ["SWITCHOVER_COMPLETED", "AVAILABLE"],
        ms: SWITCHOVER_MS,
        onSettle: switchedOver,
        onBegin: (d: BlueGreenDeploymentRecord) => detailsTo(d, "SWITCHOVER_IN_PROGRESS"),
      },
      delete: {
        during: "DELETING",
        then: null,
        ms: MINUTE,
        onSettle: (d: BlueGreenDeploymentRecord, ctx: Ctx) => {
          unlink(ctx, d);
          blueGreenDeployments.forget(ctx, d.BlueGreenDeploymentIdentifier, d);
        },
      },
    },
  },
};
