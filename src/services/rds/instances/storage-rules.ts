/**
 * ModifyDBInstance's storage rules (API reference: AllocatedStorage, Iops, StorageType,
 * StorageThroughput, MaxAllocatedStorage; RDS User Guide "Increasing DB instance storage capacity"),
 * checked against the ranges DescribeValidDBInstanceModifications answers (valid-options.ts):
 * - storage only grows, by at least 10%: "Values that are not at least 10% greater than the existing value"
 *   are refused with AWS's message (a size outside the type's range gets "Invalid storage size ...");
 * - "When you increase the allocated storage for a DB instance that uses Provisioned IOPS ..., you must
 *   also specify the Iops parameter";
 * - no new storage modification "for six hours from the last storage modification" (storage-optimization).
 */
import type { ModifyDBInstanceCommandInput } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { CallContext } from "../../../core/service.js";
import { MM } from "../messages/index.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { gp3Threshold, inRanges, minimumGrowth, storageSpec, validIops, validSizes, validThroughput } from "./valid-options.js";

export const STORAGE_COOLDOWN_MS = 6 * 3600_000;
const PROVISIONED = ["io1", "io2"];

/** Whether the call changes the instance's storage (size, type, IOPS or throughput). */
export function changesStorage(instance: InstanceRecord, input: ModifyDBInstanceCommandInput): boolean {
  return (
    (input.AllocatedStorage !== undefined && input.AllocatedStorage !== instance.AllocatedStorage) ||
    (input.StorageType !== undefined && input.StorageType !== instance.StorageType) ||
    (input.Iops !== undefined && input.Iops !== instance.Iops) ||
    (input.StorageThroughput !== undefined && input.StorageThroughput !== instance.StorageThroughput)
  );
}

function checkIops(engine: string, instance: InstanceRecord, input: ModifyDBInstanceCommandInput, type: string, size: number): void {
  const spec = storageSpec(engine, type)!;
  const current = instance.AllocatedStorage ?? 0;
  if (PROVISIONED.includes(type) && input.Iops === undefined) {
    if (!PROVISIONED.includes(instance.StorageType ?? "")) fail("InvalidParameterCombination", MM.iopsRequired(type));
    if (size !== current) fail("InvalidParameterCombination", MM.storageAndIops());
  }
  if (input.Iops !== undefined) {
    const ranges = validIops(engine, spec, size);
    if (ranges.length === 0) fail("InvalidParameterCombination", type === "gp3" ? MM.gp3Threshold(engine, gp3Threshold(engine)) : MM.iopsNotSupported(type));
    if (!inRanges(ranges, input.Iops)) fail("InvalidParameterValue", MM.iopsRange(ranges[0].From!, ranges[0].To!, input.Iops));
    const ratio = spec.iops!;
    if (input.Iops < size * ratio.minPerGib || input.Iops > size * ratio.maxPerGib) fail("InvalidParameterCombination", MM.iopsRatio(ratio.minPerGib, ratio.maxPerGib));
  }
  if (input.StorageThroughput !== undefined) {
    const ranges = validThroughput(engine, spec, size);
    if (ranges.length === 0) fail("InvalidParameterCombination", MM.gp3Threshold(engine, gp3Threshold(engine)));
    if (!inRanges(ranges, input.StorageThroughput)) fail("InvalidParameterValue", MM.throughputRange(ranges[0].From!, ranges[0].To!, input.StorageThroughput));
    const iops = input.Iops ?? instance.Iops ?? spec.iops!.min;
    if (input.StorageThroughput > iops * spec.throughput!.maxPerIops) fail("InvalidParameterCombination", MM.throughputRatio(spec.throughput!.maxPerIops));
  }
}

/** Checks the storage members; answers by how many GiB the storage grows (for the storage quota). */
export function checkStorage(ctx: CallContext<RdsWorld>, instance: InstanceRecord, input: ModifyDBInstanceCommandInput): number {
  const touched = [input.AllocatedStorage, input.StorageType, input.Iops, input.StorageThroughput, input.MaxAllocatedStorage].some((v) => v !== undefined);
  if (!touched) return 0;
  const engine = instance.Engine!;
  const current = instance.AllocatedStorage ?? 0;
  const type = input.StorageType ?? instance.PendingModifiedValues?.StorageType ?? instance.StorageType ?? "gp2";
  const size = input.AllocatedStorage ?? instance.PendingModifiedValues?.AllocatedStorage ?? current;
  const spec = storageSpec(engine, type);
  if (!spec) fail("StorageTypeNotSupportedFault", MM.storageType(type, engine));
  if (input.StorageThroughput !== undefined && type !== "gp3") fail("InvalidParameterCombination", MM.throughputGp3());
  if ((input.AllocatedStorage !== undefined || input.StorageType !== undefined) && !inRanges(validSizes(spec, current), size)) {
    const inTypeRange = size >= (spec.min ?? 0) && size <= (spec.max ?? Infinity);
    if (inTypeRange && size > current && size < minimumGrowth(current)) fail("InvalidParameterCombination", MM.storageGrowth());
    fail("InvalidParameterCombination", MM.storageSize(engine, type, size));
  }
  checkIops(engine, instance, input, type, size);
  if (input.MaxAllocatedStorage !== undefined && input.MaxAllocatedStorage !== size) {
    if (input.MaxAllocatedStorage < minimumGrowth(size) || input.MaxAllocatedStorage > (spec.max ?? Infinity)) fail("InvalidParameterCombination", MM.maxStorage());
  }
  const last = ctx.world.instanceStorageModifiedAt?.[instance.DbiResourceId!];
  if (changesStorage(instance, input) && last !== undefined && ctx.now() - last < STORAGE_COOLDOWN_MS) fail("InvalidParameterCombination", MM.storageOptimizing());
  return Math.max(0, size - (instance.PendingModifiedValues?.AllocatedStorage ?? current));
}
