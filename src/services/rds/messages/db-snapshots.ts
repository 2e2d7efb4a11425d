/** Messages of DB (instance) snapshots. */
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
