/**
 * Exports of DB cluster snapshots and DB clusters to Amazon S3: StartExportTask, CancelExportTask,
 * DescribeExportTasks. Nothing is written anywhere: the task is validated, stored and runs its
 * status on the clock, STARTING -> IN_PROGRESS -> COMPLETE (or CANCELING -> CANCELED).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { checkKmsKey } from "../cluster-snapshots/rules.js";
import { XTM } from "../messages/index.js";
import { describeResourcePage, filterPredicate, pageSize, type FilterTable } from "../shared/filters.js";
import { checkIdentifier } from "../shared/identifiers.js";
import type { ExportTaskRecord, RdsWorld } from "../world.js";
import { exportTasks } from "./resource.js";
import { checkBucket, checkExportOnly, checkRole, checkSource } from "./rules.js";
import { shapeExportTask } from "./shape.js";

type Ctx = CallContext<RdsWorld>;

export const exportTaskTransitions: TransitionTable<RdsWorld> = {
  exportTask: {
    collection: (w) => w.exportTasks ?? {},
    statusField: "Status",
    events: {
      start: { during: "STARTING", then: "IN_PROGRESS", ms: 5 * 60_000, onSettle: (t: ExportTaskRecord, ctx: Ctx) => exportTasks.begin(ctx, t, "export") },
      export: {
        during: "IN_PROGRESS",
        then: "COMPLETE",
        ms: 30 * 60_000,
        onSettle: (t: ExportTaskRecord, ctx: Ctx) => {
          t.PercentProgress = 100;
          t.TaskEndTime = ctx.now();
        },
      },
      cancel: { during: "CANCELING", then: "CANCELED", ms: 60_000, onSettle: (t: ExportTaskRecord, ctx: Ctx) => void (t.TaskEndTime = ctx.now()) },
    },
  },
};

/** Filter names are case-sensitive and `status` values lowercase (API reference, DescribeExportTasks). */
const EXPORT_FILTERS: FilterTable<ExportTaskRecord> = {
  "export-task-identifier": (t) => [t.ExportTaskIdentifier],
  "s3-bucket": (t) => [t.S3Bucket],
  "source-arn": (t) => [t.SourceArn],
  status: (t) => [t.Status.toLowerCase()],
};
const SOURCE_TYPES = ["SNAPSHOT", "CLUSTER"];

export const exportTaskOperations: Operations<typeof Sdk, RdsWorld> = {
  StartExportTask(input, ctx) {
    // "ExportTaskIdentifier": the RDS identifier rule, up to 60 characters (the console's limit; the mock's choice).
    const id = checkIdentifier(input.ExportTaskIdentifier, "ExportTaskIdentifier", { maxLength: 60 });
    const source = checkSource(ctx, input.SourceArn!);
    checkBucket(input.S3BucketName!);
    checkRole(input.IamRoleArn!);
    checkKmsKey(ctx, input.KmsKeyId, "KmsKeyId");
    checkExportOnly(input.ExportOnly, source.engine);
    exportTasks.requireNew(ctx, id);
    const record: ExportTaskRecord = {
      ExportTaskIdentifier: id,
      SourceArn: input.SourceArn!,
      SnapshotTime: source.snapshotTime,
      TaskStartTime: ctx.now(),
      S3Bucket: input.S3BucketName!,
      S3Prefix: input.S3Prefix ?? "",
      IamRoleArn: input.IamRoleArn!,
      KmsKeyId: input.KmsKeyId!,
      Status: "STARTING",
      PercentProgress: 0,
      TotalExtractedDataInGB: source.sizeGb,
      SourceType: source.type as Sdk.ExportSourceType,
    };
    if (input.ExportOnly && input.ExportOnly.length > 0) record.ExportOnly = [...input.ExportOnly];
    ctx.world.exportTasks ??= {};
    exportTasks.insert(ctx, id, record);
    exportTasks.begin(ctx, record, "start");
    return shapeExportTask(record);
  },

  CancelExportTask(input, ctx) {
    const record = exportTasks.get(ctx, input.ExportTaskIdentifier!);
    if (record.Status !== "STARTING" && record.Status !== "IN_PROGRESS") fail("InvalidExportTaskStateFault", XTM.cancelState(record.ExportTaskIdentifier, record.Status));
    // The cancel replaces the pending start or export step: the task never completes.
    exportTasks.begin(ctx, record, "cancel");
    return shapeExportTask(record);
  },

  DescribeExportTasks(input, ctx) {
    pageSize(input);
    if (input.SourceType !== undefined && !SOURCE_TYPES.includes(input.SourceType)) fail("InvalidParameterValue", XTM.sourceType(input.SourceType));
    if (input.ExportTaskIdentifier !== undefined) exportTasks.get(ctx, input.ExportTaskIdentifier);
    const filter = filterPredicate(input.Filters, EXPORT_FILTERS);
    const keep = (t: ExportTaskRecord) =>
      (input.ExportTaskIdentifier === undefined || t.ExportTaskIdentifier === input.ExportTaskIdentifier.toLowerCase()) &&
      (input.SourceArn === undefined || t.SourceArn === input.SourceArn) &&
      (input.SourceType === undefined || t.SourceType === input.SourceType) &&
      filter(t);
    const page = describeResourcePage(exportTasks, ctx, input, keep);
    return { ExportTasks: page.items.map(shapeExportTask), Marker: page.Marker };
  },
};
