/** Global cluster record -> GlobalCluster: a fresh object, GlobalClusterMembers built from the live member clusters. */
import type { GlobalCluster, GlobalClusterMember } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import type { GlobalClusterRecord, RdsWorld } from "../world.js";
import { membersOf } from "./members.js";

export function shapeGlobalCluster(ctx: CallContext<RdsWorld>, g: GlobalClusterRecord): GlobalCluster {
  const members = membersOf(ctx, g);
  const readers = members.filter((m) => !m.link.IsWriter).map((m) => m.cluster.DBClusterArn!);
  const shaped: GlobalClusterMember[] = members.map((m) => {
    const out: GlobalClusterMember = {
      DBClusterArn: m.cluster.DBClusterArn,
      // The writer lists its secondaries; a secondary lists none.
      Readers: m.link.IsWriter ? [...readers] : [],
      IsWriter: m.link.IsWriter,
      SynchronizationStatus: "connected",
    };
    if (!m.link.IsWriter) out.GlobalWriteForwardingStatus = (m.cluster.GlobalWriteForwardingStatus as GlobalClusterMember["GlobalWriteForwardingStatus"]) ?? "disabled";
    return out;
  });
  const out: GlobalCluster = {
    GlobalClusterIdentifier: g.GlobalClusterIdentifier,
    GlobalClusterResourceId: g.GlobalClusterResourceId,
    GlobalClusterArn: g.GlobalClusterArn,
    Status: g.Status,
    Engine: g.Engine,
    EngineVersion: g.EngineVersion,
    EngineLifecycleSupport: g.EngineLifecycleSupport,
    StorageEncrypted: g.StorageEncrypted,
    StorageEncryptionType: g.StorageEncryptionType,
    DeletionProtection: g.DeletionProtection,
    GlobalClusterMembers: shaped,
    Endpoint: g.Endpoint,
    TagList: (g.TagList ?? []).map((t) => ({ ...t })),
  };
  if (g.DatabaseName !== undefined) out.DatabaseName = g.DatabaseName;
  if (g.FailoverState !== undefined) out.FailoverState = { ...g.FailoverState };
  return out;
}
