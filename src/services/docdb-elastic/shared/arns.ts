/**
 * The form of an ARN. Cluster ARNs are `arn:aws:docdb-elastic:REGION:ACCOUNT:cluster/ID`, snapshot
 * ARNs `...:cluster-snapshot/ID`, with a UUID as ID. A malformed ARN is a ValidationException; a
 * well-formed ARN of a resource that does not exist here (another Region or account included) is a
 * ResourceNotFoundException (the resources' `require...`).
 */
import { parseArn } from "../../../core/regions.js";
import { problem, type Problem } from "../errors.js";
import { constraint } from "../messages.js";

export type ResourceKind = "cluster" | "cluster-snapshot";

/** The kind and id an elastic cluster ARN names, or undefined when it is not one. */
export function parseResourceArn(value: string): { kind: ResourceKind; id: string; region: string; accountId: string } | undefined {
  const parsed = parseArn(value);
  if (!parsed || parsed.service !== "docdb-elastic" || !/^\d{12}$/.test(parsed.accountId) || parsed.region === "") return undefined;
  const slash = parsed.resource.indexOf("/");
  const kind = parsed.resource.slice(0, slash);
  const id = parsed.resource.slice(slash + 1);
  if (slash < 0 || id === "" || id.includes("/") || (kind !== "cluster" && kind !== "cluster-snapshot")) return undefined;
  return { kind, id, region: parsed.region, accountId: parsed.accountId };
}

const FORM = { cluster: constraint.clusterArn, "cluster-snapshot": constraint.snapshotArn } as const;

/** The value is an ARN of `kind` (its form only: the resource may not exist). */
export function arnProblem(kind: ResourceKind, member: string, value: string): Problem | undefined {
  return parseResourceArn(value)?.kind === kind ? undefined : problem(member, value, FORM[kind]);
}
