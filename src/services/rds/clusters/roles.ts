/**
 * AddRoleToDBCluster and RemoveRoleFromDBCluster (IAM roles in DBCluster.AssociatedRoles), and
 * RebootDBCluster (a Multi-AZ DB cluster and its instances go rebooting -> available).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import { findCluster } from "./resource.js";
import { ENGINE_CATALOG, engineSpec } from "../engines/engines.js";
import { availableMembers, checkClusterState } from "./members.js";
import { M } from "../messages/index.js";
import { beginCluster, beginInstance } from "../shared/resource-keys.js";
import { shapeCluster } from "./shape.js";
import type { RdsWorld } from "../world.js";

/** `arn:<partition>:iam::<account>:role/<path/>name`, as the model's IAMRoleArn pattern and IAM's role names allow. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;

export const clusterRoleOperations: Operations<typeof Sdk, RdsWorld> = {
  AddRoleToDBCluster(input, ctx) {
    if (!ROLE_ARN.test(input.RoleArn!)) fail("InvalidParameterValue", M.roleArn(input.RoleArn!));
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    // Aurora MySQL reaches S3 and Lambda through cluster parameters, not feature names: its FeatureName
    // (an empty SupportedFeatureNames) is not restricted.
    const features = Object.hasOwn(ENGINE_CATALOG, cluster.Engine ?? "") ? ENGINE_CATALOG[cluster.Engine!].featureNames : [];
    if (input.FeatureName !== undefined && features.length > 0 && !features.includes(input.FeatureName)) {
      fail("InvalidParameterValue", M.roleFeature(input.FeatureName, cluster.Engine!, features));
    }
    checkClusterState(cluster, "available");
    const roles = cluster.AssociatedRoles ?? [];
    if (roles.some((r) => r.RoleArn === input.RoleArn)) fail("DBClusterRoleAlreadyExistsFault", M.roleExists(input.RoleArn!, cluster.DBClusterIdentifier));
    // One role per feature: a second role for the same FeatureName is the same conflict.
    const sameFeature = input.FeatureName === undefined ? undefined : roles.find((r) => r.FeatureName === input.FeatureName);
    if (sameFeature) fail("DBClusterRoleAlreadyExistsFault", M.roleFeatureTaken(input.FeatureName!, sameFeature.RoleArn!));
    const limit = ctx.quota("rolesPerCluster");
    if (roles.length >= limit) fail("DBClusterRoleQuotaExceededFault", M.roleQuota(cluster.DBClusterIdentifier, limit));
    // Every check has passed. AWS shows PENDING briefly; the mock associates at once (documented end state ACTIVE).
    const role: { RoleArn: string; Status: string; FeatureName?: string } = { RoleArn: input.RoleArn!, Status: "ACTIVE" };
    if (input.FeatureName !== undefined) role.FeatureName = input.FeatureName;
    cluster.AssociatedRoles = [...roles, role];
    return {};
  },

  RemoveRoleFromDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    checkClusterState(cluster, "available");
    const roles = cluster.AssociatedRoles ?? [];
    const found = roles.find((r) => r.RoleArn === input.RoleArn && (input.FeatureName === undefined || r.FeatureName === input.FeatureName));
    if (!found) fail("DBClusterRoleNotFoundFault", M.roleNotFound(input.RoleArn!, cluster.DBClusterIdentifier, input.FeatureName));
    cluster.AssociatedRoles = roles.filter((r) => r !== found);
    return {};
  },

  RebootDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    // Documented: "Use this operation only for a non-Aurora Multi-AZ DB cluster" (Aurora reboots instance by instance).
    if (engineSpec(cluster.Engine)?.kind !== "multi-az") fail("InvalidParameterCombination", M.rebootAurora(cluster.DBClusterIdentifier));
    checkClusterState(cluster, "available");
    const members = availableMembers(ctx, cluster);
    beginCluster(ctx, cluster, "reboot");
    for (const m of members) beginInstance(ctx, m, "reboot");
    return { DBCluster: shapeCluster(cluster, ctx.now()) };
  },
};
