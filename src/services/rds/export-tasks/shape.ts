/** A stored export task -> the SDK's ExportTask (timestamps as Dates; the extracted size once complete). */
import type { ExportTask } from "@aws-sdk/client-rds";
import type { ExportTaskRecord } from "../world.js";

export function shapeExportTask(record: ExportTaskRecord): ExportTask {
  const { SnapshotTime, TaskStartTime, TaskEndTime, ExportOnly, TotalExtractedDataInGB, ...rest } = record;
  const out: ExportTask = { ...rest, TaskStartTime: new Date(TaskStartTime), TotalExtractedDataInGB: record.Status === "COMPLETE" ? TotalExtractedDataInGB : 0 };
  if (SnapshotTime !== undefined) out.SnapshotTime = new Date(SnapshotTime);
  if (TaskEndTime !== undefined) out.TaskEndTime = new Date(TaskEndTime);
  if (ExportOnly) out.ExportOnly = [...ExportOnly];
  return out;
}
