/**
 * A DB subnet group record, and the `default` group every account and Region starts with. There is no
 * EC2 here: a subnet's Availability Zone is its position in SubnetIds (a, b, c, a, ...) and every
 * subnet is in the Region's default VPC.
 */
import type { Subnet, Tag } from "@aws-sdk/client-rds";
import type { WorldScope } from "../../../core/service.js";
import { stableText } from "../shared/identifiers.js";
import type { SubnetGroupRecord } from "../world.js";
import { subnetGroups } from "./resource.js";

const AZ_LETTERS = "abc";

export function defaultVpcId(scope: WorldScope): string {
  return `vpc-${stableText(`${scope.accountId}/${scope.region}/vpc`, 17)}`;
}

/** The Availability Zones the mock gives a Region. */
export function regionAzs(region: string): string[] {
  return [...AZ_LETTERS].map((letter) => `${region}${letter}`);
}

export function subnets(ids: readonly string[], region: string): Subnet[] {
  return ids.map((id, i) => ({
    SubnetIdentifier: id,
    SubnetAvailabilityZone: { Name: `${region}${AZ_LETTERS[i % AZ_LETTERS.length]}` },
    SubnetOutpost: {},
    SubnetStatus: "Active",
  }));
}

export function newSubnetGroup(scope: WorldScope, name: string, description: string, subnetIds: readonly string[], tags: Tag[]): SubnetGroupRecord {
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
  return newSubnetGroup(scope, "default", "default", ids, []);
}

/** The Availability Zones a subnet group spans. */
export function subnetGroupAzs(group: SubnetGroupRecord): string[] {
  return [...new Set((group.Subnets ?? []).map((s) => s.SubnetAvailabilityZone?.Name ?? ""))];
}
