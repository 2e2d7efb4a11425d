/**
 * DescribeDBLogFiles and DownloadDBLogFilePortion over the log files derived for each DB instance
 * (files.ts): standalone instances and cluster members alike. DBInstanceNotReadyFault is documented
 * for a paused Aurora Serverless v2 instance, which the mock does not have; an instance still being
 * created simply has no lines yet.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { paginate } from "../../../core/paging.js";
import { noFilters } from "../catalogs/describe.js";
import { findInstance } from "../instances/resource.js";
import { MNT } from "../messages/index.js";
import { invalidMarker, pageSize } from "../shared/filters.js";
import type { RdsWorld } from "../world.js";
import { logFilesOf, sizeOf, type LogFile } from "./files.js";

/** API reference: "the log file portion returned is limited to 10,000 lines or 1 MB, whichever is smaller". */
const MAX_LINES = 10_000;
const MAX_BYTES = 1024 * 1024;

/** Our Marker: the position of the next line, `0:<line>` ("0" alone: the file's start, as AWS documents). */
function position(marker: string, total: number): number {
  if (marker === "0") return 0;
  const m = /^0:(\d+)$/.exec(marker);
  if (!m) return fail("InvalidParameterValue", MNT.downloadMarker(marker));
  return Math.min(Number(m[1]), total);
}

/** Lines from `start` on, at most `count` and at most 1 MB. */
function portion(file: LogFile, start: number, count: number): { lines: string[]; end: number } {
  const lines: string[] = [];
  let bytes = 0;
  let i = start;
  for (; i < file.lines.length && lines.length < count; i++) {
    const size = Buffer.byteLength(file.lines[i], "utf8") + 1;
    if (bytes + size > MAX_BYTES && lines.length > 0) break;
    bytes += size;
    lines.push(file.lines[i]);
  }
  return { lines, end: i };
}

export const logFileOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeDBLogFiles(input, ctx) {
    // API reference: Filters "isn't currently supported".
    noFilters(input.Filters);
    const size = pageSize(input);
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    const files = logFilesOf(ctx.world, instance, ctx.now())
      .filter((f) => input.FilenameContains === undefined || f.name.includes(input.FilenameContains))
      // "files written since the specified date" / "files larger than the specified size" (API reference).
      .filter((f) => input.FileLastWritten === undefined || f.lastWritten >= input.FileLastWritten)
      .filter((f) => input.FileSize === undefined || sizeOf(f) > input.FileSize)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    const page = paginate(files.map((f) => [f.name, f] as [string, LogFile]), size, input.Marker, invalidMarker);
    return {
      DescribeDBLogFiles: page.items.map((f) => ({ LogFileName: f.name, LastWritten: f.lastWritten, Size: sizeOf(f) })),
      Marker: page.next,
    };
  },

  /**
   * API reference: without Marker and NumberOfLines, the whole file up to 10,000 lines; NumberOfLines
   * without Marker, the most recent lines; Marker "0", that many lines from the start, and each answer's
   * Marker continues until AdditionalDataPending is false.
   */
  DownloadDBLogFilePortion(input, ctx) {
    const count = input.NumberOfLines;
    if (count !== undefined && (count < 1 || count > MAX_LINES)) fail("InvalidParameterValue", MNT.numberOfLines(count));
    const instance = findInstance(ctx, input.DBInstanceIdentifier!);
    const name = input.LogFileName!;
    const file = logFilesOf(ctx.world, instance, ctx.now()).find((f) => f.name === name) ?? fail("DBLogFileNotFoundFault", MNT.logFileNotFound(name));
    const total = file.lines.length;
    const start = input.Marker !== undefined ? position(input.Marker, total) : Math.max(0, total - (count ?? MAX_LINES));
    const { lines, end } = portion(file, start, count ?? MAX_LINES);
    return {
      LogFileData: lines.map((l) => `${l}\n`).join(""),
      Marker: `0:${end}`,
      AdditionalDataPending: end < total,
    };
  },
};
