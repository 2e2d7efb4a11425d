import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateInput, type ConstraintTable, type Violation } from "../../src/core/validation.js";
import { constraints as dsql, errors as dsqlErrors, operationNames as dsqlOps } from "../../src/services/dsql/constraints.generated.js";
import { constraints as rds, errors as rdsErrors, operationNames as rdsOps } from "../../src/services/rds/constraints.generated.js";
import {
  constraints as docdb,
  errors as docdbErrors,
  operationNames as docdbOps,
} from "../../src/services/docdb-elastic/constraints.generated.js";
import * as dsqlSdk from "@aws-sdk/client-dsql";
import * as rdsSdk from "@aws-sdk/client-rds";
import * as docdbSdk from "@aws-sdk/client-docdb-elastic";
import { checkGenerated, modelsDir } from "../../scripts/generate-constraints.js";

const CLUSTER_ID = "abcdefghijklmnopqrstuvwxyz";
const STREAM_ARN = "arn:aws:kinesis:us-east-1:123456789012:stream/my-stream";
const ROLE_ARN = "arn:aws:iam::123456789012:role/stream-role";

const paths = (vs: readonly Violation[]) => vs.map((v) => v.path);

describe("generated constraint tables", () => {
  it("map every SDK command to an input shape (or null)", () => {
    for (const [sdk, table, names] of [
      [dsqlSdk, dsql, dsqlOps],
      [rdsSdk, rds, rdsOps],
      [docdbSdk, docdb, docdbOps],
    ] as const) {
      const commands = Object.keys(sdk)
        .filter((k) => k.endsWith("Command") && k !== "Command")
        .map((k) => k.slice(0, -"Command".length))
        .filter((k) => k !== "$");
      expect(commands.length).toBeGreaterThan(10);
      for (const op of commands) expect(table.operations, op).toHaveProperty(op);
      expect([...names]).toEqual(Object.keys(table.operations).sort());
      for (const input of Object.values(table.operations)) if (input) expect(table.shapes).toHaveProperty(input);
    }
  });

  it("carry the model's traits", () => {
    expect(dsql.shapes.CreateClusterInput).toMatchObject({
      type: "structure",
      members: { deletionProtectionEnabled: { target: "DeletionProtectionEnabled", default: true } },
    });
    expect(dsql.operations.GetCluster).toBe("GetClusterInput");
    expect(dsql.shapes.GetClusterInput).toEqual({
      type: "structure",
      members: { identifier: { target: "ClusterId", required: true } },
    });
    expect(dsql.shapes.ClusterId).toEqual({ type: "string", pattern: "^[a-z0-9]{26}$" });
    // Prelude targets become synthetic shapes; member-level traits become `<Owner>$<member>` shapes.
    expect(docdb.shapes.String).toEqual({ type: "string" });
    expect(docdb.shapes.Integer).toEqual({ type: "integer" });
    expect(docdb.shapes.ListClusterSnapshotsInput).toMatchObject({
      members: { maxResults: { target: "ListClusterSnapshotsInput$maxResults" } },
    });
    expect(docdb.shapes["ListClusterSnapshotsInput$maxResults"]).toEqual({ type: "integer", min: 20, max: 100 });
    // Smithy-1 enum trait (docdb-elastic) and Smithy-2 enum shapes (dsql).
    expect(docdb.shapes.Auth).toEqual({ type: "string", enum: ["PLAIN_TEXT", "SECRET_ARN"] });
    expect(dsql.shapes.StreamOrdering).toMatchObject({ type: "string", enum: ["UNORDERED"] });
    expect(dsql.shapes.TargetDefinition.type).toBe("union");
    // RDS: an operation only the installed SDK knows, and a member only botocore knows.
    expect(rds.operations.CreateDBCapacityReservation).toBe("CreateDBCapacityReservationRequest");
    expect(rds.shapes.CreateDBClusterMessage).toMatchObject({ members: { AssociatedRoles: {} } });
    expect(rds.operations.DescribeAccountAttributes).toBeNull();
  });

  it("carry the modeled errors", () => {
    expect(rdsErrors.DBInstanceNotFoundFault).toEqual({ status: 404, fault: "client", code: "DBInstanceNotFound" });
    expect(rdsErrors.DBCapacityReservationNotFoundFault).toEqual({
      status: 404,
      fault: "client",
      code: "DBCapacityReservationNotFound",
    });
    expect(dsqlErrors.ThrottlingException).toEqual({ status: 429, fault: "client", retryable: { throttling: true } });
    expect(dsqlErrors.InternalServerException).toEqual({ status: 500, fault: "server", retryable: {} });
    expect(dsqlErrors.ValidationException).toEqual({ status: 400, fault: "client" });
    expect(docdbErrors.ResourceNotFoundException).toEqual({ status: 404, fault: "client" });
    expect(rdsErrors).not.toHaveProperty("RDSServiceException");
  });

  it.skipIf(!existsSync(modelsDir()))("are in sync with the models (generate-constraints --check)", () => {
    expect(checkGenerated()).toEqual([]);
  });
});

describe("validateInput", () => {
  it("accepts valid input and returns the shared empty result", () => {
    const a = validateInput(dsql, "GetCluster", { identifier: CLUSTER_ID });
    const b = validateInput(dsql, "CreateCluster", {
      deletionProtectionEnabled: true,
      tags: { Name: "x" },
      clientToken: "token-1",
      multiRegionProperties: { witnessRegion: "us-east-2", clusters: [] },
    });
    expect(a).toEqual([]);
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(validateInput(dsql, "NoSuchOperation", { anything: 1 })).toEqual([]);
    expect(validateInput(rds, "DescribeAccountAttributes", { x: 1 })).toEqual([]);
  });

  it("reports a missing required member", () => {
    expect(validateInput(dsql, "GetCluster", {})).toEqual([
      { path: "identifier", rule: "required", value: undefined, constraint: "Member must not be null" },
    ]);
    expect(validateInput(dsql, "GetCluster", { identifier: null })).toHaveLength(1);
    expect(validateInput(dsql, "GetCluster", undefined)).toHaveLength(1);
    expect(validateInput(rds, "DeleteDBCluster", {})).toEqual([
      { path: "DBClusterIdentifier", rule: "required", value: undefined, constraint: "Member must not be null" },
    ]);
  });

  it("checks pattern (not implicitly anchored beyond the model's own anchors)", () => {
    expect(validateInput(dsql, "GetCluster", { identifier: "Not-An-Id" })).toEqual([
      {
        path: "identifier",
        rule: "pattern",
        value: "Not-An-Id",
        constraint: "Member must satisfy regular expression pattern: ^[a-z0-9]{26}$",
      },
    ]);
  });

  it("checks string length in code points", () => {
    expect(validateInput(docdb, "CreateClusterSnapshot", { clusterArn: "arn", snapshotName: "" })).toEqual([
      { path: "snapshotName", rule: "length", value: "", constraint: "Member must have length greater than or equal to 1" },
    ]);
    const long = "a".repeat(129);
    expect(validateInput(dsql, "CreateCluster", { clientToken: long })).toEqual([
      { path: "clientToken", rule: "length", value: long, constraint: "Member must have length less than or equal to 128" },
    ]);
    // Member-level length trait (docdb-elastic snapshotName: 1..63); 63 emoji are 126 UTF-16 units.
    const emoji = "\u{1F600}".repeat(63);
    expect(validateInput(docdb, "CreateClusterSnapshot", { clusterArn: "arn", snapshotName: emoji })).toEqual([]);
    expect(
      paths(validateInput(docdb, "CreateClusterSnapshot", { clusterArn: "arn", snapshotName: `${emoji}x` })),
    ).toEqual(["snapshotName"]);
  });

  it("reports length and pattern of one value together", () => {
    const bad = "!".repeat(129);
    expect(validateInput(dsql, "CreateCluster", { clientToken: `${bad} ` }).map((v) => v.rule)).toEqual([
      "length",
      "pattern",
    ]);
  });

  it("checks enums", () => {
    expect(
      validateInput(docdb, "CreateCluster", {
        clusterName: "c",
        authType: "KERBEROS",
        adminUserName: "u",
        adminUserPassword: "p",
        shardCapacity: 2,
        shardCount: 1,
      }),
    ).toEqual([
      {
        path: "authType",
        rule: "enum",
        value: "KERBEROS",
        constraint: "Member must satisfy enum value set: [PLAIN_TEXT, SECRET_ARN]",
      },
    ]);
  });

  it("checks numeric ranges, shape- and member-level", () => {
    expect(validateInput(dsql, "ListClusters", { maxResults: 0 })).toEqual([
      { path: "maxResults", rule: "range", value: 0, constraint: "Member must have value greater than or equal to 1" },
    ]);
    expect(validateInput(dsql, "ListClusters", { maxResults: 101 })[0].constraint).toBe(
      "Member must have value less than or equal to 100",
    );
    expect(validateInput(docdb, "ListClusterSnapshots", { maxResults: 10 })[0]).toMatchObject({
      path: "maxResults",
      rule: "range",
      constraint: "Member must have value greater than or equal to 20",
    });
    expect(validateInput(docdb, "ListClusterSnapshots", { maxResults: 20 })).toEqual([]);
  });

  it("checks types", () => {
    const t = (table: ConstraintTable, op: string, input: unknown) =>
      validateInput(table, op, input).map((v) => `${v.rule} ${v.path}: ${v.constraint}`);
    expect(t(dsql, "GetCluster", { identifier: 42 })).toEqual(["type identifier: Member must be of type string"]);
    expect(t(dsql, "ListClusters", { maxResults: 1.5 })).toEqual(["type maxResults: Member must be of type number"]);
    expect(t(dsql, "ListClusters", { maxResults: "5" })).toEqual(["type maxResults: Member must be of type number"]);
    expect(t(dsql, "CreateCluster", { deletionProtectionEnabled: "true" })).toEqual([
      "type deletionProtectionEnabled: Member must be of type boolean",
    ]);
    expect(t(dsql, "CreateCluster", { tags: [] })).toEqual(["type tags: Member must be of type map"]);
    expect(t(dsql, "CreateCluster", { multiRegionProperties: "us-east-1" })).toEqual([
      "type multiRegionProperties: Member must be of type structure",
    ]);
    expect(t(dsql, "UntagResource", { resourceArn: "arn:x", tagKeys: "a" })).toEqual([
      "type tagKeys: Member must be of type list",
    ]);
    expect(t(rds, "DescribeDBClusters", { MaxRecords: 20.5 })).toEqual(["type MaxRecords: Member must be of type number"]);
    expect(t(rds, "CreateDBCluster", { DBClusterIdentifier: "c", Engine: "aurora-mysql", ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: Infinity } })).toEqual([
      "type ServerlessV2ScalingConfiguration.MaxCapacity: Member must be of type number",
    ]);
    expect(t(dsql, "GetCluster", "abc")).toEqual(["type : Member must be of type structure"]);
  });

  it("accepts the timestamp forms the SDK accepts", () => {
    const at = (RestoreToTime: unknown) =>
      validateInput(rds, "RestoreDBClusterToPointInTime", { DBClusterIdentifier: "c", RestoreToTime });
    for (const ok of [new Date(), "2024-05-01T10:00:00Z", "2024-05-01T10:00:00.123+02:00", "2024-05-01", 1714557600]) {
      expect(at(ok), String(ok)).toEqual([]);
    }
    for (const bad of [new Date(Number.NaN), "yesterday", "2024-13-45T99:00:00Z", Number.NaN, true, {}]) {
      expect(at(bad).map((v) => v.constraint), String(bad)).toEqual(["Member must be of type timestamp"]);
    }
  });

  it("reports nested structure members with dotted paths", () => {
    expect(
      validateInput(dsql, "CreateCluster", { multiRegionProperties: { witnessRegion: "x".repeat(51), clusters: ["bad"] } }),
    ).toEqual([
      {
        path: "multiRegionProperties.witnessRegion",
        rule: "length",
        value: "x".repeat(51),
        constraint: "Member must have length less than or equal to 50",
      },
      {
        path: "multiRegionProperties.clusters[0]",
        rule: "pattern",
        value: "bad",
        constraint: expect.stringContaining("Member must satisfy regular expression pattern: ^arn:aws") as unknown as string,
      },
    ]);
  });

  it("reports list items with bracketed indexes and checks list length", () => {
    expect(
      validateInput(rds, "DescribeDBClusters", {
        Filters: [{ Name: "engine", Values: ["aurora-postgresql"] }, { Name: "db-cluster-id" }, null, { Values: 3 }],
      }),
    ).toEqual([
      { path: "Filters[1].Values", rule: "required", value: undefined, constraint: "Member must not be null" },
      { path: "Filters[3].Name", rule: "required", value: undefined, constraint: "Member must not be null" },
      { path: "Filters[3].Values", rule: "type", value: 3, constraint: "Member must be of type list" },
    ]);
    const keys = Array.from({ length: 201 }, (_, i) => `k${i}`);
    expect(validateInput(dsql, "UntagResource", { resourceArn: "arn:x", tagKeys: keys })).toEqual([
      { path: "tagKeys", rule: "length", value: keys, constraint: "Member must have length less than or equal to 200" },
    ]);
  });

  it("reports map keys and values at the map's path", () => {
    const longKey = "k".repeat(129);
    expect(validateInput(dsql, "TagResource", { resourceArn: "arn:x", tags: { [longKey]: "v", ok: "bad\u0000value", fine: null } })).toEqual([
      {
        path: "tags",
        rule: "length",
        value: longKey,
        constraint: "Map keys must satisfy constraint: [Member must have length less than or equal to 128]",
      },
      {
        path: "tags",
        rule: "pattern",
        value: "bad\u0000value",
        constraint: "Map value must satisfy constraint: [Member must satisfy regular expression pattern: ^[a-zA-Z0-9_.:/=+\\-@ ]*$]",
      },
    ]);
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, "v"]));
    expect(validateInput(dsql, "TagResource", { resourceArn: "arn:x", tags: many }).map((v) => v.constraint)).toEqual([
      "Member must have length less than or equal to 200",
    ]);
  });

  it("requires exactly one member of a union and validates it", () => {
    const stream = (targetDefinition: unknown) =>
      validateInput(dsql, "CreateStream", { clusterIdentifier: CLUSTER_ID, targetDefinition, ordering: "UNORDERED", format: "JSON" });
    expect(stream({ kinesis: { streamArn: STREAM_ARN, roleArn: ROLE_ARN } })).toEqual([]);
    expect(stream({})).toEqual([
      { path: "targetDefinition", rule: "type", value: {}, constraint: "Member must have exactly one member set" },
    ]);
    expect(stream({ kinesis: { roleArn: "nope-but-long-enough-x" } })).toEqual([
      { path: "targetDefinition.kinesis.streamArn", rule: "required", value: undefined, constraint: "Member must not be null" },
      {
        path: "targetDefinition.kinesis.roleArn",
        rule: "pattern",
        value: "nope-but-long-enough-x",
        constraint: expect.stringContaining("regular expression pattern") as unknown as string,
      },
    ]);
    expect(stream([]).map((v) => v.constraint)).toEqual(["Member must be of type structure"]);
  });

  it("ignores unknown members", () => {
    expect(validateInput(dsql, "GetCluster", { identifier: CLUSTER_ID, extra: { deep: [1, 2] }, $unknown: 1 })).toEqual([]);
    expect(
      validateInput(rds, "CreateDBCluster", { DBClusterIdentifier: "c", Engine: "aurora-mysql", NotAMember: 5, Tags: [{ Key: "a", Extra: 1 }] }),
    ).toEqual([]);
  });

  it("reports all violations in member order, however the input orders its keys", () => {
    // dsql CreateStream: member order clusterIdentifier, targetDefinition, ordering, format, tags, clientToken.
    expect(paths(validateInput(dsql, "CreateStream", { clientToken: "x".repeat(129), format: "XML", tags: { a: "\u0001" } }))).toEqual([
      "clusterIdentifier",
      "targetDefinition",
      "ordering",
      "format",
      "tags",
      "clientToken",
    ]);
    // RDS CreateDBCluster is a wide structure (walked by the input's keys): same guarantee.
    const violations = validateInput(rds, "CreateDBCluster", {
      DeletionProtection: "yes",
      Port: "5432",
      AvailabilityZones: "us-east-1a",
      Tags: [{ Key: 1 }],
    });
    expect(paths(violations)).toEqual([
      "AvailabilityZones",
      "DBClusterIdentifier",
      "Engine",
      "Port",
      "Tags[0].Key",
      "DeletionProtection",
    ]);
  });

  it("treats a model default as satisfying required", () => {
    const table: ConstraintTable = {
      operations: { Op: "In" },
      shapes: {
        In: { type: "structure", members: { a: { target: "S", required: true, default: "x" }, b: { target: "S", required: true } } },
        S: { type: "string" },
      },
    };
    expect(paths(validateInput(table, "Op", {}))).toEqual(["b"]);
  });

  it("stops at absurd depth and survives cyclic input", () => {
    const table: ConstraintTable = {
      operations: { Op: "Node" },
      shapes: { Node: { type: "structure", members: { child: { target: "Node" }, list: { target: "Nodes" } } }, Nodes: { type: "list", member: "Node" } },
    };
    const cyclic: Record<string, unknown> = {};
    cyclic.child = cyclic;
    cyclic.list = [cyclic];
    expect(validateInput(table, "Op", cyclic)).toEqual([
      { path: "child", rule: "type", value: cyclic, constraint: "Member must not contain a circular reference" },
      { path: "list[0]", rule: "type", value: cyclic, constraint: "Member must not contain a circular reference" },
    ]);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) deep = { child: deep };
    const tooDeep = validateInput(table, "Op", deep);
    expect(tooDeep).toHaveLength(1);
    expect(tooDeep[0]).toMatchObject({ rule: "type", constraint: "Member must not be nested deeper than 64 levels" });
    expect(tooDeep[0].path).toBe(Array(64).fill("child").join("."));
    // Shared (not cyclic) objects that fan out exponentially: bounded by a per-call value budget.
    let fan: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) fan = { child: fan, list: [fan, fan] };
    expect(validateInput(table, "Op", fan).map((v) => v.constraint)).toEqual(["Input must not contain more than 100000 values"]);
  });

  it("never throws on weird input", () => {
    const throwing = {
      get identifier(): string {
        throw new Error("boom");
      },
    };
    expect(validateInput(dsql, "GetCluster", throwing)).toEqual([
      { path: "identifier", rule: "type", value: undefined, constraint: "Member must be of type string" },
    ]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
        getPrototypeOf() {
          throw new Error("trap");
        },
      },
    );
    const weird: unknown[] = [
      proxy,
      hostile,
      Symbol("s"),
      10n,
      () => 1,
      Object.create(null),
      new Date(),
      new Uint8Array(2),
      [],
      "",
      0,
      Number.NaN,
    ];
    const ops: [ConstraintTable, string][] = [
      [dsql, "CreateCluster"],
      [dsql, "CreateStream"],
      [dsql, "TagResource"],
      [rds, "CreateDBCluster"],
      [rds, "DescribeDBClusters"],
      [docdb, "CreateCluster"],
    ];
    for (const [table, op] of ops) {
      for (const w of weird) {
        expect(() => validateInput(table, op, w)).not.toThrow();
        expect(() => validateInput(table, op, { tags: w, Tags: [w], targetDefinition: { kinesis: w }, multiRegionProperties: w })).not.toThrow();
      }
    }
    expect(() => validateInput(null as unknown as ConstraintTable, "X", {})).not.toThrow();
    expect(() => validateInput({} as ConstraintTable, "X", {})).not.toThrow();
    fc.assert(
      fc.property(fc.constantFrom(...ops), fc.anything({ withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withMap: true, withSet: true }), ([table, op], value) => {
        const vs = validateInput(table, op, value);
        expect(Array.isArray(vs)).toBe(true);
        for (const v of vs) expect(typeof v.path).toBe("string");
      }),
      { numRuns: 300 },
    );
  });

  it("is cheap for a typical input", () => {
    const input = { DBClusterIdentifier: "my-cluster", Engine: "aurora-postgresql", MasterUsername: "admin", Port: 5432, Tags: [{ Key: "env", Value: "dev" }] };
    for (let i = 0; i < 2000; i++) validateInput(rds, "CreateDBCluster", input);
    const n = 20_000;
    const start = performance.now();
    for (let i = 0; i < n; i++) validateInput(rds, "CreateDBCluster", input);
    const perCallUs = ((performance.now() - start) * 1000) / n;
    expect(perCallUs).toBeLessThan(50); // generous: CI machines and coverage instrumentation vary
  });
});

describe("blank required parameters (RDS query API)", () => {
  it("answers InvalidParameterValue naming the parameter, and changes nothing", async () => {
    const { RDSClient, CreateDBClusterSnapshotCommand, DescribeDBClusterSnapshotsCommand } = await import("@aws-sdk/client-rds");
    const { createMockBackend } = await import("../../src/index.js");
    const backend = createMockBackend();
    const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
    const err: any = await rds
      .send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "", DBClusterSnapshotIdentifier: "snap-1" }))
      .catch((e: unknown) => e);
    expect(err.name).toBe("InvalidParameterValue");
    expect(err.$metadata.httpStatusCode).toBe(400);
    expect(err.message).toBe("The parameter DBClusterIdentifier must be provided and must not be blank.");
    expect((await rds.send(new DescribeDBClusterSnapshotsCommand({}))).DBClusterSnapshots).toEqual([]);
  });
});
