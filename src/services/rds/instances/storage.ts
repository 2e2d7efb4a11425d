/** Storage that standalone DB instances take from the quota totalStorageGiB (cluster members count with their cluster). */
import type { RdsWorld } from "../world.js";

/** GiB of storage of the standalone DB instances. */
export function standaloneStorage(world: RdsWorld): number {
  let total = 0;
  for (const id in world.instances) {
    const i = world.instances[id];
    if (i.DBClusterIdentifier === undefined) total += i.AllocatedStorage ?? 0;
  }
  return total;
}
