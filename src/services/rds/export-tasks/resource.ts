/** Exports to Amazon S3: stored by lowercase ExportTaskIdentifier (unique per account and Region); no ARN of their own. */
import { fail } from "../../../core/aws-error.js";
import { defineResource } from "../../../core/resource.js";
import { XTM } from "../messages/index.js";
import { NO_RECORDS, lowercase } from "../shared/identifiers.js";
import type { ExportTaskRecord, RdsWorld } from "../world.js";

export const exportTasks = defineResource<RdsWorld, ExportTaskRecord>({
  name: "export task",
  // Dumps saved before exports existed have no collection: the first export makes it.
  collection: (world) => world.exportTasks ?? NO_RECORDS,
  key: lowercase,
  notFound: (id) => fail("ExportTaskNotFoundFault", XTM.notFound(id)),
  alreadyExists: (id) => fail("ExportTaskAlreadyExistsFault", XTM.exists(id)),
  lifecycle: { kind: "exportTask", id: (t) => t.ExportTaskIdentifier },
});
