/**
 * Every simulated command of the three clients, walked against the Service Authorization Reference
 * (the generated iam.generated.ts tables): sent through its real SDK client with model-valid inputs
 * (the fuzzer's generators, over a seeded backend recording IAM requests), each command must ask for
 * its own action, and every request must name an action of the reference, a resource type that action
 * takes, an ARN of that type's format, and only condition keys the reference lists for it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMockBackend } from "../../src/index.js";
import type { IamRequestRecord } from "../../src/core/iam/authorizer.js";
import type { ServiceAuthorizationReference } from "../../src/core/iam/reference.js";
import { services } from "../../src/services/registry.js";
import { validInput } from "../fuzz/lib/arbitraries.js";
import { createFuzzEnv, PRIMARY_REGION } from "../fuzz/lib/env.js";
import { fuzzServices, inputShapeOf, simulatedOperations, type ServiceKey } from "../fuzz/lib/model.js";

const SAMPLES = 30;
/** Global keys the core adds to every request. */
const GLOBAL_KEYS = new Set(["aws:requestedregion", "aws:currenttime", "aws:epochtime", "aws:securetransport", "aws:principalarn", "aws:principalaccount", "aws:principaltype", "aws:username", "aws:resourceaccount"]);

/** A reference template (`aws:RequestTag/${TagKey}`, an ARN format) as a regular expression. */
function template(t: string, segment = "[^:]*"): RegExp {
  const parts = t.split(/(\$\{[A-Za-z]+\})/);
  const source = parts
    .map((p) => {
      // As loose as the models' ARN patterns (`arn:aws(-[^:]+)?:dsql:[a-z0-9-]{1,20}:...`).
      if (p === "${Partition}") return "aws(-[^:]+)?";
      if (p === "${Region}") return "[a-z0-9-]*";
      if (p === "${Account}") return "(\\d{12}|\\*)";
      if (/^\$\{[A-Za-z]+\}$/.test(p)) return segment === "[^:]*" ? ".+" : segment;
      return p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`, "i");
}

function problems(ref: ServiceAuthorizationReference, r: IamRequestRecord): string[] {
  const out: string[] = [];
  const [prefix, name] = r.action.split(":");
  const own = prefix === ref.prefix;
  const action = own ? ref.actions[name] : ref.related[r.action];
  if (!action) return [`${r.action} is not in the reference`];
  const allowedKeys = [...action.conditionKeys];
  if (r.resource === "*") {
    if (Object.values(action.resourceTypes).some(Boolean)) out.push(`${r.action} requires a resource type but was checked on *`);
  } else if (!r.resourceType || !(r.resourceType in action.resourceTypes)) {
    out.push(`${r.action} does not take resource type '${r.resourceType}' (${Object.keys(action.resourceTypes).join(", ")})`);
  } else if (own) {
    const type = ref.resourceTypes[r.resourceType];
    if (!template(type.arn).test(r.resource)) out.push(`${r.resource} is not a ${r.resourceType} ARN (${type.arn})`);
    allowedKeys.push(...type.conditionKeys);
  }
  const patterns = allowedKeys.map((k) => template(k));
  for (const key of Object.keys(r.context)) {
    if (GLOBAL_KEYS.has(key.toLowerCase())) continue;
    if (!own && key.startsWith(`${prefix}:`)) continue;
    if (!patterns.some((p) => p.test(key))) out.push(`${r.action}: condition key ${key} is not listed by the reference`);
  }
  return out;
}

describe.each(Object.keys(fuzzServices) as ServiceKey[])("%s: every simulated command maps to the reference", (key) => {
  const svc = fuzzServices[key];
  const definition = services[svc.clientName];
  const ref = definition.iam!.reference;

  it("has an authorization entry for every simulated command, and none for others", () => {
    expect(Object.keys(definition.iam!.commands).sort()).toEqual(Object.keys(definition.operations).sort());
  });

  it.each(simulatedOperations(svc))("%s", async (operation) => {
    const env = await createFuzzEnv(svc, { makeBackend: (options) => createMockBackend({ ...options, iam: {} }) });
    const world = env.worlds.instant;
    const before = world.backend.iam.requests().length;
    const inputs = fc.sample(validInput(env.gen, inputShapeOf(svc, operation)), { seed: 17, numRuns: SAMPLES });
    // The generators draw ARN members from the seeded resources only now and then: one input names a seeded cluster.
    const clusterArn = env.dict.lookup("DBClusterArn").find((v) => typeof v === "string");
    if (inputs[0] && "ResourceArn" in inputs[0] && clusterArn) inputs.push({ ...inputs[0], ResourceArn: clusterArn });
    for (const input of inputs) {
      await world.clients[PRIMARY_REGION].send(new svc.sdk[`${operation}Command`](input)).catch(() => undefined);
    }
    const made = world.backend.iam.requests().slice(before).filter((r) => r.command === operation);
    expect(made.some((r) => r.action === `${ref.prefix}:${operation}`)).toBe(true);
    expect(made.flatMap((r) => problems(ref, r))).toEqual([]);
  });
});
