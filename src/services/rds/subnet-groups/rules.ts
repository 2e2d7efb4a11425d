/** The documented rules of DB subnet groups: names, subnet ids and their count, and who uses a group. */
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { M } from "../messages/index.js";
import type { RdsWorld } from "../world.js";

const SUBNET_ID = /^subnet-[0-9a-f]{8,17}$/;
const GROUP_NAME = /^[A-Za-z0-9._ -]{1,255}$/;

export function checkGroupName(name: string): string {
  if (!GROUP_NAME.test(name) || !/^[A-Za-z]/.test(name)) {
    fail("InvalidParameterValue", M.groupName("DBSubnetGroupName", "1 to 255 letters, digits, periods, underscores, spaces or hyphens, beginning with a letter"));
  }
  if (name.toLowerCase() === "default") fail("InvalidParameterValue", M.groupNameDefault("DBSubnetGroupName"));
  return name.toLowerCase();
}

export function checkSubnetIds(ids: readonly string[], ctx: CallContext<RdsWorld>): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (!SUBNET_ID.test(id)) fail("InvalidSubnet", M.subnetId(id));
    if (seen.has(id)) fail("InvalidParameterValue", M.subnetDuplicate(id));
    seen.add(id);
  }
  const limit = ctx.quota("subnetsPerGroup");
  if (ids.length > limit) fail("DBSubnetQuotaExceededFault", M.subnetQuota(limit));
  if (ids.length < 2) fail("DBSubnetGroupDoesNotCoverEnoughAZs", M.subnetGroupAzs());
}

/** Who uses a subnet group (a cluster or an instance), for the delete rule. */
export function usedBy(world: RdsWorld, name: string): string | undefined {
  for (const id in world.clusters) if (world.clusters[id].DBSubnetGroup === name) return `DB cluster ${id}`;
  for (const id in world.instances) if (world.instances[id].DBSubnetGroup?.DBSubnetGroupName === name) return `DB instance ${id}`;
  return undefined;
}
