/** Authorization rules of events, DB parameter and option groups, standalone DB instances, read replicas, automated backups, DB snapshots and maintenance. */
import { arnType, autoBackup, byArn, keysFor, kms, named, one, passRole, rdsArn, res, tagKeys, tagOnCreate } from "./helpers.js";
import type { Rule } from "./helpers.js";

export const instanceRules: Record<string, Rule[]> = {
  // --- Events and event subscriptions (subscriptions are `es:NAME`) ---
  DescribeEvents: [{ action: "DescribeEvents" }],
  CreateEventSubscription: [
    { action: "CreateEventSubscription", type: "es", resource: named("es", "SubscriptionName"), context: tagKeys },
    tagOnCreate("es", "SubscriptionName"),
  ],
  ModifyEventSubscription: one("ModifyEventSubscription", "es", "SubscriptionName"),
  DeleteEventSubscription: one("DeleteEventSubscription", "es", "SubscriptionName"),
  DescribeEventSubscriptions: one("DescribeEventSubscriptions", "es", "SubscriptionName"),
  AddSourceIdentifierToSubscription: one("AddSourceIdentifierToSubscription", "es", "SubscriptionName"),
  RemoveSourceIdentifierFromSubscription: one("RemoveSourceIdentifierFromSubscription", "es", "SubscriptionName"),
  // --- end events ---

  // --- Issue 13: DB parameter groups (pg) and option groups (og) ---
  CreateDBParameterGroup: [...one("CreateDBParameterGroup", "pg", "DBParameterGroupName", keysFor()), tagOnCreate("pg", "DBParameterGroupName")],
  CopyDBParameterGroup: [
    { action: "CopyDBParameterGroup", type: "pg", resource: named("pg", "SourceDBParameterGroupIdentifier") },
    { action: "CopyDBParameterGroup", type: "pg", resource: named("pg", "TargetDBParameterGroupIdentifier"), context: keysFor() },
    tagOnCreate("pg", "TargetDBParameterGroupIdentifier"),
  ],
  ModifyDBParameterGroup: one("ModifyDBParameterGroup", "pg", "DBParameterGroupName"),
  ResetDBParameterGroup: one("ResetDBParameterGroup", "pg", "DBParameterGroupName"),
  DeleteDBParameterGroup: one("DeleteDBParameterGroup", "pg", "DBParameterGroupName"),
  DescribeDBParameterGroups: one("DescribeDBParameterGroups", "pg", "DBParameterGroupName"),
  DescribeDBParameters: one("DescribeDBParameters", "pg", "DBParameterGroupName"),
  DescribeEngineDefaultParameters: [{ action: "DescribeEngineDefaultParameters" }],
  CreateOptionGroup: [...one("CreateOptionGroup", "og", "OptionGroupName", keysFor()), tagOnCreate("og", "OptionGroupName")],
  CopyOptionGroup: [
    { action: "CopyOptionGroup", type: "og", resource: named("og", "SourceOptionGroupIdentifier") },
    { action: "CopyOptionGroup", type: "og", resource: named("og", "TargetOptionGroupIdentifier"), context: keysFor() },
    tagOnCreate("og", "TargetOptionGroupIdentifier"),
  ],
  ModifyOptionGroup: one("ModifyOptionGroup", "og", "OptionGroupName"),
  DeleteOptionGroup: one("DeleteOptionGroup", "og", "OptionGroupName"),
  DescribeOptionGroups: one("DescribeOptionGroups", "og", "OptionGroupName"),
  DescribeOptionGroupOptions: [{ action: "DescribeOptionGroupOptions" }],
  // --- end issue 13 groups ---
  // --- Read replicas and instance restores: the new instance and its source (a db by id or ARN) are both `db` resources ---
  CreateDBInstanceReadReplica: [
    { action: "CreateDBInstanceReadReplica", type: "db", resource: named("db", "DBInstanceIdentifier"), context: keysFor("rds:DatabaseClass", "rds:PubliclyAccessible") },
    { action: "CreateDBInstanceReadReplica", type: "db", resource: named("db", "SourceDBInstanceIdentifier") },
    { action: "CreateDBInstanceReadReplica", type: "cluster", resource: named("cluster", "SourceDBClusterIdentifier") },
    { action: "CreateDBInstanceReadReplica", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "CreateDBInstanceReadReplica", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "CreateDBInstanceReadReplica", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "DBInstanceIdentifier"),
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
    ...kms(),
  ],
  PromoteReadReplica: one("PromoteReadReplica", "db", "DBInstanceIdentifier"),
  SwitchoverReadReplica: one("SwitchoverReadReplica", "db", "DBInstanceIdentifier"),
  RestoreDBInstanceFromDBSnapshot: [
    { action: "RestoreDBInstanceFromDBSnapshot", type: "db", resource: named("db", "DBInstanceIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseClass", "rds:PubliclyAccessible", "rds:ManageMasterUserPassword") },
    { action: "RestoreDBInstanceFromDBSnapshot", type: "snapshot", resource: named("snapshot", "DBSnapshotIdentifier") },
    { action: "RestoreDBInstanceFromDBSnapshot", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "RestoreDBInstanceFromDBSnapshot", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "RestoreDBInstanceFromDBSnapshot", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "DBInstanceIdentifier"),
  ],
  RestoreDBInstanceFromS3: [
    { action: "RestoreDBInstanceFromS3", type: "db", resource: named("db", "DBInstanceIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseClass", "rds:PubliclyAccessible", "rds:ManageMasterUserPassword") },
    { action: "RestoreDBInstanceFromS3", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "RestoreDBInstanceFromS3", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "RestoreDBInstanceFromS3", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "DBInstanceIdentifier"),
    passRole("S3IngestionRoleArn"),
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
    ...kms(),
  ],
  // --- end read replicas and instance restores ---
  // --- Issue 13: automated backups and point-in-time restore of DB instances ---
  DescribeDBInstanceAutomatedBackups: one("DescribeDBInstanceAutomatedBackups", "db", "DBInstanceIdentifier"),
  DeleteDBInstanceAutomatedBackup: [{ action: "DeleteDBInstanceAutomatedBackup", type: "auto-backup", resource: autoBackup }],
  StartDBInstanceAutomatedBackupsReplication: [
    { action: "StartDBInstanceAutomatedBackupsReplication", type: "db", resource: byArn("SourceDBInstanceArn", ["db"]) },
    ...kms(),
  ],
  StopDBInstanceAutomatedBackupsReplication: [{ action: "StopDBInstanceAutomatedBackupsReplication", type: "db", resource: byArn("SourceDBInstanceArn", ["db"]) }],
  DescribeDBClusterAutomatedBackups: one("DescribeDBClusterAutomatedBackups", "cluster", "DBClusterIdentifier"),
  DeleteDBClusterAutomatedBackup: [{ action: "DeleteDBClusterAutomatedBackup", type: "cluster-auto-backup", resource: (_i, ctx) => rdsArn("cluster-auto-backup", "*", ctx) }],
  RestoreDBInstanceToPointInTime: [
    { action: "RestoreDBInstanceToPointInTime", type: "db", resource: named("db", "SourceDBInstanceIdentifier") },
    { action: "RestoreDBInstanceToPointInTime", type: "auto-backup", resource: byArn("SourceDBInstanceAutomatedBackupsArn", ["auto-backup"]) },
    { action: "RestoreDBInstanceToPointInTime", type: "db", resource: named("db", "TargetDBInstanceIdentifier"), context: keysFor("rds:PubliclyAccessible") },
    { action: "RestoreDBInstanceToPointInTime", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "RestoreDBInstanceToPointInTime", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "RestoreDBInstanceToPointInTime", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "TargetDBInstanceIdentifier"),
  ],
  // --- end issue 13 automated backups ---
  // --- standalone DB instances (instances/power.ts) ---
  // DB snapshots: the snapshot StopDBInstance takes (DBSnapshotIdentifier), when named.
  StopDBInstance: [...one("StopDBInstance", "db", "DBInstanceIdentifier"), { action: "StopDBInstance", type: "snapshot", resource: named("snapshot", "DBSnapshotIdentifier") }],
  StartDBInstance: one("StartDBInstance", "db", "DBInstanceIdentifier"),
  // --- end standalone DB instances ---
  // --- Issue 13: ModifyDBInstance (standalone), valid modifications, instance roles ---
  DescribeValidDBInstanceModifications: one("DescribeValidDBInstanceModifications", "db", "DBInstanceIdentifier"),
  AddRoleToDBInstance: [...one("AddRoleToDBInstance", "db", "DBInstanceIdentifier"), passRole("RoleArn")],
  RemoveRoleFromDBInstance: one("RemoveRoleFromDBInstance", "db", "DBInstanceIdentifier"),
  // --- end issue 13 instance modify ---

  // --- DB snapshots (snapshot) ---
  CreateDBSnapshot: [
    ...one("CreateDBSnapshot", "db", "DBInstanceIdentifier"),
    { action: "CreateDBSnapshot", type: "snapshot", resource: named("snapshot", "DBSnapshotIdentifier"), context: keysFor() },
    tagOnCreate("snapshot", "DBSnapshotIdentifier"),
  ],
  CopyDBSnapshot: [
    { action: "CopyDBSnapshot", type: "snapshot", resource: named("snapshot", "SourceDBSnapshotIdentifier") },
    { action: "CopyDBSnapshot", type: "snapshot", resource: named("snapshot", "TargetDBSnapshotIdentifier"), context: keysFor() },
    tagOnCreate("snapshot", "TargetDBSnapshotIdentifier"),
    ...kms(),
  ],
  DeleteDBSnapshot: one("DeleteDBSnapshot", "snapshot", "DBSnapshotIdentifier"),
  DescribeDBSnapshots: [
    { action: "DescribeDBSnapshots", type: "db", resource: named("db", "DBInstanceIdentifier") },
    { action: "DescribeDBSnapshots", type: "snapshot", resource: (i, ctx) => (i.DBInstanceIdentifier && !i.DBSnapshotIdentifier ? undefined : res("snapshot", "DBSnapshotIdentifier")(i, ctx)) },
  ],
  ModifyDBSnapshot: [...one("ModifyDBSnapshot", "snapshot", "DBSnapshotIdentifier"), { action: "ModifyDBSnapshot", type: "og", resource: named("og", "OptionGroupName") }],
  ModifyDBSnapshotAttribute: one("ModifyDBSnapshotAttribute", "snapshot", "DBSnapshotIdentifier"),
  DescribeDBSnapshotAttributes: one("DescribeDBSnapshotAttributes", "snapshot", "DBSnapshotIdentifier"),
  DescribeDBSnapshotTenantDatabases: [
    { action: "DescribeDBSnapshotTenantDatabases", type: "db", resource: named("db", "DBInstanceIdentifier") },
    { action: "DescribeDBSnapshotTenantDatabases", type: "snapshot", resource: (i, ctx) => (i.DBInstanceIdentifier && !i.DBSnapshotIdentifier ? undefined : res("snapshot", "DBSnapshotIdentifier")(i, ctx)) },
  ],
  // --- end DB snapshots ---
  // --- Issue 13: maintenance, log files, recommendations (SAR: recommendations name no resource type) ---
  DescribePendingMaintenanceActions: [{ action: "DescribePendingMaintenanceActions" }],
  ApplyPendingMaintenanceAction: [{ action: "ApplyPendingMaintenanceAction", type: arnType, resource: byArn("ResourceIdentifier", ["cluster", "db"]) }],
  DescribeDBLogFiles: one("DescribeDBLogFiles", "db", "DBInstanceIdentifier"),
  DownloadDBLogFilePortion: one("DownloadDBLogFilePortion", "db", "DBInstanceIdentifier"),
  DescribeDBRecommendations: [{ action: "DescribeDBRecommendations" }],
  ModifyDBRecommendation: [{ action: "ModifyDBRecommendation" }],
  // --- end issue 13 maintenance ---
};
