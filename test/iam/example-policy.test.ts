/**
 * CI check of docs/iam.md: the nightly snapshot example (examples/nightly-snapshots) recorded with
 * IAM on yields exactly the least-privilege policy the guide shows, and replaying the example with
 * enforcement on under that policy gives the same report; without one statement it does not.
 */
import { readFileSync } from "node:fs";
import { CreateDBClusterCommand, RDSClient } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend, type IamOptions, type PolicyDocument, type PolicyStatement } from "../../src/index.js";
import "../../src/testing/vitest.js";
import { runNightlySnapshots } from "../../examples/nightly-snapshots/snapshot-job.js";

const ROLE = "arn:aws:sts::123456789012:assumed-role/nightly-snapshots/lambda";
const DAY = 24 * 60 * 60 * 1000;

/** The policy the guide shows, read from the JSON block after its marker. */
function documentedPolicy(): PolicyDocument {
  const guide = readFileSync(new URL("../../docs/iam.md", import.meta.url), "utf8");
  const block = /<!-- least-privilege: examples\/nightly-snapshots -->\s*```json\n([\s\S]*?)```/.exec(guide);
  if (!block) throw new Error("docs/iam.md has no least-privilege block for examples/nightly-snapshots");
  return JSON.parse(block[1]) as PolicyDocument;
}

/** Two clusters (one tagged for backup), then the job on the first night and eight nights later. */
async function runExample(iam: IamOptions) {
  const backend = createMockBackend({ seed: 1, startTime: new Date("2030-01-01T02:00:00Z") });
  const admin = backend.attach(new RDSClient({ region: "us-east-1" }));
  for (const [id, tags] of [["orders", { backup: "nightly" }], ["scratch", { team: "data" }]] as const) {
    const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    await admin.send(new CreateDBClusterCommand({ DBClusterIdentifier: id, Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "correct-horse-battery", Tags }));
  }
  const job = backend.attach(new RDSClient({ region: "us-east-1" }), { iam: { principal: ROLE, ...iam } });
  const reports = [];
  for (const gap of [0, 8]) {
    backend.clock.advance(gap * DAY);
    reports.push(await runNightlySnapshots({ rds: job, retentionDays: 7, now: backend.clock.date() }));
  }
  return { backend, reports };
}

describe("docs/iam.md: the worked example's least-privilege policy", () => {
  it("is what recording the example yields", async () => {
    const { backend, reports } = await runExample({});
    expect(reports.map((r) => r.failed)).toEqual([[], []]);
    expect(backend.iam.leastPrivilegePolicy()).toEqual(documentedPolicy());
  });

  it("lets the example run unchanged with enforcement on", async () => {
    const policy = documentedPolicy();
    const free = await runExample({});
    const enforced = await runExample({ policies: [policy] });
    expect(enforced.reports).toEqual(free.reports);
    expect(enforced.reports[1].deleted).toEqual(["nightly-orders-2030-01-01"]);
    expect(new Set(enforced.backend.iam.requests().map((r) => r.decision))).toEqual(new Set(["allowed"]));
    expect(enforced.backend).toBeAllowedBy(policy);
  });

  it("without DeleteDBClusterSnapshot the job reports the cleanup as denied", async () => {
    const policy = documentedPolicy();
    const smaller = { ...policy, Statement: (policy.Statement as PolicyStatement[]).filter((s) => s.Action !== "rds:DeleteDBClusterSnapshot") };
    const { reports } = await runExample({ policies: [smaller] });
    expect(reports[1].deleted).toEqual([]);
    expect(reports[1].failed).toEqual([{ cluster: "orders", step: "cleanup", error: "AccessDenied" }]);
  });
});
