/**
 * Authorization of the DSQL commands, as a table: which IAM actions each command needs, on which
 * resources, with which request condition keys. The CreateCluster rows follow the API reference's
 * "Required permissions" (tags -> dsql:TagResource; multi-Region properties -> PutMultiRegionProperties;
 * peers -> AddPeerCluster on the local cluster and on each peer's exact ARN; a witness Region ->
 * PutWitnessRegion checked in the cluster's Region and in the witness Region, with dsql:WitnessRegion).
 */
import { commandsFromRules, kmsKeyArn, requestTagContext, resourceTagContext, type AuthorizationRule, type ContextValue, type ServiceIam } from "../../core/iam/requests.js";
import { iamReference } from "./iam.generated.js";
import { AWS_OWNED_KEY } from "./clusters/kms.js";
import { clusters } from "./clusters/resource.js";
import { parseDsqlArn } from "./shared/arns.js";
import { existingWorld } from "./shared/regions.js";
import { streams } from "./streams/resource.js";
import type { DsqlContext, DsqlWorld } from "./world.js";

type Rule = AuthorizationRule<DsqlWorld>;
type Input = Record<string, any>;

/** Any cluster of the Region (a cluster being created has no identifier yet). */
const anyCluster = (_i: Input, ctx: DsqlContext) => clusters.arnOf(ctx, "*");
const cluster = (member: string) => (i: Input, ctx: DsqlContext) => clusters.arnOf(ctx, i[member]);
const stream = (i: Input, ctx: DsqlContext) => streams.arnOf(ctx, String(i.streamIdentifier), String(i.clusterIdentifier));
const tagsOf = (i: Input) => requestTagContext(i.tags);
const witnessKey = (i: Input): Record<string, ContextValue> | undefined =>
  i.multiRegionProperties?.witnessRegion ? { "dsql:WitnessRegion": i.multiRegionProperties.witnessRegion } : undefined;
// A witness "Region" that is no Region name is refused by the handler's rules; it is never authorized.
const witnessGiven = (i: Input) => /^[a-z]{2}(-[a-z]+)+-\d+$/.test(i.multiRegionProperties?.witnessRegion ?? "");
const customerKey = (i: Input) => typeof i.kmsEncryptionKey === "string" && i.kmsEncryptionKey !== AWS_OWNED_KEY;
const keyArn = (i: Input, ctx: DsqlContext) => kmsKeyArn(i.kmsEncryptionKey, ctx);
const kmsContext = (_i: Input, ctx: DsqlContext) => ({ "kms:ViaService": `dsql.${ctx.region}.amazonaws.com`, "kms:CallerAccount": ctx.accountId });

/** The cluster's peers now (empty when it does not exist yet or is single-Region). */
function currentPeers(i: Input, ctx: DsqlContext): string[] {
  return clusters.find(ctx, i.identifier)?.multiRegionProperties?.clusters ?? [];
}
/** The peer cluster ARNs of the request (anything else is the handler's ValidationException). */
const requestedPeers = (i: Input): string[] =>
  (Array.isArray(i.multiRegionProperties?.clusters) ? (i.multiRegionProperties.clusters as string[]) : []).filter((a) => parseDsqlArn(a)?.kind === "cluster");
/**
 * A resource named by ARN (the tagging commands). Authorization needs a resource: an ARN that names
 * no DSQL cluster or stream is answered by the handler's ValidationException, not authorized.
 */
const byArn = (i: Input) => (typeof i.resourceArn === "string" && parseDsqlArn(i.resourceArn) ? (i.resourceArn as string) : undefined);
const typeOf = (arn: string) => (parseDsqlArn(arn)?.kind === "stream" ? "Stream" : "Cluster");

/** The witness rows: checked in the cluster's Region, and again in the witness Region on its `cluster/*`. */
function witnessRules(local: Rule["resource"]): Rule[] {
  return [
    { action: "PutWitnessRegion", type: "Cluster", when: witnessGiven, resource: local, context: witnessKey, pin: ["dsql:WitnessRegion"] },
    {
      action: "PutWitnessRegion",
      type: "Cluster",
      when: witnessGiven,
      resource: (i, ctx) => clusters.arnOf({ region: i.multiRegionProperties.witnessRegion, accountId: ctx.accountId }, "*"),
      region: (i) => i.multiRegionProperties.witnessRegion,
      context: witnessKey,
      pin: ["dsql:WitnessRegion"],
    },
  ];
}

/** kms:DescribeKey and kms:CreateGrant on a customer managed key (DSQL uses a grant to encrypt with it). */
const kmsRules: Rule[] = [
  { action: "kms:DescribeKey", type: "key", when: customerKey, resource: keyArn, context: kmsContext, pin: ["kms:ViaService"] },
  { action: "kms:CreateGrant", type: "key", when: customerKey, resource: keyArn, context: kmsContext, pin: ["kms:ViaService"] },
];

const rules: Record<string, Rule[]> = {
  CreateCluster: [
    { action: "CreateCluster", type: "Cluster", resource: anyCluster, context: (i) => ({ ...tagsOf(i), ...witnessKey(i) }) },
    { action: "TagResource", type: "Cluster", when: (i) => Object.keys(i.tags ?? {}).length > 0, resource: anyCluster, context: tagsOf },
    { action: "PutMultiRegionProperties", type: "Cluster", when: (i) => i.multiRegionProperties !== undefined, resource: anyCluster },
    { action: "AddPeerCluster", type: "Cluster", when: (i) => requestedPeers(i).length > 0, resource: anyCluster },
    { action: "AddPeerCluster", type: "Cluster", resource: (i) => (requestedPeers(i).length > 0 ? requestedPeers(i) : undefined) },
    ...witnessRules(anyCluster),
    // Not in the seed's list: a policy given at creation is set as PutClusterPolicy would set it (our choice).
    { action: "PutClusterPolicy", type: "Cluster", when: (i) => typeof i.policy === "string", resource: anyCluster },
    ...kmsRules,
  ],
  GetCluster: [{ action: "GetCluster", type: "Cluster", resource: cluster("identifier") }],
  UpdateCluster: [
    { action: "UpdateCluster", type: "Cluster", resource: cluster("identifier"), context: witnessKey },
    { action: "PutMultiRegionProperties", type: "Cluster", when: (i) => i.multiRegionProperties !== undefined, resource: cluster("identifier") },
    // Peers added: on the cluster and each new peer; peers removed: on the cluster and each one removed.
    { action: "AddPeerCluster", type: "Cluster", resource: (i, ctx) => added(i, ctx, cluster("identifier")(i, ctx)) },
    { action: "RemovePeerCluster", type: "Cluster", resource: (i, ctx) => removed(i, ctx, cluster("identifier")(i, ctx)) },
    ...witnessRules(cluster("identifier")),
    ...kmsRules,
  ],
  DeleteCluster: [{ action: "DeleteCluster", type: "Cluster", resource: cluster("identifier") }],
  ListClusters: [{ action: "ListClusters" }],
  GetVpcEndpointServiceName: [{ action: "GetVpcEndpointServiceName", type: "Cluster", resource: cluster("identifier") }],
  PutClusterPolicy: [{ action: "PutClusterPolicy", type: "Cluster", resource: cluster("identifier") }],
  GetClusterPolicy: [{ action: "GetClusterPolicy", type: "Cluster", resource: cluster("identifier") }],
  DeleteClusterPolicy: [{ action: "DeleteClusterPolicy", type: "Cluster", resource: cluster("identifier") }],
  TagResource: [{ action: "TagResource", type: typeOf, resource: byArn, context: tagsOf }],
  UntagResource: [{ action: "UntagResource", type: typeOf, resource: byArn, context: (i) => ({ "aws:TagKeys": i.tagKeys ?? [] }) }],
  ListTagsForResource: [{ action: "ListTagsForResource", type: typeOf, resource: byArn }],
  CreateStream: [
    { action: "CreateStream", type: "Cluster", resource: cluster("clusterIdentifier"), context: tagsOf },
    // The stream writes to Kinesis with the role given: passing it needs iam:PassRole.
    {
      action: "iam:PassRole",
      type: "role",
      resource: (i) => i.targetDefinition?.kinesis?.roleArn,
      context: () => ({ "iam:PassedToService": "dsql.amazonaws.com" }),
      pin: ["iam:PassedToService"],
    },
  ],
  GetStream: [{ action: "GetStream", type: "Stream", resource: stream }],
  ListStreams: [{ action: "ListStreams", type: "Cluster", resource: cluster("clusterIdentifier") }],
  DeleteStream: [{ action: "DeleteStream", type: "Stream", resource: stream }],
};

function added(i: Input, ctx: DsqlContext, local: string): string[] | undefined {
  const before = new Set(currentPeers(i, ctx));
  const fresh = requestedPeers(i).filter((p) => !before.has(p));
  return fresh.length > 0 ? [local, ...fresh] : undefined;
}

function removed(i: Input, ctx: DsqlContext, local: string): string[] | undefined {
  if (!Array.isArray(i.multiRegionProperties?.clusters)) return undefined;
  const after = new Set(requestedPeers(i));
  const gone = currentPeers(i, ctx).filter((p) => !after.has(p));
  return gone.length > 0 ? [local, ...gone] : undefined;
}

/** The cluster or stream an ARN names, wherever its Region's world is (never creating one). */
function resourceOf(arn: string, ctx: DsqlContext) {
  const p = parseDsqlArn(arn);
  if (!p || p.accountId !== ctx.accountId) return undefined;
  const world = existingWorld(ctx, p.region);
  if (!world) return undefined;
  return p.kind === "cluster" ? world.clusters[p.clusterId] : world.streams[p.streamId];
}

export const dsqlIam: ServiceIam<DsqlWorld> = {
  reference: iamReference,
  accessDeniedCode: "AccessDeniedException",
  commands: commandsFromRules("dsql", rules),
  resourceContext: (arn, ctx) => {
    const r = resourceOf(arn, ctx);
    return r ? resourceTagContext(r.tags) : undefined;
  },
  // DSQL evaluates a cluster's resource-based policy (PutClusterPolicy) with the caller's policies.
  resourcePolicy: (arn, ctx) => {
    const p = parseDsqlArn(arn);
    if (p?.kind !== "cluster") return undefined;
    const r = resourceOf(arn, ctx);
    return r && "policy" in r ? r.policy?.document : undefined;
  },
};
