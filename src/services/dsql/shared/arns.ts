/**
 * Reading DSQL ARNs: what an ARN given by a caller points at. The ARNs of records come from the
 * resources' descriptors (`clusters.arnOf`, `streams.arnOf`).
 */
import { parseArn } from "../../../core/regions.js";

/** What a DSQL ARN points at, or undefined when it is not one. */
export type DsqlArn =
  | { kind: "cluster"; region: string; accountId: string; clusterId: string }
  | { kind: "stream"; region: string; accountId: string; clusterId: string; streamId: string };

const CLUSTER_RESOURCE = /^cluster\/([a-z0-9]{26})$/;
const STREAM_RESOURCE = /^cluster\/([a-z0-9]{26})\/stream\/([a-z0-9]{26})$/;

export function parseDsqlArn(value: string): DsqlArn | undefined {
  const p = parseArn(value);
  if (!p || p.service !== "dsql" || !/^[0-9]{12}$/.test(p.accountId)) return undefined;
  const c = CLUSTER_RESOURCE.exec(p.resource);
  if (c) return { kind: "cluster", region: p.region, accountId: p.accountId, clusterId: c[1] };
  const s = STREAM_RESOURCE.exec(p.resource);
  if (s) return { kind: "stream", region: p.region, accountId: p.accountId, clusterId: s[1], streamId: s[2] };
  return undefined;
}
