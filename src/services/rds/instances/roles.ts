/**
 * AddRoleToDBInstance and RemoveRoleFromDBInstance: IAM roles in DBInstance.AssociatedRoles, one per
 * feature (FeatureName, from the engine's SupportedFeatureNames: instances/engine-facts.ts). A new
 * association shows Status PENDING, then ACTIVE ("ACTIVE - the IAM role ARN is associated with the DB
 * instance ...; PENDING - the IAM role ARN is being associated"; DBInstanceRole in the API reference).
 * A member of a DB cluster takes roles through its cluster (AddRoleToDBCluster), as AWS answers.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { DBInstanceRole } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { Operations } from "../../../core/operations.js";
import { MM } from "../messages/index.js";
import { instancesByResourceId } from "../shared/resource-keys.js";
import type { RdsWorld } from "../world.js";
import { featureNamesOf } from "./engine-facts.js";
import { checkInstanceState } from "./modify-member.js";
import { findInstance } from "./resource.js";

export const ROLE_KIND = "instanceRole";
/** `arn:<partition>:iam::<account>:role/<path/>name`, as the model's IAMRoleArn pattern and IAM's role names allow. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;

/** A role's transition key: the instance's resource id and the feature (one role per feature). */
const roleKey = (dbi: string, feature: string) => `${dbi}|${feature}`;

/** The associated roles seen by transition key, for the lifecycle (which sets their Status). */
function rolesByKey(world: RdsWorld): Record<string, DBInstanceRole> {
  const byId = instancesByResourceId(world);
  return new Proxy({} as Record<string, DBInstanceRole>, {
    get: (_, key) => {
      if (typeof key !== "string") return undefined;
      const at = key.lastIndexOf("|");
      return byId[key.slice(0, at)]?.AssociatedRoles?.find((r) => r.FeatureName === key.slice(at + 1));
    },
  });
}

export const roleTransitions: TransitionTable<RdsWorld> = {
  [ROLE_KIND]: {
    collection: rolesByKey,
    statusField: "Status",
    events: { associate: { during: "PENDING", then: "ACTIVE", ms: 30_000 } },
  },
};

export const instanceRoleOperations: Operations<typeof Sdk, RdsWorld> = {
  AddRoleToDBInstance(input, ctx) {
    if (!ROLE_ARN.test(input.RoleArn!)) fail("InvalidParameterValue", MM.roleArn(input.RoleArn!));
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    const id = instance.DBInstanceIdentifier;
    if (instance.DBClusterIdentifier !== undefined) fail("InvalidParameterCombination", MM.roleAurora(id, instance.DBClusterIdentifier));
    const features = featureNamesOf(instance.Engine!);
    if (!features.includes(input.FeatureName!)) fail("InvalidParameterValue", MM.roleFeature(input.FeatureName!, instance.Engine!, features));
    checkInstanceState(instance, ["available"]);
    const roles = instance.AssociatedRoles ?? [];
    if (roles.some((r) => r.RoleArn === input.RoleArn)) fail("DBInstanceRoleAlreadyExistsFault", MM.roleExists(input.RoleArn!, id));
    const sameFeature = roles.find((r) => r.FeatureName === input.FeatureName);
    if (sameFeature) fail("DBInstanceRoleAlreadyExistsFault", MM.roleFeatureTaken(input.FeatureName!, sameFeature.RoleArn!, id));
    const limit = ctx.quota("rolesPerInstance");
    if (roles.length >= limit) fail("DBInstanceRoleQuotaExceededFault", MM.roleQuota(id, limit));
    // Every check has passed.
    instance.AssociatedRoles = [...roles, { RoleArn: input.RoleArn!, FeatureName: input.FeatureName!, Status: "PENDING" }];
    ctx.lifecycle.begin(ROLE_KIND, roleKey(instance.DbiResourceId!, input.FeatureName!), "associate");
    return {};
  },

  RemoveRoleFromDBInstance(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    checkInstanceState(instance, ["available"]);
    const roles = instance.AssociatedRoles ?? [];
    const found = roles.find((r) => r.RoleArn === input.RoleArn && r.FeatureName === input.FeatureName);
    if (!found) fail("DBInstanceRoleNotFoundFault", MM.roleNotFound(input.RoleArn!, instance.DBInstanceIdentifier, input.FeatureName!));
    instance.AssociatedRoles = roles.filter((r) => r !== found);
    ctx.lifecycle.cancel(ROLE_KIND, roleKey(instance.DbiResourceId!, input.FeatureName!));
    return {};
  },
};
