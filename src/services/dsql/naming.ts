/**
 * Names AWS gives DSQL resources: ARNs, connection endpoints, the PrivateLink service name, and the
 * Regions where DSQL runs (a witness or peer Region must be one of them).
 */
import { arn, parseArn } from "../../core/regions.js";
import type { DsqlContext } from "./world.js";

/**
 * Regions with Aurora DSQL endpoints (AWS's endpoint list). Backend option
 * `settings: { dsql: { regions: [...] } }` replaces the list, for Regions added later.
 */
export const DSQL_REGIONS: readonly string[] = [
  "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "ca-west-1",
  "eu-central-1", "eu-north-1", "eu-south-1", "eu-west-1", "eu-west-2", "eu-west-3",
  "ap-east-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
  "ap-southeast-1", "ap-southeast-2", "ap-southeast-4",
];

export function dsqlRegions(ctx: DsqlContext): readonly string[] {
  const configured = ctx.settings.regions;
  return Array.isArray(configured) ? (configured as string[]) : DSQL_REGIONS;
}

export function isDsqlRegion(ctx: DsqlContext, region: string): boolean {
  return dsqlRegions(ctx).includes(region);
}

export function clusterArn(region: string, accountId: string, id: string): string {
  return arn("dsql", region, accountId, `cluster/${id}`);
}

export function streamArn(region: string, accountId: string, clusterId: string, streamId: string): string {
  return arn("dsql", region, accountId, `cluster/${clusterId}/stream/${streamId}`);
}

/** The PostgreSQL connection endpoint: `<identifier>.dsql.<region>.on.aws`. */
export function clusterEndpoint(region: string, id: string): string {
  return `${id}.dsql.${region}.on.aws`;
}

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

/**
 * The Region's PrivateLink service: `com.amazonaws.<region>.dsql-<6 hex digits>`, as the API reference
 * and the model's ServiceName pattern require (`com\.amazonaws\.[a-z0-9-]+\.dsql-[a-f0-9]{6}`). The
 * user guide's older example (`dsql-fnh4`) does not match that pattern, so no Region uses it. The hex
 * suffix is derived from the Region's name: one service serves every cluster of a Region, so the answer
 * does not depend on the cluster.
 */
export function vpcEndpointServiceName(region: string): string {
  return `com.amazonaws.${region}.${vpcServiceIdentifier(region)}`;
}

/** The cluster's endpoint behind that service: `<identifier>.<service identifier>.<region>.on.aws`. */
export function clusterVpcEndpoint(region: string, id: string): string {
  return `${id}.${vpcServiceIdentifier(region)}.${region}.on.aws`;
}

function vpcServiceIdentifier(region: string): string {
  let h = 2166136261;
  for (let i = 0; i < region.length; i++) h = Math.imul(h ^ region.charCodeAt(i), 16777619);
  return `dsql-${((h >>> 0) & 0xffffff).toString(16).padStart(6, "0")}`;
}
