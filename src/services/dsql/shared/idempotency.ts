/**
 * Client-token idempotency. A retry with the same token and the same input is answered with the
 * original result and changes nothing; the same token with a different input is a ConflictException
 * (409), the error AWS's REST-JSON services with this ConflictException shape document for a reused
 * client token. Tokens are scoped to the operation, account and Region, and never expire here.
 */
import type * as Sdk from "@aws-sdk/client-dsql";
import { canonicalJson } from "../../../core/input.js";
import type { InputOf, Operation, OperationName, OutputOf, StateForm } from "../../../core/operations.js";
import { constraints } from "../constraints.generated.js";
import { conflict, type ResourceType } from "../errors.js";
import { messages } from "../messages.js";
import type { DsqlContext, DsqlWorld } from "../world.js";
import { out } from "./output.js";

type Input = object & { clientToken?: string };

/** The original answer to a retried call, as a fresh output; undefined when the call is new. */
export function replayed(ctx: DsqlContext, operation: string, input: Input): object | undefined {
  if (input.clientToken === undefined) return undefined;
  const record = ctx.world.idempotency[`${operation}/${input.clientToken}`];
  if (!record) return undefined;
  if (record.fingerprint !== fingerprint(operation, input)) {
    conflict(record.resourceType, record.resourceId, messages.idempotencyMismatch(operation, input.clientToken));
  }
  return out<object>(record.output);
}

/** Keeps a successful answer (state form: epoch-ms times) for retries with the same token. */
export function remember(
  ctx: DsqlContext,
  operation: string,
  input: Input,
  resource: { type: ResourceType; id: string },
  output: object,
): void {
  if (input.clientToken === undefined) return;
  ctx.world.idempotency[`${operation}/${input.clientToken}`] = {
    fingerprint: fingerprint(operation, input),
    resourceType: resource.type,
    resourceId: resource.id,
    output: JSON.parse(JSON.stringify(output)),
  };
}

/**
 * A handler of an operation that takes a clientToken: a retry is answered from `remember`ed state,
 * a new call runs `run`, which names the resource it acted on and answers in state form.
 */
export function idempotent<N extends OperationName<typeof Sdk>>(
  operation: N,
  type: ResourceType,
  run: (input: InputOf<typeof Sdk, N>, ctx: DsqlContext) => { id: string; output: StateForm<OutputOf<typeof Sdk, N>> },
): Operation<typeof Sdk, DsqlWorld, N> {
  return (input, ctx) => {
    const again = replayed(ctx, operation, input as Input);
    // The remembered answer is this operation's own earlier output.
    if (again) return again as OutputOf<typeof Sdk, N>;
    const { id, output } = run(input, ctx);
    remember(ctx, operation, input as Input, { type, id }, output as object);
    return out<OutputOf<typeof Sdk, N>>(output);
  };
}

/** Canonical JSON of the input without its token, with the model's defaults filled in. */
function fingerprint(operation: string, input: Input): string {
  const filled: Record<string, unknown> = { ...defaultsOf(operation), ...input };
  delete filled.clientToken;
  return canonicalJson(filled);
}

const defaultCache = new Map<string, Record<string, unknown>>();

function defaultsOf(operation: string): Record<string, unknown> {
  let defaults = defaultCache.get(operation);
  if (defaults) return defaults;
  defaults = {};
  const shapeName = constraints.operations[operation];
  const shape = shapeName ? constraints.shapes[shapeName] : undefined;
  if (shape?.type === "structure") {
    for (const [name, m] of Object.entries(shape.members)) if (m.default !== undefined) defaults[name] = m.default;
  }
  defaultCache.set(operation, defaults);
  return defaults;
}
