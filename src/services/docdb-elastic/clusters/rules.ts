/**
 * The documented rules of elastic clusters that the model's traits do not carry (member
 * documentation and the DocumentDB developer guide). Input rules return their problem (see
 * `errors.ts`); state and quota rules throw the service's error.
 */
import type { CallContext } from "../../../core/service.js";
import { conflict, invalidState, problem, quotaExceeded, type Problem } from "../errors.js";
import { constraint, message, REDACTED } from "../messages.js";
import { backupOverlapsMaintenance, parseBackupWindow, parseMaintenanceWindow } from "../shared/windows.js";
import type { ClusterRecord, DocdbWorld } from "../world.js";

export const SHARD_CAPACITIES = [2, 4, 8, 16, 32, 64] as const;
export const RANGES = {
  shardCount: [1, 32],
  shardInstanceCount: [1, 16],
  backupRetentionPeriod: [1, 35],
} as const;
export const DEFAULT_SHARD_INSTANCE_COUNT = 2;
export const DEFAULT_BACKUP_RETENTION_DAYS = 1;
/** Default when CreateCluster names no key (the model's examples show this value). */
export const AWS_OWNED_KMS_KEY = "AWS_OWNED_KMS_KEY";
/**
 * Reserved administrator names. Only `serviceadmin` is documented (DocumentDB creates that user in
 * every cluster); other engine words are not listed anywhere, so they are accepted.
 */
export const RESERVED_USER_NAMES = ["serviceadmin"] as const;

const ADMIN_USER_NAME = /^[A-Za-z][A-Za-z0-9]{0,62}$/;
/** Printable ASCII (space to tilde) except `/`, `"` and `@`. */
const PASSWORD = /^[\x20-\x21\x23-\x2e\x30-\x3f\x41-\x7e]{8,100}$/;
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/;

export function adminUserNameProblem(value: string): Problem | undefined {
  if (!ADMIN_USER_NAME.test(value)) return problem("adminUserName", value, constraint.adminUserName);
  const reserved = RESERVED_USER_NAMES.find((w) => w === value.toLowerCase());
  return reserved ? problem("adminUserName", value, constraint.reservedUserName(reserved)) : undefined;
}

/** With PLAIN_TEXT the member is the password; with SECRET_ARN it names the secret holding it. */
export function passwordProblem(authType: string, value: string): Problem | undefined {
  if (authType === "SECRET_ARN") return SECRET_ARN.test(value) ? undefined : problem("adminUserPassword", REDACTED, constraint.secretArn);
  return PASSWORD.test(value) ? undefined : problem("adminUserPassword", REDACTED, constraint.password);
}

export function shardCapacityProblem(value: number | undefined): Problem | undefined {
  if (value === undefined || (SHARD_CAPACITIES as readonly number[]).includes(value)) return undefined;
  return problem("shardCapacity", value, constraint.shardCapacity(SHARD_CAPACITIES));
}

export function rangeProblem(member: keyof typeof RANGES, value: number | undefined): Problem | undefined {
  const [min, max] = RANGES[member];
  return value !== undefined && (value < min || value > max) ? problem(member, value, constraint.between(min, max)) : undefined;
}

/** Each window on its own: its format and a length of at least 30 minutes (both members reported). */
export function windowProblems(maintenance: string | undefined, backup: string | undefined): Problem[] {
  const found: Problem[] = [];
  if (maintenance !== undefined) {
    const m = parseMaintenanceWindow(maintenance);
    if (!m) found.push(problem("preferredMaintenanceWindow", maintenance, constraint.maintenanceWindow));
    else if (m.length < 30) found.push(problem("preferredMaintenanceWindow", maintenance, constraint.windowAtLeast30));
  }
  if (backup !== undefined) {
    const b = parseBackupWindow(backup);
    if (!b) found.push(problem("preferredBackupWindow", backup, constraint.backupWindow));
    else if (b.length < 30) found.push(problem("preferredBackupWindow", backup, constraint.windowAtLeast30));
  }
  return found;
}

/**
 * The backup window may not overlap the maintenance window (windows already checked by
 * `windowProblems`). `current` fills in the window the request leaves unchanged (UpdateCluster);
 * the member named is the one the request gives (the backup window when it gives both).
 */
export function windowOverlapProblem(
  maintenance: string | undefined,
  backup: string | undefined,
  current?: { maintenance: string; backup: string },
): Problem | undefined {
  const mText = maintenance ?? current?.maintenance;
  const bText = backup ?? current?.backup;
  if (mText === undefined || bText === undefined || (maintenance === undefined && backup === undefined)) return undefined;
  const m = parseMaintenanceWindow(mText);
  const b = parseBackupWindow(bText);
  if (!m || !b || !backupOverlapsMaintenance(b, m)) return undefined;
  if (backup !== undefined) return problem("preferredBackupWindow", backup, constraint.backupOverlapsMaintenance);
  return problem("preferredMaintenanceWindow", maintenance, constraint.backupOverlapsMaintenance);
}

/** Statuses from which DeleteCluster may start: running, or failed in a way only deletion resolves. */
export const DELETABLE = [
  "ACTIVE",
  "VPC_ENDPOINT_LIMIT_EXCEEDED",
  "IP_ADDRESS_LIMIT_EXCEEDED",
  "INVALID_SECURITY_GROUP_ID",
  "INVALID_SUBNET_ID",
  "INACCESSIBLE_ENCRYPTION_CREDS",
  "INACCESSIBLE_ENCRYPTION_CREDENTIALS_RECOVERABLE",
  "INACCESSIBLE_SECRET_ARN",
  "INACCESSIBLE_VPC_ENDPOINT",
  "INCOMPATIBLE_NETWORK",
] as const;

/** The cluster's state allows `operation`, else ConflictException naming the status and what is needed. */
export function requireStatus(cluster: ClusterRecord, operation: string, allowed: readonly string[], needed = allowed.join(" or ")): void {
  if (!allowed.includes(cluster.status)) {
    conflict("cluster", cluster.clusterArn, message.clusterState(cluster.clusterArn, cluster.status, operation, needed));
  }
}

/**
 * StartCluster and StopCluster declare no ConflictException (their model and API reference list
 * ValidationException, ResourceNotFoundException and the common errors): a cluster in the wrong
 * state is a ValidationException with `reason: "other"`, as the operations declare.
 */
export function requireStatusToStartOrStop(cluster: ClusterRecord, operation: string, allowed: string): void {
  if (cluster.status !== allowed) invalidState(message.clusterState(cluster.clusterArn, cluster.status, operation, allowed));
}

/** A cluster's vCPUs for the Region quota: its shards times the vCPUs of each shard. */
export const vcpusOf = (c: { shardCapacity: number; shardCount: number }): number => c.shardCapacity * c.shardCount;

/** The Region's vCPUs stay within the `vcpus` quota when cluster `replacing` (if any) uses `vcpus` instead. */
export function checkVcpus(ctx: CallContext<DocdbWorld>, vcpus: number, replacing: string | undefined): void {
  let used = 0;
  for (const c of Object.values(ctx.world.clusters)) if (c.id !== replacing) used += vcpusOf(c);
  const max = ctx.quota("vcpus");
  if (used + vcpus > max) quotaExceeded(message.vcpuQuota(vcpus, used, max));
}
