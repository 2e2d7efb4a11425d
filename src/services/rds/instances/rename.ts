/**
 * Renaming a DB instance (ModifyDBInstance NewDBInstanceIdentifier): "When you rename a DB instance, the
 * endpoint for the DB instance changes, because the URL includes the name" and "you cannot use an
 * existing DB instance name" (RDS User Guide, Renaming a DB instance). The old name is free at once.
 */
import type { CallContext } from "../../../core/service.js";
import { endpointMemberRenamed } from "../cluster-endpoints/operations.js";
import { renameMember } from "../clusters/members.js";
import { clusters } from "../clusters/resource.js";
import { instanceRenamed } from "../read-replicas/links.js";
import { cancelInstance } from "../shared/resource-keys.js";
import type { InstanceRecord, RdsWorld } from "../world.js";

/** Moves an instance to a new identifier: its key, ARN, endpoint and cluster membership follow. */
export function renameInstance(ctx: CallContext<RdsWorld>, instance: InstanceRecord, newId: string): void {
  const oldId = instance.DBInstanceIdentifier;
  cancelInstance(ctx, instance);
  delete ctx.world.instances[oldId];
  instance.DBInstanceIdentifier = newId;
  instance.DBInstanceArn = instance.DBInstanceArn!.replace(/:db:[^:]+$/, `:db:${newId}`);
  if (instance.Endpoint?.Address) instance.Endpoint.Address = instance.Endpoint.Address.replace(/^[^.]+/, newId);
  delete instance.PendingModifiedValues?.DBInstanceIdentifier;
  ctx.world.instances[newId] = instance;
  const cluster = instance.DBClusterIdentifier ? clusters.find(ctx, instance.DBClusterIdentifier) : undefined;
  if (cluster) renameMember(cluster, oldId, newId);
  endpointMemberRenamed(ctx, instance, oldId);
  // Read replica links name it anew: its source's list and its replicas' source.
  instanceRenamed(ctx, instance, oldId);
}
