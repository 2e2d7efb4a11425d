/**
 * RDS identifier rules (DB clusters, instances, snapshots, parameter groups): 1 to N letters, digits
 * or hyphens, a letter first, no trailing hyphen and no two hyphens in a row. RDS stores them lowercase
 * and matches them case-insensitively, so every lookup lowercases the name first.
 */
import { fail } from "../../../core/aws-error.js";
import { M } from "../messages/index.js";

const IDENTIFIER = /^[A-Za-z](?:-?[A-Za-z0-9])*$/;

/** Checks `value` against the identifier rule and returns it lowercase; InvalidParameterValue names `member`. */
export function checkIdentifier(value: unknown, member: string, options: { maxLength?: number } = {}): string {
  const max = options.maxLength ?? 63;
  if (typeof value !== "string" || value.length === 0) fail("InvalidParameterValue", M.identifier(member));
  if (value.length > max) fail("InvalidParameterValue", M.identifierLength(member, max));
  if (!IDENTIFIER.test(value)) fail("InvalidParameterValue", M.identifier(member));
  return value.toLowerCase();
}

/**
 * The resource part of an RDS ARN of this account and Region (`cluster:ID` -> `ID` for kind `cluster`),
 * or undefined when `value` is no such ARN.
 */
export function idFromArn(value: string, kind: string, region: string, accountId: string): string | undefined {
  if (!value.startsWith("arn:")) return undefined;
  const parts = value.split(":");
  if (parts.length !== 7 || parts[2] !== "rds" || parts[3] !== region || parts[4] !== accountId || parts[5] !== kind) {
    return undefined;
  }
  return parts[6];
}

const HEX = "0123456789abcdef";
const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Stable text drawn from a seed text (FNV-1a): the parts of an account's and Region's resources that
 * are the same for every resource and every run (endpoint label, default VPC, subnets, keys).
 */
export function stableText(seed: string, length: number, alphabet: "hex" | "alnum" = "hex"): string {
  const chars = alphabet === "hex" ? HEX : LOWER_ALNUM;
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let out = "";
  for (let i = 0; i < length; i++) {
    h = Math.imul(h ^ (i + 1), 16777619);
    h ^= h >>> 15;
    out += chars[(h >>> 0) % chars.length];
  }
  return out;
}

/**
 * The record stored under `key`, never an inherited member: a caller's `constructor` or `__proto__`
 * must find nothing rather than Object.prototype's members.
 */
export function own<T>(collection: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(collection, key) ? collection[key] : undefined;
}

/** Whether `collection` holds at least `limit` records (that `keep` accepts); stops counting there. */
export function reachesLimit<T>(collection: Record<string, T>, limit: number, keep?: (record: T) => boolean): boolean {
  if (limit <= 0) return true;
  let count = 0;
  for (const key in collection) {
    if (keep && !keep(collection[key])) continue;
    if (++count >= limit) return true;
  }
  return false;
}

/** The key of an RDS name: RDS stores names lowercase and matches them case-insensitively. */
export function lowercase(identifier: string): string {
  return identifier.toLowerCase();
}

/**
 * The empty collection a resource reads when the world has none yet (a dump saved before the resource
 * existed). Frozen: reads must never create it; the first insert does.
 */
export const NO_RECORDS: Record<string, never> = Object.freeze({}) as Record<string, never>;
