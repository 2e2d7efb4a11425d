/**
 * The smallest policy that allows every recorded request: per action, the exact resources the calls
 * used (`*` only where the action takes no resource); the condition keys the service's table pins
 * (`dsql:WitnessRegion`, `iam:PassedToService`, `kms:ViaService`) fixed to the values seen when every
 * request of the action had one; then actions with identical resources and conditions in one statement.
 */
import type { PolicyDocument, PolicyStatement } from "./policy.js";
import type { ContextValue } from "./requests.js";

export interface RecordedRequest {
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  /** Keys of `context` to pin. */
  pin?: readonly string[];
}

interface ActionNeeds {
  action: string;
  resources: Set<string>;
  /** Condition key -> values seen; a key is dropped as soon as one request lacks it. */
  keys: Map<string, Set<string>> | undefined;
}

/** The pinned keys of a request with their (single) values. */
function narrowingKeys(r: RecordedRequest): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of r.pin ?? []) {
    const v = r.context[k];
    if (typeof v === "string") out.set(k, v);
  }
  return out;
}

export function leastPrivilegePolicy(requests: readonly RecordedRequest[]): PolicyDocument {
  const byAction = new Map<string, ActionNeeds>();
  for (const r of requests) {
    let needs = byAction.get(r.action);
    const keys = narrowingKeys(r);
    if (!needs) {
      needs = { action: r.action, resources: new Set(), keys: new Map([...keys].map(([k, v]) => [k, new Set([v])])) };
      byAction.set(r.action, needs);
    } else if (needs.keys) {
      for (const k of [...needs.keys.keys()]) {
        const v = keys.get(k);
        if (v === undefined) needs.keys.delete(k);
        else needs.keys.get(k)!.add(v);
      }
    }
    needs.resources.add(r.resource);
  }
  const groups = new Map<string, { actions: string[]; resources: string[]; condition?: Record<string, Record<string, string[]>> }>();
  for (const needs of byAction.values()) {
    const resources = needs.resources.has("*") ? ["*"] : [...needs.resources].sort();
    const entries = [...(needs.keys ?? [])].filter(([, v]) => v.size > 0).sort(([a], [b]) => a.localeCompare(b));
    const condition = entries.length > 0 ? { StringEquals: Object.fromEntries(entries.map(([k, v]) => [k, [...v].sort()])) } : undefined;
    const key = JSON.stringify([resources, condition ?? null]);
    const group = groups.get(key);
    if (group) group.actions.push(needs.action);
    else groups.set(key, { actions: [needs.action], resources, ...(condition ? { condition } : {}) });
  }
  const sorted = [...groups.values()].map((g) => ({ ...g, actions: g.actions.sort() })).sort((a, b) => a.actions[0].localeCompare(b.actions[0]));
  const counters = new Map<string, number>();
  const Statement: PolicyStatement[] = sorted.map((g) => {
    const service = g.actions[0].split(":")[0];
    const base = service.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("");
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    const st: PolicyStatement = {
      Sid: `${base}${n}`,
      Effect: "Allow",
      Action: g.actions.length === 1 ? g.actions[0] : g.actions,
      Resource: g.resources.length === 1 ? g.resources[0] : g.resources,
    };
    if (g.condition) st.Condition = g.condition;
    return st;
  });
  return { Version: "2012-10-17", Statement };
}
