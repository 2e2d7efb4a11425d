/** Messages of DB cluster snapshots, restores and database activity streams. */
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
