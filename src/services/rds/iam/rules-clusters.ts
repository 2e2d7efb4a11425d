/** Authorization rules of DB clusters and their member instances, subnet and cluster parameter groups, the catalogs, tagging, cluster snapshots and restores, activity streams and cluster endpoints. */
import { arnType, byArn, clusterGroups, keysFor, kms, named, one, passRole, rdsArn, res, tagKeys, tagOnCreate } from "./helpers.js";
import type { Rule } from "./helpers.js";
import { arn } from "../../../core/regions.js";

export const clusterRules: Record<string, Rule[]> = {
  CreateDBCluster: [
    { action: "CreateDBCluster", type: "cluster", resource: named("cluster", "DBClusterIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseClass", "rds:DatabaseName", "rds:StorageEncrypted", "rds:StorageSize", "rds:Piops", "rds:ManageMasterUserPassword") },
    ...clusterGroups("CreateDBCluster"),
    { action: "CreateDBCluster", type: "global-cluster", resource: (i, ctx) => (i.GlobalClusterIdentifier ? arn("rds", "", ctx.accountId, `global-cluster:${i.GlobalClusterIdentifier}`) : undefined) },
    tagOnCreate("cluster", "DBClusterIdentifier"),
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
    ...kms(),
  ],
  DescribeDBClusters: one("DescribeDBClusters", "cluster", "DBClusterIdentifier"),
  DeleteDBCluster: [
    ...one("DeleteDBCluster", "cluster", "DBClusterIdentifier"),
    // The final snapshot is a cluster-snapshot resource of the same action.
    { action: "DeleteDBCluster", type: "cluster-snapshot", resource: named("cluster-snapshot", "FinalDBSnapshotIdentifier") },
  ],
  ModifyDBCluster: [
    ...one("ModifyDBCluster", "cluster", "DBClusterIdentifier", keysFor("rds:DatabaseClass", "rds:StorageSize", "rds:Piops", "rds:ManageMasterUserPassword")),
    { action: "ModifyDBCluster", type: "cluster-pg", resource: named("cluster-pg", "DBClusterParameterGroupName") },
    { action: "ModifyDBCluster", type: "og", resource: named("og", "OptionGroupName") },
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
  ],
  FailoverDBCluster: [...one("FailoverDBCluster", "cluster", "DBClusterIdentifier"), { action: "FailoverDBCluster", type: "db", resource: named("db", "TargetDBInstanceIdentifier") }],
  StopDBCluster: one("StopDBCluster", "cluster", "DBClusterIdentifier"),
  StartDBCluster: one("StartDBCluster", "cluster", "DBClusterIdentifier"),
  PromoteReadReplicaDBCluster: one("PromoteReadReplicaDBCluster", "cluster", "DBClusterIdentifier"),
  RebootDBCluster: one("RebootDBCluster", "cluster", "DBClusterIdentifier"),
  BacktrackDBCluster: one("BacktrackDBCluster", "cluster", "DBClusterIdentifier"),
  DescribeDBClusterBacktracks: one("DescribeDBClusterBacktracks", "cluster", "DBClusterIdentifier"),
  AddRoleToDBCluster: [...one("AddRoleToDBCluster", "cluster", "DBClusterIdentifier"), passRole("RoleArn")],
  RemoveRoleFromDBCluster: one("RemoveRoleFromDBCluster", "cluster", "DBClusterIdentifier"),

  CreateDBInstance: [
    { action: "CreateDBInstance", type: "db", resource: named("db", "DBInstanceIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseClass", "rds:PubliclyAccessible", "rds:ManageMasterUserPassword") },
    { action: "CreateDBInstance", type: "cluster", resource: named("cluster", "DBClusterIdentifier") },
    { action: "CreateDBInstance", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "CreateDBInstance", type: "subgrp", resource: named("subgrp", "DBSubnetGroupName") },
    { action: "CreateDBInstance", type: "og", resource: named("og", "OptionGroupName") },
    tagOnCreate("db", "DBInstanceIdentifier"),
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
  ],
  DescribeDBInstances: one("DescribeDBInstances", "db", "DBInstanceIdentifier"),
  ModifyDBInstance: [
    ...one("ModifyDBInstance", "db", "DBInstanceIdentifier", keysFor("rds:ManageMasterUserPassword")),
    { action: "ModifyDBInstance", type: "pg", resource: named("pg", "DBParameterGroupName") },
    { action: "ModifyDBInstance", type: "og", resource: named("og", "OptionGroupName") },
    passRole("MonitoringRoleArn", "monitoring.rds.amazonaws.com"),
  ],
  DeleteDBInstance: one("DeleteDBInstance", "db", "DBInstanceIdentifier"),
  RebootDBInstance: one("RebootDBInstance", "db", "DBInstanceIdentifier"),

  CreateDBSubnetGroup: [...one("CreateDBSubnetGroup", "subgrp", "DBSubnetGroupName", keysFor()), tagOnCreate("subgrp", "DBSubnetGroupName")],
  ModifyDBSubnetGroup: one("ModifyDBSubnetGroup", "subgrp", "DBSubnetGroupName"),
  // The catalogs (catalogs/): account-wide reads with no resource type, and the EC2-Classic DB security groups.
  DescribeOrderableDBInstanceOptions: [{ action: "DescribeOrderableDBInstanceOptions" }],
  DescribeDBMajorEngineVersions: [{ action: "DescribeDBMajorEngineVersions" }],
  DescribeCertificates: [{ action: "DescribeCertificates" }],
  ModifyCertificates: [{ action: "ModifyCertificates" }],
  DescribeSourceRegions: [{ action: "DescribeSourceRegions" }],
  DescribeEventCategories: [{ action: "DescribeEventCategories" }],
  DescribeAccountAttributes: [{ action: "DescribeAccountAttributes" }],
  CreateDBSecurityGroup: [...one("CreateDBSecurityGroup", "secgrp", "DBSecurityGroupName", keysFor()), tagOnCreate("secgrp", "DBSecurityGroupName")],
  DescribeDBSecurityGroups: one("DescribeDBSecurityGroups", "secgrp", "DBSecurityGroupName"),
  DeleteDBSecurityGroup: one("DeleteDBSecurityGroup", "secgrp", "DBSecurityGroupName"),
  AuthorizeDBSecurityGroupIngress: one("AuthorizeDBSecurityGroupIngress", "secgrp", "DBSecurityGroupName"),
  RevokeDBSecurityGroupIngress: one("RevokeDBSecurityGroupIngress", "secgrp", "DBSecurityGroupName"),
  DescribeDBSubnetGroups: one("DescribeDBSubnetGroups", "subgrp", "DBSubnetGroupName"),
  DeleteDBSubnetGroup: one("DeleteDBSubnetGroup", "subgrp", "DBSubnetGroupName"),
  CreateDBClusterParameterGroup: [...one("CreateDBClusterParameterGroup", "cluster-pg", "DBClusterParameterGroupName", keysFor()), tagOnCreate("cluster-pg", "DBClusterParameterGroupName")],
  DescribeDBClusterParameterGroups: one("DescribeDBClusterParameterGroups", "cluster-pg", "DBClusterParameterGroupName"),
  DeleteDBClusterParameterGroup: one("DeleteDBClusterParameterGroup", "cluster-pg", "DBClusterParameterGroupName"),
  DescribeDBClusterParameters: one("DescribeDBClusterParameters", "cluster-pg", "DBClusterParameterGroupName"),
  ModifyDBClusterParameterGroup: one("ModifyDBClusterParameterGroup", "cluster-pg", "DBClusterParameterGroupName"),
  ResetDBClusterParameterGroup: one("ResetDBClusterParameterGroup", "cluster-pg", "DBClusterParameterGroupName"),
  CopyDBClusterParameterGroup: [
    { action: "CopyDBClusterParameterGroup", type: "cluster-pg", resource: named("cluster-pg", "SourceDBClusterParameterGroupIdentifier") },
    { action: "CopyDBClusterParameterGroup", type: "cluster-pg", resource: named("cluster-pg", "TargetDBClusterParameterGroupIdentifier"), context: keysFor() },
    tagOnCreate("cluster-pg", "TargetDBClusterParameterGroupIdentifier"),
  ],
  DescribeEngineDefaultClusterParameters: [{ action: "DescribeEngineDefaultClusterParameters" }],
  DescribeDBEngineVersions: [{ action: "DescribeDBEngineVersions" }],

  ListTagsForResource: [{ action: "ListTagsForResource", type: arnType, resource: byArn("ResourceName") }],
  AddTagsToResource: [{ action: "AddTagsToResource", type: arnType, resource: byArn("ResourceName"), context: tagKeys }],
  RemoveTagsFromResource: [{ action: "RemoveTagsFromResource", type: arnType, resource: byArn("ResourceName"), context: (i) => ({ "aws:TagKeys": i.TagKeys ?? [] }) }],

  CreateDBClusterSnapshot: [
    ...one("CreateDBClusterSnapshot", "cluster", "DBClusterIdentifier"),
    { action: "CreateDBClusterSnapshot", type: "cluster-snapshot", resource: named("cluster-snapshot", "DBClusterSnapshotIdentifier"), context: keysFor() },
    tagOnCreate("cluster-snapshot", "DBClusterSnapshotIdentifier"),
  ],
  DeleteDBClusterSnapshot: one("DeleteDBClusterSnapshot", "cluster-snapshot", "DBClusterSnapshotIdentifier"),
  DescribeDBClusterSnapshots: [
    { action: "DescribeDBClusterSnapshots", type: "cluster", resource: named("cluster", "DBClusterIdentifier") },
    { action: "DescribeDBClusterSnapshots", type: "cluster-snapshot", resource: (i, ctx) => (i.DBClusterIdentifier && !i.DBClusterSnapshotIdentifier ? undefined : res("cluster-snapshot", "DBClusterSnapshotIdentifier")(i, ctx)) },
  ],
  // Copying reads the source snapshot and creates the target: both are resources of the action.
  CopyDBClusterSnapshot: [
    { action: "CopyDBClusterSnapshot", type: "cluster-snapshot", resource: named("cluster-snapshot", "SourceDBClusterSnapshotIdentifier") },
    { action: "CopyDBClusterSnapshot", type: "cluster-snapshot", resource: named("cluster-snapshot", "TargetDBClusterSnapshotIdentifier"), context: keysFor() },
    tagOnCreate("cluster-snapshot", "TargetDBClusterSnapshotIdentifier"),
    ...kms(),
  ],
  ModifyDBClusterSnapshotAttribute: one("ModifyDBClusterSnapshotAttribute", "cluster-snapshot", "DBClusterSnapshotIdentifier"),
  DescribeDBClusterSnapshotAttributes: one("DescribeDBClusterSnapshotAttributes", "cluster-snapshot", "DBClusterSnapshotIdentifier"),
  RestoreDBClusterFromSnapshot: [
    { action: "RestoreDBClusterFromSnapshot", type: "cluster", resource: named("cluster", "DBClusterIdentifier"), context: keysFor("rds:DatabaseClass", "rds:StorageSize", "rds:Piops") },
    { action: "RestoreDBClusterFromSnapshot", type: "cluster-snapshot", resource: named("cluster-snapshot", "SnapshotIdentifier") },
    ...clusterGroups("RestoreDBClusterFromSnapshot"),
    tagOnCreate("cluster", "DBClusterIdentifier"),
    ...kms(),
  ],
  // The point-in-time restore reads the source cluster and creates the new one.
  RestoreDBClusterToPointInTime: [
    { action: "RestoreDBClusterToPointInTime", type: "cluster", resource: named("cluster", "SourceDBClusterIdentifier") },
    { action: "RestoreDBClusterToPointInTime", type: "cluster", resource: named("cluster", "DBClusterIdentifier"), context: keysFor("rds:DatabaseClass", "rds:StorageSize", "rds:Piops") },
    ...clusterGroups("RestoreDBClusterToPointInTime"),
    tagOnCreate("cluster", "DBClusterIdentifier"),
    ...kms(),
  ],
  RestoreDBClusterFromS3: [
    { action: "RestoreDBClusterFromS3", type: "cluster", resource: named("cluster", "DBClusterIdentifier"), context: keysFor("rds:DatabaseEngine", "rds:DatabaseName", "rds:StorageEncrypted", "rds:ManageMasterUserPassword") },
    ...clusterGroups("RestoreDBClusterFromS3"),
    tagOnCreate("cluster", "DBClusterIdentifier"),
    passRole("S3IngestionRoleArn"),
    ...kms(),
  ],

  StartActivityStream: [{ action: "StartActivityStream", type: arnType, resource: byArn("ResourceArn", ["cluster", "db"]) }, ...kms()],
  StopActivityStream: [{ action: "StopActivityStream", type: arnType, resource: byArn("ResourceArn", ["cluster", "db"]) }],
  ModifyActivityStream: [{ action: "ModifyActivityStream", type: arnType, resource: (i, ctx) => (i.ResourceArn === undefined ? rdsArn("db", "*", ctx) : byArn("ResourceArn", ["db"])(i)) }],

  CreateDBClusterEndpoint: [
    ...one("CreateDBClusterEndpoint", "cluster", "DBClusterIdentifier"),
    { action: "CreateDBClusterEndpoint", type: "cluster-endpoint", resource: named("cluster-endpoint", "DBClusterEndpointIdentifier"), context: keysFor("rds:EndpointType") },
    tagOnCreate("cluster-endpoint", "DBClusterEndpointIdentifier"),
  ],
  DescribeDBClusterEndpoints: [
    { action: "DescribeDBClusterEndpoints", type: "cluster", resource: named("cluster", "DBClusterIdentifier") },
    { action: "DescribeDBClusterEndpoints", type: "cluster-endpoint", resource: (i, ctx) => (i.DBClusterIdentifier && !i.DBClusterEndpointIdentifier ? undefined : res("cluster-endpoint", "DBClusterEndpointIdentifier")(i, ctx)) },
  ],
  ModifyDBClusterEndpoint: one("ModifyDBClusterEndpoint", "cluster-endpoint", "DBClusterEndpointIdentifier"),
  DeleteDBClusterEndpoint: one("DeleteDBClusterEndpoint", "cluster-endpoint", "DBClusterEndpointIdentifier"),
};
