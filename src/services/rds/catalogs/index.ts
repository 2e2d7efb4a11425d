/**
 * The read-only catalogs of RDS (orderable options, major versions, certificates, source Regions,
 * event categories, account quotas) and the retired EC2-Classic DB security group commands: one file
 * per catalog, its data as tables beside its handler.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { RdsWorld } from "../world.js";
import { accountAttributeOperations } from "./account-attributes.js";
import { certificateOperations } from "./certificates.js";
import { eventCategoryOperations } from "./event-categories.js";
import { majorVersionOperations } from "./major-versions.js";
import { orderableOperations } from "./orderable.js";
import { securityGroupOperations } from "./security-groups.js";
import { sourceRegionOperations } from "./source-regions.js";

export { orderableOptions, type Orderable, type OrderableQuery } from "./orderable.js";
export { defaultCertificateForNewLaunches } from "./certificates.js";
export { accountQuotas } from "./account-attributes.js";

export const catalogOperations: Operations<typeof Sdk, RdsWorld> = {
  ...orderableOperations,
  ...majorVersionOperations,
  ...certificateOperations,
  ...sourceRegionOperations,
  ...eventCategoryOperations,
  ...accountAttributeOperations,
  ...securityGroupOperations,
};
