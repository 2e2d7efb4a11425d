/**
 * The world every generated case starts from: a few resources of every kind, made through the SDK
 * with documented-valid inputs. Each step may fail (a service or command not simulated yet): the
 * world then simply has fewer resources. Steps read earlier outputs, so they are functions.
 */
export interface SeedStep {
  command: string;
  input(outputs: any[]): Record<string, unknown> | undefined;
}

const ACCOUNT = "123456789012";
const POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "dsql:DbConnect", Resource: "*" }],
});

const dsql: SeedStep[] = [
  { command: "CreateClusterCommand", input: () => ({ deletionProtectionEnabled: false, tags: { Name: "fuzz-a", team: "robustness" }, clientToken: "fuzz-seed-a" }) },
  { command: "CreateClusterCommand", input: () => ({ deletionProtectionEnabled: true, tags: { Name: "fuzz-b" } }) },
  { command: "CreateClusterCommand", input: () => ({}) },
  { command: "CreateClusterCommand", input: () => ({ deletionProtectionEnabled: false, multiRegionProperties: { witnessRegion: "us-west-2" } }) },
  { command: "PutClusterPolicyCommand", input: (o) => o[0]?.identifier && { identifier: o[0].identifier, policy: POLICY } },
  {
    command: "CreateStreamCommand",
    input: (o) =>
      o[0]?.identifier && {
        clusterIdentifier: o[0].identifier,
        targetDefinition: {
          kinesis: { streamArn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/fuzz-stream`, roleArn: `arn:aws:iam::${ACCOUNT}:role/fuzz-stream-role` },
        },
        ordering: "UNORDERED",
        format: "JSON",
      },
  },
  { command: "TagResourceCommand", input: (o) => o[1]?.arn && { resourceArn: o[1].arn, tags: { env: "test" } } },
];

// --- Issue 13: automated backups ---
function standaloneWithBackups(id: string): SeedStep[] {
  return [
    {
      command: "CreateDBInstanceCommand",
      input: () => ({ DBInstanceIdentifier: id, Engine: "postgres", DBInstanceClass: "db.t3.micro", AllocatedStorage: 20, MasterUsername: "fuzzadmin", MasterUserPassword: "fuzz-password-4", BackupRetentionPeriod: 7 }),
    },
  ];
}
// --- end issue 13 automated backups ---

const rds: SeedStep[] = [
  {
    command: "CreateDBClusterParameterGroupCommand",
    input: () => ({ DBClusterParameterGroupName: "fuzz-params", DBParameterGroupFamily: "aurora-postgresql16", Description: "fuzz parameters" }),
  },
  {
    command: "CreateDBSubnetGroupCommand",
    input: () => ({ DBSubnetGroupName: "fuzz-subnets", DBSubnetGroupDescription: "fuzz subnets", SubnetIds: ["subnet-0a1b2c3d4e5f60718", "subnet-1a2b3c4d5e6f70819"] }),
  },
  {
    command: "CreateDBClusterCommand",
    input: () => ({
      DBClusterIdentifier: "fuzz-pg-1",
      Engine: "aurora-postgresql",
      MasterUsername: "fuzzadmin",
      MasterUserPassword: "fuzz-password-1",
      DBClusterParameterGroupName: "fuzz-params",
      DBSubnetGroupName: "fuzz-subnets",
      BackupRetentionPeriod: 7,
      Tags: [{ Key: "team", Value: "robustness" }],
    }),
  },
  {
    command: "CreateDBClusterCommand",
    input: () => ({ DBClusterIdentifier: "fuzz-mysql-1", Engine: "aurora-mysql", MasterUsername: "admin", ManageMasterUserPassword: true, DeletionProtection: true }),
  },
  {
    command: "CreateDBClusterCommand",
    input: () => ({
      DBClusterIdentifier: "fuzz-serverless-1",
      Engine: "aurora-postgresql",
      MasterUsername: "fuzzadmin",
      MasterUserPassword: "fuzz-password-2",
      ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 4 },
    }),
  },
  {
    command: "CreateDBInstanceCommand",
    input: () => ({ DBInstanceIdentifier: "fuzz-pg-1-instance-1", DBInstanceClass: "db.r6g.large", Engine: "aurora-postgresql", DBClusterIdentifier: "fuzz-pg-1" }),
  },
  {
    command: "CreateDBInstanceCommand",
    input: () => ({ DBInstanceIdentifier: "fuzz-serverless-1-instance-1", DBInstanceClass: "db.serverless", Engine: "aurora-postgresql", DBClusterIdentifier: "fuzz-serverless-1" }),
  },
  { command: "CreateDBClusterSnapshotCommand", input: () => ({ DBClusterSnapshotIdentifier: "fuzz-pg-1-snapshot", DBClusterIdentifier: "fuzz-pg-1" }) },
  { command: "CreateDBClusterSnapshotCommand", input: () => ({ DBClusterSnapshotIdentifier: "fuzz-mysql-1-snapshot", DBClusterIdentifier: "fuzz-mysql-1", Tags: [{ Key: "kind", Value: "manual" }] }) },
  {
    command: "ModifyDBClusterSnapshotAttributeCommand",
    input: () => ({ DBClusterSnapshotIdentifier: "fuzz-pg-1-snapshot", AttributeName: "restore", ValuesToAdd: ["210987654321"] }),
  },
  // Events: a subscription to the first cluster's events (event-subscriptions/).
  {
    command: "CreateEventSubscriptionCommand",
    input: () => ({ SubscriptionName: "fuzz-events", SnsTopicArn: "arn:aws:sns:us-east-1:123456789012:fuzz-events", SourceType: "db-cluster", SourceIds: ["fuzz-pg-1"] }),
  },
  // Issue 13: a custom DB parameter group with a value set, and an option group with an option.
  { command: "CreateDBParameterGroupCommand", input: () => ({ DBParameterGroupName: "fuzz-db-params", DBParameterGroupFamily: "mysql8.0", Description: "fuzz DB parameters" }) },
  {
    command: "ModifyDBParameterGroupCommand",
    input: () => ({ DBParameterGroupName: "fuzz-db-params", Parameters: [{ ParameterName: "time_zone", ParameterValue: "UTC", ApplyMethod: "immediate" }] }),
  },
  { command: "CreateOptionGroupCommand", input: () => ({ OptionGroupName: "fuzz-options", EngineName: "mysql", MajorEngineVersion: "8.0", OptionGroupDescription: "fuzz options" }) },
  { command: "ModifyOptionGroupCommand", input: () => ({ OptionGroupName: "fuzz-options", OptionsToInclude: [{ OptionName: "MEMCACHED" }] }) },
  // --- standalone DB instances (instances/standalone.ts): a PostgreSQL and a MySQL instance ---
  {
    command: "CreateDBInstanceCommand",
    input: () => ({
      DBInstanceIdentifier: "fuzz-standalone-pg",
      Engine: "postgres",
      DBInstanceClass: "db.t3.micro",
      AllocatedStorage: 20,
      MasterUsername: "fuzzadmin",
      MasterUserPassword: "fuzz-password-3",
      BackupRetentionPeriod: 7,
      Tags: [{ Key: "team", Value: "robustness" }],
    }),
  },
  {
    command: "CreateDBInstanceCommand",
    input: () => ({
      DBInstanceIdentifier: "fuzz-standalone-mysql",
      Engine: "mysql",
      DBInstanceClass: "db.t3.micro",
      AllocatedStorage: 20,
      MasterUsername: "admin",
      MasterUserPassword: "fuzz-password-4",
      DBParameterGroupName: "fuzz-db-params",
      OptionGroupName: "fuzz-options",
    }),
  },
  // --- end standalone DB instances ---
  // --- Issue 13: automated backups --- a running standalone instance (active backup), and a deleted instance
  // and cluster whose automated backups are retained (DescribeDB*AutomatedBackups, Delete*, point-in-time restores).
  ...standaloneWithBackups("fuzz-backups-1"),
  ...standaloneWithBackups("fuzz-retained-1"),
  { command: "DeleteDBInstanceCommand", input: () => ({ DBInstanceIdentifier: "fuzz-retained-1", SkipFinalSnapshot: true, DeleteAutomatedBackups: false }) },
  {
    command: "CreateDBClusterCommand",
    input: () => ({ DBClusterIdentifier: "fuzz-retained-cluster", Engine: "aurora-postgresql", MasterUsername: "fuzzadmin", MasterUserPassword: "fuzz-password-3", BackupRetentionPeriod: 7 }),
  },
  { command: "DeleteDBClusterCommand", input: () => ({ DBClusterIdentifier: "fuzz-retained-cluster", SkipFinalSnapshot: true, DeleteAutomatedBackups: false }) },
  // --- end issue 13 automated backups ---
  // --- Issue 14: a reserved DB instance bought from the catalog's first matching offering ---
  { command: "DescribeReservedDBInstancesOfferingsCommand", input: () => ({ DBInstanceClass: "db.m6g.large", ProductDescription: "mysql", Duration: "1", OfferingType: "No Upfront", MultiAZ: false }) },
  {
    command: "PurchaseReservedDBInstancesOfferingCommand",
    input: (o) => {
      const offering = o.at(-1)?.ReservedDBInstancesOfferings?.[0]?.ReservedDBInstancesOfferingId;
      return offering && { ReservedDBInstancesOfferingId: offering, ReservedDBInstanceId: "fuzz-reservation", Tags: [{ Key: "team", Value: "robustness" }] };
    },
  },
  // --- end issue 14 reserved DB instances ---
  // --- Issue 14: a Limitless Database cluster with a DB shard group ---
  {
    command: "CreateDBClusterCommand",
    input: () => ({ DBClusterIdentifier: "fuzz-limitless-1", Engine: "aurora-postgresql", MasterUsername: "fuzzadmin", MasterUserPassword: "fuzz-password-3", ClusterScalabilityType: "limitless" }),
  },
  { command: "CreateDBShardGroupCommand", input: () => ({ DBShardGroupIdentifier: "fuzz-shards-1", DBClusterIdentifier: "fuzz-limitless-1", MaxACU: 768 }) },
  // --- end issue 14 DB shard groups ---
  // --- Issue 14: a zero-ETL integration from the first cluster to a Redshift namespace ---
  {
    command: "CreateIntegrationCommand",
    input: () => ({
      IntegrationName: "fuzz-integration",
      SourceArn: "arn:aws:rds:us-east-1:123456789012:cluster:fuzz-pg-1",
      TargetArn: "arn:aws:redshift:us-east-1:123456789012:namespace:a1b2c3d4-5678-90ab-cdef-111122223333",
    }),
  },
  // --- end issue 14 zero-ETL integrations ---
  // --- Issue 14: an export of the first cluster's snapshot to S3 ---
  {
    command: "StartExportTaskCommand",
    input: () => ({
      ExportTaskIdentifier: "fuzz-export",
      SourceArn: "arn:aws:rds:us-east-1:123456789012:cluster-snapshot:fuzz-pg-1-snapshot",
      S3BucketName: "fuzz-export-bucket",
      IamRoleArn: "arn:aws:iam::123456789012:role/fuzz-export",
      KmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    }),
  },
  // --- end issue 14 exports ---
  // --- Issue 14: an RDS Custom for Oracle custom engine version ---
  {
    command: "CreateCustomDBEngineVersionCommand",
    input: () => ({
      Engine: "custom-oracle-ee",
      EngineVersion: "19.fuzz_cev1",
      DatabaseInstallationFilesS3BucketName: "fuzz-cev-media",
      KMSKeyId: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      Manifest: JSON.stringify({ mediaImportTemplateVersion: "2020-08-14", databaseInstallationFileNames: ["V982063-01.zip"] }),
    }),
  },
  // --- end issue 14 custom engine versions ---
  // --- Issue 14: a multi-tenant Oracle CDB instance (its first tenant is PDB1) and a second tenant ---
  {
    command: "CreateDBInstanceCommand",
    input: () => ({
      DBInstanceIdentifier: "fuzz-cdb-1", Engine: "oracle-ee-cdb", DBInstanceClass: "db.m5.large", AllocatedStorage: 100, MasterUsername: "fuzzadmin",
      MasterUserPassword: "fuzz-password-4", LicenseModel: "bring-your-own-license", MultiTenant: true, DBName: "PDB1",
    }),
  },
  { command: "CreateTenantDatabaseCommand", input: () => ({ DBInstanceIdentifier: "fuzz-cdb-1", TenantDBName: "SALES", MasterUsername: "salesadmin", MasterUserPassword: "fuzz-password-5" }) },
  // --- end issue 14 tenant databases ---
  // --- Read replicas: a standalone MySQL source with backups, and one replica of it ---
  {
    command: "CreateDBInstanceCommand",
    input: () => ({
      DBInstanceIdentifier: "fuzz-mysql-src",
      DBInstanceClass: "db.m6g.large",
      Engine: "mysql",
      MasterUsername: "admin",
      MasterUserPassword: "fuzz-password-3",
      AllocatedStorage: 20,
      BackupRetentionPeriod: 1,
    }),
  },
  { command: "CreateDBInstanceReadReplicaCommand", input: () => ({ DBInstanceIdentifier: "fuzz-mysql-replica", SourceDBInstanceIdentifier: "fuzz-mysql-src" }) },
  // --- end read replicas ---
  // --- Issue 13: ModifyDBInstance (standalone), valid modifications, instance roles ---
  {
    command: "CreateDBInstanceCommand",
    input: () => ({
      DBInstanceIdentifier: "fuzz-modify-pg",
      Engine: "postgres",
      EngineVersion: "16.4",
      DBInstanceClass: "db.t3.micro",
      AllocatedStorage: 100,
      MasterUsername: "fuzzadmin",
      MasterUserPassword: "fuzz-password-3",
    }),
  },
  {
    command: "AddRoleToDBInstanceCommand",
    input: () => ({ DBInstanceIdentifier: "fuzz-modify-pg", RoleArn: "arn:aws:iam::123456789012:role/fuzz-s3-import", FeatureName: "s3Import" }),
  },
  { command: "ModifyDBInstanceCommand", input: () => ({ DBInstanceIdentifier: "fuzz-modify-pg", DBInstanceClass: "db.m5.large" }) },
  // --- end issue 13 instance modify ---
  // --- DB snapshots: a standalone instance (needs standalone CreateDBInstance), a manual snapshot of it, shared. ---
  {
    command: "CreateDBInstanceCommand",
    input: () => ({
      DBInstanceIdentifier: "fuzz-snap-src",
      DBInstanceClass: "db.m5.large",
      Engine: "postgres",
      MasterUsername: "fuzzadmin",
      MasterUserPassword: "fuzz-password-3",
      AllocatedStorage: 20,
      BackupRetentionPeriod: 7,
    }),
  },
  { command: "CreateDBSnapshotCommand", input: () => ({ DBSnapshotIdentifier: "fuzz-db-snapshot", DBInstanceIdentifier: "fuzz-snap-src", Tags: [{ Key: "kind", Value: "manual" }] }) },
  { command: "CreateDBSnapshotCommand", input: () => ({ DBSnapshotIdentifier: "fuzz-db-snapshot-2", DBInstanceIdentifier: "fuzz-snap-src" }) },
  { command: "ModifyDBSnapshotAttributeCommand", input: () => ({ DBSnapshotIdentifier: "fuzz-db-snapshot", AttributeName: "restore", ValuesToAdd: ["210987654321"] }) },
  // --- end DB snapshots ---
  // --- Issue 13: maintenance, log files, recommendations (an undo-opt-in changes nothing the clock would apply) ---
  {
    command: "ApplyPendingMaintenanceActionCommand",
    input: () => ({ ResourceIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:fuzz-pg-1`, ApplyAction: "db-upgrade", OptInType: "undo-opt-in" }),
  },
  { command: "DescribeDBLogFilesCommand", input: () => ({ DBInstanceIdentifier: "fuzz-pg-1-instance-1" }) },
  { command: "DescribeDBRecommendationsCommand", input: () => ({}) },
  {
    command: "ModifyDBRecommendationCommand",
    input: (o) => o[o.length - 1]?.DBRecommendations?.[0]?.RecommendationId && { RecommendationId: o[o.length - 1].DBRecommendations[0].RecommendationId, Status: "dismissed" },
  },
  // --- end issue 13 maintenance ---
  // --- Aurora global databases: an empty one, and one whose primary is the first cluster ---
  { command: "CreateGlobalClusterCommand", input: () => ({ GlobalClusterIdentifier: "fuzz-global-1", Engine: "aurora-mysql", Tags: [{ Key: "team", Value: "robustness" }] }) },
  {
    command: "CreateGlobalClusterCommand",
    input: () => ({ GlobalClusterIdentifier: "fuzz-global-2", SourceDBClusterIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:fuzz-pg-1` }),
  },
  // --- end global databases ---
  // --- RDS Proxy: a PostgreSQL proxy with a reader endpoint, fronting the first cluster ---
  {
    command: "CreateDBProxyCommand",
    input: () => ({
      DBProxyName: "fuzz-proxy",
      EngineFamily: "POSTGRESQL",
      RoleArn: "arn:aws:iam::123456789012:role/fuzz-proxy-role",
      VpcSubnetIds: ["subnet-0a1b2c3d4e5f60718", "subnet-1a2b3c4d5e6f70819"],
      Auth: [{ SecretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:fuzz-proxy-creds-AbCdEf" }],
      Tags: [{ Key: "team", Value: "robustness" }],
    }),
  },
  {
    command: "CreateDBProxyEndpointCommand",
    input: () => ({ DBProxyName: "fuzz-proxy", DBProxyEndpointName: "fuzz-proxy-reader", VpcSubnetIds: ["subnet-0a1b2c3d4e5f60718", "subnet-1a2b3c4d5e6f70819"], TargetRole: "READ_ONLY" }),
  },
  { command: "RegisterDBProxyTargetsCommand", input: () => ({ DBProxyName: "fuzz-proxy", DBClusterIdentifiers: ["fuzz-pg-1"] }) },
  // --- end RDS Proxy ---
  // --- Issue 14: a DB capacity reservation (MySQL, two AZs) ---
  {
    command: "CreateDBCapacityReservationCommand",
    input: () => ({
      DBCapacityReservationName: "fuzz-capacity",
      DBInstanceClass: "db.m7g.large",
      Engine: "mysql",
      CapacityPerAvailabilityZone: 1,
      AvailabilityZones: ["us-east-1a", "us-east-1b"],
      Tags: [{ Key: "team", Value: "robustness" }],
    }),
  },
  // --- end issue 14 DB capacity reservations ---
  // --- Issue 14: a blue/green deployment of the standalone PostgreSQL instance (its green copy is real state) ---
  {
    command: "CreateBlueGreenDeploymentCommand",
    input: () => ({ BlueGreenDeploymentName: "fuzz-blue-green", Source: "arn:aws:rds:us-east-1:123456789012:db:fuzz-standalone-pg", Tags: [{ Key: "team", Value: "robustness" }] }),
  },
  // --- end issue 14 blue/green deployments ---
];

const docdb: SeedStep[] = [
  {
    command: "CreateClusterCommand",
    input: () => ({
      clusterName: "fuzz-docdb-1",
      authType: "PLAIN_TEXT",
      adminUserName: "fuzzadmin",
      adminUserPassword: "fuzz-password-1",
      shardCapacity: 2,
      shardCount: 2,
      tags: { team: "robustness" },
    }),
  },
  {
    command: "CreateClusterCommand",
    input: () => ({ clusterName: "fuzz-docdb-2", authType: "PLAIN_TEXT", adminUserName: "fuzzadmin", adminUserPassword: "fuzz-password-2", shardCapacity: 4, shardCount: 1, shardInstanceCount: 2 }),
  },
  { command: "CreateClusterSnapshotCommand", input: (o) => o[0]?.cluster?.clusterArn && { clusterArn: o[0].cluster.clusterArn, snapshotName: "fuzz-docdb-1-snapshot" } },
  {
    command: "CreateClusterSnapshotCommand",
    input: (o) => o[1]?.cluster?.clusterArn && { clusterArn: o[1].cluster.clusterArn, snapshotName: "fuzz-docdb-2-snapshot", tags: { kind: "manual" } },
  },
];

export const SEED_STEPS: Record<string, SeedStep[]> = { dsql, rds, "docdb-elastic": docdb };
