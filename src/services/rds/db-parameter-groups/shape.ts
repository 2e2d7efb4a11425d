/** DB parameter group record -> DBParameterGroup: the SDK members only (not its tags or its user's values). */
import type { DBParameterGroup } from "@aws-sdk/client-rds";
import type { DBParameterGroupRecord } from "../world.js";

export function shapeDBParameterGroup(record: DBParameterGroupRecord): DBParameterGroup {
  const { DBParameterGroupName, DBParameterGroupFamily, Description, DBParameterGroupArn } = record;
  return { DBParameterGroupName, DBParameterGroupFamily, Description, DBParameterGroupArn };
}
