/**
 * Compares what the reads show with what the model expects: which resources exist, their status
 * (the settled one, or one of the transitional ones while a timed transition runs) and their tags.
 */
import type { Lifecycle, ModelResource, ModelWorld, View } from "./types.js";

export function sortedTags(tags: Record<string, string> | undefined): string {
  return JSON.stringify(Object.entries(tags ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Problems between model and view. `strict`: every resource must show its settled status (the instant
 * lifecycle, or after the clock ran everything). Updates the model: a resource seen settled stays so
 * (until a call touches it again); one seen gone leaves the model.
 */
export function compareWithModel(model: ModelWorld, view: View, lifecycle: Lifecycle | "settled"): string[] {
  const strict = lifecycle !== "timed";
  const problems: string[] = [];
  for (const [key, r] of [...model]) {
    const seen = view[key];
    const mayWait = !strict && !r.settled;
    if (r.target === "gone") {
      if (!seen) model.delete(key);
      else if (!mayWait || !r.during.includes(seen.status)) problems.push(`${key} shows ${seen.status}; the model says it is gone${mayWait ? ` or ${r.during.join("/")}` : ""}`);
      continue;
    }
    if (!seen) {
      problems.push(`${key} is missing from the reads; the model says ${statusText(r, mayWait)}`);
      continue;
    }
    if (r.target === "*") r.settled = false;
    else if (seen.status === r.target) r.settled = true;
    else if (!mayWait || !r.during.includes(seen.status)) problems.push(`${key} shows ${seen.status}; the model says ${statusText(r, mayWait)}`);
    if (r.tags && seen.tags && sortedTags(r.tags) !== sortedTags(seen.tags)) {
      problems.push(`${key} has tags ${sortedTags(seen.tags)}; the model says ${sortedTags(r.tags)}`);
    }
  }
  for (const key of Object.keys(view)) {
    const r = model.get(key);
    for (const [name, time] of Object.entries(view[key].clocks ?? {})) {
      if (!r || time === undefined) continue;
      const last = (r.attrs.clocks ??= {})[name];
      if (last !== undefined && time < last) problems.push(`${key}'s ${name} went back from ${new Date(last).toISOString()} to ${new Date(time).toISOString()}`);
      r.attrs.clocks[name] = time;
    }
  }
  for (const key of Object.keys(view)) if (!model.has(key)) problems.push(`${key} (${view[key].status}) exists; the model knows no such resource`);
  return problems;
}

function statusText(r: ModelResource, mayWait: boolean): string {
  return mayWait ? `${r.target} (or ${r.during.join("/")} until it settles)` : r.target;
}

export function cloneModel(model: ModelWorld): ModelWorld {
  return new Map([...model].map(([k, r]) => [k, structuredClone(r)]));
}
