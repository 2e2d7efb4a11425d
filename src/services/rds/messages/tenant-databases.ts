/** Messages of tenant databases of Oracle multi-tenant CDBs. */
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
