/**
 * DescribeDBProxyTargetGroups and ModifyDBProxyTargetGroup. Every proxy has one target group,
 * `default`, made with the proxy; its connection pool settings follow ConnectionPoolConfiguration.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { ConnectionPoolConfiguration } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { noFilters } from "../catalogs/describe.js";
import { PM } from "../messages/index.js";
import { describePage } from "../shared/filters.js";
import type { DBProxyTargetGroupRecord, RdsWorld, Stored } from "../world.js";
import { getProxy, getTargetGroup } from "./resource.js";
import { checkProxyAvailable } from "./rules.js";
import { shapeTargetGroup } from "./shape.js";

type Pool = NonNullable<Stored<DBProxyTargetGroupRecord["ConnectionPoolConfig"]>>;

function range(member: string, value: number | undefined, min: number, max: number): void {
  if (value !== undefined && (value < min || value > max)) fail("InvalidParameterValue", PM.poolRange(member, min, max, value));
}

/**
 * ConnectionPoolConfiguration: MaxConnectionsPercent 1-100; MaxIdleConnectionsPercent 0 up to
 * MaxConnectionsPercent; ConnectionBorrowTimeout 0-3600 seconds; SessionPinningFilters only
 * EXCLUDE_VARIABLE_SETS. Returns the settings after the change (unchanged members kept).
 */
function checkPool(current: Pool, change: ConnectionPoolConfiguration | undefined): Pool {
  if (!change) return current;
  range("MaxConnectionsPercent", change.MaxConnectionsPercent, 1, 100);
  range("MaxIdleConnectionsPercent", change.MaxIdleConnectionsPercent, 0, 100);
  range("ConnectionBorrowTimeout", change.ConnectionBorrowTimeout, 0, 3600);
  for (const f of change.SessionPinningFilters ?? []) if (f !== "EXCLUDE_VARIABLE_SETS") fail("InvalidParameterValue", PM.pinningFilter(f));
  const next: Pool = {
    ...current,
    MaxConnectionsPercent: change.MaxConnectionsPercent ?? current.MaxConnectionsPercent,
    MaxIdleConnectionsPercent: change.MaxIdleConnectionsPercent ?? current.MaxIdleConnectionsPercent,
    ConnectionBorrowTimeout: change.ConnectionBorrowTimeout ?? current.ConnectionBorrowTimeout,
    SessionPinningFilters: change.SessionPinningFilters ? [...new Set(change.SessionPinningFilters)] : current.SessionPinningFilters,
  };
  if (change.InitQuery !== undefined) next.InitQuery = change.InitQuery;
  if ((next.MaxIdleConnectionsPercent ?? 0) > (next.MaxConnectionsPercent ?? 100)) {
    fail("InvalidParameterValue", PM.poolIdle(next.MaxIdleConnectionsPercent!, next.MaxConnectionsPercent!));
  }
  return next;
}

export const proxyTargetGroupOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeDBProxyTargetGroups(input, ctx) {
    // API reference: Filters "isn't currently supported".
    noFilters(input.Filters);
    const proxy = getProxy(ctx, input.DBProxyName!);
    const group = getTargetGroup(ctx, proxy, input.TargetGroupName);
    const page = describePage({ [group.TargetGroupName]: group }, input);
    return { TargetGroups: page.items.map(shapeTargetGroup), Marker: page.Marker };
  },

  ModifyDBProxyTargetGroup(input, ctx) {
    const proxy = getProxy(ctx, input.DBProxyName!);
    const group = getTargetGroup(ctx, proxy, input.TargetGroupName!);
    if (input.NewName !== undefined && input.NewName.toLowerCase() !== group.TargetGroupName) fail("InvalidParameterValue", PM.targetGroupRename());
    checkProxyAvailable(proxy);
    const pool = checkPool(group.ConnectionPoolConfig ?? {}, input.ConnectionPoolConfig);
    // Every check has passed: from here on, state changes.
    group.ConnectionPoolConfig = pool;
    group.UpdatedDate = ctx.now();
    return { DBProxyTargetGroup: shapeTargetGroup(group) };
  },
};
