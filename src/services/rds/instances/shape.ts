/** Instance record -> DBInstance: a fresh copy with Date timestamps (shared/copier.ts). */
import type { DBInstance } from "@aws-sdk/client-rds";
import { outputCopier } from "../shared/copier.js";
import { timestampsOf } from "../shared/shape.js";
import type { InstanceRecord } from "../world.js";

const copyInstance = outputCopier<DBInstance>(timestampsOf("DBInstance"));

export function shapeInstance(record: InstanceRecord): DBInstance {
  return copyInstance(record);
}
