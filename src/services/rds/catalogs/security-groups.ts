/**
 * The EC2-Classic DB security group commands, as AWS answers them after EC2-Classic's retirement
 * (August 15, 2022; every account is now VPC-only):
 * - CreateDBSecurityGroup: a VPC-only account cannot create one; AWS answers InvalidParameterValue
 *   "The vpc none does not exist." (the answer VPC-only accounts have had since 2013, e.g.
 *   hashicorp/terraform#11819, aws/aws-cli#2795).
 * - DescribeDBSecurityGroups lists the account's `default` DB security group, bound to the default VPC;
 *   any other name is DBSecurityGroupNotFound.
 * - DeleteDBSecurityGroup: "You can't delete the default DB security group" (API reference), answered
 *   with the model's InvalidDBSecurityGroupState; other names are DBSecurityGroupNotFound.
 * - Authorize/RevokeDBSecurityGroupIngress on the default group: InvalidParameterValue "VPC DB Security
 *   Groups cannot be modified with this API version." (hashicorp/terraform#486); other names are not found.
 * Nothing is stored: the default group is derived from the account and Region.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { DBSecurityGroup } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { paginate } from "../../../core/paging.js";
import { arn } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { invalidMarker } from "../shared/filters.js";
import { checkIdentifier } from "../shared/identifiers.js";
import { defaultVpcId } from "../subnet-groups/record.js";
import type { RdsWorld } from "../world.js";
import { noFilters, pageSizeUpTo } from "./describe.js";
import { CM } from "../messages/index.js";

type Ctx = CallContext<RdsWorld>;
const DEFAULT = "default";

function defaultGroup(ctx: Ctx): DBSecurityGroup {
  return {
    OwnerId: ctx.accountId,
    DBSecurityGroupName: DEFAULT,
    DBSecurityGroupDescription: "default",
    VpcId: defaultVpcId({ accountId: ctx.accountId, region: ctx.region }),
    EC2SecurityGroups: [],
    IPRanges: [],
    DBSecurityGroupArn: arn("rds", ctx.region, ctx.accountId, `secgrp:${DEFAULT}`),
  };
}

/** The group a name designates: only the default one exists (names match case-insensitively). */
function findGroup(name: string): typeof DEFAULT {
  if (name.toLowerCase() !== DEFAULT) fail("DBSecurityGroupNotFoundFault", CM.securityGroupNotFound(name));
  return DEFAULT;
}

function ingress(input: { DBSecurityGroupName?: string }): never {
  findGroup(input.DBSecurityGroupName!);
  return fail("InvalidParameterValue", CM.securityGroupVpcModify());
}

export const securityGroupOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateDBSecurityGroup(input) {
    // The documented name rules: 1-255 letters, digits or hyphens, a letter first, no "--", no trailing hyphen, not "Default".
    const name = checkIdentifier(input.DBSecurityGroupName, "DBSecurityGroupName", { maxLength: 255 });
    if (name === DEFAULT) fail("InvalidParameterValue", CM.securityGroupDefaultName());
    return fail("InvalidParameterValue", CM.classicNoVpc());
  },

  DescribeDBSecurityGroups(input, ctx) {
    const size = pageSizeUpTo(input.MaxRecords, 100);
    noFilters(input.Filters);
    if (input.DBSecurityGroupName !== undefined) findGroup(input.DBSecurityGroupName);
    const page = paginate([[DEFAULT, DEFAULT]], size, input.Marker, invalidMarker);
    return { DBSecurityGroups: page.items.map(() => defaultGroup(ctx)), Marker: page.next };
  },

  DeleteDBSecurityGroup(input) {
    findGroup(input.DBSecurityGroupName!);
    return fail("InvalidDBSecurityGroupStateFault", CM.securityGroupDeleteDefault());
  },

  AuthorizeDBSecurityGroupIngress: ingress,
  RevokeDBSecurityGroupIngress: ingress,
};
