/**
 * `clientToken` idempotency of CreateCluster and UpdateCluster: a retry with the same token and the
 * same parameters (within a day) answers the earlier result; the same token with other parameters is
 * a ConflictException.
 */
import { canonicalJson } from "../../../core/input.js";
import { docdbElasticModel } from "../model.generated.js";
import { hash17 } from "../shared/ids.js";

/** A clientToken answers with its cluster for this long (AWS keeps idempotency tokens about a day). */
export const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** A request without its idempotency token (the model's member), as a hash (so no password is ever kept in state). */
export function fingerprintOf(operation: keyof typeof docdbElasticModel.idempotencyTokens, input: object): string {
  const token = docdbElasticModel.idempotencyTokens[operation];
  return hash17(canonicalJson(Object.fromEntries(Object.entries(input).filter(([member]) => member !== token))));
}
