/**
 * What a service tells the core about a command's authorization: the IAM requests it makes (action,
 * resource ARN, Region, request condition keys), written per service as a table of rules.
 */
import { arn } from "../regions.js";
import type { CallContext } from "../call-context.js";
import type { ServiceAuthorizationReference } from "./reference.js";

export type ContextValue = string | readonly string[];

/** One authorization AWS performs for a command: one action on one resource. */
export interface AuthorizationRequest {
  /** Full action name: `dsql:CreateCluster`, `iam:PassRole`. */
  action: string;
  /** Resource ARN, or `*` for an action without a resource type. */
  resource: string;
  /** The resource type of the Service Authorization Reference (absent for `*`). */
  resourceType?: string;
  /** Where the check happens when not in the call's Region (DSQL's witness Region). */
  region?: string;
  /** Condition keys of the request (`aws:RequestTag/env`, `dsql:WitnessRegion`, ...). */
  context?: Record<string, ContextValue>;
  /** Keys of `context` a least-privilege policy pins to the values seen (`dsql:WitnessRegion`, `iam:PassedToService`). */
  pin?: readonly string[];
}

/** One row of a service's table: a request that a command makes (when `when` holds). */
export interface AuthorizationRule<World> {
  /** `CreateCluster` (the service's own prefix is added) or a full name such as `iam:PassRole`. */
  action: string;
  /** Resource type in the reference, or how to read it from the ARN; absent: the action takes `*`. */
  type?: string | ((resource: string) => string);
  /** The ARN(s) the action is checked on (none: the rule does not apply to this input). */
  resource?: (input: any, ctx: CallContext<World>) => string | readonly string[] | undefined;
  when?: (input: any, ctx: CallContext<World>) => boolean;
  context?: (input: any, ctx: CallContext<World>) => Record<string, ContextValue> | undefined;
  /** The Region the check happens in (default: the call's). */
  region?: (input: any, ctx: CallContext<World>) => string | undefined;
  /** Condition keys a least-privilege policy pins (documented conditions such as `dsql:WitnessRegion`). */
  pin?: readonly string[];
}

export type CommandAuthorization<World> = (input: any, ctx: CallContext<World>) => AuthorizationRequest[];

/** A service's authorization facts: its reference data, its command table and its access-denied error. */
export interface ServiceIam<World = unknown> {
  reference: ServiceAuthorizationReference;
  /** `AccessDeniedException` (REST-JSON services) or `AccessDenied` (RDS, query protocol). */
  accessDeniedCode: string;
  commands: Record<string, CommandAuthorization<World>>;
  /** Condition keys of an existing resource (`aws:ResourceTag/...`); undefined when it does not exist. */
  resourceContext?(arn: string, ctx: CallContext<World>): Record<string, ContextValue> | undefined;
  /** The resource-based policy attached to a resource, if the service has them (DSQL clusters). */
  resourcePolicy?(arn: string, ctx: CallContext<World>): string | undefined;
}

/** Turns a rule table into the command table: each rule yields one request per ARN. */
export function commandsFromRules<World>(prefix: string, table: Record<string, readonly AuthorizationRule<World>[]>): Record<string, CommandAuthorization<World>> {
  const out: Record<string, CommandAuthorization<World>> = {};
  for (const [command, rules] of Object.entries(table)) {
    out[command] = (input, ctx) => {
      const requests: AuthorizationRequest[] = [];
      for (const rule of rules) {
        if (rule.when && !rule.when(input, ctx)) continue;
        const arns = rule.resource ? rule.resource(input, ctx) : "*";
        if (arns === undefined) continue;
        const action = rule.action.includes(":") ? rule.action : `${prefix}:${rule.action}`;
        const context = rule.context?.(input, ctx);
        const region = rule.region?.(input, ctx);
        for (const resource of typeof arns === "string" ? [arns] : arns) {
          const r: AuthorizationRequest = { action, resource };
          if (rule.type !== undefined && resource !== "*") r.resourceType = typeof rule.type === "string" ? rule.type : rule.type(resource);
          if (region !== undefined) r.region = region;
          if (context !== undefined) r.context = context;
          if (rule.pin !== undefined) r.pin = rule.pin;
          requests.push(r);
        }
      }
      return requests;
    };
  }
  return out;
}

/** `aws:RequestTag/<key>` for each tag and `aws:TagKeys` (none when there are no tags). */
export function requestTagContext(tags: Record<string, string | undefined> | undefined): Record<string, ContextValue> | undefined {
  if (!tags) return undefined;
  const keys = Object.keys(tags);
  if (keys.length === 0) return undefined;
  const out: Record<string, ContextValue> = { "aws:TagKeys": keys };
  for (const k of keys) out[`aws:RequestTag/${k}`] = tags[k] ?? "";
  return out;
}

/** `aws:ResourceTag/<key>` for each of a resource's tags. */
export function resourceTagContext(tags: Record<string, string | undefined> | undefined): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(tags ?? {})) out[`aws:ResourceTag/${k}`] = v ?? "";
  return out;
}

/**
 * A KMS key as its ARN: a key id or alias is resolved in the call's account and Region (the form
 * `kms:CreateGrant` and `kms:DescribeKey` are authorized on).
 */
export function kmsKeyArn(key: string, ctx: { accountId: string; region: string }): string {
  if (key.startsWith("arn:")) return key;
  return arn("kms", ctx.region, ctx.accountId, key.startsWith("alias/") ? key : `key/${key}`);
}
