/**
 * The harness itself: its generators agree with the model, every kind of defect it claims to find is
 * found in a toy simulation that has it (and nothing is reported against the correct toy), runs are
 * reproducible from their seed, and a printed reproduction, run as written, fails the same way.
 */
import * as dsqlSdk from "@aws-sdk/client-dsql";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateInput } from "../../src/core/validation.js";
import { genContext, validInput } from "./lib/arbitraries.js";
import { caseArbitrary } from "./lib/cases.js";
import { Dictionary } from "./lib/dictionary.js";
import { createFuzzEnv } from "./lib/env.js";
import { fuzzCommand } from "./lib/fuzz.js";
import { fuzzServices, inputShapeOf, operationOf } from "./lib/model.js";
import { applyMutation, mutationPlan } from "./lib/mutations.js";
import { toyBackendFactory, type ToyDefects } from "./toy-service.js";

const dsql = fuzzServices.dsql;

describe("generators", () => {
  it.each(Object.values(fuzzServices).map((s) => [s.key, s] as const))("%s: valid inputs pass the model's constraints, broken ones do not", (_key, svc) => {
    const gen = genContext(svc.table, new Dictionary());
    const problems: string[] = [];
    for (const command of svc.commands) {
      const op = operationOf(command);
      const shape = inputShapeOf(svc, op);
      const arb = validInput(gen, shape);
      for (const v of fc.sample(arb, { numRuns: 10, seed: 7 })) {
        const violations = validateInput(svc.table, op, v);
        if (violations.length > 0) problems.push(`${op}: valid input rejected: ${violations[0].path} ${violations[0].constraint}`);
      }
      for (const [v, plan] of fc.sample(fc.tuple(arb, mutationPlan), { numRuns: 20, seed: 9 })) {
        const m = applyMutation(svc.table, shape, v, plan);
        if (m.definite && validateInput(svc.table, op, m.input).length === 0) problems.push(`${op}: ${m.note} passed validation`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("the same seed generates the same cases", async () => {
    const { makeBackend, definitions } = toyBackendFactory();
    const env = await createFuzzEnv(dsql, { makeBackend, definitions });
    const arb = caseArbitrary(env, "TagResourceCommand");
    expect(fc.sample(arb, { numRuns: 20, seed: 5 })).toEqual(fc.sample(arb, { numRuns: 20, seed: 5 }));
  });
});

async function fuzzToy(defects: ToyDefects, command: string, numRuns = 300) {
  const { makeBackend, definitions } = toyBackendFactory(defects);
  const env = await createFuzzEnv(dsql, { makeBackend, definitions });
  return { env, report: await fuzzCommand(env, command, { baseSeed: 1, numRuns, timeLimitMs: 30_000 }) };
}

describe("finds planted defects", () => {
  it("reports nothing against the correct toy simulation", async () => {
    const { makeBackend, definitions } = toyBackendFactory();
    const env = await createFuzzEnv(dsql, { makeBackend, definitions });
    const failures: string[] = [];
    for (const command of dsql.commands) {
      const report = await fuzzCommand(env, command, { baseSeed: 2, numRuns: 60 });
      if (report.failure) failures.push(report.failure);
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it.each([
    [{ typeError: true }, "TagResourceCommand", "TypeError"],
    [{ halfApplied: true }, "DeleteClusterCommand", "the failed call changed state"],
    [{ nullMember: true }, "GetClusterCommand", "output encryptionDetails: null"],
    [{ undefinedMember: true }, "GetClusterCommand", "SDK cross-check: multiRegionProperties: own keys the SDK does not build: witnessRegion"],
    [{ sharedOutput: true }, "ListTagsForResourceCommand", "outputs must be copies"],
    [{ dateInState: true }, "CreateClusterCommand", "state is not JSON data"],
    [{ pollution: true }, "TagResourceCommand", "polluted global prototypes: Object.prototype.n"],
  ] as const)("%j in %s", async (defects, command, problem) => {
    const { report } = await fuzzToy(defects, command);
    expect(report.failure).toContain(problem);
    expect(report.failure).toContain(`await dsql.send(new ${command}(`);
  }, 60_000);
});

describe("reproductions", () => {
  it("a printed reproduction, run as written, fails the same way", async () => {
    const { report } = await fuzzToy({ typeError: true }, "TagResourceCommand");
    const code = report.failure!.split("\n").filter((l) => !l.startsWith("import "));
    const { makeBackend } = toyBackendFactory({ typeError: true });
    const names = Object.keys(dsqlSdk).filter((k) => /^[A-Z]\w*(Command|Client)$/.test(k));
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    const run = new AsyncFunction("createMockBackend", ...names, code.join("\n"));
    const error = await run(makeBackend, ...names.map((n) => (dsqlSdk as any)[n])).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
  }, 60_000);

  it("shrinks: the failing call carries a minimal tag map", async () => {
    const { report } = await fuzzToy({ typeError: true }, "TagResourceCommand");
    const last = report.failure!.split("\n").filter((l) => l.includes("new TagResourceCommand")).pop()!;
    // One tag, its key a single dot (the least input that crashes the planted defect).
    expect(last).toMatch(/tags: \{ "\.": ""/);
  }, 60_000);
});
