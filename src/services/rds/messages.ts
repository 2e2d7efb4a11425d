/**
 * Every error message of the RDS simulation, in one place (M: clusters, instances, groups, tags; SM:
 * snapshots, restores, activity streams; CM: catalogs). Each names the member and the rule it
 * broke; codes are the SDK's class names or AWS's error codes (see the callers).
 */
export const M = {
  // Identifiers and names
  identifier: (member: string) =>
    `The parameter ${member} is not a valid identifier. Identifiers must begin with a letter, contain only ASCII letters, digits and hyphens, and must not end with a hyphen or contain two consecutive hyphens.`,
  identifierLength: (member: string, max: number) => `The parameter ${member} must contain from 1 to ${max} characters.`,
  groupName: (member: string, rule: string) => `The parameter ${member} is not a valid name: ${rule}.`,
  groupNameDefault: (member: string) => `The parameter ${member} must not be "default".`,

  // Not found / already exists
  clusterNotFound: (id: string) => `DBCluster ${id} not found.`,
  clusterExists: (id: string) => `DB cluster already exists: ${id}.`,
  clusterQuota: (limit: number) => `Cannot create more than ${limit} DB clusters in this account and Region (quota dbClusters).`,
  instanceNotFound: (id: string) => `DBInstance ${id} not found.`,
  instanceExists: (id: string) => `DB instance already exists: ${id}.`,
  instanceQuota: (limit: number) => `Cannot create more than ${limit} DB instances in this account and Region (quota dbInstances).`,
  subnetGroupNotFound: (name: string) => `DBSubnetGroup ${name} not found (DBSubnetGroupName).`,
  subnetGroupExists: (name: string) => `DB subnet group already exists: ${name}.`,
  subnetGroupQuota: (limit: number) => `Cannot create more than ${limit} DB subnet groups (quota dbSubnetGroups).`,
  subnetGroupInUse: (name: string, by: string) => `DB subnet group ${name} is in use by ${by} and cannot be deleted.`,
  subnetGroupDefault: () => "The default DB subnet group cannot be deleted.",
  subnetGroupAzs: () => "The DB subnet group must cover at least two Availability Zones (SubnetIds); give subnets of two or more Availability Zones.",
  subnetDuplicate: (id: string) => `SubnetIds contains ${id} more than once.`,
  parameterGroupNotFound: (name: string) => `DBClusterParameterGroup ${name} not found (DBClusterParameterGroupName).`,
  parameterGroupExists: (name: string) => `DB cluster parameter group already exists: ${name}.`,
  parameterGroupQuota: (limit: number) => `Cannot create more than ${limit} DB cluster parameter groups (quota dbClusterParameterGroups).`,
  parameterGroupDefault: (name: string) => `The default DB cluster parameter group ${name} cannot be deleted.`,
  parameterGroupInUse: (name: string, by: string) => `DB cluster parameter group ${name} is in use by ${by} and cannot be deleted.`,
  parameterGroupFamily: (family: string) => `DBParameterGroupFamily ${family} is not a valid DB cluster parameter group family.`,
  // DB cluster parameters (parameter-groups/parameters.ts)
  parameterDefaultGroup: (name: string) => `The default DB cluster parameter group ${name} cannot be modified or reset; create a custom group of its family (DBClusterParameterGroupName).`,
  parameterNameMissing: () => "Every entry of Parameters must have a ParameterName.",
  parameterUnknown: (name: string, family: string) => `Could not find parameter with name: ${name} in the DB parameter group family ${family} (Parameters).`,
  parameterNotModifiable: (name: string) => `The parameter ${name} cannot be modified (IsModifiable is false).`,
  parameterStaticImmediate: (name: string) => `cannot use immediate apply method for static parameter ${name}; use ApplyMethod pending-reboot.`,
  parameterValueMissing: (name: string) => `The parameter ${name} must have a ParameterValue.`,
  parameterValue: (name: string, value: string, allowed: string) => `Invalid ParameterValue ${JSON.stringify(value)} for parameter ${name}; allowed values: ${allowed}.`,
  parametersMissing: (op: string) => `The parameter Parameters must contain at least one parameter for ${op}.`,
  parametersTooMany: (max: number, count: number) => `A maximum of ${max} parameters can be modified in a single request (Parameters); got ${count}.`,
  resetBoth: () => "ResetAllParameters and Parameters cannot both be given.",
  resetNeither: () => "Either ResetAllParameters must be true or Parameters must name the parameters to reset.",
  parameterCopyDefault: (name: string) =>
    `The default DB cluster parameter group ${name} cannot be copied (SourceDBClusterParameterGroupIdentifier); create a custom group of its family instead.`,
  parameterGroupWrongFamily: (name: string, family: string, wanted: string) =>
    `The DB cluster parameter group ${name} has DBParameterGroupFamily ${family} and cannot be used for this DB cluster; use a group of family ${wanted} (DBClusterParameterGroupName).`,
  /** A tagging call's ARN of this account and Region naming no record of its type. */
  taggedNotFound: (label: string, id: string) => `${label} ${id} not found (ResourceName).`,
  resourceNotFound: (arn: string) => `The resource ${arn} was not found (ResourceName).`,
  invalidArn: (arn: string) => `The parameter ResourceName must be the ARN of an RDS resource of this account and Region: ${arn}.`,

  // Engine and version
  engine: (engine: string, valid: readonly string[]) => `Invalid DB engine: ${engine}. Engine must be one of ${valid.join(", ")}.`,
  engineVersion: (version: string, engine: string) => `Cannot find version ${version} for ${engine} (EngineVersion).`,
  engineMode: (mode: string, engine: string) => `The engine mode ${mode} is not supported for ${engine} (EngineMode).`,
  majorUpgrade: () => "The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version (EngineVersion).",
  downgrade: (from: string, to: string) => `Cannot downgrade the engine version from ${from} to ${to} (EngineVersion).`,
  engineMismatch: (engine: string, clusterEngine: string) =>
    `The engine ${engine} of the DB instance does not match the engine ${clusterEngine} of its DB cluster (Engine).`,

  // Credentials
  missing: (member: string, why: string) => `The parameter ${member} must be provided ${why}.`,
  username: () => "MasterUsername must be 1 to 16 letters or digits and begin with a letter.",
  usernameReserved: (name: string) => `MasterUsername ${name} cannot be used as it is a reserved word used by the engine`,
  password: () => 'MasterUserPassword must be 8 to 41 printable ASCII characters other than "/", \'"\' and "@".',
  passwordAndManaged: () => "MasterUserPassword cannot be given when ManageMasterUserPassword is true.",
  secretKeyWithoutManaged: () => "MasterUserSecretKmsKeyId can only be given when ManageMasterUserPassword is true.",
  rotateWithoutManaged: () => "RotateMasterUserPassword requires a master user password managed in Secrets Manager (ManageMasterUserPassword).",
  rotateNotImmediate: () => "RotateMasterUserPassword must be applied immediately (ApplyImmediately).",
  disableManagedWithoutPassword: () => "Turning ManageMasterUserPassword off requires a new MasterUserPassword.",

  // Ranges and formats
  range: (member: string, min: number, max: number, value: unknown) => `${member} must be from ${min} to ${max}; got ${String(value)}.`,
  oneOf: (member: string, valid: readonly (string | number)[], value: unknown) =>
    `${member} must be one of ${valid.join(", ")}; got ${String(value)}.`,
  backupWindowFormat: (value: string) => `PreferredBackupWindow must have the format hh24:mi-hh24:mi in UTC; got ${value}.`,
  maintenanceWindowFormat: (value: string) =>
    `PreferredMaintenanceWindow must have the format ddd:hh24:mi-ddd:hh24:mi with days Mon|Tue|Wed|Thu|Fri|Sat|Sun, in UTC; got ${value}.`,
  windowTooShort: (member: string) => `${member} must be at least 30 minutes long.`,
  windowsOverlap: () => "PreferredBackupWindow must not overlap PreferredMaintenanceWindow.",
  backtrackEngine: () => "BacktrackWindow is supported only for Aurora MySQL DB clusters.",
  minAboveMax: (member: string) => `${member}: MinCapacity must be less than or equal to MaxCapacity.`,
  halfStep: (member: string) => `${member} must be a multiple of 0.5 ACU.`,
  scalingMode: () => "ScalingConfiguration applies only to DB clusters in the serverless engine mode (EngineMode).",
  scalingV2Mode: () => "ServerlessV2ScalingConfiguration applies only to provisioned Aurora DB clusters (EngineMode).",
  kmsWithoutEncryption: () => "KmsKeyId requires StorageEncrypted to be true.",
  logType: (member: string, type: string, engine: string, valid: readonly string[]) =>
    `${member} contains ${type}, which is not a log type of ${engine}; valid types: ${valid.join(", ")}.`,
  logTypeBoth: (type: string) => `CloudwatchLogsExportConfiguration enables and disables ${type} at once.`,
  tooManyAzs: () => "AvailabilityZones can name at most three Availability Zones.",
  unknownAz: (az: string, region: string, member = "AvailabilityZones") => `${member} ${az} is not an Availability Zone of ${region}.`,
  monitoringRole: () => "MonitoringRoleArn is required when MonitoringInterval is greater than 0.",
  monitoringInterval: () => "MonitoringInterval must be greater than 0 when MonitoringRoleArn is given.",
  piRetention: (value: number) => `PerformanceInsightsRetentionPeriod must be 7, 731 or a multiple of 31 from 31 to 713; got ${value}.`,
  advancedInsights: () => "DatabaseInsightsMode advanced requires EnablePerformanceInsights and PerformanceInsightsRetentionPeriod 465.",
  notForEngine: (member: string, kind: string) => `${member} is not valid for ${kind}.`,

  // Multi-AZ DB clusters
  multiAzRequired: (member: string) => `${member} is required to create a Multi-AZ DB cluster.`,
  iopsRatio: () => "Iops must be between 0.5 and 50 times AllocatedStorage.",

  // Tags
  tagKey: (key: string, rule: string) => `Tag key ${JSON.stringify(key)} is not valid: ${rule}.`,
  tagValue: (key: string, rule: string) => `Tag value of key ${JSON.stringify(key)} is not valid: ${rule}.`,
  tagQuota: () => "A resource can have at most 50 tags.",

  // Paging and filters
  maxRecords: (value: number) => `MaxRecords must be from 20 to 100; got ${value}.`,
  marker: () => "The parameter Marker is not a marker returned by an earlier call.",
  filter: (name: string, valid: readonly string[]) => `Unrecognized filter name: ${name}. Supported filters: ${valid.join(", ")}.`,
  filterValues: (name: string) => `Filter ${name} must have at least one value.`,

  // Cluster state
  clusterState: (id: string, status: string, wanted: string) =>
    `DB cluster ${id} is in status ${status}; the operation requires status ${wanted}.`,
  deletionProtection: (id: string) =>
    `Cannot delete protected DB cluster ${id}; turn DeletionProtection off with ModifyDBCluster first.`,
  finalSnapshotRequired: () => "FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is true.",
  finalSnapshotAndSkip: () => "FinalDBSnapshotIdentifier cannot be given when SkipFinalSnapshot is true.",
  clusterHasInstances: (id: string, count: number) =>
    `DB cluster ${id} still has ${count} DB instance(s); delete them before deleting the cluster.`,
  hasReplicas: (id: string, replicas: readonly string[]) =>
    `DB cluster ${id} has read replicas (${replicas.join(", ")}); promote or delete them first.`,
  globalClusterNotFound: (id: string) => `Global cluster ${id} not found (GlobalClusterIdentifier).`,
  databaseName: () => "DatabaseName must be 1 to 64 letters, digits or underscores, beginning with a letter.",
  snapshotExists: (id: string) => `DB cluster snapshot already exists: ${id} (FinalDBSnapshotIdentifier).`,
  snapshotQuota: (limit: number) => `Cannot create more than ${limit} manual DB cluster snapshots (quota manualClusterSnapshots).`,
  renameExists: (id: string) => `NewDBClusterIdentifier ${id} is already the identifier of a DB cluster.`,
  failoverNeedsReader: (id: string) => `DB cluster ${id} has no reader DB instance to fail over to.`,
  failoverTarget: (target: string, id: string) =>
    `TargetDBInstanceIdentifier ${target} is not a reader DB instance of DB cluster ${id}.`,
  notReplica: (id: string) => `DB cluster ${id} is not a read replica (it has no ReplicationSourceIdentifier).`,
  replicationSource: (source: string) => `ReplicationSourceIdentifier ${source} is not a DB cluster of this account.`,
  replicaEngine: (engine: string, sourceEngine: string) =>
    `Engine ${engine} does not match the engine ${sourceEngine} of the replication source (ReplicationSourceIdentifier).`,
  storageEncryptionChange: () => "StorageEncrypted cannot be changed on an existing DB cluster.",
  modifyMode: (member: string, mode: string) => `${member} cannot be modified on a DB cluster in the ${mode} engine mode.`,
  optionGroupNotFound: (name: string) => `OptionGroup ${name} not found (OptionGroupName); DB clusters use their engine's default option group.`,
  domainNotFound: (domain: string) => `Domain ${domain} not found (Domain).`,
  authTypeEngine: (engine: string) => `MasterUserAuthenticationType is valid only for PostgreSQL engines, not ${engine}.`,
  replicaUnencrypted: (source: string) =>
    `StorageEncrypted cannot be false for a read replica of the encrypted DB cluster ${source} (ReplicationSourceIdentifier).`,
  storageQuota: (limit: number, wanted: number) =>
    `The request needs ${wanted} GiB of storage, more than the ${limit} GiB allowed for all DB instances of this account and Region (quota totalStorageGiB).`,
  httpEndpointMode: (mode: string) =>
    `EnableHttpEndpoint of ModifyDBCluster applies only to Aurora Serverless v1 DB clusters, not to the ${mode} engine mode; use the EnableHttpEndpoint operation instead.`,
  engineModeChange: (from: string, to: string) => `The engine mode can change only from serverless to provisioned, not from ${from} to ${to} (EngineMode).`,
  engineModeFlag: () => "AllowEngineModeChange must be true to change the engine mode (EngineMode).",
  instanceGroupMajorOnly: () =>
    "DBInstanceParameterGroupName can be given only with AllowMajorVersionUpgrade and an EngineVersion of a new major version.",
  replicaVersion: (replica: string, version: string) =>
    `Read replica ${replica} runs an engine version older than ${version}; upgrade the read replicas first (EngineVersion).`,
  failoverTargetEngine: (engine: string) => `TargetDBInstanceIdentifier is not supported for ${engine} Multi-AZ DB clusters.`,
  ioOptimizedTooSoon: (next: string) =>
    `The aurora-iopt1 storage type isn't available: the DB cluster switched to it less than 30 days ago; next allowed at ${next} (StorageType).`,
  notStoppable: (id: string, why: string) => `DB cluster ${id} is not eligible for stopping and starting: ${why}.`,

  // Backtracks and engine versions (clusters/backtracks.ts, engines/engine-versions.ts)
  backtrackUnsupported: (id: string, engine: string, version: string, mode: string) =>
    `DB cluster ${id}: ${engine} engine version ${version} with mode ${mode} does not support Backtrack (only provisioned Aurora MySQL DB clusters do).`,
  backtrackDisabled: (id: string) => `Backtrack is not enabled for DB cluster ${id}: its BacktrackWindow is 0 (set it with ModifyDBCluster).`,
  backtrackFuture: (to: string, now: string) => `BacktrackTo ${to} is in the future (now: ${now}); it cannot be later than the current time.`,
  backtrackTooEarly: (to: string, earliest: string) =>
    `BacktrackTo ${to} is earlier than the earliest backtrack time ${earliest} (BacktrackWindow and EarliestBacktrackTime); set UseEarliestTimeOnPointInTimeUnavailable to use the earliest time.`,
  backtrackIdFormat: (value: string) => `BacktrackIdentifier must be a valid UUID (123e4567-e89b-12d3-a456-426655440000); got ${value}.`,
  backtrackNotFound: (id: string, cluster: string) => `DBClusterBacktrack ${id} not found for DB cluster ${cluster} (BacktrackIdentifier).`,
  engineVersionsEngine: (engine: string, valid: readonly string[]) => `Engine ${engine} is not a valid engine name; valid values: ${valid.join(", ")}.`,
  engineVersionsFamily: (family: string) => `DBParameterGroupFamily ${family} does not match an existing DB parameter group family.`,

  // Instances
  instanceState: (id: string, status: string, wanted: string) =>
    `DB instance ${id} is in status ${status}; the operation requires status ${wanted}.`,
  clusterRequired: (engine: string) => `DBClusterIdentifier is required for a DB instance of engine ${engine}.`,
  instanceClass: (value: string, member = "DBInstanceClass") => `${member} ${value} is not a valid DB instance class (db.<family>.<size>, or db.serverless).`,
  serverlessClass: () => "DBInstanceClass db.serverless requires the DB cluster to have a ServerlessV2ScalingConfiguration.",
  serverlessV1Members: () => "Instances cannot be added to Aurora Serverless clusters.",
  multiAzMembers: (id: string) => `DB instances cannot be added to the Multi-AZ DB cluster ${id}; RDS manages its members.`,
  clusterManaged: (member: string) => `${member} is managed by the DB cluster and cannot be set on a member DB instance.`,
  instanceDeletionProtection: (id: string) =>
    `Cannot delete protected DB instance ${id}; turn DeletionProtection off with ModifyDBInstance first.`,
  instanceParameterGroupNotFound: (name: string, member = "DBParameterGroupName") => `DBParameterGroup ${name} not found (${member}).`,
  instanceVersion: (version: string, clusterVersion: string, id: string) =>
    `EngineVersion ${version} differs from the version ${clusterVersion} of DB cluster ${id}.`,
  instanceSubnetGroup: (id: string, group: string) => `DBSubnetGroupName must be the DB subnet group of DB cluster ${id} (${group}).`,
  memberFinalSnapshot: () =>
    "FinalDBSnapshotIdentifier cannot be given when deleting a DB instance of a DB cluster; take a DB cluster snapshot instead.",
  multiAzMemberDelete: (instance: string, cluster: string) =>
    `DB instance ${instance} belongs to the Multi-AZ DB cluster ${cluster}; delete the cluster instead.`,
  subnetId: (id: string) => `SubnetIds contains ${id}, which is not a subnet identifier (subnet-<hex>).`,
  subnetQuota: (limit: number) => `A DB subnet group can have at most ${limit} subnets (SubnetIds).`,
  rebootForceFailover: () => "ForceFailover applies only to DB instances of a Multi-AZ deployment.",

  // Custom cluster endpoints, cluster roles and cluster reboot (cluster-endpoints/operations.ts, clusters/roles.ts)
  endpointNotFound: (id: string) => `DBClusterEndpoint ${id} not found (DBClusterEndpointIdentifier).`,
  endpointExists: (id: string) => `DB cluster endpoint already exists: ${id} (DBClusterEndpointIdentifier must be unique in this account and Region).`,
  endpointQuota: (cluster: string, limit: number) =>
    `DB cluster ${cluster} already has ${limit} custom endpoints, the most a DB cluster can have (quota customEndpointsPerCluster).`,
  endpointState: (id: string, status: string, wanted: string) =>
    `DB cluster endpoint ${id} is in status ${status}; the operation requires status ${wanted}.`,
  endpointNotAurora: (cluster: string) => `Custom endpoints apply only to Aurora DB clusters; ${cluster} is a Multi-AZ DB cluster (DBClusterIdentifier).`,
  endpointServerless: (cluster: string) => `Custom endpoints are not supported for DB cluster ${cluster} in the serverless engine mode (DBClusterIdentifier).`,
  endpointMemberNotFound: (member: string, id: string) => `DBInstance ${id} not found (${member}).`,
  endpointMemberNotInCluster: (member: string, id: string, cluster: string) =>
    `DBInstance ${id} is not a DB instance of DB cluster ${cluster} (${member}).`,
  endpointStaticAndExcluded: () => "StaticMembers and ExcludedMembers cannot both be given: ExcludedMembers applies only when StaticMembers is empty.",
  roleArn: (value: string) => `RoleArn must be the ARN of an IAM role (arn:aws:iam::<account>:role/<name>); got ${value}.`,
  roleFeature: (feature: string, engine: string, valid: readonly string[]) =>
    `FeatureName ${feature} is not a feature of ${engine}; valid names: ${valid.join(", ")}.`,
  roleExists: (role: string, cluster: string) => `Role ${role} is already associated with DB cluster ${cluster} (RoleArn).`,
  roleFeatureTaken: (feature: string, role: string) => `FeatureName ${feature} is already associated with the role ${role}.`,
  roleQuota: (cluster: string, limit: number) => `DB cluster ${cluster} already has ${limit} associated IAM roles, the most allowed (quota rolesPerCluster).`,
  roleNotFound: (role: string, cluster: string, feature?: string) =>
    `Role ${role} is not associated with DB cluster ${cluster}${feature === undefined ? "" : ` for feature ${feature}`} (RoleArn).`,
  rebootAurora: (cluster: string) =>
    `RebootDBCluster applies only to Multi-AZ DB clusters; reboot the DB instances of the Aurora DB cluster ${cluster} with RebootDBInstance.`,
} as const;

/** DB cluster snapshots, restores and database activity streams. */
export const SM = {
  blank: (member: string) => `The parameter ${member} must be provided and must not be blank.`,

  // Snapshots
  snapshotNotFound: (id: string, member: string) => `DBClusterSnapshot ${id} not found (${member}).`,
  snapshotExists: (id: string, member: string) => `DB cluster snapshot already exists: ${id} (${member}).`,
  snapshotBeingDeleted: (id: string, member: string) =>
    `DB cluster snapshot ${id} is being deleted; its identifier can be used again once it is gone (${member}).`,
  snapshotQuota: (limit: number) =>
    `Cannot create more than ${limit} manual DB cluster snapshots in this account and Region (quota manualClusterSnapshots).`,
  snapshotState: (id: string, status: string, wanted: string) =>
    `DB cluster snapshot ${id} is in status ${status}; the operation requires status ${wanted}.`,
  automatedNotDeletable: (id: string) =>
    `DB cluster snapshot ${id} is an automated snapshot; only manual snapshots can be deleted (DBClusterSnapshotIdentifier).`,
  automatedNotShareable: (id: string) =>
    `DB cluster snapshot ${id} is an automated snapshot; only manual snapshots can be shared. Copy it first (DBClusterSnapshotIdentifier).`,
  clusterNotAvailable: (id: string, status: string) =>
    `DB cluster ${id} is in status ${status}; a snapshot can be taken only of an available DB cluster (DBClusterIdentifier).`,
  clusterAndSnapshot: () => "DBClusterIdentifier and DBClusterSnapshotIdentifier cannot be used together.",
  snapshotType: (value: string, valid: readonly string[]) =>
    `SnapshotType must be one of ${valid.join(", ")}; got ${value}.`,
  sourceSnapshotArn: (value: string) =>
    `SourceDBClusterSnapshotIdentifier ${value} is not a DB cluster snapshot identifier or a DB cluster snapshot ARN (arn:aws:rds:REGION:ACCOUNT:cluster-snapshot:ID).`,
  sourceNotShared: (arn: string) =>
    `DB cluster snapshot ${arn} is not shared with this account (SourceDBClusterSnapshotIdentifier).`,
  kmsOnUnencrypted: (member: string) =>
    `${member} cannot be given for an unencrypted DB cluster snapshot; the copy of an unencrypted snapshot is unencrypted.`,
  kmsRequiredCrossRegion: () =>
    "KmsKeyId is required to copy an encrypted DB cluster snapshot from another Region or account: KMS keys belong to one Region.",
  kmsNotAccessible: (member: string, key: string, region: string) =>
    `The KMS key ${key} (${member}) is not accessible: it does not exist in Region ${region} or RDS may not use it.`,

  // Snapshot attributes
  attributeName: (value: string) => `AttributeName must be restore; got ${value}.`,
  attributeValue: (value: string) =>
    `ValuesToAdd and ValuesToRemove hold 12-digit AWS account IDs or all; got ${value}.`,
  encryptedPublic: (id: string) =>
    `DB cluster snapshot ${id} is encrypted and cannot be made public (all); share it with account IDs instead (ValuesToAdd).`,
  shareQuota: (limit: number) => `A manual DB cluster snapshot can be shared with at most ${limit} AWS accounts (ValuesToAdd).`,

  // Restores
  engineRequired: () => "The parameter Engine must be provided to restore a DB cluster.",
  engineIncompatible: (engine: string, snapshotEngine: string, member: string) =>
    `Engine ${engine} is not compatible with the engine ${snapshotEngine} of the source (${member}).`,
  engineVersionOlder: (version: string, snapshotVersion: string) =>
    `EngineVersion ${version} is older than the version ${snapshotVersion} of the source; a restore cannot downgrade.`,
  engineVersionMajor: (version: string, snapshotVersion: string) =>
    `EngineVersion ${version} is another major version than ${snapshotVersion} of the source; restore to the same major version, then upgrade.`,
  sourceRequired: () => "SourceDBClusterIdentifier or SourceDbClusterResourceId must be provided.",
  sourceResourceId: (value: string) => `DB cluster with resource ID ${value} not found (SourceDbClusterResourceId).`,
  restoreTimeAndLatest: () => "RestoreToTime and UseLatestRestorableTime cannot be used together.",
  restoreTimeRequired: () => "RestoreToTime must be given unless UseLatestRestorableTime is true.",
  restoreTimeCopyOnWrite: () => "RestoreToTime cannot be given when RestoreType is copy-on-write; a clone starts from the current data.",
  restoreTimeOutside: (time: string, earliest: string, latest: string) =>
    `RestoreToTime ${time} is outside the restorable window of the source DB cluster: from ${earliest} to ${latest}.`,
  restoreKmsUnencrypted: (id: string) =>
    `KmsKeyId cannot be given to restore the unencrypted DB cluster ${id} (SourceDBClusterIdentifier): an unencrypted source restores unencrypted.`,
  serverlessClone: (id: string) =>
    `A copy-on-write clone in the serverless engine mode needs an Aurora Serverless v1 or encrypted provisioned source; DB cluster ${id} is neither (EngineMode).`,
  restoreType: (value: string) => `RestoreType must be full-copy or copy-on-write; got ${value}.`,
  sourceState: (id: string, status: string) =>
    `Source DB cluster ${id} is in status ${status}; it must be available to be restored or cloned.`,
  sourceEngineS3: (value: string) => `SourceEngine must be mysql; got ${value}.`,
  sourceEngineVersion: (value: string) => `SourceEngineVersion must be a MySQL 5.7 or 8.0 version (for example 8.0.28); got ${value}.`,
  engineS3: (value: string) => `Engine must be aurora-mysql to restore from Amazon S3; got ${value}.`,
  s3RoleArn: (value: string) => `S3IngestionRoleArn must be the ARN of an IAM role (arn:aws:iam::ACCOUNT:role/NAME); got ${value}.`,
  s3Unreadable: (bucket: string) =>
    `The S3 bucket ${bucket} cannot be read with the role given in S3IngestionRoleArn, or holds no Percona XtraBackup files (S3BucketName).`,
  s3BucketName: (value: string) => `S3BucketName ${value} is not a valid Amazon S3 bucket name.`,
  passwordRequired: () => "MasterUserPassword must be provided unless ManageMasterUserPassword is true.",

  // Activity streams
  streamResourceNotFound: (arn: string, region: string, account: string) =>
    `The resource ${arn} was not found: ResourceArn must be the ARN of a DB cluster of account ${account} in Region ${region} (arn:aws:rds:REGION:ACCOUNT:cluster:ID).`,
  streamInstanceNotFound: (arn: string) => `DBInstance ${arn} not found (ResourceArn).`,
  streamInstance: (id: string, engine: string) =>
    `Activity streams of DB instances apply to RDS for Oracle and RDS for SQL Server; DB instance ${id} runs ${engine}: give the ARN of its DB cluster (ResourceArn).`,
  streamClusterState: (id: string, status: string) =>
    `DB cluster ${id} is in status ${status}; activity streams can be started or stopped only on an available DB cluster.`,
  // AWS's own wording (callers match on it), then what it refers to.
  streamState: (wanted: string, status: string, id: string) =>
    `Activity Streams feature expected to be ${wanted}, but is ${status} (DB cluster ${id}, ResourceArn).`,
  streamNativeAudit: (id: string) =>
    `EngineNativeAuditFieldsIncluded applies to RDS for Oracle and RDS for SQL Server DB instances, not to DB cluster ${id}.`,
  streamEngine: (id: string, why: string) => `Database activity streams are not supported for DB cluster ${id}: ${why}.`,
  streamMode: (engine: string, valid: readonly string[]) =>
    `Mode must be ${valid.join(" or ")} for a DB cluster of engine ${engine}.`,
  modifyStreamArnRequired: () => "The parameter ResourceArn must be provided.",
  modifyStreamCluster: (arn: string) =>
    `ModifyActivityStream applies to RDS for Oracle and RDS for SQL Server DB instances; ResourceArn ${arn} names a DB cluster.`,
  modifyStreamEngine: (id: string, engine: string) =>
    `ModifyActivityStream applies to RDS for Oracle and RDS for SQL Server DB instances; DB instance ${id} runs ${engine}.`,
  modifyStreamNotFound: (arn: string) => `No DB instance found for ResourceArn ${arn}.`,
} as const;

/** The catalog commands and the EC2-Classic DB security group commands. */
export const CM = {
  maxRecords: (value: number, max: number) => `MaxRecords must be from 20 to ${max}; got ${value}.`,
  invalidEngine: (engine: string) => `Invalid DB engine: ${engine}`,
  unsupportedFilter: (name: string) => `Unrecognized filter name: ${name}. This operation supports no filters.`,
  certificateNotFound: (id: string) => `Certificate ${id} not found.`,
  modifyCertificatesCombination: () => "Specify either CertificateIdentifier or RemoveCustomerOverride, but not both.",
  modifyCertificatesNothing: () => "Specify either CertificateIdentifier or RemoveCustomerOverride=true.",
  sourceRegion: (region: string) => `Region ${region} is not a source Region of this Region's partition.`,
  sourceType: (type: string, valid: readonly string[]) => `Invalid source type: ${type}. Valid values are ${valid.join(", ")}.`,
  /** What a VPC-only account hears from CreateDBSecurityGroup: EC2-Classic is retired, every account is VPC-only. */
  classicNoVpc: () => "The vpc none does not exist.",
  securityGroupDefaultName: () => "The DB security group name must not be \"Default\".",
  securityGroupDeleteDefault: () => "You can't delete the default DB security group.",
  /** AWS's answer to changing a VPC account's default DB security group (seen since VPC-only accounts). */
  securityGroupVpcModify: () => "VPC DB Security Groups cannot be modified with this API version.",
  securityGroupNotFound: (name: string) => `DBSecurityGroup ${name} not found.`,
};

// --- Events and event subscriptions (events/, event-subscriptions/) ---
export const EM = {
  sourceIdentifier: (id: string) => `The parameter SourceIdentifier is not valid: ${id}. It must not end with a hyphen or contain two consecutive hyphens.`,
  sourceTypeRequired: () => "SourceType must be provided when SourceIdentifier is specified.",
  duration: (value: number) => `Duration must be a number of minutes of 0 or more; got ${value}.`,
  window: () => "StartTime must not be later than EndTime.",
  subscriptionName: (name: string) =>
    `The parameter SubscriptionName is not a valid name: "${name}". It must contain 1 to 255 letters, digits or hyphens and begin with a letter.`,
  subscriptionNotFound: (name: string) => `Subscription ${name} not found.`,
  subscriptionExists: (name: string) => `Subscription already exists: ${name}.`,
  subscriptionQuota: (limit: number) => `Cannot create more than ${limit} event subscriptions in this account and Region (quota eventSubscriptions).`,
  topic: (arn: string) => `Invalid SNS topic ARN: ${arn}. Give the ARN of an SNS topic of this Region (arn:aws:sns:REGION:ACCOUNT:TOPIC).`,
  topicAccount: (arn: string, account: string) => `RDS is not authorized to publish to SNS topic ${arn}: it is not a topic of account ${account}.`,
  category: (category: string, type: string) => `Event category ${category} is not a category of source type ${type} (DescribeEventCategories lists them).`,
  sourceIdsNeedType: () => "SourceType must be provided when SourceIds are specified.",
  // AWS's own wording (seen in a 404 SourceNotFound), then what it refers to.
  sourceNotFound: (id: string, type: string) => `Could not find source :${id} (no ${type} of that identifier).`,
  // AWS's own wording (ModifyEventSubscription, InvalidParameterCombination).
  categoriesNeedType: () => "If SourceType is null, Categories must also be null.",
  sourceNoType: (name: string) => `Subscription ${name} has no SourceType: set one with ModifyEventSubscription before adding source identifiers.`,
  sourceNotInSubscription: (id: string, name: string) => `Source ${id} is not a source of subscription ${name}.`,
};
// --- end events ---
// --- Issue 13: DB parameter groups (db-parameter-groups/) and option groups (option-groups/) ---
export const GM = {
  dbParameterGroupNotFound: (name: string) => `DBParameterGroup not found: ${name}`,
  dbParameterGroupExists: (name: string) => `Parameter group ${name} already exists`,
  dbParameterGroupQuota: (limit: number) => `Cannot create more than ${limit} DB parameter groups (quota dbParameterGroups).`,
  dbParameterGroupFamily: (family: string) => `DBParameterGroupFamily ${family} is not a valid DB parameter group family.`,
  dbParameterGroupDefault: (name: string, verb: string) => `Default parameter group ${name} cannot be ${verb}; create a custom group of its family.`,
  dbParameterGroupCopyDefault: (name: string) =>
    `The default DB parameter group ${name} cannot be copied (SourceDBParameterGroupIdentifier); create a custom group of its family instead.`,
  dbParameterGroupInUse: (name: string, by: string) => `One or more database instances are still members of this parameter group ${name}, so the group cannot be deleted (in use by ${by}).`,
  dbParameterUnknown: (name: string, family: string) => `Could not find parameter with name: ${name} in the DB parameter group family ${family} (Parameters).`,
  dbParameterWrongFamily: (name: string, family: string, wanted: string) =>
    `The DB parameter group ${name} has DBParameterGroupFamily ${family}; the DB instance needs a group of family ${wanted} (DBParameterGroupName).`,
  optionGroupNotFound: (name: string) => `Specified OptionGroupName: ${name} not found.`,
  optionGroupExists: (name: string) => `Option group ${name} already exists.`,
  optionGroupQuota: (limit: number) => `Cannot create more than ${limit} option groups (quota optionGroups).`,
  optionGroupEngine: (engine: string) => `Invalid DB engine: ${engine} (EngineName).`,
  optionGroupMajor: (engine: string, major: string, valid: readonly string[]) =>
    `Cannot find major version ${major} for ${engine} (MajorEngineVersion); valid versions: ${valid.join(", ")}.`,
  optionGroupMajorNeedsEngine: () => "MajorEngineVersion can be given only together with EngineName.",
  optionGroupDefault: (name: string, verb: string) => `Default option group ${name} cannot be ${verb}.`,
  optionGroupInUse: (name: string, by: string) => `The option group ${name} cannot be deleted because it is in use by ${by}.`,
  optionUnknown: (option: string, engine: string, major: string) => `Option ${option} is not valid for engine ${engine} ${major} (OptionsToInclude).`,
  optionNotInGroup: (option: string, group: string) => `Option ${option} is not in option group ${group} (OptionsToRemove).`,
  optionIncludedAndRemoved: (option: string) => `Option ${option} cannot be both included and removed in one call.`,
  optionDuplicate: (option: string) => `Option ${option} is given more than once in OptionsToInclude.`,
  optionPermanent: (option: string) => `Option ${option} is permanent and cannot be removed from an option group.`,
  optionPersistentInUse: (option: string, by: string) => `Option ${option} is persistent and cannot be removed while the option group is in use by ${by}.`,
  optionNoPort: (option: string) => `Option ${option} does not take a Port.`,
  optionPort: (option: string, port: number) => `Port ${port} for option ${option} must be from 1150 to 65535.`,
  optionSettingUnknown: (setting: string, option: string) => `Option setting ${setting} is not valid for option ${option}.`,
  optionSettingValue: (setting: string, value: string, allowed: string) => `Invalid value ${JSON.stringify(value)} for option setting ${setting}; allowed values: ${allowed}.`,
  optionSettingRequired: (setting: string, option: string) => `Option setting ${setting} is required for option ${option}.`,
} as const;
// --- end issue 13 groups ---
// --- Issue 13: automated backups and point-in-time restore of DB instances ---
export const BM = {
  instanceBackupNotFound: (id: string) => `Automated backup ${id} not found.`,
  instanceBackupState: (id: string, status: string) => `The automated backup ${id} is ${status}; only retained automated backups can be deleted.`,
  clusterBackupNotFound: (id: string) => `Automated backup for DB cluster resource ID ${id} not found.`,
  clusterBackupState: (id: string, status: string) => `The automated backup of DB cluster resource ID ${id} is ${status}; only retained automated backups can be deleted.`,
  identifierOrResourceId: () => "Specify either DbiResourceId or DBInstanceAutomatedBackupsArn.",
  replicationArn: (value: string) => `SourceDBInstanceArn ${value} is not the ARN of a DB instance.`,
  replicationSameRegion: (region: string) =>
    `The source DB instance is in ${region}: automated backups are replicated to another AWS Region, so call StartDBInstanceAutomatedBackupsReplication in the destination Region.`,
  replicationEngine: (engine: string) => `Cross-Region automated backup replication isn't supported for engine ${engine}.`,
  replicationNoBackups: (id: string) => `Automated backups are not enabled for DB instance ${id} (BackupRetentionPeriod 0): enable them before replicating them.`,
  replicationState: (id: string, status: string) => `DB instance ${id} is ${status}; automated backups can be replicated only from an available DB instance.`,
  replicationExists: (id: string, region: string) => `The automated backups of DB instance ${id} are already replicated to ${region}.`,
  replicationQuota: (limit: number, region: string) => `You can replicate up to ${limit} automated backups to ${region} (DBInstanceAutomatedBackupQuotaExceeded).`,
  replicationKmsRequired: (id: string) => `DB instance ${id} is encrypted: KmsKeyId (a KMS key of the destination Region) is required to replicate its automated backups.`,
  replicationRetention: (value: number) => `BackupRetentionPeriod ${value} is not valid for replicated automated backups: it must be from 1 to 35 days.`,
  replicationNotStarted: (id: string, region: string) => `The automated backups of DB instance ${id} are not replicated to ${region}.`,
  pitrSourceRequired: () => "One of SourceDBInstanceIdentifier, SourceDbiResourceId or SourceDBInstanceAutomatedBackupsArn is required.",
  pitrSourceMismatch: (member: string) => `${member} names another DB instance than the other source parameters.`,
  pitrTimeAndLatest: () => "Cannot specify both RestoreTime and UseLatestRestorableTime.",
  pitrTimeRequired: () => "Either RestoreTime or UseLatestRestorableTime must be specified.",
  pitrNotEnabled: (id: string) => `Point-in-time restore is not enabled for DB instance ${id}: its BackupRetentionPeriod is 0.`,
  pitrOutside: (time: string, earliest: string, latest: string) =>
    `Restore time ${time} is outside the restorable window: it must be from ${earliest} to ${latest}.`,
  pitrNoWindow: (id: string) => `DB instance ${id} has no restorable time yet: its first automated backup is not complete.`,
  pitrSourceState: (id: string, status: string) => `DB instance ${id} is ${status}; it cannot be the source of a point-in-time restore.`,
  pitrClusterMember: (id: string) => `DB instance ${id} is a member of a DB cluster: restore its cluster with RestoreDBClusterToPointInTime.`,
  pitrEngine: (engine: string, source: string) => `Engine ${engine} does not match the source's engine ${source}.`,
  pitrPort: (port: number) => `Port ${port} is not valid: it must be from 1150 to 65535.`,
  pitrStorageType: (value: string) => `Invalid storage type: ${value} (StorageType).`,
  pitrIopsType: (type: string) => `Iops cannot be given for storage type ${type}.`,
  pitrThroughput: (type: string) => `StorageThroughput can be given only for storage type gp3, not ${type}.`,
  pitrStorageShrink: (value: number, source: number) => `AllocatedStorage ${value} is smaller than the source's ${source} GiB: a restore cannot shrink storage.`,
  pitrParameterGroupFamily: (name: string, family: string, wanted: string) =>
    `DB parameter group ${name} has family ${family}; the restored DB instance needs family ${wanted} (DBParameterGroupName).`,
  pitrOptionGroupEngine: (name: string, engine: string) => `Option group ${name} is not for engine ${engine} (OptionGroupName).`,
  pitrAz: (az: string, region: string) => `Availability Zone ${az} is not an Availability Zone of ${region} (AvailabilityZone).`,
  pitrMultiAzAndAz: () => "Requesting a specific availability zone is not valid for Multi-AZ instances.",
} as const;
// --- end issue 13 automated backups ---

// --- Read replicas and instance restores (read-replicas/, restores/instance-*.ts) ---
export const RRM = {
  twoSources: () => "Specify either SourceDBInstanceIdentifier or SourceDBClusterIdentifier, not both.",
  noSource: () => "One of SourceDBInstanceIdentifier or SourceDBClusterIdentifier must be specified.",
  sourceArn: (value: string) => `SourceDBInstanceIdentifier ${value} is not a valid DB instance identifier or DB instance ARN.`,
  auroraSource: (id: string) =>
    `DB instance ${id} is a member of an Aurora DB cluster: Amazon Aurora doesn't support CreateDBInstanceReadReplica; use CreateDBInstance to add an instance to the cluster.`,
  engineWithoutReplicas: (engine: string) => `Read replicas are not supported for the engine ${engine}.`,
  replicaMode: (engine: string) => `ReplicaMode is only supported for Db2 and Oracle DB instances, not for engine ${engine}.`,
  multiAzSource: (engine: string) => `Read replicas of ${engine} require a Multi-AZ source DB instance (Always On availability groups).`,
  fixedStorage: (engine: string) => `AllocatedStorage isn't valid for a read replica of engine ${engine}.`,
  storageTooSmall: (asked: number, source: number) => `AllocatedStorage ${asked} is smaller than the source DB instance's allocated storage ${source}.`,
  encryptedFromUnencrypted: (id: string) => `KmsKeyId was specified, but the source DB instance ${id} is not encrypted: an encrypted read replica can't be created from an unencrypted DB instance.`,
  crossRegionKey: () => "The source DB instance is encrypted: a cross-Region read replica requires a KmsKeyId of the destination Region.",
  azWithMultiAz: () => "Requesting a specific availability zone is not valid for Multi-AZ instances.",
  mysqlParameterGroup: () => "DBParameterGroupName isn't supported for a same-Region read replica of a MySQL DB instance.",
  sourceOptionGroup: (engine: string) => `A read replica of engine ${engine} must use the option group associated with its source DB instance.`,
  // AWS's own messages (seen in CreateDBInstanceReadReplica answers).
  sourceNotAvailable: (id: string) => `Instance ${id} is not in available state.`,
  backupsDisabled: () =>
    "Automated backups are not enabled for this database instance. To enable automated backups, use ModifyDBInstance to set the backup retention period to a non-zero value.",
  cascade: (id: string, engine: string, depth: number) =>
    depth === 1
      ? `DB instance ${id} is a read replica: engine ${engine} doesn't support creating a read replica of a read replica.`
      : `DB instance ${id} is the last of ${depth} read replicas in a chain: engine ${engine} allows at most ${depth} cascading read replicas.`,
  replicaLimit: (id: string, limit: number, engine: string) => `DB instance ${id} already has ${limit} read replicas, the most a source DB instance of engine ${engine} can have.`,
  notReplica: () => "DB Instance is not a read replica.",
  zeroRetentionWithReplicas: (id: string) => `BackupRetentionPeriod can't be 0: DB instance ${id} is a source to read replicas.`,
  switchoverEngine: (engine: string) => `SwitchoverReadReplica only applies to RDS for Oracle replicas, not to engine ${engine}.`,
  auroraClusterSource: (id: string) => `DB cluster ${id} is an Aurora DB cluster: SourceDBClusterIdentifier must be the identifier of an existing Multi-AZ DB cluster.`,
  clusterReplicaLimit: (id: string, limit: number) => `DB cluster ${id} already has ${limit} read replicas, the most a Multi-AZ DB cluster can have.`,
  // RestoreDBInstanceFromS3
  s3Engine: (value: string) => `Engine must be mysql to restore a DB instance from Amazon S3; got ${value}.`,
  s3SourceVersion: (value: string) => `SourceEngineVersion must be a MySQL version (for example 8.0.36); got ${value}.`,
  s3Class: (value: string) => `Importing from Amazon S3 isn't supported on the ${value} DB instance class.`,
  s3Major: (version: string, source: string) => `EngineVersion ${version} is not the major version of the backup (SourceEngineVersion ${source}): a backup restores to its own major version.`,
  // RestoreDBInstanceFromDBSnapshot
  twoSnapshots: () => "Specify either DBSnapshotIdentifier or DBClusterSnapshotIdentifier, not both.",
  noSnapshot: () => "One of DBSnapshotIdentifier or DBClusterSnapshotIdentifier must be specified.",
  clusterSnapshotNotFound: (id: string) => `DBClusterSnapshot ${id} not found: restoring a DB instance from a DB cluster snapshot needs a Multi-AZ DB cluster snapshot (DBClusterSnapshotIdentifier).`,
  restoreStorage: (asked: number, snapshot: number) => `AllocatedStorage ${asked} is smaller than the snapshot's allocated storage ${snapshot}.`,
  restoreEngine: (engine: string, source: string) => `Engine ${engine} is not compatible with the DB snapshot's engine ${source}.`,
};
// --- end read replicas and instance restores ---

// --- Issue 14: Data API, Serverless v1 capacity and Serverless v2 platform versions (data-api/, serverless/) ---
export const XM = {
  dataApiNotFound: (arn: string) => `DB cluster ${arn} not found (ResourceArn: the ARN of a DB cluster of this account and Region).`,
  dataApiEngine: (id: string, engine: string) => `The HTTP endpoint (RDS Data API) is available only for Aurora DB clusters; DB cluster ${id} runs ${engine}.`,
  dataApiServerlessV1: (id: string) =>
    `DB cluster ${id} is an Aurora Serverless v1 cluster: enable or disable its HTTP endpoint with the EnableHttpEndpoint parameter of ModifyDBCluster.`,
  dataApiState: (id: string, status: string) => `DB cluster ${id} is in state ${status}; its HTTP endpoint can change only while it is available.`,
  capacityEngineMode: (id: string, mode: string) => `ModifyCurrentDBClusterCapacity applies only to Aurora Serverless v1 DB clusters; DB cluster ${id} is in the ${mode} engine mode.`,
  capacityValue: (capacity: number, engine: string, valid: string) => `Capacity ${capacity} is not valid for ${engine}; valid values are ${valid}.`,
  capacityTimeoutAction: (value: string, valid: string) => `TimeoutAction ${value} is not valid; valid values are ${valid}.`,
  capacityState: (id: string, status: string) => `DB cluster ${id} is in state ${status}; its capacity can change only while it is available.`,
  platformMaxRecords: (size: number, min: number, max: number) => `MaxRecords ${size} is not valid: it must be from ${min} to ${max}.`,
  platformEngine: (engine: string, valid: string) => `Engine ${engine} is not valid; valid values are ${valid}.`,
} as const;
// --- end issue 14 Data API and serverless ---

// --- Issue 14: reserved DB instances (reserved-instances/) ---
export const RM = {
  reservationNotFound: (id: string) => `Reserved DB instance ${id} not found.`,
  reservationExists: (id: string) => `A reserved DB instance with identifier ${id} already exists.`,
  offeringNotFound: (id: string) => `Reserved DB instances offering ${id} not found (ReservedDBInstancesOfferingId).`,
  reservationQuota: (limit: number, used: number, asked: number) =>
    `Purchasing ${asked} reserved DB instance(s) would exceed the quota of ${limit} reserved DB instances per month (${used} purchased this month).`,
  instanceCount: (count: number) => `DBInstanceCount must be at least 1; got ${count}.`,
  duration: (value: string) => `Duration ${value} is not valid; valid values are 1, 3, 31536000 and 94608000 (years or seconds).`,
  offeringType: (value: string) => `OfferingType ${value} is not valid; valid values are "Partial Upfront", "All Upfront" and "No Upfront".`,
} as const;
// --- end issue 14 reserved DB instances ---

// --- Issue 14: DB shard groups (shard-groups/) ---
export const HM = {
  notFound: (id: string) => `DB shard group ${id} not found.`,
  exists: (id: string) => `DB shard group already exists: ${id}.`,
  quota: (limit: number) => `Cannot create more than ${limit} DB shard groups in this account and Region (quota dbShardGroups).`,
  halfStep: (member: string, value: number) => `${member} ${value} is not valid: capacity is set in steps of 0.5 ACU.`,
  minAboveMax: (min: number, max: number) => `MinACU ${min} must be less than or equal to MaxACU ${max}.`,
  notLimitless: (cluster: string) =>
    `DB cluster ${cluster} is not an Aurora PostgreSQL Limitless Database cluster (ClusterScalabilityType limitless): a DB shard group needs one.`,
  clusterState: (cluster: string, status: string) => `DB cluster ${cluster} is in status ${status}; its DB shard group can change only while it is available.`,
  clusterHasGroup: (cluster: string, group: string) => `DB cluster ${cluster} already has DB shard group ${group}; a Limitless Database cluster has one DB shard group.`,
  groupState: (group: string, status: string) => `DB shard group ${group} is in status ${status}; it must be available.`,
  clusterDeleteWithGroup: (cluster: string, group: string) => `DB cluster ${cluster} has DB shard group ${group}: delete the DB shard group first.`,
} as const;
// --- end issue 14 DB shard groups ---

// --- Issue 14: zero-ETL integrations (integrations/) ---
export const IM = {
  notFound: (id: string) => `Integration ${id} not found.`,
  nameTaken: (name: string) => `An integration named ${name} already exists.`,
  quota: (limit: number) => `Cannot create more than ${limit} zero-ETL integrations in this account and Region (quota integrations).`,
  sourceRegion: (arn: string, region: string) => `SourceArn ${arn} must name a DB cluster or DB instance of this account in ${region}.`,
  sourceEngine: (id: string, engine: string) => `The source ${id} (${engine}) cannot be the source of a zero-ETL integration.`,
  target: (arn: string) => `TargetArn ${arn} is not the ARN of an Amazon Redshift namespace (redshift or redshift-serverless) or of an AWS Glue catalog.`,
  targetRegion: (arn: string, region: string) => `TargetArn ${arn} must be in the source's Region ${region}.`,
  pairTaken: (name: string) => `Integration ${name} already replicates this source to this target.`,
  contextWithoutKey: () => "AdditionalEncryptionContext can be given only with KMSKeyId.",
  state: (name: string, status: string, allowed: string) => `Integration ${name} is in status ${status}; it must be ${allowed}.`,
  renameTaken: (name: string) => `Another integration is named ${name} (IntegrationName).`,
  nothingToModify: () => "Give at least one of IntegrationName, DataFilter and Description.",
} as const;
// --- end issue 14 zero-ETL integrations ---

// --- Issue 14: exports to Amazon S3 (export-tasks/) ---
export const XTM = {
  notFound: (id: string) => `Export task ${id} not found (ExportTaskIdentifier).`,
  exists: (id: string) => `An export task with identifier ${id} already exists.`,
  source: (arn: string) => `SourceArn ${arn} is not the ARN of a DB snapshot, DB cluster snapshot or DB cluster of this account and Region.`,
  sourceState: (kind: string, id: string, status: string) => `The ${kind} ${id} is in status ${status}; only an available source can be exported.`,
  bucket: (name: string) =>
    `S3BucketName ${JSON.stringify(name)} is not a valid bucket name: 3 to 63 lowercase letters, digits, dots and hyphens, beginning and ending with a letter or digit.`,
  role: (arn: string) => `IamRoleArn ${arn} is not the ARN of an IAM role (arn:aws:iam::ACCOUNT:role/NAME).`,
  exportOnly: (entry: string, engine: string, rule: string) => `ExportOnly entry ${JSON.stringify(entry)} is not valid for ${engine}: ${rule}.`,
  cancelState: (id: string, status: string) => `Export task ${id} is in status ${status}; only a STARTING or IN_PROGRESS task can be canceled.`,
  sourceType: (value: string) => `SourceType ${value} is not valid; valid values are SNAPSHOT and CLUSTER.`,
} as const;
// --- end issue 14 exports to Amazon S3 ---

// --- Issue 14: custom engine versions (custom-engine-versions/) ---
export const CEM = {
  notFound: (key: string) => `Custom engine version ${key} not found (Engine and EngineVersion).`,
  exists: (key: string) => `Custom engine version ${key} already exists.`,
  quota: (limit: number) => `Cannot create more than ${limit} custom engine versions in this account and Region (quota customEngineVersions).`,
  engine: (engine: string, valid: string) => `Engine ${engine} does not take custom engine versions; valid engines are ${valid}.`,
  versionName: (version: string, form: string) => `EngineVersion ${version} is not a valid custom engine version name: use ${form}.`,
  required: (member: string, engine: string) => `${member} is required to create a custom engine version for ${engine}.`,
  imageAndLatest: () => "Give ImageId or UseAwsProvidedLatestImage, not both.",
  sourceAndManifest: () => "Manifest cannot be given with SourceCustomDbEngineVersionIdentifier: the new CEV keeps its source's manifest.",
  manifest: () => "Manifest is not a JSON object.",
  source: (value: string) => `SourceCustomDbEngineVersionIdentifier ${value} is not the ARN of a custom engine version of this account and Region.`,
  state: (key: string, status: string, allowed: string) => `Custom engine version ${key} is in status ${status}; it must be ${allowed}.`,
} as const;
// --- end issue 14 custom engine versions ---

// --- Issue 14: tenant databases (tenant-databases/) ---
export const TDM = {
  notFound: (name: string, instance: string) => `Tenant database ${name} not found in DB instance ${instance}.`,
  exists: (name: string, instance: string) => `Tenant database ${name} already exists in DB instance ${instance}.`,
  quota: (limit: number, instance: string) => `DB instance ${instance} already has ${limit} tenant databases, the most a CDB can hold.`,
  notMultiTenant: (instance: string) => `DB instance ${instance} is not an RDS for Oracle CDB instance in the multi-tenant configuration.`,
  multiTenantEngine: (engine: string) => `MultiTenant applies only to RDS for Oracle CDB engines (oracle-ee-cdb, oracle-se2-cdb), not ${engine}.`,
  instanceState: (instance: string, status: string) => `DB instance ${instance} is in status ${status}; its tenant databases can change only while it is available.`,
  tenantState: (name: string, status: string) => `Tenant database ${name} is in status ${status}; it must be available.`,
  name: (member: string) => `${member} must be 1 to 8 letters or digits, beginning with a letter, and not a reserved word.`,
  username: () => "MasterUsername must be 1 to 16 letters, digits or underscores, beginning with a letter, and not a reserved word.",
  password: () => 'MasterUserPassword must be 8 to 30 printable ASCII characters other than /, ", @, & and \'.',
  passwordChoice: () => "Give MasterUserPassword or ManageMasterUserPassword, exactly one of them.",
  lastTenant: (name: string, instance: string) => `Tenant database ${name} is the only tenant of DB instance ${instance} and cannot be deleted.`,
  finalSnapshot: () => "Give FinalDBSnapshotIdentifier, or SkipFinalSnapshot true, but not both.",
  nothingToModify: () => "Give at least one of NewTenantDBName, MasterUserPassword, ManageMasterUserPassword and RotateMasterUserPassword.",
} as const;
// --- end issue 14 tenant databases ---

// --- Issue 13: ModifyDBInstance of standalone DB instances, valid modifications, instance roles (instances/) ---
export const MM = {
  storageSize: (engine: string, type: string, size: number) => `Invalid storage size for engine name ${engine} and storage type ${type}: ${size}`,
  storageGrowth: () => "The allocated storage must be increased by at least 10 percent.",
  storageOptimizing: () => "You can't currently modify the storage of this DB instance because the previous storage change is being optimized.",
  storageAndIops: () => "You must specify both the storage size and iops when modifying the storage size or iops on a DB instance that has iops.",
  storageType: (type: string, engine: string) => `Storage type ${type} is not supported for engine ${engine} (StorageType).`,
  iopsRequired: (type: string) => `Iops is required for storage type ${type}.`,
  iopsNotSupported: (type: string) => `Iops cannot be set for storage type ${type}.`,
  gp3Threshold: (engine: string, threshold: number) => `You can't specify IOPS or storage throughput for engine ${engine} and a storage size less than ${threshold}.`,
  iopsRange: (min: number, max: number, value: number) => `Iops must be from ${min} to ${max}; got ${value}.`,
  iopsRatio: (min: number, max: number) => `The IOPS to storage ratio must be between ${min} and ${max} IOPS per GiB.`,
  throughputGp3: () => "StorageThroughput can be set only for the gp3 storage type.",
  throughputRange: (min: number, max: number, value: number) => `StorageThroughput must be from ${min} to ${max} MiB/s; got ${value}.`,
  throughputRatio: (max: number) => `StorageThroughput can be at most ${max} MiB/s per provisioned IOPS.`,
  maxStorage: () => "The maximum allocated storage must be increased by at least 10 percent.",
  combination: (cls: string, engine: string, version: string, license: string) =>
    `RDS does not support creating a DB instance with the following combination: DBInstanceClass=${cls}, Engine=${engine}, EngineVersion=${version}, LicenseModel=${license}. For supported combinations of instance class and database engine version, see the documentation.`,
  multiAzEngine: (engine: string) => `Multi-AZ deployments are not supported for engine ${engine} (MultiAZ).`,
  backupsWithReplicas: (id: string) => `Automated backups cannot be disabled (BackupRetentionPeriod 0) for DB instance ${id}: it is the source of read replicas.`,
  certificateNotFound: (id: string) => `CACertificateIdentifier ${id} not found.`,
  optionGroupEngine: (name: string, engine: string, major: string) => `The option group ${name} is not for engine ${engine} ${major} (OptionGroupName).`,
  processorEngine: (engine: string) => `ProcessorFeatures are supported only for RDS for Oracle; the engine is ${engine}.`,
  processorFeature: (name: string, value: string, cls: string) => `ProcessorFeature ${name}=${value} is not valid for DB instance class ${cls}.`,
  processorDefaults: () => "ProcessorFeatures and UseDefaultProcessorFeatures cannot both be given.",
  roleArn: (value: string) => `RoleArn must be the ARN of an IAM role (arn:aws:iam::<account>:role/<name>); got ${value}.`,
  roleFeature: (feature: string, engine: string, valid: readonly string[]) =>
    valid.length === 0 ? `The engine ${engine} does not support IAM role features (FeatureName ${feature}).` : `Feature ${feature} is not supported for engine ${engine}; valid names: ${valid.join(", ")}.`,
  roleAurora: (id: string, cluster: string) => `DB instance ${id} is a member of DB cluster ${cluster}; associate IAM roles with the cluster (AddRoleToDBCluster).`,
  roleExists: (role: string, id: string) => `Role ${role} is already associated with DB instance ${id}.`,
  roleFeatureTaken: (feature: string, role: string, id: string) => `Feature ${feature} of DB instance ${id} is already associated with the role ${role}.`,
  roleQuota: (id: string, limit: number) => `DB instance ${id} already has ${limit} associated IAM roles, the most allowed (quota rolesPerInstance).`,
  roleNotFound: (role: string, id: string, feature: string) => `Role ${role} with feature ${feature} is not associated with DB instance ${id}.`,
} as const;
// --- end issue 13 instance modify ---
// --- DB snapshots (db-snapshots/) ---
/** DB (instance) snapshots: create, copy, delete, describe, modify, sharing. */
export const DSM = {
  notFound: (id: string, member: string) => `DBSnapshot ${id} not found (${member}).`,
  exists: (id: string, member: string) => `Cannot create the snapshot because a snapshot with the identifier ${id} already exists (${member}).`,
  beingDeleted: (id: string, member: string) => `DB snapshot ${id} is being deleted; its identifier can be used again once it is gone (${member}).`,
  quota: (limit: number) => `Cannot create more than ${limit} manual DB snapshots in this account and Region (quota manualDbSnapshots).`,
  state: (id: string, status: string, wanted: string) => `DB snapshot ${id} is in status ${status}; the operation requires status ${wanted}.`,
  automatedNotDeletable: (id: string) => `DB snapshot ${id} is an automated snapshot; only manual snapshots can be deleted (DBSnapshotIdentifier).`,
  automatedNotShareable: (id: string) => `DB snapshot ${id} is an automated snapshot; only manual snapshots can be shared. Copy it first (DBSnapshotIdentifier).`,
  automatedNotModifiable: (id: string) => `DB snapshot ${id} is an automated snapshot; only manual snapshots can be upgraded (DBSnapshotIdentifier).`,
  // AWS's own answer for a member of an Aurora or Multi-AZ DB cluster.
  clusterMember: () => "The specified instance is a member of a cluster and a snapshot cannot be created directly. Please use the CreateDBClusterSnapshot API instead.",
  instanceState: (id: string, status: string) =>
    `DB instance ${id} is in status ${status}; a snapshot can be taken only of an available DB instance (DBInstanceIdentifier).`,
  instanceAndSnapshot: () => "DBInstanceIdentifier and DBSnapshotIdentifier cannot be used together.",
  snapshotType: (value: string, valid: readonly string[]) => `SnapshotType must be one of ${valid.join(", ")}; got ${value}.`,
  sourceArn: (value: string) =>
    `SourceDBSnapshotIdentifier ${value} is not a DB snapshot identifier or a DB snapshot ARN (arn:aws:rds:REGION:ACCOUNT:snapshot:ID).`,
  notShared: (arn: string) => `DB snapshot ${arn} is not shared with this account (SourceDBSnapshotIdentifier).`,
  kmsOnUnencrypted: () => "KmsKeyId cannot be given for an unencrypted DB snapshot; the copy of an unencrypted snapshot is unencrypted.",
  kmsRequired: () => "KmsKeyId is required to copy an encrypted DB snapshot from another Region or account: KMS keys belong to one Region.",
  customAz: () => "TargetCustomAvailabilityZone applies only to RDS Custom for SQL Server snapshots, which this mock does not simulate.",
  optionGroup: (name: string) => `OptionGroupName ${name} does not name an option group of this account and Region.`,
  optionGroupEngine: (name: string, engine: string, version: string) =>
    `Option group ${name} is not for engine ${engine} ${version} (OptionGroupName).`,
  optionGroupNotOracle: () => "OptionGroupName can be given only when upgrading an Oracle DB snapshot.",
  upgradeEngine: (engine: string) => `DB snapshots of engine ${engine} cannot be upgraded: ModifyDBSnapshot supports MariaDB, MySQL, PostgreSQL and Oracle.`,
  upgradeShared: (id: string) => `DB snapshot ${id} is shared or public; only a snapshot that is not shared can be upgraded.`,
  versionNotFound: (version: string, engine: string) => `Cannot find version ${version} for ${engine}`,
  upgradeTarget: (version: string, from: string) => `Cannot upgrade the DB snapshot from ${from} to ${version}: not a valid upgrade target (EngineVersion).`,
  attributeName: (value: string) => `AttributeName must be restore; got ${value}.`,
  attributeValue: (value: string) => `ValuesToAdd and ValuesToRemove hold 12-digit AWS account IDs or all; got ${value}.`,
  encryptedPublic: (id: string) => `DB snapshot ${id} is encrypted and cannot be made public (all); share it with account IDs instead (ValuesToAdd).`,
  shareQuota: (limit: number) => `A manual DB snapshot can be shared with at most ${limit} AWS accounts (ValuesToAdd).`,
};
// --- end DB snapshots ---
// --- Issue 13: maintenance (maintenance/), log files (log-files/), recommendations (recommendations/) ---
export const MNT = {
  resourceNotFound: (arn: string) => `The specified resource ${arn} is not found (ResourceIdentifier).`,
  unknownAction: (action: string, valid: readonly string[]) => `Invalid ApplyAction: ${action}. Valid values: ${valid.join(", ")}.`,
  notPending: (action: string, arn: string) => `The action ${action} is not pending for resource ${arn} (ApplyAction).`,
  optInType: (value: string) => `Invalid OptInType: ${value}. Valid values: immediate, next-maintenance, undo-opt-in.`,
  noWindow: (arn: string) => `Resource ${arn} has no maintenance window to apply the action at (OptInType next-maintenance).`,
  logFileNotFound: (name: string) => `DBLog File: ${name}, is not found on the DB instance`,
  downloadMarker: (marker: string) => `The parameter Marker is not a marker returned by DownloadDBLogFilePortion: ${marker}.`,
  numberOfLines: (value: number) => `NumberOfLines must be from 1 to 10000; got ${value}.`,
  recommendationNotFound: (id: string) => `The recommendation ${id} is not found (RecommendationId).`,
  recommendationStatus: (value: string) => `Invalid Status: ${value}. Valid values: active, dismissed.`,
  recommendationAction: (id: string) => `The recommended action ${id} is not an action of this recommendation (RecommendedActionUpdates).`,
  recommendationActionStatus: (value: string) => `Invalid recommended action Status: ${value}. Valid values: applied, scheduled.`,
  locale: (value: string, valid: readonly string[]) => `Invalid Locale: ${value}. Valid values: ${valid.join(", ")}.`,
} as const;
// --- end issue 13 maintenance ---
// --- Aurora global databases (global-clusters/) ---
export const GCM = {
  notFound: (id: string) => `Global cluster ${id} not found (GlobalClusterIdentifier).`,
  exists: (id: string) => `Global cluster ${id} already exists (GlobalClusterIdentifier).`,
  quota: (limit: number) => `Cannot create more than ${limit} global clusters in this account (quota globalClusters).`,
  engineRequired: () => "The parameter Engine must be provided when SourceDBClusterIdentifier is not given.",
  engine: (engine: string) => `Invalid engine ${engine} for a global cluster (Engine): valid values are aurora-mysql and aurora-postgresql.`,
  fromSource: (member: string) => `${member} can't be specified with SourceDBClusterIdentifier: Aurora uses the source DB cluster's value.`,
  sourceNotFound: (value: string) => `The source cluster could not be found or cannot be accessed: ${value} (SourceDBClusterIdentifier).`,
  sourceEngine: (id: string, engine: string) => `DB cluster ${id} runs ${engine}: only Aurora MySQL and Aurora PostgreSQL provisioned clusters can join a global cluster.`,
  alreadyMember: (id: string, global: string) => `DB cluster ${id} is already a member of global cluster ${global}.`,
  state: (id: string, status: string) => `Global cluster ${id} is in ${status} state; it must be available for this operation.`,
  hasMembers: (id: string, count: number) => `Global cluster ${id} still has ${count} member cluster(s); remove them (RemoveFromGlobalCluster) before deleting it.`,
  deletionProtection: () => "Cannot delete protected Global Cluster, please disable deletion protection and try again.",
  crossRegion: (what: string) => `Cannot specify ${what} for cross region replication cluster`,
  joinEngine: (given: string, global: string, id: string) => `The engine ${given} doesn't match the engine ${global} of global cluster ${id} (Engine).`,
  joinVersion: (given: string, global: string, id: string) => `The engine version ${given} doesn't match the engine version ${global} of global cluster ${id} (EngineVersion).`,
  regionTaken: (id: string, region: string) => `Global cluster ${id} already has a member cluster in ${region}: one cluster per Region.`,
  regionLimit: (id: string, limit: number) => `Global cluster ${id} already has ${limit} secondary Regions, the most it can have (quota secondaryRegionsPerGlobalCluster).`,
  primaryNotAvailable: (id: string, status: string) => `The primary cluster ${id} is in ${status} state; a secondary cluster can be added only while it is available.`,
  notMember: (cluster: string, id: string) => `DB cluster ${cluster} is not a member of global cluster ${id}.`,
  memberArn: (value: string, member: string) => `${member} must be the ARN of a DB cluster of this account: ${value}.`,
  removePrimary: (id: string) => `The primary cluster of global cluster ${id} can be removed only when it is the last member; remove the secondary clusters first.`,
  targetIsWriter: (cluster: string) => `DB cluster ${cluster} is already the primary cluster of the global cluster (TargetDbClusterIdentifier).`,
  dataLossAndSwitchover: () => "AllowDataLoss and Switchover can't both be specified: AllowDataLoss fails over, Switchover switches over.",
  switchoverVersions: (target: string, version: string, primary: string) =>
    `DB cluster ${target} runs engine version ${version}: a switchover needs every member on the primary's version ${primary}; upgrade it first or fail over (AllowDataLoss).`,
  downgrade: (current: string, target: string) => `Cannot upgrade global cluster from ${current} to ${target}: the version is older (EngineVersion).`,
  majorUpgrade: () => "The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version (EngineVersion).",
  deleteSecondary: () => "This cluster is a part of a global cluster, please remove it from globalcluster first",
  deletePrimary: () => "Unable to delete cluster that is a primary member of global cluster while there are other global cluster members",
  writeForwardingPrimary: () => "EnableGlobalWriteForwarding applies only to a secondary cluster of a global cluster.",
} as const;
// --- end global databases ---
// --- RDS Proxy (proxies/) ---
export const PM = {
  proxyNotFound: (name: string) => `DBProxy ${name} is not found.`,
  proxyExists: (name: string) => `A DB proxy with the name ${name} already exists.`,
  proxyQuota: (limit: number) => `Cannot create more than ${limit} DB proxies in this account and Region (quota dbProxies).`,
  proxyState: (name: string, status: string) => `DB proxy ${name} is in the ${status} state; it must be available.`,
  proxyDeleting: (name: string) => `DB proxy ${name} is already being deleted.`,
  endpointNotFound: (name: string) => `DBProxyEndpoint ${name} is not found.`,
  endpointExists: (name: string) => `A DB proxy endpoint with the name ${name} already exists.`,
  endpointQuota: (proxy: string, limit: number) => `DB proxy ${proxy} already has the maximum number of endpoints (${limit}, quota dbProxyEndpointsPerProxy).`,
  endpointState: (name: string, status: string) => `DB proxy endpoint ${name} is in the ${status} state; it must be available.`,
  endpointDefault: (member: string) => `The default endpoint of a DB proxy can't be created, modified or deleted: ${member} must not be "default".`,
  targetGroupNotFound: (name: string, proxy: string) => `Target group ${name} is not found for DB proxy ${proxy}; every proxy has only the target group "default".`,
  targetGroupRename: () => `The default target group of a DB proxy can't be renamed (NewName).`,
  targetNotFound: (id: string, proxy: string) => `${id} is not a registered target of DB proxy ${proxy}.`,
  targetRegistered: (id: string, proxy: string) => `${id} is already registered with DB proxy ${proxy}.`,
  proxyHasTarget: (proxy: string, current: string) => `DB proxy ${proxy} already has a target (${current}): a proxy handles connections to a single DB instance or DB cluster.`,
  oneTarget: () => "Give exactly one DB instance (DBInstanceIdentifiers) or one DB cluster (DBClusterIdentifiers): a proxy handles connections to a single DB instance or DB cluster.",
  targetsMissing: () => "Give DBInstanceIdentifiers or DBClusterIdentifiers.",
  memberInstance: (id: string, cluster: string) => `DB instance ${id} is a member of DB cluster ${cluster}: register the cluster (DBClusterIdentifiers).`,
  engineFamily: (kind: string, id: string, engine: string, family: string) => `The ${kind} ${id} (engine ${engine}) is not compatible with a proxy of engine family ${family}.`,
  authRequired: () => "Auth is required unless DefaultAuthScheme is IAM_AUTH.",
  secretArn: (value: string) => `SecretArn ${value} is not the ARN of a Secrets Manager secret of this account and Region (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME).`,
  secretRequired: () => "Each Auth entry with AuthScheme SECRETS needs a SecretArn.",
  secretDuplicate: (value: string) => `SecretArn ${value} is given more than once in Auth.`,
  clientAuthType: (value: string, family: string, valid: readonly string[]) => `ClientPasswordAuthType ${value} is not valid for engine family ${family}; valid values: ${valid.join(", ")}.`,
  iamEnabled: () => "IAMAuth ENABLED is valid only for proxies of engine family SQLSERVER.",
  roleArn: (value: string) => `RoleArn ${value} is not the ARN of an IAM role.`,
  subnetId: (id: string) => `The subnet ${id} is not a valid subnet id (subnet-<8 or 17 hex digits>).`,
  subnetCount: (member: string) => `${member} must name at least two different subnets, in different Availability Zones.`,
  subnetDuplicate: (member: string, id: string) => `The subnet ${id} is given more than once in ${member}.`,
  securityGroup: (member: string, id: string) => `The security group ${id} in ${member} is not a valid security group id (sg-<8 or 17 hex digits>).`,
  idleTimeout: (value: number) => `IdleClientTimeout must be from 1 to 28800 seconds; got ${value}.`,
  poolRange: (member: string, min: number, max: number, value: number) => `ConnectionPoolConfig.${member} must be from ${min} to ${max}; got ${value}.`,
  poolIdle: (idle: number, max: number) => `ConnectionPoolConfig.MaxIdleConnectionsPercent (${idle}) must not exceed MaxConnectionsPercent (${max}).`,
  pinningFilter: (value: string) => `ConnectionPoolConfig.SessionPinningFilters value ${value} is not valid; the only allowed value is EXCLUDE_VARIABLE_SETS.`,
} as const;
// --- end RDS Proxy ---
// --- Issue 14: DB capacity reservations (capacity-reservations/) ---
export const DCRM = {
  notFound: (id: string) => `DB capacity reservation ${id} not found (DBCapacityReservationIdentifier).`,
  exists: (name: string) => `A DB capacity reservation named ${name} already exists in this account and Region.`,
  name: (name: string, rule: string) => `DBCapacityReservationName ${JSON.stringify(name)} is not valid: ${rule}.`,
  engine: (engine: string, valid: readonly string[]) => `Invalid DB engine for a DB capacity reservation: ${engine}. Engine must be one of ${valid.join(", ")}.`,
  engineNotOrderable: (engine: string, region: string) => `No DB instance of engine ${engine} is orderable in ${region}, so no capacity can be reserved for it.`,
  classNotOrderable: (cls: string, engine: string) => `DB instance class ${cls} is not orderable for engine ${engine} (DBInstanceClass).`,
  licenseEngine: (engine: string) => `LicenseModel cannot be specified for engine ${engine}: only RDS for SQL Server Enterprise, Standard and Developer editions, RDS for Oracle, and RDS for Db2 Standard and Advanced editions take one.`,
  licenseValue: (value: string, engine: string, valid: readonly string[]) => `LicenseModel ${value} is not valid for engine ${engine}; valid values: ${valid.join(", ")}.`,
  licenseClass: (value: string, cls: string, engine: string) => `LicenseModel ${value} is not orderable for DB instance class ${cls} of engine ${engine}.`,
  licenseRequired: (engine: string, cls: string, valid: readonly string[]) => `LicenseModel is required for engine ${engine} with DB instance class ${cls}: more than one license model is orderable (${valid.join(", ")}).`,
  capacity: (member: string, value: number) => `${member} ${value} is not valid: it must be a whole number of DB instances, at least 1.`,
  azs: (rule: string) => `AvailabilityZones is not valid: ${rule}.`,
  pair: (given: string, missing: string) => `${given} requires ${missing}: a future-dated reservation takes StartDate and CommitmentDuration together.`,
  startDate: (value: string) => `StartDate ${value} is not valid: it must be from 5 to 120 days in the future.`,
  commitment: (value: number, min: number) => `CommitmentDuration ${value} is not valid: it must be a whole number of seconds from ${min} to less than 315576000 (10 years).`,
  endDatePast: (value: string) => `EndDate ${value} is not valid: it must be a date and time in the future.`,
  endBeforeCommitment: (value: string, earliest: string) => `EndDate ${value} is not valid: it must be at or after ${earliest}, the end of the capacity commitment.`,
  futureClass: (cls: string, rule: string) => `DB instance class ${cls} is not supported for a future-dated DB capacity reservation: ${rule}.`,
  vcpus: (cls: string, capacity: number, vcpus: number) =>
    `A future-dated DB capacity reservation must reserve at least 32 vCPUs in each Availability Zone; ${capacity} x ${cls} is ${vcpus} vCPUs.`,
  quota: (limit: number, wanted: number) => `The reservation would take the DB instances of this account and Region to ${wanted}, over the quota of ${limit} (quota dbInstances).`,
  state: (id: string, state: string, action: string) => `DB capacity reservation ${id} is in the ${state} state and cannot be ${action}.`,
  committed: (id: string, until: string) => `DB capacity reservation ${id} is active during its capacity commitment, which ends ${until}; it cannot be cancelled before then.`,
  belowCommitment: (value: number, committed: number, until: string) =>
    `CapacityPerAvailabilityZone ${value} is below the committed ${committed} per Availability Zone; the commitment lasts until ${until}.`,
  endDateType: (value: string) => `EndDateType ${value} is not valid; valid values are limited and unlimited.`,
  endDateNeedsType: () => "EndDate requires EndDateType limited.",
  limitedNeedsDate: () => "EndDateType limited requires EndDate.",
  unlimitedWithDate: () => "EndDate cannot be specified with EndDateType unlimited.",
  noChange: () => "No modifications were requested: specify CapacityPerAvailabilityZone or EndDateType.",
  stateFilter: () => "The state filter doesn't accept expired: compare EndDate with the current date and time instead.",
} as const;
// --- end issue 14 DB capacity reservations ---
// --- Issue 14: blue/green deployments (blue-green/) ---
export const BGM = {
  notFound: (id: string) => `BlueGreenDeploymentIdentifier ${id} doesn't refer to an existing blue/green deployment.`,
  nameTaken: (name: string) => `A blue/green deployment named ${name} already exists in this account and Region.`,
  sourceTaken: (source: string, id: string) => `The source ${source} is already part of blue/green deployment ${id}.`,
  sourceArn: (value: string) => `Source ${value} is not the ARN of a DB instance or DB cluster of this account and Region.`,
  instanceNotSupported: (id: string, why: string) => `The DB instance ${id} isn't supported as the source of a blue/green deployment: ${why}.`,
  clusterNotSupported: (id: string, why: string) => `The DB cluster ${id} isn't supported as the source of a blue/green deployment: ${why}.`,
  version: (version: string, engine: string) => `TargetEngineVersion ${version} is not a version of ${engine}.`,
  downgrade: (version: string, current: string) => `TargetEngineVersion ${version} is lower than the source's engine version ${current}: a blue/green deployment can only upgrade.`,
  auroraOnly: (member: string) => `${member} doesn't apply to an Amazon Aurora blue/green deployment.`,
  instanceOnly: (member: string) => `${member} applies only to a blue/green deployment of an Aurora DB cluster.`,
  storageType: (type: string) => `TargetStorageType ${type} is not valid; valid values are gp2, gp3, io1 and io2.`,
  throughput: (type: string) => `TargetStorageThroughput applies only to the gp3 storage type, not ${type}.`,
  iops: (type: string) => `TargetIops applies only to the io1, io2 and gp3 storage types, not ${type}.`,
  storage: (value: number, current: number) => `TargetAllocatedStorage ${value} is not valid: give between 20 and 65536 GiB (the source has ${current}).`,
  clusterGroupFamily: (name: string, family: string, wanted: string) => `The DB cluster parameter group ${name} is of family ${family}, not ${wanted} of the green environment.`,
  resourceConfig: (arn: string) => `TargetResourceConfigurations names ${arn}, which is not a resource of the blue environment.`,
  state: (id: string, status: string, allowed: string) => `The blue/green deployment ${id} is in status ${status}; this action needs status ${allowed}.`,
  notReady: (arn: string, status: string) => `The blue/green deployment can't be switched over: ${arn} is in status ${status}, not available.`,
  deleteTarget: (id: string) => `DeleteTarget can't be specified for blue/green deployment ${id}: its status is SWITCHOVER_COMPLETED.`,
  instanceHeld: (id: string, deployment: string) => `The DB instance ${id} is part of blue/green deployment ${deployment}: delete the deployment first.`,
  clusterHeld: (id: string, deployment: string) => `The DB cluster ${id} is part of blue/green deployment ${deployment}: delete the deployment first.`,
} as const;
// --- end issue 14 blue/green deployments ---
