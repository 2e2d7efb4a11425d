/**
 * Every error message of the RDS simulation, one file per area, each an object of message functions.
 * Each message names the member and the rule it broke; codes are the SDK's class names or AWS's
 * error codes (see the callers). Import from here: `import { M } from "../messages/index.js"`.
 */
export { M } from "./clusters.js";
export { SM } from "./cluster-snapshots.js";
export { CM } from "./catalogs.js";
export { EM } from "./events.js";
export { GM } from "./groups.js";
export { BM } from "./automated-backups.js";
export { RRM } from "./read-replicas.js";
export { XM } from "./serverless.js";
export { RM } from "./reserved-instances.js";
export { HM } from "./shard-groups.js";
export { IM } from "./integrations.js";
export { SIM } from "./instances.js";
export { XTM } from "./export-tasks.js";
export { CEM } from "./custom-engine-versions.js";
export { TDM } from "./tenant-databases.js";
export { MM } from "./instance-modify.js";
export { DSM } from "./db-snapshots.js";
export { MNT } from "./maintenance.js";
export { GCM } from "./global-clusters.js";
export { PM } from "./proxies.js";
export { DCRM } from "./capacity-reservations.js";
export { BGM } from "./blue-green.js";
