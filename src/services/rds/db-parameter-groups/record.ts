/** New DB parameter group records and the default group of every family (a fresh world's). */
import type { WorldScope } from "../../../core/service.js";
import type { DBParameterGroupRecord } from "../world.js";
import { DB_FAMILIES, defaultDBParameterGroupName } from "./families.js";
import { dbParameterGroups } from "./resource.js";

/** A new group record (no tags, no parameter values of its own). */
export function dbParameterGroupRecord(scope: WorldScope, name: string, family: string, description: string): DBParameterGroupRecord {
  return {
    DBParameterGroupName: name,
    DBParameterGroupFamily: family,
    Description: description,
    DBParameterGroupArn: dbParameterGroups.arnOf(scope, name),
    TagList: [],
  };
}

export function defaultDBParameterGroups(scope: WorldScope): Record<string, DBParameterGroupRecord> {
  const out: Record<string, DBParameterGroupRecord> = {};
  for (const family of DB_FAMILIES) {
    const name = defaultDBParameterGroupName(family);
    out[name] = dbParameterGroupRecord(scope, name, family, `Default parameter group for ${family}`);
  }
  return out;
}
