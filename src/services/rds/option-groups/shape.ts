/** Option group record -> OptionGroup: the SDK members only (not its tags), timestamps as Dates. */
import type { OptionGroup } from "@aws-sdk/client-rds";
import { toOutput } from "../../../core/output.js";
import { timestampsOf } from "../shared/shape.js";
import type { OptionGroupRecord } from "../world.js";

const TIMESTAMPS = timestampsOf("OptionGroup");

export function shapeOptionGroup(record: OptionGroupRecord): OptionGroup {
  const { TagList: _tags, ...rest } = record;
  return toOutput<OptionGroup>(rest, TIMESTAMPS);
}
