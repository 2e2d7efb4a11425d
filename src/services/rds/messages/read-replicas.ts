/** Messages of read replicas and instance restores. */
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
