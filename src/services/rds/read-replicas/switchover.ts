/**
 * SwitchoverReadReplica: "Switches over an Oracle standby database in an Oracle Data Guard environment,
 * making it the new primary database." The replica becomes the primary; the former primary becomes a
 * replica of it (in the replica's open mode). The simulator moves the former primary's other replicas
 * to the new primary as well, so every replica keeps a live source. Both sides show `modifying` until
 * the switchover settles.
 */
import { beginInstance } from "../shared/resource-keys.js";
import { link, replicasOf, unlink, type Located } from "./links.js";
import { REPLICATING } from "./record.js";

export function switchover(replica: Located, primary: Located): void {
  const mode = replica.instance.ReplicaMode;
  const siblings = replicasOf(primary).filter((r) => r.instance !== replica.instance);
  unlink(replica);
  for (const sibling of siblings) unlink(sibling);
  primary.instance.ReadReplicaDBInstanceIdentifiers = [];
  link(primary, replica);
  primary.instance.StatusInfos = structuredClone(REPLICATING);
  if (mode !== undefined) primary.instance.ReplicaMode = mode;
  for (const sibling of siblings) {
    link(sibling, replica);
    sibling.instance.StatusInfos = structuredClone(REPLICATING);
  }
  beginInstance(replica.ctx, replica.instance, "switchover");
  beginInstance(primary.ctx, primary.instance, "switchover");
}
