/**
 * DescribeValidDBInstanceModifications: the storage options (types, size ranges from the current size,
 * IOPS and throughput ranges and ratios) and processor features a DB instance can move to, from the
 * same ranges ModifyDBInstance checks (valid-options.ts). A member of an Aurora DB cluster has no
 * storage of its own: its list is empty.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { RdsWorld } from "../world.js";
import { checkInstanceState } from "./modify-member.js";
import { findInstance } from "./resource.js";
import { validProcessorFeatures, validStorageOptions } from "./valid-options.js";

export const validModificationOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeValidDBInstanceModifications(input, ctx) {
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    // A DB instance that is being created or deleted has no settled configuration to modify from.
    checkInstanceState(instance, ["available", "modifying", "storage-optimization", "stopped", "backing-up", "rebooting", "renaming", "upgrading"]);
    const standalone = instance.DBClusterIdentifier === undefined;
    return {
      ValidDBInstanceModificationsMessage: {
        Storage: standalone ? validStorageOptions(instance) : [],
        ValidProcessorFeatures: validProcessorFeatures(instance.Engine!, instance.DBInstanceClass!),
        SupportsDedicatedLogVolume: false,
      },
    };
  },
};
