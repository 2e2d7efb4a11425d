/**
 * The documented rules that the model's traits do not carry (member documentation and the
 * DocumentDB developer guide), checked before any state changes. Each check throws a
 * ValidationException naming the member.
 */
import { constraint, REDACTED } from "./messages.js";
import { checkAll, invalid } from "./errors.js";
import { backupOverlapsMaintenance, parseBackupWindow, parseMaintenanceWindow } from "./windows.js";

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
/** The TagKeyList limit of the model, applied to the tags a resource may hold. */
export const MAX_TAGS = 50;
/**
 * Reserved administrator names. Only `serviceadmin` is documented (DocumentDB creates that user in
 * every cluster); other engine words are not listed anywhere, so they are accepted.
 */
export const RESERVED_USER_NAMES = ["serviceadmin"] as const;
export const MAINTENANCE_ACTIONS = ["ENGINE_UPDATE", "ENGINE_UPGRADE", "SECURITY_UPDATE", "OS_UPDATE", "MASTER_USER_PASSWORD_UPDATE"] as const;

/** Cluster and snapshot names: 1-63 letters, digits or hyphens; a letter first; no `--`, no trailing `-`. */
const RESOURCE_NAME = /^[A-Za-z](?:[A-Za-z0-9]|-(?!-))*$/;
const ADMIN_USER_NAME = /^[A-Za-z][A-Za-z0-9]{0,62}$/;
/** Printable ASCII (space to tilde) except `/`, `"` and `@`. */
const PASSWORD = /^[\x20-\x21\x23-\x2e\x30-\x3f\x41-\x7e]{8,100}$/;
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/;

export function checkResourceName(member: string, value: string): void {
  if (value.length > 63 || !RESOURCE_NAME.test(value) || value.endsWith("-")) invalid(member, value, constraint.resourceName);
}

export function checkAdminUserName(value: string): void {
  if (!ADMIN_USER_NAME.test(value)) invalid("adminUserName", value, constraint.adminUserName);
  const reserved = RESERVED_USER_NAMES.find((w) => w === value.toLowerCase());
  if (reserved) invalid("adminUserName", value, constraint.reservedUserName(reserved));
}

/** With PLAIN_TEXT the member is the password; with SECRET_ARN it names the secret holding it. */
export function checkPassword(authType: string, value: string): void {
  if (authType === "SECRET_ARN") {
    if (!SECRET_ARN.test(value)) invalid("adminUserPassword", REDACTED, constraint.secretArn);
  } else if (!PASSWORD.test(value)) {
    invalid("adminUserPassword", REDACTED, constraint.password);
  }
}

export function checkShardCapacity(member: string, value: number | undefined): void {
  if (value !== undefined && !(SHARD_CAPACITIES as readonly number[]).includes(value)) {
    invalid(member, value, constraint.shardCapacity(SHARD_CAPACITIES));
  }
}

export function checkRange(member: keyof typeof RANGES, value: number | undefined): void {
  const [min, max] = RANGES[member];
  if (value !== undefined && (value < min || value > max)) invalid(member, value, constraint.between(min, max));
}

/** Each window on its own: its format and a length of at least 30 minutes (both members reported). */
export function checkWindowFormats(maintenance: string | undefined, backup: string | undefined): void {
  checkAll(
    () => {
      if (maintenance === undefined) return;
      const m = parseMaintenanceWindow(maintenance);
      if (!m) invalid("preferredMaintenanceWindow", maintenance, constraint.maintenanceWindow);
      if (m.length < 30) invalid("preferredMaintenanceWindow", maintenance, constraint.windowAtLeast30);
    },
    () => {
      if (backup === undefined) return;
      const b = parseBackupWindow(backup);
      if (!b) invalid("preferredBackupWindow", backup, constraint.backupWindow);
      if (b.length < 30) invalid("preferredBackupWindow", backup, constraint.windowAtLeast30);
    },
  );
}

/**
 * The backup window may not overlap the maintenance window (windows already checked by
 * `checkWindowFormats`). `current` fills in the window the request leaves unchanged (UpdateCluster);
 * the member named is the one the request gives (the backup window when it gives both).
 */
export function checkWindowOverlap(
  maintenance: string | undefined,
  backup: string | undefined,
  current?: { maintenance: string; backup: string },
): void {
  const mText = maintenance ?? current?.maintenance;
  const bText = backup ?? current?.backup;
  if (mText === undefined || bText === undefined || (maintenance === undefined && backup === undefined)) return;
  const m = parseMaintenanceWindow(mText);
  const b = parseBackupWindow(bText);
  if (!m || !b || !backupOverlapsMaintenance(b, m)) return;
  if (backup !== undefined) invalid("preferredBackupWindow", backup, constraint.backupOverlapsMaintenance);
  invalid("preferredMaintenanceWindow", maintenance, constraint.backupOverlapsMaintenance);
}

/** The tags a resource would hold after adding `added` to `existing` stay within the limit. */
export function checkTagCount(member: string, added: Record<string, string> | undefined, existing: Record<string, string> = {}): void {
  if (!added) return;
  let count = Object.keys(existing).length;
  for (const key of Object.keys(added)) if (!Object.hasOwn(existing, key)) count++;
  if (count > MAX_TAGS) invalid(member, added, constraint.tooManyTags(MAX_TAGS));
}
