/**
 * The storage and processor options a standalone DB instance can move to, as ranges built from the
 * orderable catalog (catalogs/orderable-data.ts). DescribeValidDBInstanceModifications answers these
 * ranges and ModifyDBInstance checks its input against the very same ranges, so the two always agree.
 * Rules (ModifyDBInstance API reference, RDS User Guide "Amazon RDS DB instance storage"):
 * - AllocatedStorage grows by at least 10% (or stays as it is); it never shrinks.
 * - Each storage type has its engine's size range; io1/io2 start at 100 GiB.
 * - Provisioned IOPS within the type's range and its IOPS-per-GiB ratio; gp3 IOPS and throughput can be
 *   set only from 400 GiB (Oracle 200 GiB; SQL Server from its minimum), below that gp3 has its baseline.
 * - StorageThroughput only for gp3, up to 0.25 MiB/s per provisioned IOPS.
 */
import type { AvailableProcessorFeature, DoubleRange, Range, ValidStorageOptions } from "@aws-sdk/client-rds";
import { orderableEngine, type StorageSpec } from "../catalogs/orderable-data.js";
import type { InstanceRecord } from "../world.js";

/** gp3: the size from which IOPS and throughput can be provisioned (below it, 3,000 IOPS and 125 MiB/s). */
export function gp3Threshold(engine: string): number {
  if (engine.startsWith("oracle")) return 200;
  if (engine.startsWith("sqlserver")) return 20;
  return 400;
}

/** The storage types of an engine. */
export function storageSpecs(engine: string): readonly StorageSpec[] {
  return orderableEngine(engine)?.storage ?? [];
}

export function storageSpec(engine: string, type: string): StorageSpec | undefined {
  return storageSpecs(engine).find((s) => s.type === type);
}

/** The smallest size a storage change may ask for: 10% more than today, rounded up. */
export function minimumGrowth(current: number): number {
  return Math.ceil((current * 11) / 10); // integer arithmetic: 100 * 1.1 is 110.00000000000001
}

/** The sizes a type allows from the current size: the current size itself, and growth of at least 10%. */
export function validSizes(spec: StorageSpec, current: number): Range[] {
  const min = spec.min ?? current;
  const max = spec.max ?? current;
  const out: Range[] = [];
  if (current >= min && current <= max) out.push({ From: current, To: current, Step: 1 });
  const from = Math.max(min, minimumGrowth(current));
  if (from <= max) out.push({ From: from, To: max, Step: 1 });
  return out;
}

export const inRanges = (ranges: readonly Range[], value: number) => ranges.some((r) => value >= r.From! && value <= r.To!);

/** Provisioned IOPS of a type: its IOPS range (none for gp2 and magnetic, nor for gp3 below its threshold). */
export function validIops(engine: string, spec: StorageSpec, size: number): Range[] {
  if (!spec.iops || (spec.type === "gp3" && size < gp3Threshold(engine))) return [];
  return [{ From: spec.iops.min, To: spec.iops.max, Step: 1 }];
}

export function iopsRatio(spec: StorageSpec): DoubleRange[] {
  return spec.iops ? [{ From: spec.iops.minPerGib, To: spec.iops.maxPerGib }] : [];
}

export function validThroughput(engine: string, spec: StorageSpec, size: number): Range[] {
  if (!spec.throughput || size < gp3Threshold(engine)) return [];
  return [{ From: spec.throughput.min, To: spec.throughput.max, Step: 1 }];
}

/** Every storage option of the instance's engine, from its current size. */
export function validStorageOptions(instance: InstanceRecord): ValidStorageOptions[] {
  const engine = instance.Engine!;
  const current = instance.AllocatedStorage ?? 0;
  return storageSpecs(engine).map((spec) => {
    const sizes = validSizes(spec, current);
    const top = sizes.length > 0 ? sizes[sizes.length - 1].To! : current;
    const out: ValidStorageOptions = {
      StorageType: spec.type,
      StorageSize: sizes,
      ProvisionedIops: validIops(engine, spec, top),
      IopsToStorageRatio: iopsRatio(spec),
      SupportsStorageAutoscaling: spec.type !== "standard",
    };
    if (spec.throughput) {
      out.ProvisionedStorageThroughput = validThroughput(engine, spec, top);
      out.StorageThroughputToIopsRatio = [{ From: spec.throughput.minPerIops, To: spec.throughput.maxPerIops }];
    }
    return out;
  });
}

/**
 * Processor features (coreCount, threadsPerCore) are an RDS for Oracle feature ("Configuring the
 * processor for a DB instance class in RDS for Oracle"): the class's vCPUs fix the allowed core counts.
 */
const VCPUS: Record<string, number> = { large: 2, xlarge: 4, "2xlarge": 8, "4xlarge": 16, "8xlarge": 32 };

export function validProcessorFeatures(engine: string, instanceClass: string): AvailableProcessorFeature[] {
  if (!engine.startsWith("oracle")) return [];
  const vcpus = VCPUS[instanceClass.split(".")[2] ?? ""];
  if (vcpus === undefined || instanceClass.startsWith("db.t")) return [];
  const cores = vcpus / 2;
  return [
    { Name: "coreCount", DefaultValue: String(cores), AllowedValues: Array.from({ length: cores }, (_, i) => String(i + 1)).join(",") },
    { Name: "threadsPerCore", DefaultValue: "2", AllowedValues: "1,2" },
  ];
}
