/** Aurora Serverless: v1 capacity (ModifyCurrentDBClusterCapacity) and the v2 platform catalog. */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { RdsWorld } from "../world.js";
import { capacityOperations } from "./capacity.js";
import { platformVersionOperations } from "./platform-versions.js";

export const serverlessOperations: Operations<typeof Sdk, RdsWorld> = { ...capacityOperations, ...platformVersionOperations };
