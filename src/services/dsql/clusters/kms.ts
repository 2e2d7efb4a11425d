/**
 * Resolves `kmsEncryptionKey` (key ARN, key ID, alias name, alias ARN or the reserved
 * `AWS_OWNED_KMS_KEY`) to the cluster's encryption settings. There is no KMS behind the mock, so an
 * alias cannot be resolved to its key: it is answered as the alias ARN
 * (`arn:aws:kms:REGION:ACCOUNT:alias/NAME`).
 */
import { arn, parseArn } from "../../../core/regions.js";
import { invalid } from "../errors.js";
import { messages } from "../messages.js";
import type { DsqlContext, EncryptionRecord } from "../world.js";

export const AWS_OWNED_KEY = "AWS_OWNED_KMS_KEY";

const KEY_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i;
const ALIAS_NAME = /^alias\/[a-zA-Z0-9/_-]+$/;
const KEY_RESOURCE = /^key\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i;

/** Encryption with no key given: a key owned by AWS, enabled from the start. */
export function awsOwnedEncryption(): EncryptionRecord {
  return { encryptionType: "AWS_OWNED_KMS_KEY", encryptionStatus: "ENABLED" };
}

/** The ARN the key resolves to, or undefined for `AWS_OWNED_KMS_KEY`. Throws ValidationException. */
export function resolveKmsKey(value: string, region: string, accountId: string): string | undefined {
  if (value === AWS_OWNED_KEY) return undefined;
  if (KEY_ID.test(value)) return arn("kms", region, accountId, `key/${value}`);
  if (ALIAS_NAME.test(value)) return arn("kms", region, accountId, value);
  const p = parseArn(value);
  if (p && p.service === "kms" && /^[0-9]{12}$/.test(p.accountId) && (KEY_RESOURCE.test(p.resource) || ALIAS_NAME.test(p.resource))) {
    // DSQL encrypts with a key of its own Region: a key ARN of another Region is refused.
    if (p.region !== region) invalid("kmsEncryptionKey", messages.kmsKeyOtherRegion(value, region));
    return value;
  }
  return invalid("kmsEncryptionKey", messages.kmsKeyInvalid(value));
}

/** The encryption a requested key leads to, or undefined when it is the cluster's current one. */
export function encryptionFor(ctx: DsqlContext, key: string, current?: EncryptionRecord): EncryptionRecord | undefined {
  const kmsKeyArn = resolveKmsKey(key, ctx.region, ctx.accountId);
  const next: EncryptionRecord = kmsKeyArn
    ? { encryptionType: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyArn, encryptionStatus: "ENABLED" }
    : awsOwnedEncryption();
  if (current && current.encryptionType === next.encryptionType && current.kmsKeyArn === next.kmsKeyArn) return undefined;
  return next;
}
