/** The account's CEVs as DescribeDBEngineVersions lists them (beside the catalog), with their page keys. */
import type { DBEngineVersion } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import type { RdsWorld } from "../world.js";
import { shapeCev } from "./shape.js";

export interface CevQuery {
  engine?: string;
  version?: string;
  family?: string;
  /** Without IncludeAll, only available CEVs are listed (as the API reference says of every version). */
  includeAll: boolean;
}

export function listedCevs(ctx: CallContext<RdsWorld>, q: CevQuery): [key: string, version: DBEngineVersion][] {
  return Object.values(ctx.world.customEngineVersions ?? {})
    .filter(
      (v) =>
        (q.engine === undefined || v.Engine === q.engine) &&
        (q.version === undefined || v.EngineVersion === q.version) &&
        (q.family === undefined || v.DBParameterGroupFamily === q.family) &&
        (q.includeAll || v.Status === "available"),
    )
    .map((v): [string, DBEngineVersion] => [`${v.Engine} ~${v.EngineVersion}`, shapeCev(v)]);
}

/** Whether `family` is the family of one of the account's CEVs. */
export function isCevFamily(ctx: CallContext<RdsWorld>, family: string): boolean {
  return Object.values(ctx.world.customEngineVersions ?? {}).some((v) => v.DBParameterGroupFamily === family);
}
