/**
 * Every message the DocumentDB Elastic simulation answers with, in one place. `constraint` texts
 * complete the REST-JSON "Value ... at 'member' failed to satisfy constraint: ..." sentence of a
 * ValidationException; the others are whole messages.
 */
export const constraint = {
  resourceName: "Member must contain from 1 to 63 letters, digits or hyphens, start with a letter, and must not end with a hyphen or contain two consecutive hyphens",
  adminUserName: "Member must contain from 1 to 63 letters or digits and start with a letter",
  reservedUserName: (word: string) => `Member must not be a reserved word ('${word}')`,
  password: "Member must contain from 8 to 100 printable ASCII characters other than '/', '\"' and '@'",
  secretArn: "Member must be the ARN of a Secrets Manager secret (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) when authType is SECRET_ARN",
  passwordForAuthChange: "Member must be given when authType changes",
  shardCapacity: (allowed: readonly number[]) => `Member must be one of ${allowed.join(", ")}`,
  between: (min: number, max: number) => `Member must have value between ${min} and ${max}`,
  maintenanceWindow: "Member must have the format ddd:hh24:mi-ddd:hh24:mi (UTC) with days Mon, Tue, Wed, Thu, Fri, Sat or Sun",
  backupWindow: "Member must have the format hh24:mi-hh24:mi (UTC)",
  windowAtLeast30: "Member must be a window of at least 30 minutes",
  backupOverlapsMaintenance: "Member must not overlap the preferred maintenance window",
  clusterArn: "Member must be an elastic cluster ARN (arn:aws:docdb-elastic:REGION:ACCOUNT:cluster/ID)",
  snapshotArn: "Member must be an elastic cluster snapshot ARN (arn:aws:docdb-elastic:REGION:ACCOUNT:cluster-snapshot/ID)",
  resourceArn: "Member must be the ARN of an elastic cluster or an elastic cluster snapshot",
  tooManyTags: (max: number) => `Member must leave at most ${max} tags on the resource`,
  snapshotType: "Member must be one of MANUAL or AUTOMATED",
  nextToken: "Member must be a nextToken returned by an earlier call of this operation",
  applyAction: (allowed: readonly string[]) => `Member must be one of ${allowed.join(", ")}`,
  applyOnRequired: "Member must be given when optInType is APPLY_ON",
  applyOnOnlyWithApplyOn: "Member may be given only when optInType is APPLY_ON",
  applyOnFormat: "Member must have the format yyyy/MM/dd HH:mm-yyyy/MM/dd HH:mm (UTC)",
  applyOnStart: "Member must start from 30 minutes to 14 days from now, and no later than the action's forced apply date",
  applyOnLength: "Member must be a window from 30 minutes to 8 hours long",
} as const;

export const message = {
  clusterNotFound: (arn: string) => `Elastic cluster '${arn}' was not found.`,
  snapshotNotFound: (arn: string) => `Elastic cluster snapshot '${arn}' was not found.`,
  resourceNotFound: (arn: string) => `Resource '${arn}' was not found.`,
  pendingActionNotFound: (action: string, arn: string) => `There is no pending maintenance action '${action}' for resource '${arn}'.`,

  clusterNameTaken: (name: string) => `An elastic cluster named '${name}' already exists in this account and Region.`,
  snapshotNameTaken: (name: string) => `An elastic cluster snapshot named '${name}' already exists in this account and Region.`,
  clusterState: (arn: string, status: string, operation: string, allowed: string) =>
    `Elastic cluster '${arn}' is ${status}; ${operation} needs it to be ${allowed}.`,
  snapshotState: (arn: string, status: string, operation: string) =>
    `Elastic cluster snapshot '${arn}' is ${status}; ${operation} needs it to be ACTIVE.`,
  automatedSnapshotDelete: (arn: string) =>
    `Elastic cluster snapshot '${arn}' is an automated snapshot; it is removed with its cluster, not by DeleteClusterSnapshot.`,
  clientTokenReused: (token: string, operation: string) =>
    `The clientToken '${token}' was already used for a ${operation} request with different parameters.`,
  immediateCannotBeUndone: (action: string) =>
    `The IMMEDIATE opt-in of maintenance action '${action}' cannot be undone.`,

  clusterQuota: (quota: number) => `The quota of ${quota} elastic clusters per Region is reached.`,
  vcpuQuota: (needed: number, used: number, quota: number) =>
    `This request needs ${needed} vCPUs but ${used} of the quota of ${quota} vCPUs per Region are in use.`,
  snapshotQuota: (quota: number) => `The quota of ${quota} manual elastic cluster snapshots per Region is reached.`,
} as const;

/** What a sensitive member's value shows as in a validation message. */
export const REDACTED = "*** Sensitive Data Redacted ***";
