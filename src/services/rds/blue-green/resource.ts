/**
 * Blue/green deployments as a resource: keyed by their lowercase identifier (`bgd-` and 16 lowercase
 * letters and digits; "This parameter isn't case-sensitive", API reference), ARN `deployment:<id>`,
 * names unique per account and Region. Also the guard the delete paths ask: a DB instance or cluster
 * that is blue or green in a deployment can't be deleted while the deployment exists.
 */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import type { CallContext } from "../../../core/service.js";
import { BGM } from "../messages/index.js";
import type { BlueGreenDeploymentRecord, RdsWorld } from "../world.js";
import { NO_RECORDS } from "../shared/identifiers.js";

export const blueGreenDeployments = defineResource<RdsWorld, BlueGreenDeploymentRecord>({
  name: "blue/green deployment",
  // Dumps saved before blue/green deployments existed have no collection: the first create makes it.
  collection: (world) => world.blueGreenDeployments ?? NO_RECORDS,
  key: (id) => id.toLowerCase(),
  arn: { service: "rds", type: "deployment" },
  notFound: (id) => fail("BlueGreenDeploymentNotFoundFault", BGM.notFound(id)),
  alreadyExists: (name) => fail("BlueGreenDeploymentAlreadyExistsFault", BGM.nameTaken(name)),
  sortKey: (_id, d) => `${String(d.CreateTime).padStart(15, "0")}/${d.BlueGreenDeploymentIdentifier}`,
  lifecycle: { kind: "blueGreenDeployment", id: (d) => d.BlueGreenDeploymentIdentifier },
});

/** The deployment a resource (by resource id) is blue or green in, if any. */
export function deploymentOf(world: RdsWorld, resourceId: string | undefined): BlueGreenDeploymentRecord | undefined {
  if (resourceId === undefined) return undefined;
  for (const d of Object.values(world.blueGreenDeployments ?? {})) if (d.Pairs.some((p) => p.blue === resourceId || p.green === resourceId)) return d;
  return undefined;
}

/**
 * The delete paths' hook (DeleteDBInstance, DeleteDBCluster): while a deployment exists, its blue and
 * green databases stay (delete the deployment first; DeleteTarget deletes the green ones with it).
 */
export function checkNotInDeployment(ctx: CallContext<RdsWorld>, kind: "db" | "cluster", resourceId: string | undefined, name: string): void {
  const held = deploymentOf(ctx.world, resourceId);
  if (!held) return;
  if (kind === "db") fail("InvalidDBInstanceStateFault", BGM.instanceHeld(name, held.BlueGreenDeploymentIdentifier));
  fail("InvalidDBClusterStateFault", BGM.clusterHeld(name, held.BlueGreenDeploymentIdentifier));
}
