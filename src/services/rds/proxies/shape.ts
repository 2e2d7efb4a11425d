/** Proxy, endpoint and target group records -> SDK outputs (fresh copies with Dates; tags and keys left out). */
import type { DBProxy, DBProxyEndpoint, DBProxyTargetGroup } from "@aws-sdk/client-rds";
import { outputCopier } from "../shared/copier.js";
import { timestampsOf } from "../shared/shape.js";
import type { DBProxyEndpointRecord, DBProxyRecord, DBProxyTargetGroupRecord, Stored } from "../world.js";

const copyProxy = outputCopier<DBProxy>(timestampsOf("DBProxy"));
const copyEndpoint = outputCopier<DBProxyEndpoint>(timestampsOf("DBProxyEndpoint"));
const copyTargetGroup = outputCopier<DBProxyTargetGroup>(timestampsOf("DBProxyTargetGroup"));

export function shapeProxy(record: DBProxyRecord): DBProxy {
  const { TagList: _tags, ...rest } = record;
  return copyProxy(rest);
}

export function shapeEndpoint(record: Stored<DBProxyEndpoint>): DBProxyEndpoint {
  const { TagList: _tags, ProxyId: _proxy, ...rest } = record as DBProxyEndpointRecord;
  return copyEndpoint(rest);
}

export function shapeTargetGroup(record: DBProxyTargetGroupRecord): DBProxyTargetGroup {
  const { TagList: _tags, ProxyId: _proxy, ...rest } = record;
  return copyTargetGroup(rest);
}

/**
 * A proxy's default endpoint (DescribeDBProxyEndpoints lists it with IsDefault): read/write, the
 * proxy's own host name, subnets and security groups; its status follows the proxy's.
 */
export function defaultEndpoint(proxy: DBProxyRecord): Stored<DBProxyEndpoint> {
  return {
    DBProxyEndpointName: "default",
    DBProxyName: proxy.DBProxyName,
    Status: proxy.Status === "creating" || proxy.Status === "deleting" ? proxy.Status : "available",
    VpcId: proxy.VpcId,
    VpcSecurityGroupIds: proxy.VpcSecurityGroupIds,
    VpcSubnetIds: proxy.VpcSubnetIds,
    Endpoint: proxy.Endpoint,
    CreatedDate: proxy.CreatedDate,
    TargetRole: "READ_WRITE",
    IsDefault: true,
    EndpointNetworkType: proxy.EndpointNetworkType,
  };
}
