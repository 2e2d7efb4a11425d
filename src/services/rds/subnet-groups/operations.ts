/**
 * DB subnet groups: the `default` group every account and Region starts with, and create, describe,
 * modify and delete so clusters can name one. There is no EC2 here: a subnet's Availability Zone is
 * its position in SubnetIds (a, b, c, a, ...) and every subnet is in the Region's default VPC.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { Subnet, Tag } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext, WorldScope } from "../../../core/service.js";
import { describeResourcePage } from "../shared/filters.js";
import { stableText } from "../shared/identifiers.js";
import { M } from "../messages.js";
import { shapeSubnetGroup } from "./shape.js";
import { checkTags } from "../shared/tags.js";
import type { RdsWorld, SubnetGroupRecord } from "../world.js";
import { subnetGroups } from "./resource.js";

const SUBNET_ID = /^subnet-[0-9a-f]{8,17}$/;
const GROUP_NAME = /^[A-Za-z0-9._ -]{1,255}$/;
const AZ_LETTERS = "abc";

export function defaultVpcId(scope: WorldScope): string {
  return `vpc-${stableText(`${scope.accountId}/${scope.region}/vpc`, 17)}`;
}

/** The Availability Zones the mock gives a Region. */
export function regionAzs(region: string): string[] {
  return [...AZ_LETTERS].map((letter) => `${region}${letter}`);
}

function subnets(ids: readonly string[], region: string): Subnet[] {
  return ids.map((id, i) => ({
    SubnetIdentifier: id,
    SubnetAvailabilityZone: { Name: `${region}${AZ_LETTERS[i % AZ_LETTERS.length]}` },
    SubnetOutpost: {},
    SubnetStatus: "Active",
  }));
}

function record(scope: WorldScope, name: string, description: string, subnetIds: readonly string[], tags: Tag[]): SubnetGroupRecord {
  return {
    DBSubnetGroupName: name,
    DBSubnetGroupDescription: description,
    VpcId: defaultVpcId(scope),
    SubnetGroupStatus: "Complete",
    Subnets: subnets(subnetIds, scope.region),
    DBSubnetGroupArn: subnetGroups.arnOf(scope, name),
    SupportedNetworkTypes: ["IPV4"],
    TagList: tags,
  };
}

export function defaultSubnetGroup(scope: WorldScope): SubnetGroupRecord {
  const ids = regionAzs(scope.region).map((az) => `subnet-${stableText(`${scope.accountId}/${az}`, 17)}`);
  return record(scope, "default", "default", ids, []);
}

/** The Availability Zones a subnet group spans. */
export function subnetGroupAzs(group: SubnetGroupRecord): string[] {
  return [...new Set((group.Subnets ?? []).map((s) => s.SubnetAvailabilityZone?.Name ?? ""))];
}

function checkGroupName(name: string): string {
  if (!GROUP_NAME.test(name) || !/^[A-Za-z]/.test(name)) {
    fail("InvalidParameterValue", M.groupName("DBSubnetGroupName", "1 to 255 letters, digits, periods, underscores, spaces or hyphens, beginning with a letter"));
  }
  if (name.toLowerCase() === "default") fail("InvalidParameterValue", M.groupNameDefault("DBSubnetGroupName"));
  return name.toLowerCase();
}

function checkSubnetIds(ids: readonly string[], ctx: CallContext<RdsWorld>): void {
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
function usedBy(world: RdsWorld, name: string): string | undefined {
  for (const id in world.clusters) if (world.clusters[id].DBSubnetGroup === name) return `DB cluster ${id}`;
  for (const id in world.instances) if (world.instances[id].DBSubnetGroup?.DBSubnetGroupName === name) return `DB instance ${id}`;
  return undefined;
}

export const subnetGroupOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBSubnetGroup(input, ctx) {
    const name = checkGroupName(input.DBSubnetGroupName!);
    checkSubnetIds(input.SubnetIds!, ctx);
    const tags = checkTags(input.Tags);
    subnetGroups.requireNew(ctx, name);
    const group = subnetGroups.insert(ctx, name, record(ctx, name, input.DBSubnetGroupDescription!, input.SubnetIds!, tags));
    return { DBSubnetGroup: shapeSubnetGroup(group) };
  },

  ModifyDBSubnetGroup(input, ctx) {
    const group = subnetGroups.get(ctx, input.DBSubnetGroupName!);
    checkSubnetIds(input.SubnetIds!, ctx);
    group.Subnets = subnets(input.SubnetIds!, ctx.region);
    if (input.DBSubnetGroupDescription !== undefined) group.DBSubnetGroupDescription = input.DBSubnetGroupDescription;
    return { DBSubnetGroup: shapeSubnetGroup(group) };
  },

  DescribeDBSubnetGroups(input, ctx) {
    if (input.DBSubnetGroupName !== undefined) {
      const group = subnetGroups.get(ctx, input.DBSubnetGroupName);
      return { DBSubnetGroups: [shapeSubnetGroup(group)] };
    }
    const page = describeResourcePage(subnetGroups, ctx, input);
    return { DBSubnetGroups: page.items.map(shapeSubnetGroup), Marker: page.Marker };
  },

  DeleteDBSubnetGroup(input, ctx) {
    const name = input.DBSubnetGroupName!.toLowerCase();
    if (name === "default") fail("InvalidDBSubnetGroupStateFault", M.subnetGroupDefault());
    subnetGroups.get(ctx, name);
    const user = usedBy(ctx.world, name);
    if (user) fail("InvalidDBSubnetGroupStateFault", M.subnetGroupInUse(name, user));
    subnetGroups.remove(ctx, name);
    return {};
  },
};
