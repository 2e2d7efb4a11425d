/**
 * Names AWS gives a cluster's endpoints: the PostgreSQL endpoint and the PrivateLink (VPC endpoint)
 * service with the cluster's endpoint behind it.
 */

/** The PostgreSQL connection endpoint: `<identifier>.dsql.<region>.on.aws`. */
export function clusterEndpoint(region: string, id: string): string {
  return `${id}.dsql.${region}.on.aws`;
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
