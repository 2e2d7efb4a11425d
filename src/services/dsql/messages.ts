/**
 * Every message the DSQL simulation answers with, in one place. Each names the member or resource
 * and the rule it broke, so a test failure explains itself.
 */
export const messages = {
  clusterNotFound: (id: string) => `Cluster not found: no cluster with identifier '${id}' exists in this account and Region.`,
  streamNotFound: (clusterId: string, streamId: string) =>
    `Stream not found: cluster '${clusterId}' has no stream with identifier '${streamId}'.`,
  policyNotFound: (id: string) => `Policy not found: cluster '${id}' has no resource-based policy attached.`,
  resourceNotFound: (arn: string) => `Resource not found: nothing with ARN '${arn}' exists in this account and Region.`,
  resourceArnInvalid: (arn: string) =>
    `resourceArn '${arn}' is not the ARN of an Aurora DSQL cluster or stream (arn:aws:dsql:REGION:ACCOUNT:cluster/ID[/stream/ID]).`,

  deletionProtected: (id: string) =>
    `Cluster '${id}' has deletion protection enabled. Call UpdateCluster with deletionProtectionEnabled=false before deleting it.`,
  clusterBusy: (id: string, status: string, operation: string) =>
    `Cluster '${id}' is ${status}: ${operation} is not possible until the cluster leaves that status.`,
  clusterNotActive: (id: string, status: string, operation: string) =>
    `Cluster '${id}' is ${status}: ${operation} needs an ACTIVE cluster.`,
  streamTargetRequired: () => `targetDefinition must name a target: set targetDefinition.kinesis (streamArn and roleArn).`,
  streamTargetOtherAccount: (field: string, arn: string, accountId: string) =>
    `${field} '${arn}' is not in account ${accountId}: the cluster, the Kinesis stream and the IAM role must be in the same AWS account.`,
  streamTargetOtherRegion: (arn: string, region: string) =>
    `targetDefinition.kinesis.streamArn '${arn}' is not in ${region}: the Kinesis stream must be in the cluster's Region.`,
  streamBusy: (id: string, status: string) => `Stream '${id}' is ${status}: it cannot be deleted until it leaves that status.`,

  // The quota errors open with the sentences of the DSQL quotas page, then say which quota and limit.
  singleRegionQuota: (limit: number, region: string) =>
    `You have reached the cluster limit. The account already has ${limit} single-Region clusters in ${region} (quota singleRegionClusters).`,
  multiRegionQuota: (limit: number, region: string) =>
    `You have reached the cluster limit. The account already has ${limit} multi-Region clusters in ${region} (quota multiRegionClusters).`,
  streamQuota: (limit: number, clusterId: string) =>
    `You have reached the stream limit. Cluster '${clusterId}' already has ${limit} streams (quota streamsPerCluster).`,
  tagQuota: (limit: number, arn: string, total: number) =>
    `Too many tags: '${arn}' would have ${total} tags; a resource can have at most ${limit}.`,

  idempotencyMismatch: (operation: string, token: string) =>
    `clientToken '${token}' was already used for a ${operation} request with different parameters. Use a new clientToken for a different request.`,

  kmsKeyInvalid: (value: string) =>
    `kmsEncryptionKey '${value}' is not a KMS key ARN, key ID, alias name (alias/NAME), alias ARN or AWS_OWNED_KMS_KEY.`,
  kmsKeyOtherRegion: (value: string, region: string) =>
    `kmsEncryptionKey '${value}' is not in ${region}: the KMS key must be in the cluster's own Region.`,

  witnessNotDsqlRegion: (region: string) =>
    `multiRegionProperties.witnessRegion '${region}' is not a Region where Aurora DSQL is available.`,
  witnessIsOwnRegion: (region: string) =>
    `multiRegionProperties.witnessRegion must differ from the cluster's own Region (${region}).`,
  witnessIsPeerRegion: (region: string) =>
    `multiRegionProperties.witnessRegion '${region}' is the Region of a peer cluster: the witness must be a third Region.`,
  witnessRequired: () => `multiRegionProperties.witnessRegion is required to peer clusters: a multi-Region cluster needs a witness Region.`,
  witnessChangeWithPeers: (current: string) =>
    `multiRegionProperties.witnessRegion cannot change from '${current}' while the cluster has peer clusters.`,
  peerOtherAccount: (arn: string) => `multiRegionProperties.clusters: '${arn}' belongs to another account; peers must be in the same account.`,
  peerSameRegion: (arn: string, region: string) =>
    `multiRegionProperties.clusters: '${arn}' is in the cluster's own Region (${region}); peers must be in other Regions.`,
  peerNotDsqlRegion: (arn: string) => `multiRegionProperties.clusters: '${arn}' is not in a Region where Aurora DSQL is available.`,
  peerDuplicateRegion: (region: string) => `multiRegionProperties.clusters lists more than one cluster in ${region}; each peer must be in its own Region.`,
  peerDuplicate: (arn: string) => `multiRegionProperties.clusters lists '${arn}' more than once.`,
  peerNotFound: (arn: string) => `multiRegionProperties.clusters: peer cluster '${arn}' does not exist.`,
  peerDeleting: (arn: string, status: string) => `Peer cluster '${arn}' is ${status} and cannot be peered.`,
  peerNotMultiRegion: (arn: string) =>
    `multiRegionProperties.clusters: '${arn}' is a single-Region cluster; a peer must be created with multiRegionProperties.witnessRegion.`,
  peerWitnessMismatch: (arn: string, peerWitness: string, witness: string) =>
    `multiRegionProperties.clusters: '${arn}' uses witness Region '${peerWitness}', not '${witness}'; peers must share one witness Region.`,

  policyNotJson: (detail: string) => `policy is not valid JSON: ${detail}`,
  policyNotDocument: () => `policy must be a JSON object with a Statement (a policy document).`,
  policyLockout: () =>
    `policy would lock every principal out of managing the cluster's policy (a Deny for all principals on dsql:PutClusterPolicy or dsql:DeleteClusterPolicy). Set bypassPolicyLockoutSafetyCheck=true to apply it anyway.`,
  policyPublic: () =>
    `policy grants public access: an Allow statement for every principal ("*") needs a Condition on a trusted key (aws:PrincipalAccount, aws:PrincipalOrgID, aws:SourceVpc, ...) or named principals (Block Public Access).`,
  policyVersionMismatch: (id: string, expected: string, actual: string | undefined) =>
    `expectedPolicyVersion '${expected}' does not match the current policy version of cluster '${id}' (${actual === undefined ? "no policy attached" : `'${actual}'`}).`,

  nextTokenInvalid: (token: string) => `nextToken '${token}' was not issued by this operation.`,
  tagKeyReserved: (key: string) => `Tag key '${key}' uses the reserved prefix 'aws:'.`,
} as const;
