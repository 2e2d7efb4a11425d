/** Instance record -> DBInstance: a fresh copy with Date timestamps (shared/copier.ts). */
import type { DBInstance } from "@aws-sdk/client-rds";
import { outputCopier } from "../shared/copier.js";
import { RDS_TIMESTAMPS } from "../shared/shape.js";
import type { InstanceRecord } from "../world.js";

const copyInstance = outputCopier<DBInstance>(RDS_TIMESTAMPS);

export function shapeInstance(record: InstanceRecord): DBInstance {
  return copyInstance(record);
}
