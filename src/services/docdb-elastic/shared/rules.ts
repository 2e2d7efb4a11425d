/** Rules shared by clusters and snapshots: resource names and how many tags a resource holds. */
import { problem, type Problem } from "../errors.js";
import { constraint } from "../messages.js";

/** The TagKeyList limit of the model, applied to the tags a resource may hold. */
export const MAX_TAGS = 50;

/** Cluster and snapshot names: 1-63 letters, digits or hyphens; a letter first; no `--`, no trailing `-`. */
const RESOURCE_NAME = /^[A-Za-z](?:[A-Za-z0-9]|-(?!-))*$/;

export function resourceNameProblem(member: string, value: string): Problem | undefined {
  if (value.length > 63 || !RESOURCE_NAME.test(value) || value.endsWith("-")) return problem(member, value, constraint.resourceName);
  return undefined;
}

/** The tags a resource would hold after adding `added` to `existing` stay within the limit. */
export function tagCountProblem(member: string, added: Record<string, string> | undefined, existing: Record<string, string> = {}): Problem | undefined {
  if (!added) return undefined;
  let count = Object.keys(existing).length;
  for (const key of Object.keys(added)) if (!Object.hasOwn(existing, key)) count++;
  return count > MAX_TAGS ? problem(member, added, constraint.tooManyTags(MAX_TAGS)) : undefined;
}
