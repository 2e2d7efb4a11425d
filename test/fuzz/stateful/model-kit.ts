/** Small pieces every service model uses: refs, tag arbitraries, model updates, predictions, paging. */
import fc from "fast-check";
import type { ModelResource, ModelWorld, Ref, SentCall } from "./types.js";

export const ref = (handle: string, fallback: string): Ref => ({ $ref: handle, fallback });

/** A few colliding tag keys and values, so tag/untag sequences overwrite and remove each other's tags. */
export const tagKey = fc.constantFrom("env", "team", "owner");
export const tagValue = fc.constantFrom("prod", "dev", "");
export const tagMap = fc.dictionary(tagKey, tagValue, { maxKeys: 2 });

export function put(model: ModelWorld, key: string, target: string, during: string[], fields: Partial<ModelResource> = {}): ModelResource {
  const r: ModelResource = { target, during, settled: false, attrs: {}, ...fields };
  model.set(key, r);
  return r;
}

/** A change on a resource: it shows `during` until it settles at `target`. */
export function begin(r: ModelResource, target: string, during: string[]): void {
  r.target = target;
  r.during = r.settled ? during : [...new Set([...r.during, ...during])];
  r.settled = false;
}

/** Whether the model is sure the resource is in `status` now (settled there). */
export function surelyIs(r: ModelResource | undefined, ...statuses: string[]): boolean {
  return r !== undefined && r.settled && statuses.includes(r.target);
}

/**
 * Errors that refuse an input for a reason the model does not follow (an engine that does not match,
 * a member not allowed here): they may come before the one the model predicts.
 */
const OTHER_INPUT_ERRORS = /^(InvalidParameterCombination|InvalidParameterValue|ValidationException|Invalid\w*State(Fault)?)$/;

/** The call must have failed with an error whose name matches (or another input error); a problem otherwise. */
export function mustFail(call: SentCall, name: RegExp, why: string): string[] {
  if (!call.ok) return name.test(call.error ?? "") || OTHER_INPUT_ERRORS.test(call.error ?? "") ? [] : [`${call.command} failed with ${call.error} (${call.message}); expected ${name.source} because ${why}`];
  return [`${call.command} ${JSON.stringify(call.input)} succeeded; expected it to fail (${name.source}) because ${why}`];
}

export function mergeTags(tags: Record<string, string> | undefined, add: Record<string, string>): Record<string, string> {
  return { ...tags, ...add };
}

export function withoutTags(tags: Record<string, string> | undefined, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(tags ?? {}).filter(([k]) => !keys.includes(k)));
}

/** `[{Key, Value}]` (RDS, DocDB ARNs) to a map. */
export function tagListToMap(list: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  return Object.fromEntries((list ?? []).map((t) => [t.Key!, t.Value ?? ""]));
}

export function stripMetadata(out: any): any {
  if (!out || typeof out !== "object") return out;
  const { $metadata: _m, ...rest } = out;
  return rest;
}

/** Every page of a list call (a small page size, so paging is exercised too). */
export async function allPages(client: any, Command: any, input: Record<string, unknown>, items: string, token: string, tokenIn = token): Promise<any[]> {
  const out: any[] = [];
  let next: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await client.send(new Command({ ...input, ...(next ? { [tokenIn]: next } : {}) }));
    out.push(...(page[items] ?? []));
    next = page[token];
    if (!next) return out;
  }
  throw new Error(`${Command.name} kept answering ${token}`);
}

/** Runs a read that may fail: its answer, or the error's name. */
export async function read(client: any, command: any): Promise<{ ok: true; out: any } | { ok: false; error: string }> {
  try {
    return { ok: true, out: stripMetadata(await client.send(command)) };
  } catch (err: any) {
    return { ok: false, error: err?.name ?? String(err) };
  }
}
