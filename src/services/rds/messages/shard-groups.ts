/** Messages of DB shard groups of Aurora PostgreSQL Limitless Database. */
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
