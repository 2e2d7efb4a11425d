/**
 * The model facts beyond the input constraints (src/core/model-facts.ts): output timestamps, from the
 * layered output table; pagination, idempotency tokens and resources, from the Smithy traits (botocore
 * adds the idempotency tokens of operations newer than the Smithy model).
 */
import type { PageSizeFacts, PaginationFacts, ResourceFacts, ServiceModelFacts } from "../../src/core/model-facts.js";
import type { BotoModel } from "./botocore.js";
import { compare, isNum, shortName, structMembers, type Built } from "./model.js";

interface SmithyNode {
  type: string;
  members?: Record<string, { target: string; traits?: Record<string, unknown> }>;
  input?: { target: string };
  identifiers?: Record<string, { target: string }>;
  operations?: { target: string }[];
  collectionOperations?: { target: string }[];
  resources?: { target: string }[];
  traits?: Record<string, unknown>;
  [lifecycle: string]: unknown;
}
export interface SmithyModel {
  shapes: Record<string, SmithyNode>;
}

export type ModelFacts = Omit<ServiceModelFacts, "operationErrors">;

const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort(compare);

/* Output timestamps ------------------------------------------------------------------------------- */

/** Every shape reachable from `name` (itself included). */
function reachable(shapes: Built["shapes"], name: string): Set<string> {
  const seen = new Set<string>();
  const stack = [name];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const s = shapes.get(n);
    if (seen.has(n) || !s) continue;
    seen.add(n);
    if (s.type === "structure" || s.type === "union") stack.push(...Object.values(s.members).map((m) => m.target));
    else if (s.type === "list") stack.push(s.member);
    else if (s.type === "map") stack.push(s.key, s.value);
  }
  return seen;
}

/** The timestamp members anywhere under `name`, and (for the notes) names that are timestamps in one place only. */
function timestampsUnder(output: Built, name: string): { names: string[]; mixed: string[] } {
  const yes = new Set<string>();
  const no = new Set<string>();
  for (const n of reachable(output.shapes, name)) {
    for (const [member, m] of Object.entries(structMembers(output.shapes.get(n)) ?? {})) {
      (output.shapes.get(m.target)?.type === "timestamp" ? yes : no).add(member);
    }
  }
  return { names: sorted(yes), mixed: sorted([...yes].filter((n) => no.has(n))) };
}

function timestampFacts(output: Built, notes: string[]): Pick<ModelFacts, "timestamps" | "outputTimestamps" | "outputTimestampMembers"> {
  const outputTimestamps: Record<string, string[]> = {};
  const timestamps: Record<string, string[]> = {};
  const done = new Set<string>();
  for (const op of sorted(output.operations.keys())) {
    const shape = output.operations.get(op);
    if (!shape) continue;
    const { names, mixed } = timestampsUnder(output, shape);
    if (names.length > 0) outputTimestamps[op] = names;
    if (mixed.length > 0) notes.push(`facts: ${op} output has ${mixed.join(", ")} both as a timestamp and not`);
    for (const n of reachable(output.shapes, shape)) {
      if (!structMembers(output.shapes.get(n)) || done.has(n)) continue;
      done.add(n);
      const under = timestampsUnder(output, n).names;
      if (under.length > 0) timestamps[n] = under;
    }
  }
  const ordered = Object.fromEntries(Object.keys(timestamps).sort(compare).map((n) => [n, timestamps[n]]));
  return { timestamps: ordered, outputTimestamps, outputTimestampMembers: sorted(Object.values(outputTimestamps).flat()) };
}

/* Pagination ------------------------------------------------------------------------------------- */

/** Limits AWS states only in a member's documentation ("Default: 100 Constraints: Minimum 20, maximum 100"). */
function documentedLimits(doc: unknown): Omit<PageSizeFacts, "member"> {
  if (typeof doc !== "string") return {};
  const text = doc.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
  const out: Omit<PageSizeFacts, "member"> = {};
  const def = /Default: (\d+)/.exec(text);
  if (def) out.default = Number(def[1]);
  const range = /Minimum (\d+), maximum (\d+)/i.exec(text);
  if (range) [out.min, out.max] = [Number(range[1]), Number(range[2])];
  const min = /must be a minimum of (\d+)/i.exec(text);
  if (!range && min) out.min = Number(min[1]);
  return out;
}

function pageSizeFacts(model: SmithyModel, input: Built, opId: string, member: string): PageSizeFacts {
  const inputShape = input.operations.get(shortName(opId));
  const m = inputShape ? structMembers(input.shapes.get(inputShape))?.[member] : undefined;
  const target = m ? (input.shapes.get(m.target) as { min?: unknown; max?: unknown } | undefined) : undefined;
  const inputId = model.shapes[opId]?.input?.target;
  const doc = inputId ? model.shapes[inputId]?.members?.[member]?.traits?.["smithy.api#documentation"] : undefined;
  const documented = documentedLimits(doc);
  const out: PageSizeFacts = { member };
  const min = isNum(target?.min) ? target.min : documented.min;
  const max = isNum(target?.max) ? target.max : documented.max;
  const def = isNum(m?.default) ? m.default : documented.default;
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (def !== undefined) out.default = def;
  return out;
}

function paginationFacts(model: SmithyModel, input: Built): Record<string, PaginationFacts> {
  const service = Object.values(model.shapes).find((s) => s.type === "service");
  const serviceDefaults = (service?.traits?.["smithy.api#paginated"] ?? {}) as Partial<Record<string, string>>;
  const out: Record<string, PaginationFacts> = {};
  for (const id of Object.keys(model.shapes).sort(compare)) {
    const own = model.shapes[id].traits?.["smithy.api#paginated"] as Partial<Record<string, string>> | undefined;
    if (model.shapes[id].type !== "operation" || !own) continue;
    const p = { ...serviceDefaults, ...own };
    if (!p.inputToken || !p.outputToken) continue;
    const facts: PaginationFacts = { inputToken: p.inputToken, outputToken: p.outputToken };
    if (p.items) facts.items = p.items;
    if (p.pageSize) facts.pageSize = pageSizeFacts(model, input, id, p.pageSize);
    out[shortName(id)] = facts;
  }
  return out;
}

/* Idempotency tokens and resources --------------------------------------------------------------- */

function idempotencyTokens(model: SmithyModel, boto: BotoModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, s] of Object.entries(model.shapes)) {
    const inputId = s.type === "operation" ? s.input?.target : undefined;
    const members = inputId ? model.shapes[inputId]?.members : undefined;
    const token = Object.entries(members ?? {}).find(([, m]) => m.traits && "smithy.api#idempotencyToken" in m.traits);
    if (token) out[shortName(id)] = token[0];
  }
  for (const [op, def] of Object.entries(boto.operations)) {
    const members = def.input ? (boto.shapes[def.input.shape]?.members as Record<string, { idempotencyToken?: boolean }> | undefined) : undefined;
    const token = Object.entries(members ?? {}).find(([, m]) => m.idempotencyToken === true);
    if (token && !(op in out)) out[op] = token[0];
  }
  return Object.fromEntries(Object.keys(out).sort(compare).map((op) => [op, out[op]]));
}

const LIFECYCLE = ["create", "put", "read", "update", "delete", "list"] as const;

function resourceFacts(model: SmithyModel): Record<string, ResourceFacts> {
  const out: Record<string, ResourceFacts> = {};
  const names = (refs: { target: string }[] | undefined) => sorted((refs ?? []).map((r) => shortName(r.target)));
  for (const id of Object.keys(model.shapes).sort(compare)) {
    const s = model.shapes[id];
    if (s.type !== "resource") continue;
    const facts: ResourceFacts = {
      identifiers: Object.fromEntries(Object.entries(s.identifiers ?? {}).map(([member, ref]) => [member, shortName(ref.target)])),
    };
    const arn = (s.traits?.["aws.api#arn"] as { template?: string } | undefined)?.template;
    if (arn) facts.arn = arn;
    for (const verb of LIFECYCLE) {
      const ref = s[verb] as { target: string } | undefined;
      if (ref) facts[verb] = shortName(ref.target);
    }
    if (s.operations?.length) facts.operations = names(s.operations);
    if (s.collectionOperations?.length) facts.collectionOperations = names(s.collectionOperations);
    if (s.resources?.length) facts.resources = names(s.resources);
    out[shortName(id)] = facts;
  }
  return out;
}

/** Every fact of one service's models: `input` and `output` are the layered tables of both sides. */
export function readFacts(model: SmithyModel, boto: BotoModel, input: Built, output: Built, notes: string[]): ModelFacts {
  return {
    ...timestampFacts(output, notes),
    pagination: paginationFacts(model, input),
    idempotencyTokens: idempotencyTokens(model, boto),
    resources: resourceFacts(model),
  };
}
