/**
 * Regression tests of the core defects the fuzz suite found (see docs/robustness-findings.md).
 */
import { DescribeDBClustersCommand, CreateDBClusterCommand, RDSClient, RDSServiceException, RestoreDBClusterToPointInTimeCommand } from "@aws-sdk/client-rds";
import { DocDBElasticClient, ListClusterSnapshotsCommand } from "@aws-sdk/client-docdb-elastic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asSent, withoutNulls } from "../../src/core/input.js";
import { compilePattern, linearPattern, validateInput } from "../../src/core/validation.js";
import { constraints as rdsConstraints } from "../../src/services/rds/constraints.generated.js";
import { createMockBackend } from "../../src/index.js";
import { caught } from "../helpers.js";

describe("core: model patterns run in linear time", () => {
  const NAME = "^[a-zA-Z](?:-?[a-zA-Z0-9]+)*$"; // RDS DBProxyName, DBProxyEndpointName, IntegrationName, ...

  it("a near-miss name is rejected at once (it used to backtrack for hours)", () => {
    const started = performance.now();
    const violations = validateInput(rdsConstraints, "CreateDBProxy", {
      DBProxyName: `${"a".repeat(60)}!`,
      EngineFamily: "MYSQL",
      RoleArn: "arn:aws:iam::123456789012:role/proxy",
      VpcSubnetIds: ["subnet-1"],
    });
    expect(performance.now() - started).toBeLessThan(200);
    expect(violations.map((v) => [v.path, v.rule])).toEqual([["DBProxyName", "pattern"]]);
  });

  it("the rewritten pattern accepts exactly what the model's pattern accepts", () => {
    expect(linearPattern(NAME)).toBe("^[a-zA-Z](?:-?[a-zA-Z0-9])*$");
    const original = new RegExp(NAME, "u");
    const linear = compilePattern(NAME)!;
    const short = fc.string({ unit: fc.constantFrom("a", "Z", "7", "-", "!", "_"), maxLength: 14 });
    fc.assert(fc.property(short, (s) => original.test(s) === linear.test(s)), { seed: 1, numRuns: 2000 });
  });

  it("patterns without the nested quantifier are left as written", () => {
    for (const p of ["^[a-z0-9]{26}$", "^arn:aws[a-z\\-]*:rds(-[a-z]*)?:[a-z0-9\\-]*:[0-9]*:(cluster|db):[a-z][a-z0-9]*(-[a-z0-9]+)*$", "^[!-~]+$"]) {
      expect(linearPattern(p)).toBe(p);
    }
  });
});

describe("core: null members are absent, as after the SDK's serializer", () => {
  it("withoutNulls drops null members and list entries, copies only when it must, never touches the input", () => {
    const clean = { a: 1, b: [{ c: "x" }], d: new Date(0) };
    expect(withoutNulls(clean)).toBe(clean);
    const input = { a: null, b: [null, { c: null, e: "y" }], f: undefined, g: "z" };
    const copy = JSON.stringify(input);
    expect(withoutNulls(input)).toEqual({ b: [{ e: "y" }], g: "z" });
    expect(JSON.stringify(input)).toBe(copy);
  });

  it("RDS DescribeDBClusters({ DBClusterIdentifier: null }) lists every cluster instead of throwing a TypeError", async () => {
    const backend = createMockBackend({ seed: 1 });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", Engine: "aurora-mysql", MasterUsername: "dbadmin", MasterUserPassword: "password-123" }));
    const out = await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: null as unknown as string }));
    expect(out.DBClusters?.map((c) => c.DBClusterIdentifier)).toEqual(["c1"]);
  });

  it("a null required member is still a missing parameter", async () => {
    const backend = createMockBackend({ seed: 1 });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    const err = await caught(rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: null as unknown as string, Engine: "aurora-mysql" })));
    expect(err).toBeInstanceOf(RDSServiceException);
    expect(err.name).toBe("MissingParameter");
    expect(err.message).toContain("DBClusterIdentifier");
  });

  it("DocDB Elastic ListClusterSnapshots({ snapshotType: null }) answers like {}", async () => {
    const backend = createMockBackend({ seed: 1 });
    const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
    const out = await docdb.send(new ListClusterSnapshotsCommand({ snapshotType: null as unknown as string }));
    expect(out.snapshots).toEqual([]);
  });
});

describe("core: members the model does not declare never reach a handler", () => {
  it("an unknown member inside a structure is not echoed into state or outputs", async () => {
    const backend = createMockBackend({ seed: 1 });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    const out = await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: "c1",
        Engine: "aurora-postgresql",
        MasterUsername: "dbadmin",
        MasterUserPassword: "password-123",
        ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 4, UnknownMember: { polluted: true } } as never,
      }),
    );
    expect(out.DBCluster?.ServerlessV2ScalingConfiguration).toEqual({ MinCapacity: 0.5, MaxCapacity: 4 });
    expect(JSON.stringify(backend.dump())).not.toContain("UnknownMember");
  });

  it("asSent keeps modeled members, map keys (even `__proto__`) and documents; drops the rest", () => {
    const table = {
      operations: { Op: "In" },
      shapes: {
        In: { type: "structure", members: { a: { target: "S" }, tags: { target: "M" }, list: { target: "L" } } },
        S: { type: "string" },
        M: { type: "map", key: "S", value: "S" },
        L: { type: "list", member: "In" },
      },
    } as const;
    const tags = Object.defineProperty({ k: "v" }, "__proto__", { value: "p", enumerable: true, writable: true, configurable: true });
    const input = { a: "x", extra: 1, tags, list: [{ a: "y", extra: 2 }, null] };
    const sent = asSent(table as never, "Op", input) as any;
    expect(Object.keys(sent)).toEqual(["a", "tags", "list"]);
    expect(Object.keys(sent.tags)).toEqual(["k", "__proto__"]);
    expect(Object.getPrototypeOf(sent.tags)).toBe(Object.prototype);
    expect(sent.list).toEqual([{ a: "y" }]);
    const valid = { a: "x", list: [{ a: "y" }] };
    expect(asSent(table as never, "Op", valid)).toBe(valid);
  });
});

describe("core: validation messages of odd values", () => {
  it("an invalid Date is reported as a validation error, not a RangeError from the mock", async () => {
    const backend = createMockBackend({ seed: 1 });
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    const before = backend.dump();
    const err = await caught(rds.send(new RestoreDBClusterToPointInTimeCommand({ DBClusterIdentifier: "c1", SourceDBClusterIdentifier: "c0", RestoreToTime: new Date(Number.NaN) })));
    expect(err).toBeInstanceOf(RDSServiceException);
    expect(err.name).toBe("InvalidParameterValue");
    expect(err.message).toContain("RestoreToTime");
    expect(err.message).toContain("Invalid Date");
    expect(backend.dump()).toEqual(before);
  });
});
