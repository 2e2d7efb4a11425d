/**
 * The recommendations RDS derives from resource state, as data: which resources a rule looks at, when it
 * holds, its severity and category (the values DBRecommendation documents), its texts and its one
 * recommended action (an API operation with parameters). A recommendation exists while its rule holds;
 * AWS's own type ids and wording are not published as a list, so ids and texts are the mock's
 * (`config_recommendation::...`, the form AWS's ids take).
 */
import type { RecommendedActionParameter } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import { membersOf } from "../clusters/members.js";
import { engineSpec } from "../engines/engines.js";
import type { ClusterRecord, InstanceRecord, RdsWorld } from "../world.js";

const DAY = 86_400_000;

export type Subject = { kind: "instance"; record: InstanceRecord } | { kind: "cluster"; record: ClusterRecord };

export interface RecommendationRule {
  typeId: string;
  on: Subject["kind"];
  holds(s: Subject, ctx: CallContext<RdsWorld>): boolean;
  severity: "high" | "medium" | "low" | "informational" | ((s: Subject, ctx: CallContext<RdsWorld>) => "high" | "medium");
  category: string;
  detection: string;
  recommendation: string;
  description: string;
  reason: string;
  impact: string;
  action: { suffix: string; title: string; operation: string; parameters(s: Subject): RecommendedActionParameter[]; applyModes: string[] };
}

const standalone = (s: Subject) => s.kind === "instance" && s.record.DBClusterIdentifier === undefined;
const idParam = (s: Subject): RecommendedActionParameter =>
  s.kind === "instance" ? { Key: "DBInstanceIdentifier", Value: s.record.DBInstanceIdentifier } : { Key: "DBClusterIdentifier", Value: s.record.DBClusterIdentifier };
const isDefaultGroup = (name: string | undefined) => name?.startsWith("default.") === true;

/**
 * End of RDS standard support per engine major version (the engines' release calendars in the RDS and
 * Aurora user guides). A version within 180 days of it on the clock is "nearing" it.
 */
const END_OF_STANDARD_SUPPORT: Record<string, Record<string, string>> = {
  "aurora-mysql": { "5.7": "2024-10-31" },
  "aurora-postgresql": { "11": "2024-02-29", "12": "2025-02-28", "13": "2026-02-28", "14": "2027-02-28" },
  mysql: { "8.0": "2026-07-31" },
  postgres: { "13": "2026-02-28", "14": "2027-02-28" },
};
const NEARING_DAYS = 180;

function endOfSupport(s: Subject): number | undefined {
  const engine = engineSpec(s.record.Engine);
  const major = engine && s.record.EngineVersion ? engine.majorOf(s.record.EngineVersion) : undefined;
  const date = engine && major ? END_OF_STANDARD_SUPPORT[engine.name]?.[major] : undefined;
  return date === undefined ? undefined : Date.parse(`${date}T00:00:00Z`);
}

export const RULES: readonly RecommendationRule[] = [
  {
    typeId: "config_recommendation::multi_az_instance",
    on: "instance",
    holds: (s) => standalone(s) && s.record.MultiAZ !== true,
    severity: "medium",
    category: "reliability",
    detection: "DB instance is not a Multi-AZ deployment",
    recommendation: "Convert the DB instance to a Multi-AZ deployment",
    description: "A Single-AZ DB instance is unavailable while its Availability Zone or host fails or is under maintenance.",
    reason: "The DB instance has no standby in another Availability Zone.",
    impact: "Downtime during failures and maintenance",
    action: { suffix: "multi-az", title: "Modify the DB instance to Multi-AZ", operation: "modifyDbInstance", parameters: (s) => [idParam(s), { Key: "MultiAZ", Value: "true" }], applyModes: ["immediately", "next-maintainance-window"] },
  },
  {
    typeId: "config_recommendation::single_instance_cluster",
    on: "cluster",
    holds: (s, ctx) => s.kind === "cluster" && engineSpec(s.record.Engine)?.kind === "aurora" && membersOf(ctx, s.record).length === 1,
    severity: "medium",
    category: "reliability",
    detection: "DB cluster has only one DB instance",
    recommendation: "Add a reader DB instance in another Availability Zone",
    description: "An Aurora DB cluster with a single DB instance has no failover target.",
    reason: "The DB cluster has no Aurora Replica.",
    impact: "Longer recovery after a failure of the writer",
    action: { suffix: "add-reader", title: "Create a reader DB instance", operation: "createDbInstance", parameters: (s) => [idParam(s)], applyModes: ["manual"] },
  },
  ...(["instance", "cluster"] as const).map(
    (on): RecommendationRule => ({
      typeId: `config_recommendation::engine_end_of_support_${on}`,
      on,
      holds: (s, ctx) => (on === "cluster" || standalone(s)) && (endOfSupport(s) ?? Infinity) - ctx.now() <= NEARING_DAYS * DAY,
      severity: (s, ctx) => ((endOfSupport(s) ?? Infinity) <= ctx.now() ? "high" : "medium"),
      category: "operational excellence",
      detection: "The engine version is nearing or past the end of standard support",
      recommendation: "Upgrade to a newer major engine version",
      description: "After the end of standard support, RDS Extended Support charges apply or the engine is upgraded automatically.",
      reason: "The major engine version reaches the end of standard support within 180 days.",
      impact: "Extended Support charges and an automatic major version upgrade",
      action: {
        suffix: "upgrade",
        title: "Upgrade the engine version",
        operation: on === "instance" ? "modifyDbInstance" : "modifyDbCluster",
        parameters: (s) => [idParam(s), { Key: "AllowMajorVersionUpgrade", Value: "true" }],
        applyModes: ["manual"],
      },
    }),
  ),
  {
    typeId: "config_recommendation::default_parameter_group",
    on: "instance",
    holds: (s) => standalone(s) && s.kind === "instance" && isDefaultGroup(s.record.DBParameterGroups?.[0]?.DBParameterGroupName),
    severity: "low",
    category: "operational excellence",
    detection: "DB instance uses a default DB parameter group",
    recommendation: "Use a custom DB parameter group",
    description: "A default DB parameter group cannot be modified: changing a parameter needs a custom group and a reboot.",
    reason: "The DB instance uses its family's default DB parameter group.",
    impact: "A later parameter change needs a new group and a reboot",
    action: { suffix: "custom-pg", title: "Associate a custom DB parameter group", operation: "modifyDbInstance", parameters: (s) => [idParam(s)], applyModes: ["manual"] },
  },
  {
    typeId: "config_recommendation::default_cluster_parameter_group",
    on: "cluster",
    holds: (s) => s.kind === "cluster" && isDefaultGroup(s.record.DBClusterParameterGroup),
    severity: "low",
    category: "operational excellence",
    detection: "DB cluster uses a default DB cluster parameter group",
    recommendation: "Use a custom DB cluster parameter group",
    description: "A default DB cluster parameter group cannot be modified: changing a parameter needs a custom group.",
    reason: "The DB cluster uses its family's default DB cluster parameter group.",
    impact: "A later parameter change needs a new group",
    action: { suffix: "custom-cluster-pg", title: "Associate a custom DB cluster parameter group", operation: "modifyDbCluster", parameters: (s) => [idParam(s)], applyModes: ["manual"] },
  },
  ...(["instance", "cluster"] as const).map(
    (on): RecommendationRule => ({
      typeId: `config_recommendation::backup_retention_${on}`,
      on,
      holds: (s) => (on === "cluster" || standalone(s)) && s.record.BackupRetentionPeriod === 1,
      severity: "low",
      category: "reliability",
      detection: "Backup retention period is 1 day",
      recommendation: "Increase the backup retention period to at least 7 days",
      description: "With one day of automated backups, a problem noticed later than a day cannot be undone by a point-in-time restore.",
      reason: "BackupRetentionPeriod is 1.",
      impact: "Limited point-in-time recovery",
      action: {
        suffix: "retention",
        title: "Set the backup retention period to 7 days",
        operation: on === "instance" ? "modifyDbInstance" : "modifyDbCluster",
        parameters: (s) => [idParam(s), { Key: "BackupRetentionPeriod", Value: "7" }],
        applyModes: ["immediately"],
      },
    }),
  ),
];
