/**
 * The form of an ARN. Cluster ARNs are `arn:aws:docdb-elastic:REGION:ACCOUNT:cluster/ID`, snapshot
 * ARNs `...:cluster-snapshot/ID`, with a UUID as ID. A malformed ARN is a ValidationException; a
 * well-formed ARN of a resource that does not exist here (another Region or account included) is a
 * ResourceNotFoundException (the resources' `require...`).
 */
import { problem, reject, type Problem } from "../errors.js";
import { constraint } from "../messages.js";

export type ResourceKind = "cluster" | "cluster-snapshot";

/**
 * `arn:<partition>:docdb-elastic:<region>:<12-digit account>:<cluster|cluster-snapshot>/<id>`, read
 * as `core/regions` `parseArn` splits an ARN (the id may hold a `:`, never a `/`), in one match.
 */
const RESOURCE_ARN = /^arn:[^:]*:docdb-elastic:([^:]+):(\d{12}):(cluster|cluster-snapshot)\/([^/]+)$/;

/** The kind and id an elastic cluster ARN names, or undefined when it is not one. */
export function parseResourceArn(value: string): { kind: ResourceKind; id: string; region: string; accountId: string } | undefined {
  const m = RESOURCE_ARN.exec(value);
  return m ? { kind: m[3] as ResourceKind, id: m[4], region: m[1], accountId: m[2] } : undefined;
}

const FORM = { cluster: constraint.clusterArn, "cluster-snapshot": constraint.snapshotArn } as const;

/** The value is an ARN of `kind` (its form only: the resource may not exist). */
export function arnProblem(kind: ResourceKind, member: string, value: string): Problem | undefined {
  return parseResourceArn(value)?.kind === kind ? undefined : problem(member, value, FORM[kind]);
}

/**
 * The id (the collection key) an ARN of `kind` names, its form checked in the same one match: a
 * malformed ARN is a ValidationException naming `member`. The caller still compares the record's own
 * ARN with the value, which settles partition, Region and account at once.
 */
export function idFromArn(kind: ResourceKind, member: string, value: string): string {
  const parsed = parseResourceArn(value);
  if (parsed?.kind !== kind) reject(problem(member, value, FORM[kind]));
  return parsed!.id;
}
