/** Messages of DB clusters, their member instances, groups and tags. */
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
