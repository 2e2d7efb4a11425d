/** Subnet group record -> DBSubnetGroup: the SDK members only (its tags are read with ListTagsForResource). */
import type { DBSubnetGroup } from "@aws-sdk/client-rds";
import { toOutput } from "../../../core/output.js";
import { timestampsOf } from "../shared/shape.js";
import type { SubnetGroupRecord } from "../world.js";

const TIMESTAMPS = timestampsOf("DBSubnetGroup");

export function shapeSubnetGroup(record: SubnetGroupRecord): DBSubnetGroup {
  const { TagList: _tags, ...rest } = record;
  return toOutput<DBSubnetGroup>(rest, TIMESTAMPS);
}
