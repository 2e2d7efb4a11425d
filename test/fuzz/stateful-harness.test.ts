/**
 * The stateful fuzzer checks itself: a backend with a planted defect must fail the run, and the printed
 * reproduction must be the shrunk sequence of SDK calls that shows it.
 */
import { ConflictException, DeleteClusterCommand, UntagResourceCommand } from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { dsqlModel } from "./stateful/dsql.js";
import { fuzzStateful } from "./stateful/fuzz.js";

const SEED = 7;

describe("stateful fuzz harness", () => {
  it("finds a call that answers but does nothing (UntagResource leaves the tags), shrunk to a few calls", async () => {
    const report = await fuzzStateful(dsqlModel, {
      seed: SEED,
      numRuns: 200,
      prepare: (backend) => void backend.on(UntagResourceCommand).resolves({}),
    });
    expect(report.failure).toBeDefined();
    // Either the tags stay (the reads disagree with the model) or it answers for a cluster that is not there.
    expect(report.failure).toMatch(/PROBLEM: (cluster\/\w+ has tags .*; the model says|UntagResourceCommand .* succeeded; expected it to fail)/);
    const calls = report.failure!.split("\n").filter((l) => l.includes(".send(new "));
    expect(calls.some((l) => l.includes("UntagResourceCommand"))).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(4);
    expect(report.failure).toContain('import { createMockBackend } from "aws-db-mock";');
  }, 120_000);

  it("finds a failed call that changed state", async () => {
    const report = await fuzzStateful(dsqlModel, {
      seed: SEED,
      numRuns: 200,
      prepare: (backend) =>
        void backend.on(DeleteClusterCommand).callsFake(() => {
          backend.clock.advance(1);
          throw new ConflictException({ message: "planted", $metadata: {} });
        }),
    });
    expect(report.failure).toMatch(/PROBLEM: DeleteClusterCommand failed \(ConflictException\) but changed the backend's state/);
  }, 120_000);
});
