/** Fresh DSQL state for one account and Region. */
import type { WorldScope } from "../../core/service.js";
import type { DsqlWorld } from "./world.js";

export function createDsqlWorld(_scope?: WorldScope): DsqlWorld {
  return { clusters: {}, streams: {}, idempotency: {} };
}
