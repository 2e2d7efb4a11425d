/** Cluster parameter group record -> DBClusterParameterGroup: the SDK members only (not its tags). */
import type { DBClusterParameterGroup } from "@aws-sdk/client-rds";
import { toOutput } from "../../../core/output.js";
import { timestampsOf } from "../shared/shape.js";
import type { ClusterParameterGroupRecord } from "../world.js";

const TIMESTAMPS = timestampsOf("DBClusterParameterGroup");

export function shapeParameterGroup(record: ClusterParameterGroupRecord): DBClusterParameterGroup {
  const { TagList: _tags, ...rest } = record;
  return toOutput<DBClusterParameterGroup>(rest, TIMESTAMPS);
}
