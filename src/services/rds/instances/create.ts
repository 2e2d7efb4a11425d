/** CreateDBInstance of a standalone (non-cluster) DB instance: the rules (create-rules.ts), then the record (standalone.ts). */
import type { CreateDBInstanceCommandInput, CreateDBInstanceCommandOutput } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import type { RdsWorld } from "../world.js";
import { checkStandaloneCreate } from "./create-rules.js";
import { shapeInstance } from "./shape.js";
import { addStandaloneInstance } from "./standalone.js";

export function createStandalone(input: CreateDBInstanceCommandInput, ctx: CallContext<RdsWorld>): Omit<CreateDBInstanceCommandOutput, "$metadata"> {
  const params = checkStandaloneCreate(ctx, input);
  return { DBInstance: shapeInstance(addStandaloneInstance(ctx, params)) };
}
