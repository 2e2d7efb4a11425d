/**
 * Outputs and pages. Shapes build outputs in state form (epoch-ms times); `out` turns them into fresh
 * SDK outputs (Dates), so a caller can never reach state through an output.
 */
import { toOutput } from "../../../core/output.js";
import { invalid } from "../errors.js";
import { messages } from "../messages.js";

/** Output members that are timestamps (state keeps epoch ms). */
export const TIMESTAMP_KEYS: ReadonlySet<string> = new Set(["creationTime", "updatedAt"]);

/** A fresh SDK output from a state-form one (typed `any`: each handler's table entry types it). */
export const out = (value: unknown): any => toOutput(value, TIMESTAMP_KEYS);

/** The answer to a nextToken DSQL did not issue. */
export const invalidToken = (token: string | undefined) => (): never => invalid("nextToken", messages.nextTokenInvalid(String(token)));
