/**
 * Authorization of the DocumentDB Elastic commands, as a table. Commands address resources by ARN;
 * a resource being created has no ARN yet, so it is checked on its type's wildcard
 * (`cluster-snapshot/*`). CreateCluster has no resource type in the reference (`*`). Tags given
 * with a create are the action's aws:RequestTag / aws:TagKeys; a customer KMS key needs
 * kms:CreateGrant and kms:DescribeKey.
 */
import { commandsFromRules, kmsKeyArn, requestTagContext, resourceTagContext, type AuthorizationRule, type ServiceIam } from "../../core/iam/requests.js";
import { resourceByArn, type Resource } from "../../core/resource.js";
import type { CallContext } from "../../core/service.js";
import { clusters } from "./clusters/resource.js";
import { iamReference } from "./iam.generated.js";
import { parseResourceArn } from "./shared/arns.js";
import { snapshots } from "./snapshots/resource.js";
import type { DocdbWorld } from "./world.js";

type Ctx = CallContext<DocdbWorld>;
type Rule = AuthorizationRule<DocdbWorld>;
type Input = Record<string, any>;
/** The resources whose tags a policy condition may read (`aws:ResourceTag/...`). */
const TAGGED: readonly Resource<DocdbWorld, any>[] = [clusters, snapshots];

/**
 * The ARN in `name` when it names a resource of `kind` (any kind when absent). Authorization needs a
 * resource: a malformed ARN is answered by the handler's ValidationException, not authorized.
 */
const member = (name: string, kind?: "cluster" | "cluster-snapshot") => (i: Input) => {
  const value = i[name];
  const parsed = typeof value === "string" ? parseResourceArn(value) : undefined;
  return parsed && (kind === undefined || parsed.kind === kind) ? (value as string) : undefined;
};
const anySnapshot = (_i: Input, ctx: Ctx) => snapshots.arnOf(ctx, "*");
const anyCluster = (_i: Input, ctx: Ctx) => clusters.arnOf(ctx, "*");
const tags = (i: Input) => requestTagContext(i.tags);
const typeOf = (arn: string) => parseResourceArn(arn)?.kind ?? "cluster";

const kms: Rule[] = ["kms:DescribeKey", "kms:CreateGrant"].map((action) => ({
  action,
  type: "key",
  resource: (i: Input, ctx: Ctx) => (typeof i.kmsKeyId === "string" ? kmsKeyArn(i.kmsKeyId, ctx) : undefined),
  context: (_i: Input, ctx: Ctx) => ({ "kms:ViaService": `docdb-elastic.${ctx.region}.amazonaws.com`, "kms:CallerAccount": ctx.accountId }),
  pin: ["kms:ViaService"],
}));

const onCluster = (action: string): Rule[] => [{ action, type: "cluster", resource: member("clusterArn", "cluster") }];
const onSnapshot = (action: string): Rule[] => [{ action, type: "cluster-snapshot", resource: member("snapshotArn", "cluster-snapshot") }];

const rules: Record<string, Rule[]> = {
  CreateCluster: [{ action: "CreateCluster", context: tags }, ...kms],
  GetCluster: onCluster("GetCluster"),
  ListClusters: [{ action: "ListClusters" }],
  UpdateCluster: onCluster("UpdateCluster"),
  DeleteCluster: onCluster("DeleteCluster"),
  StopCluster: onCluster("StopCluster"),
  StartCluster: onCluster("StartCluster"),
  CreateClusterSnapshot: [
    { action: "CreateClusterSnapshot", type: "cluster", resource: member("clusterArn", "cluster") },
    { action: "CreateClusterSnapshot", type: "cluster-snapshot", resource: anySnapshot, context: tags },
  ],
  GetClusterSnapshot: onSnapshot("GetClusterSnapshot"),
  ListClusterSnapshots: [{ action: "ListClusterSnapshots" }],
  DeleteClusterSnapshot: onSnapshot("DeleteClusterSnapshot"),
  // The source snapshot is read, a new one is made.
  CopyClusterSnapshot: [
    { action: "CopyClusterSnapshot", type: "cluster-snapshot", resource: member("snapshotArn", "cluster-snapshot") },
    { action: "CopyClusterSnapshot", type: "cluster-snapshot", resource: anySnapshot, context: tags },
    ...kms,
  ],
  RestoreClusterFromSnapshot: [
    { action: "RestoreClusterFromSnapshot", type: "cluster-snapshot", resource: member("snapshotArn", "cluster-snapshot") },
    { action: "RestoreClusterFromSnapshot", type: "cluster", resource: anyCluster, context: tags },
    ...kms,
  ],
  TagResource: [{ action: "TagResource", type: typeOf, resource: member("resourceArn"), context: tags }],
  UntagResource: [{ action: "UntagResource", type: typeOf, resource: member("resourceArn"), context: (i) => ({ "aws:TagKeys": i.tagKeys ?? [] }) }],
  ListTagsForResource: [{ action: "ListTagsForResource", type: typeOf, resource: member("resourceArn") }],
  GetPendingMaintenanceAction: [{ action: "GetPendingMaintenanceAction", type: "cluster", resource: member("resourceArn", "cluster") }],
  ListPendingMaintenanceActions: [{ action: "ListPendingMaintenanceActions" }],
  ApplyPendingMaintenanceAction: [{ action: "ApplyPendingMaintenanceAction", type: "cluster", resource: member("resourceArn", "cluster") }],
};

export const docdbElasticIam: ServiceIam<DocdbWorld> = {
  reference: iamReference,
  accessDeniedCode: "AccessDeniedException",
  commands: commandsFromRules("docdb-elastic", rules),
  resourceContext(arn, ctx) {
    const found = resourceByArn(TAGGED, ctx, arn);
    const record = found?.resource.find(ctx, found.key);
    return record ? resourceTagContext(found!.resource.descriptor.tags!.read(record)) : undefined;
  },
};
