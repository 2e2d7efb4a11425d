/**
 * Outputs and pages. Shapes build outputs in state form (epoch-ms times); `out` turns them into fresh
 * SDK outputs (Dates), so a caller can never reach state through an output.
 */
import type { StateForm } from "../../../core/operations.js";
import { toOutput } from "../../../core/output.js";
import { invalid } from "../errors.js";
import { messages } from "../messages.js";
import { dsqlModel } from "../model.generated.js";

/** Output members that are timestamps (state keeps epoch ms), as the model declares them. */
export const TIMESTAMP_KEYS: ReadonlySet<string> = new Set(dsqlModel.outputTimestampMembers);

/** Page sizes when `maxResults` is absent, as the model documents them. */
export const DEFAULT_PAGE_SIZE = {
  ListClusters: dsqlModel.pagination.ListClusters.pageSize.default,
  ListStreams: dsqlModel.pagination.ListStreams.pageSize.default,
};

/**
 * A fresh SDK output from its state form. `T` is inferred from where the answer goes (the handler's
 * command output), so a shape that does not fit the command's output does not compile.
 */
export const out = <T>(value: NoInfer<StateForm<T>>): T => toOutput<T>(value, TIMESTAMP_KEYS);

/** The answer to a nextToken DSQL did not issue. */
export const invalidToken = (token: string | undefined) => (): never => invalid("nextToken", messages.nextTokenInvalid(String(token)));
