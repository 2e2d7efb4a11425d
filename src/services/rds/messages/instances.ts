/**
 * Messages of standalone DB instances (create, delete, reboot, start, stop). AWS's own wording
 * where it is known (quoted in issue threads and the API reference), marked otherwise.
 */
export const SIM = {
  // "The parameter AllocatedStorage must be provided and must not be null." (RDS, quoted in
  // aws-cloudformation/cloudformation-coverage-roadmap#1557)
  required: (member: string) => `The parameter ${member} must be provided and must not be null.`,
  blank: (member: string) => `The parameter ${member} must be provided and must not be blank.`,
  invalidEngine: (engine: string) => `Invalid DB engine: ${engine}`,
  // AWS: "Cannot find version 9.6.3 for aurora" (hashicorp/terraform-provider-aws#2419).
  engineVersion: (version: string, engine: string) => `Cannot find version ${version} for ${engine}`,
  combination: (cls: string, engine: string, version: string, license: string) =>
    `RDS does not support creating a DB instance with the following combination: DBInstanceClass=${cls}, Engine=${engine}, EngineVersion=${version}, LicenseModel=${license}. For supported combinations of instance class and database engine version, see the documentation.`,
  licenseModel: (license: string, engine: string, valid: readonly string[]) =>
    `Invalid license model '${license}' for engine ${engine}; valid values: ${valid.join(", ")}.`,
  storageType: (type: string, engine: string) => `Invalid storage type ${type} for engine ${engine}.`,
  storageSize: (engine: string, type: string, size: number) => `Invalid storage size for engine name ${engine} and storage type ${type}: ${size}`,
  iopsRequired: (type: string) => `The parameter Iops must be provided for storage type ${type}.`,
  iopsNotAllowed: (type: string) => `Iops cannot be specified for storage type ${type}.`,
  iopsRange: (min: number, max: number, value: number) => `Iops must be from ${min} to ${max}; got ${value}.`,
  iopsRatio: (min: number, max: number) => `The IOPS to allocated storage (GiB) ratio must be between ${min} and ${max}.`,
  // AWS: "You can't specify IOPS or storage throughput for engine mysql and a storage size less than 400."
  // (cloudtools/troposphere#2153)
  gp3Threshold: (engine: string, size: number) => `You can't specify IOPS or storage throughput for engine ${engine} and a storage size less than ${size}.`,
  throughputGp3: () => "StorageThroughput can be specified only for the gp3 storage type.",
  throughputRange: (min: number, max: number, value: number) => `StorageThroughput must be from ${min} to ${max} MiBps; got ${value}.`,
  throughputRatio: (max: number) => `The storage throughput to IOPS ratio must be at most ${max}.`,
  throughputWithIops: () => "StorageThroughput and Iops must be specified together for gp3 storage.",
  username: (max: number) => `MasterUsername must be 1 to ${max} letters, digits or underscores and begin with a letter.`,
  passwordChars: () => "The parameter MasterUserPassword is not a valid password. Only printable ASCII characters besides '/', '@', '\"', ' ' may be used.",
  passwordOracle: () => "The parameter MasterUserPassword is not a valid password. RDS for Oracle passwords cannot contain '&' or \"'\".",
  passwordLength: (max: number) => `The parameter MasterUserPassword is not a valid password because it must be 8 to ${max} characters long.`,
  dbNameNotAllowed: (engine: string) => `DBName must be null for engine: ${engine}`,
  dbName: (max: number) => `DBName must be 1 to ${max} letters, digits or underscores and begin with a letter.`,
  dbNameOracle: () => "DBName (the Oracle SID) must be 1 to 8 letters or digits, begin with a letter, and not be a reserved word.",
  dbNameReserved: (name: string) => `DBName ${name} cannot be used as it is a reserved word used by the engine`,
  port: (value: number) => `Invalid value ${value} for Port: valid values are 1150-65535.`,
  portExcluded: (value: number, engine: string) => `Port ${value} cannot be used for engine ${engine}.`,
  multiAzAndAz: () => "Requesting a specific availability zone is not valid for Multi-AZ instances.",
  multiAzEdition: (engine: string) => `Multi-AZ deployments are not supported for engine ${engine}.`,
  kmsWithoutEncryption: () => "KmsKeyId can be specified only when StorageEncrypted is true.",
  optionGroupEngine: (name: string, of: string, wanted: string) => `The option group ${name} is for ${of}, not ${wanted} (OptionGroupName).`,
  clusterOnly: (member: string) => `${member} applies only to DB instances of a DB cluster (DBClusterIdentifier).`,
  auroraNeedsCluster: (engine: string) => `DBClusterIdentifier is required for a DB instance of engine ${engine}.`,
  // AWS: "Cannot delete protected DB Instance, please disable deletion protection and try again."
  deletionProtection: () => "Cannot delete protected DB Instance, please disable deletion protection and try again.",
  finalSnapshotRequired: () => "FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.",
  finalSnapshotAndSkip: () => "FinalDBSnapshotIdentifier can not be specified when deleting a DB instance with SkipFinalSnapshot=true.",
  replicaFinalSnapshot: (id: string) => `DB instance ${id} is a read replica: FinalDBSnapshotIdentifier can't be specified when deleting a read replica.`,
  failedNeedsSkip: (status: string) => `A DB instance in status ${status} can only be deleted with SkipFinalSnapshot=true.`,
  forceFailover: (id: string) => `Cannot force a failover on DB instance ${id}: it is not a Multi-AZ deployment (ForceFailover).`,
  stopMember: (id: string, cluster: string) =>
    `DB instance ${id} is a member of DB cluster ${cluster}; stop the DB cluster with StopDBCluster instead.`,
  stopReplica: (id: string) => `DB instance ${id} is a read replica; a read replica cannot be stopped.`,
  stopSource: (id: string) => `DB instance ${id} has read replicas; a DB instance with read replicas cannot be stopped.`,
  stopSqlServerMultiAz: (id: string) => `DB instance ${id} is an RDS for SQL Server Multi-AZ deployment, which cannot be stopped.`,
  startMember: (id: string, cluster: string) =>
    `DB instance ${id} is a member of DB cluster ${cluster}; start the DB cluster with StartDBCluster instead.`,
} as const;
