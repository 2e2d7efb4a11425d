/**
 * The hooks of the cluster commands into global databases (called from clusters/, in marked blocks):
 * CreateDBCluster with GlobalClusterIdentifier adds a primary (the first member) or a secondary in
 * another Region; DeleteDBCluster refuses a member that still belongs; ModifyDBCluster's
 * EnableGlobalWriteForwarding keeps GlobalWriteForwardingStatus in step.
 */
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { engineSpec, resolveVersion } from "../engines/engines.js";
import { GCM } from "../messages/index.js";
import type { ClusterRecord, GlobalClusterRecord, RdsWorld } from "../world.js";
import { addMember, dropMember, membersOf, writerOf } from "./members.js";
import { checkGlobalAvailable, getGlobal, globalClusters, homeContext } from "./resource.js";

export interface GlobalJoin {
  global: GlobalClusterRecord;
  secondary: boolean;
  /** The writer's master user name: a secondary has no credentials of its own. */
  masterUsername?: string;
}

/**
 * Checks CreateDBCluster's GlobalClusterIdentifier and answers the input completed from the global
 * cluster (its engine version; a primary's DatabaseName and StorageEncrypted). Changes nothing.
 */
export function checkGlobalJoin<T extends { GlobalClusterIdentifier?: string }>(ctx: CallContext<RdsWorld>, given: T): { input: T; join?: GlobalJoin } {
  if (given.GlobalClusterIdentifier === undefined) return { input: given };
  const input = given as any;
  const g = getGlobal(ctx, input.GlobalClusterIdentifier);
  checkGlobalAvailable(g);
  const id = g.GlobalClusterIdentifier;
  // Aurora user guide: every cluster of a global database runs the same engine and version.
  const spec = engineSpec(input.Engine);
  if (spec && spec.name !== g.Engine) fail("InvalidParameterCombination", GCM.joinEngine(spec.name, g.Engine!, id));
  const version = input.EngineVersion ?? g.EngineVersion;
  const resolved = spec ? resolveVersion(spec, version) : undefined;
  if (resolved !== undefined && resolved !== g.EngineVersion) fail("InvalidParameterCombination", GCM.joinVersion(resolved, g.EngineVersion!, id));
  const members = membersOf(ctx, g);
  // "no two Aurora DB clusters in an Aurora global database can be in the same AWS Region".
  if (members.some((m) => m.link.Region === ctx.region)) fail("InvalidGlobalClusterStateFault", GCM.regionTaken(id, ctx.region));
  const writer = writerOf(ctx, g);
  if (!writer) {
    const filled = { ...input, EngineVersion: version, DatabaseName: input.DatabaseName ?? g.DatabaseName, StorageEncrypted: input.StorageEncrypted ?? g.StorageEncrypted };
    return { input: filled, join: { global: g, secondary: false } };
  }
  // A secondary replicates the primary: AWS refuses its own credentials and database name with
  // InvalidParameterCombination "Cannot specify user name / password / database name for cross region replication cluster"
  // (as reported in terraform-aws-rds-cluster#89/#157 and crossplane provider-aws#1668).
  if (input.MasterUsername !== undefined) fail("InvalidParameterCombination", GCM.crossRegion("user name"));
  if (input.MasterUserPassword !== undefined || input.ManageMasterUserPassword !== undefined) fail("InvalidParameterCombination", GCM.crossRegion("password"));
  if (input.DatabaseName !== undefined) fail("InvalidParameterCombination", GCM.crossRegion("database name"));
  if (writer.cluster.Status !== "available") fail("InvalidDBClusterStateFault", GCM.primaryNotAvailable(writer.cluster.DBClusterIdentifier, writer.cluster.Status));
  // Aurora user guide: "an Aurora global database can have up to 10 secondary AWS Regions" (quota secondaryRegionsPerGlobalCluster).
  const limit = ctx.quota("secondaryRegionsPerGlobalCluster");
  if (members.length - 1 >= limit) fail("InvalidGlobalClusterStateFault", GCM.regionLimit(id, limit));
  const filled = { ...input, EngineVersion: version, StorageEncrypted: input.StorageEncrypted ?? (g.StorageEncrypted || undefined) };
  return { input: filled, join: { global: g, secondary: true, masterUsername: writer.cluster.MasterUsername } };
}

/** Links the new cluster (stored, in ctx's Region) to its global cluster. */
export function joinGlobal(ctx: CallContext<RdsWorld>, join: GlobalJoin, cluster: ClusterRecord, forwarding: boolean | undefined): void {
  if (join.secondary) cluster.MasterUsername = join.masterUsername;
  addMember(ctx, join.global, cluster, forwarding === true);
}

function membershipOf(ctx: CallContext<RdsWorld>, cluster: ClusterRecord) {
  if (cluster.GlobalClusterIdentifier === undefined) return undefined;
  const g = globalClusters.find(homeContext(ctx), cluster.GlobalClusterIdentifier);
  const members = g ? membersOf(ctx, g) : [];
  const member = members.find((m) => m.cluster === cluster);
  return g && member ? { g, members, member } : undefined;
}

/**
 * DeleteDBCluster of a member: a secondary must be removed first (InvalidDBClusterStateFault); the
 * primary only while it is the last member (InvalidGlobalClusterStateFault), as AWS answers.
 */
export function checkGlobalDelete(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): void {
  const hit = membershipOf(ctx, cluster);
  if (!hit) return;
  if (!hit.member.link.IsWriter) fail("InvalidDBClusterStateFault", GCM.deleteSecondary());
  if (hit.members.length > 1) fail("InvalidGlobalClusterStateFault", GCM.deletePrimary());
}

/** A deleted primary (the last member) leaves its global cluster, which stays, empty. */
export function leaveGlobalOnDelete(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): void {
  const hit = membershipOf(ctx, cluster);
  if (hit) dropMember(hit.g, hit.member);
}

/** ModifyDBCluster EnableGlobalWriteForwarding on a secondary: its status follows the request. */
export function syncWriteForwarding(cluster: ClusterRecord): void {
  if (cluster.GlobalClusterIdentifier === undefined || cluster.GlobalWriteForwardingStatus === undefined) return;
  cluster.GlobalWriteForwardingStatus = cluster.GlobalWriteForwardingRequested ? "enabled" : "disabled";
}
