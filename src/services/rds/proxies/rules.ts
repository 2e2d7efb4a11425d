/**
 * The documented rules of RDS Proxy settings (API reference: CreateDBProxy, ModifyDBProxy,
 * CreateDBProxyEndpoint, UserAuthConfig; RDS user guide, "Quotas and limitations for RDS Proxy").
 * There is no EC2 or Secrets Manager here: subnets, security groups, secrets and roles are checked
 * for their form only.
 */
import type { ClientPasswordAuthType, UserAuthConfig, UserAuthConfigInfo } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { parseArn } from "../../../core/regions.js";
import type { CallContext } from "../../../core/service.js";
import { PM } from "../messages/index.js";
import type { RdsWorld } from "../world.js";

/** The engine family each DB engine's proxy needs (RDS Proxy supports MySQL, PostgreSQL and SQL Server engines). */
export function engineFamilyOf(engine: string | undefined): string | undefined {
  const e = (engine ?? "").toLowerCase();
  if (e === "mysql" || e === "mariadb" || e === "aurora-mysql" || e === "aurora") return "MYSQL";
  if (e === "postgres" || e === "aurora-postgresql") return "POSTGRESQL";
  if (e.startsWith("sqlserver")) return "SQLSERVER";
  return undefined;
}

/** UserAuthConfig.ClientPasswordAuthType: the types each engine family takes, its default first. */
const CLIENT_AUTH: Record<string, readonly string[]> = {
  MYSQL: ["MYSQL_NATIVE_PASSWORD", "MYSQL_CACHING_SHA2_PASSWORD"],
  POSTGRESQL: ["POSTGRES_SCRAM_SHA_256", "POSTGRES_MD5"],
  SQLSERVER: ["SQL_SERVER_AUTHENTICATION"],
};

/** A Secrets Manager secret ARN of this account and Region: `arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME`. */
function checkSecretArn(ctx: CallContext<RdsWorld>, value: string): void {
  const parsed = parseArn(value);
  const ok = parsed && parsed.service === "secretsmanager" && parsed.region === ctx.region && parsed.accountId === ctx.accountId && /^secret:.+/.test(parsed.resource);
  if (!ok) fail("InvalidParameterValue", PM.secretArn(value));
}

/**
 * Auth: each entry's SecretArn (needed with AuthScheme SECRETS, the only scheme), IAMAuth (ENABLED only
 * for SQL Server: UserAuthConfig) and ClientPasswordAuthType (of the family); without
 * DefaultAuthScheme IAM_AUTH at least one entry is needed. Returns the stored form with defaults.
 */
export function checkAuth(ctx: CallContext<RdsWorld>, auth: readonly UserAuthConfig[] | undefined, family: string, scheme: string): UserAuthConfigInfo[] {
  const list = auth ?? [];
  if (list.length === 0 && scheme !== "IAM_AUTH") fail("InvalidParameterValue", PM.authRequired());
  const seen = new Set<string>();
  return list.map((a) => {
    if (a.SecretArn === undefined) fail("InvalidParameterValue", PM.secretRequired());
    checkSecretArn(ctx, a.SecretArn);
    if (seen.has(a.SecretArn)) fail("InvalidParameterValue", PM.secretDuplicate(a.SecretArn));
    seen.add(a.SecretArn);
    if (a.IAMAuth === "ENABLED" && family !== "SQLSERVER") fail("InvalidParameterValue", PM.iamEnabled());
    const valid = CLIENT_AUTH[family];
    if (a.ClientPasswordAuthType !== undefined && !valid.includes(a.ClientPasswordAuthType)) {
      fail("InvalidParameterValue", PM.clientAuthType(a.ClientPasswordAuthType, family, valid));
    }
    const out: UserAuthConfigInfo = {
      AuthScheme: a.AuthScheme ?? "SECRETS",
      SecretArn: a.SecretArn,
      IAMAuth: a.IAMAuth ?? "DISABLED",
      ClientPasswordAuthType: a.ClientPasswordAuthType ?? (valid[0] as ClientPasswordAuthType),
    };
    if (a.Description !== undefined) out.Description = a.Description;
    if (a.UserName !== undefined) out.UserName = a.UserName;
    return out;
  });
}

/** RoleArn: the IAM role the proxy reads its secrets with. */
export function checkRoleArn(value: string): void {
  if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value)) fail("InvalidParameterValue", PM.roleArn(value));
}

const SUBNET_ID = /^subnet-([0-9a-f]{8}|[0-9a-f]{17})$/;
const SG_ID = /^sg-([0-9a-f]{8}|[0-9a-f]{17})$/;

/**
 * VpcSubnetIds: well-formed subnet ids (InvalidSubnet), no duplicates, and at least two (the proxy
 * guide: "at least two subnets in different Availability Zones"; AZs are not known here).
 */
export function checkSubnets(ids: readonly string[], member: string): string[] {
  const seen = new Set<string>();
  for (const id of ids) {
    if (!SUBNET_ID.test(id)) fail("InvalidSubnet", PM.subnetId(id));
    if (seen.has(id)) fail("InvalidParameterValue", PM.subnetDuplicate(member, id));
    seen.add(id);
  }
  if (seen.size < 2) fail("InvalidParameterValue", PM.subnetCount(member));
  return [...seen];
}

/** VpcSecurityGroupIds / SecurityGroups: well-formed security group ids; undefined when not given. */
export function checkSecurityGroups(ids: readonly string[] | undefined, member: string): string[] | undefined {
  if (ids === undefined) return undefined;
  for (const id of ids) if (!SG_ID.test(id)) fail("InvalidParameterValue", PM.securityGroup(member, id));
  return [...new Set(ids)];
}

/** IdleClientTimeout: "can be between 1 and 28,800" seconds (default 1,800). */
export function checkIdleTimeout(value: number | undefined): void {
  if (value !== undefined && (value < 1 || value > 28_800)) fail("InvalidParameterValue", PM.idleTimeout(value));
}

/** The status a proxy must be in for a change (anything but `available`: InvalidDBProxyStateFault). */
export function checkProxyAvailable(proxy: { DBProxyName: string; Status: string }): void {
  if (proxy.Status !== "available") fail("InvalidDBProxyStateFault", PM.proxyState(proxy.DBProxyName, proxy.Status));
}
