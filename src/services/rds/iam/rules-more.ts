/** Authorization rules of the Data API, Aurora Serverless, reserved instances, shard groups, integrations, exports, custom engine versions, tenant databases, global databases, RDS Proxy, capacity reservations and blue/green deployments. */
import { arnType, awsTagKeys, byArn, cevArn, firstArn, globalAndCluster, globalCluster, hasTags, integrationArn, keysFor, kms, named, one, passRole, rdsArn, res, shardGroupArn, tagKeys, tenantArn } from "./helpers.js";
import type { Rule } from "./helpers.js";
import { endpointArnOrWildcard, proxyArnOrWildcard, targetGroupArnOrWildcard } from "../proxies/resource.js";

export const moreRules: Record<string, Rule[]> = {
  // --- Issue 14: Data API and Aurora Serverless ---
  EnableHttpEndpoint: [{ action: "EnableHttpEndpoint", type: "cluster", resource: byArn("ResourceArn", ["cluster"]) }],
  DisableHttpEndpoint: [{ action: "DisableHttpEndpoint", type: "cluster", resource: byArn("ResourceArn", ["cluster"]) }],
  ModifyCurrentDBClusterCapacity: one("ModifyCurrentDBClusterCapacity", "cluster", "DBClusterIdentifier"),
  DescribeServerlessV2PlatformVersions: [{ action: "DescribeServerlessV2PlatformVersions" }],
  DescribeReservedDBInstancesOfferings: [{ action: "DescribeReservedDBInstancesOfferings" }],
  DescribeReservedDBInstances: [{ action: "DescribeReservedDBInstances", type: "ri", resource: named("ri", "ReservedDBInstanceId") }],
  PurchaseReservedDBInstancesOffering: [
    { action: "PurchaseReservedDBInstancesOffering", type: "ri", resource: res("ri", "ReservedDBInstanceId"), context: tagKeys },
  ],
  // DB shard groups: the ARN names the shard group's resource id, looked up by its identifier (none yet: the type's wildcard).
  CreateDBShardGroup: [
    ...one("CreateDBShardGroup", "cluster", "DBClusterIdentifier"),
    { action: "CreateDBShardGroup", type: "shardgrp", resource: (_i, ctx) => rdsArn("shard-group", "*", ctx), context: keysFor("rds:PubliclyAccessible") },
    { action: "AddTagsToResource", type: "shardgrp", when: hasTags, resource: (_i, ctx) => rdsArn("shard-group", "*", ctx), context: tagKeys },
  ],
  ModifyDBShardGroup: [{ action: "ModifyDBShardGroup", type: "shardgrp", resource: shardGroupArn }],
  DeleteDBShardGroup: [{ action: "DeleteDBShardGroup", type: "shardgrp", resource: shardGroupArn }],
  RebootDBShardGroup: [{ action: "RebootDBShardGroup", type: "shardgrp", resource: shardGroupArn }],
  DescribeDBShardGroups: [{ action: "DescribeDBShardGroups", type: "shardgrp", resource: shardGroupArn }],
  // Zero-ETL integrations: the ARN names the integration id (`integration:<uuid>`), given as id or ARN.
  CreateIntegration: [
    // The source, when SourceArn is a well-formed cluster or DB instance ARN (anything else is the handler's error).
    { action: "CreateIntegration", type: arnType, resource: (i) => (typeof i.SourceArn === "string" && /^arn:aws(-[a-z]+)*:rds:[a-z]{2}(-[a-z]+)+-\d:\d{12}:(cluster|db):./.test(i.SourceArn) ? i.SourceArn : undefined) },
    { action: "CreateIntegration", type: "integration", resource: (_i, ctx) => rdsArn("integration", "*", ctx), context: tagKeys },
    ...kms("KMSKeyId"),
  ],
  ModifyIntegration: [{ action: "ModifyIntegration", type: "integration", resource: integrationArn }],
  DeleteIntegration: [{ action: "DeleteIntegration", type: "integration", resource: integrationArn }],
  DescribeIntegrations: [{ action: "DescribeIntegrations", type: "integration", resource: (i, ctx) => (i.IntegrationIdentifier === undefined ? undefined : integrationArn(i, ctx)) }],
  // Exports to S3: the source snapshot or cluster is the resource; the role is passed to RDS's export service.
  StartExportTask: [
    { action: "StartExportTask", type: arnType, resource: (i) => (typeof i.SourceArn === "string" && /^arn:aws(-[a-z]+)*:rds:[a-z]{2}(-[a-z]+)+-\d:\d{12}:(cluster|cluster-snapshot|snapshot):./.test(i.SourceArn) ? i.SourceArn : undefined) },
    passRole("IamRoleArn", "export.rds.amazonaws.com"),
    ...kms(),
  ],
  CancelExportTask: [{ action: "CancelExportTask" }],
  DescribeExportTasks: [{ action: "DescribeExportTasks" }],
  // Custom engine versions: `cev:<engine>/<version>/<id>`; the id is the one the CEV got (or `*` before it exists).
  CreateCustomDBEngineVersion: [{ action: "CreateCustomDBEngineVersion", type: "cev", resource: cevArn, context: tagKeys }, ...kms("KMSKeyId")],
  ModifyCustomDBEngineVersion: [{ action: "ModifyCustomDBEngineVersion", type: "cev", resource: cevArn }],
  DeleteCustomDBEngineVersion: [{ action: "DeleteCustomDBEngineVersion", type: "cev", resource: cevArn }],
  // Tenant databases: the CDB instance and the tenant (`tenant-database:<resource id>`, looked up by name in the instance).
  CreateTenantDatabase: [
    ...one("CreateTenantDatabase", "db", "DBInstanceIdentifier"),
    { action: "CreateTenantDatabase", type: "tenant-database", resource: (_i, ctx) => rdsArn("tenant-database", "*", ctx), context: tagKeys },
  ],
  ModifyTenantDatabase: [...one("ModifyTenantDatabase", "db", "DBInstanceIdentifier"), { action: "ModifyTenantDatabase", type: "tenant-database", resource: tenantArn }],
  DeleteTenantDatabase: [...one("DeleteTenantDatabase", "db", "DBInstanceIdentifier"), { action: "DeleteTenantDatabase", type: "tenant-database", resource: tenantArn }],
  DescribeTenantDatabases: [{ action: "DescribeTenantDatabases", type: "db", resource: named("db", "DBInstanceIdentifier") }],
  // --- end issue 14 Data API and serverless ---
  // --- Aurora global databases (global-cluster ARNs carry no Region: arn:aws:rds::ACCOUNT:global-cluster:ID) ---
  CreateGlobalCluster: [
    { action: "CreateGlobalCluster", type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier"), context: tagKeys },
    { action: "CreateGlobalCluster", type: "cluster", resource: (i, ctx) => (typeof i.SourceDBClusterIdentifier === "string" && i.SourceDBClusterIdentifier !== "" ? rdsArn("cluster", i.SourceDBClusterIdentifier, ctx) : undefined) },
    { action: "AddTagsToResource", type: "global-cluster", when: hasTags, resource: globalCluster("GlobalClusterIdentifier"), context: tagKeys },
  ],
  DescribeGlobalClusters: [{ action: "DescribeGlobalClusters", type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier") }],
  ModifyGlobalCluster: [{ action: "ModifyGlobalCluster", type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier") }],
  DeleteGlobalCluster: [{ action: "DeleteGlobalCluster", type: "global-cluster", resource: globalCluster("GlobalClusterIdentifier") }],
  FailoverGlobalCluster: globalAndCluster("FailoverGlobalCluster", "TargetDbClusterIdentifier"),
  SwitchoverGlobalCluster: globalAndCluster("SwitchoverGlobalCluster", "TargetDbClusterIdentifier"),
  RemoveFromGlobalCluster: globalAndCluster("RemoveFromGlobalCluster", "DbClusterIdentifier"),
  // --- end global databases ---
  // --- RDS Proxy: proxies are named by DBProxyName but authorized on `db-proxy:prx-...` (the wildcard when none) ---
  // Their actions list aws:RequestTag and aws:TagKeys only (no rds:req-tag).
  CreateDBProxy: [{ action: "CreateDBProxy", context: awsTagKeys }, passRole("RoleArn")],
  DescribeDBProxies: [{ action: "DescribeDBProxies", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) }],
  ModifyDBProxy: [{ action: "ModifyDBProxy", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) }, passRole("RoleArn")],
  DeleteDBProxy: [{ action: "DeleteDBProxy", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) }],
  CreateDBProxyEndpoint: [
    { action: "CreateDBProxyEndpoint", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) },
    { action: "CreateDBProxyEndpoint", type: "proxy-endpoint", resource: (_i, ctx) => endpointArnOrWildcard(ctx, undefined), context: awsTagKeys },
  ],
  DescribeDBProxyEndpoints: [
    { action: "DescribeDBProxyEndpoints", type: "proxy", resource: (i, ctx) => (i.DBProxyName === undefined ? undefined : proxyArnOrWildcard(ctx, i.DBProxyName)) },
    { action: "DescribeDBProxyEndpoints", type: "proxy-endpoint", resource: (i, ctx) => (i.DBProxyName !== undefined && i.DBProxyEndpointName === undefined ? undefined : endpointArnOrWildcard(ctx, i.DBProxyEndpointName)) },
  ],
  ModifyDBProxyEndpoint: [{ action: "ModifyDBProxyEndpoint", type: "proxy-endpoint", resource: (i, ctx) => endpointArnOrWildcard(ctx, i.DBProxyEndpointName) }],
  DeleteDBProxyEndpoint: [{ action: "DeleteDBProxyEndpoint", type: "proxy-endpoint", resource: (i, ctx) => endpointArnOrWildcard(ctx, i.DBProxyEndpointName) }],
  DescribeDBProxyTargetGroups: [{ action: "DescribeDBProxyTargetGroups", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) }],
  ModifyDBProxyTargetGroup: [{ action: "ModifyDBProxyTargetGroup", type: "target-group", resource: (i, ctx) => targetGroupArnOrWildcard(ctx, i.DBProxyName, i.TargetGroupName) }],
  DescribeDBProxyTargets: [
    { action: "DescribeDBProxyTargets", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) },
    { action: "DescribeDBProxyTargets", type: "target-group", resource: (i, ctx) => targetGroupArnOrWildcard(ctx, i.DBProxyName, i.TargetGroupName) },
  ],
  RegisterDBProxyTargets: [
    { action: "RegisterDBProxyTargets", type: "target-group", resource: (i, ctx) => targetGroupArnOrWildcard(ctx, i.DBProxyName, i.TargetGroupName) },
    { action: "RegisterDBProxyTargets", type: "db", resource: (i, ctx) => firstArn("db", i.DBInstanceIdentifiers, ctx) },
  ],
  DeregisterDBProxyTargets: [
    { action: "DeregisterDBProxyTargets", type: "proxy", resource: (i, ctx) => proxyArnOrWildcard(ctx, i.DBProxyName) },
    { action: "DeregisterDBProxyTargets", type: "target-group", resource: (i, ctx) => targetGroupArnOrWildcard(ctx, i.DBProxyName, i.TargetGroupName) },
    { action: "DeregisterDBProxyTargets", type: "db", resource: (i, ctx) => firstArn("db", i.DBInstanceIdentifiers, ctx) },
    { action: "DeregisterDBProxyTargets", type: "cluster", resource: (i, ctx) => firstArn("cluster", i.DBClusterIdentifiers, ctx) },
  ],
  // --- end RDS Proxy ---
  // --- Issue 14: DB capacity reservations (no resource type in the reference yet: checked on no resource) ---
  CreateDBCapacityReservation: [{ action: "CreateDBCapacityReservation", context: tagKeys }],
  ModifyDBCapacityReservation: [{ action: "ModifyDBCapacityReservation" }],
  CancelDBCapacityReservation: [{ action: "CancelDBCapacityReservation" }],
  DescribeDBCapacityReservations: [{ action: "DescribeDBCapacityReservations" }],
  // --- end issue 14 DB capacity reservations ---
  // --- Issue 14: blue/green deployments: the deployment (`deployment:<id>`), the source database and the target groups ---
  CreateBlueGreenDeployment: [
    { action: "CreateBlueGreenDeployment", type: "deployment", resource: (_i, ctx) => rdsArn("deployment", "*", ctx), context: tagKeys },
    { action: "CreateBlueGreenDeployment", type: arnType, resource: byArn("Source", ["db", "cluster"]) },
    { action: "CreateBlueGreenDeployment", type: "pg", resource: named("pg", "TargetDBParameterGroupName") },
    { action: "CreateBlueGreenDeployment", type: "cluster-pg", resource: named("cluster-pg", "TargetDBClusterParameterGroupName") },
    { action: "AddTagsToResource", type: "deployment", when: hasTags, resource: (_i, ctx) => rdsArn("deployment", "*", ctx), context: tagKeys },
  ],
  DescribeBlueGreenDeployments: [{ action: "DescribeBlueGreenDeployments", type: "deployment", resource: named("deployment", "BlueGreenDeploymentIdentifier") }],
  SwitchoverBlueGreenDeployment: one("SwitchoverBlueGreenDeployment", "deployment", "BlueGreenDeploymentIdentifier"),
  DeleteBlueGreenDeployment: one("DeleteBlueGreenDeployment", "deployment", "BlueGreenDeploymentIdentifier"),
  // --- end issue 14 blue/green deployments ---
};
