/** Aurora global databases through the real client: create, describe, modify, delete, tags; seen from several Regions. */
import {
  AddTagsToResourceCommand,
  CreateGlobalClusterCommand,
  DeleteGlobalClusterCommand,
  DescribeDBClustersCommand,
  DescribeGlobalClustersCommand,
  GlobalClusterAlreadyExistsFault,
  GlobalClusterNotFoundFault,
  GlobalClusterQuotaExceededFault,
  InvalidDBClusterStateFault,
  InvalidGlobalClusterStateFault,
  DBClusterNotFoundFault,
  ListTagsForResourceCommand,
  ModifyGlobalClusterCommand,
  RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend, type PolicyStatement } from "../../src/index.js";
import { caught } from "../helpers.js";
import { createCluster, expectFault, setup } from "./clusters-fixtures.js";

const ACCOUNT = "123456789012";
const GC_ARN = `arn:aws:rds::${ACCOUNT}:global-cluster:`;
const MINUTE = 60_000;

function regions(options: Parameters<typeof setup>[0] = {}) {
  const { backend, client: east } = setup(options);
  const west = backend.attach(new RDSClient({ region: "us-west-2" }));
  const europe = backend.attach(new RDSClient({ region: "eu-west-1" }));
  return { backend, east, west, europe };
}

const createGlobal = (id: string, extra: Record<string, unknown> = {}) =>
  new CreateGlobalClusterCommand({ GlobalClusterIdentifier: id, Engine: "aurora-mysql", ...extra });

describe("global clusters", () => {
  it("creates from scratch, is seen from every Region, and is deleted", async () => {
    const { east, west, europe } = regions();
    const out = await west.send(createGlobal("Global-1", { DatabaseName: "app", StorageEncrypted: true, DeletionProtection: false, Tags: [{ Key: "k", Value: "v" }] }));
    expect(out.GlobalCluster).toMatchObject({
      GlobalClusterIdentifier: "global-1",
      GlobalClusterArn: `${GC_ARN}global-1`,
      Status: "creating",
      Engine: "aurora-mysql",
      EngineVersion: "8.0.mysql_aurora.3.08.2",
      DatabaseName: "app",
      StorageEncrypted: true,
      DeletionProtection: false,
      GlobalClusterMembers: [],
      TagList: [{ Key: "k", Value: "v" }],
    });
    expect(out.GlobalCluster!.GlobalClusterResourceId).toMatch(/^cluster-[0-9a-f]{16}$/);
    expect(out.GlobalCluster!.Endpoint).toMatch(/^global-1\.global-[a-z0-9]{8}\.global\.rds\.amazonaws\.com$/);
    for (const client of [east, west, europe]) {
      const seen = await client.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: "GLOBAL-1" }));
      expect(seen.GlobalClusters).toEqual([{ ...out.GlobalCluster, Status: "available" }]);
    }
    const deleted = await europe.send(new DeleteGlobalClusterCommand({ GlobalClusterIdentifier: "global-1" }));
    expect(deleted.GlobalCluster!.Status).toBe("deleting");
    expect((await east.send(new DescribeGlobalClustersCommand({}))).GlobalClusters).toEqual([]);
  });

  it("answers the documented faults and changes nothing", async () => {
    const { backend, east } = regions({ quotas: { rds: { globalClusters: 1 } } });
    await east.send(createGlobal("g1"));
    await expectFault(backend, () => east.send(createGlobal("G1")), { name: "GlobalClusterAlreadyExistsFault", status: 400, message: "g1 already exists", Class: GlobalClusterAlreadyExistsFault });
    await expectFault(backend, () => east.send(createGlobal("g2")), { name: "GlobalClusterQuotaExceededFault", status: 400, message: "quota globalClusters", Class: GlobalClusterQuotaExceededFault });
    await expectFault(backend, () => east.send(createGlobal("g3", { Engine: "mysql" })), { name: "InvalidParameterValue", status: 400, message: "aurora-mysql and aurora-postgresql" });
    await expectFault(backend, () => east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g3" })), { name: "InvalidParameterValue", status: 400, message: "Engine must be provided" });
    await expectFault(backend, () => east.send(createGlobal("g3", { EngineVersion: "9.9" })), { name: "InvalidParameterCombination", status: 400, message: "Cannot find version 9.9" });
    await expectFault(backend, () => east.send(createGlobal("g3", { DatabaseName: "1bad" })), { name: "InvalidParameterValue", status: 400, message: /database name|DatabaseName/i });
    await expectFault(backend, () => east.send(createGlobal("g3", { EngineLifecycleSupport: "nope" })), { name: "InvalidParameterValue", status: 400, message: "EngineLifecycleSupport" });
    await expectFault(backend, () => east.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: "nope" })), { name: "GlobalClusterNotFoundFault", status: 404, message: "nope not found", Class: GlobalClusterNotFoundFault });
    await expectFault(backend, () => east.send(new DeleteGlobalClusterCommand({ GlobalClusterIdentifier: "nope" })), { name: "GlobalClusterNotFoundFault", status: 404, message: "nope", Class: GlobalClusterNotFoundFault });
    await expectFault(backend, () => east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "1bad", Engine: "aurora-mysql" })), { name: "InvalidParameterValue", status: 400, message: "GlobalClusterIdentifier" });
  });

  it("creates from an existing primary cluster named by ARN, in another Region", async () => {
    const { backend, east, west } = regions();
    const primary = await createCluster(west, "p1", { DatabaseName: "shop", StorageEncrypted: true });
    await expectFault(backend, () => east.send(createGlobal("g", { SourceDBClusterIdentifier: primary.DBClusterArn })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "Engine can't be specified with SourceDBClusterIdentifier",
    });
    await expectFault(backend, () => east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g", SourceDBClusterIdentifier: primary.DBClusterArn!.replace("p1", "nope") })), {
      name: "DBClusterNotFoundFault",
      status: 404,
      message: "could not be found",
      Class: DBClusterNotFoundFault,
    });
    const out = await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g", SourceDBClusterIdentifier: primary.DBClusterArn }));
    expect(out.GlobalCluster).toMatchObject({
      Engine: "aurora-mysql",
      EngineVersion: primary.EngineVersion,
      DatabaseName: "shop",
      StorageEncrypted: true,
      GlobalClusterMembers: [{ DBClusterArn: primary.DBClusterArn, IsWriter: true, Readers: [], SynchronizationStatus: "connected" }],
    });
    // A cluster belongs to one global cluster at most.
    await expectFault(backend, () => east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g2", SourceDBClusterIdentifier: primary.DBClusterArn })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: "already a member of global cluster g",
      Class: InvalidDBClusterStateFault,
    });
  });

  it("renames, protects and upgrades; delete and re-create under one name", async () => {
    const { backend, east, west } = regions();
    const primary = await createCluster(east, "p1", { EngineVersion: "8.0.mysql_aurora.3.08.2" });
    await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g", SourceDBClusterIdentifier: primary.DBClusterArn }));
    const renamed = await west.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: "g", NewGlobalClusterIdentifier: "G-New", DeletionProtection: true }));
    expect(renamed.GlobalCluster).toMatchObject({ GlobalClusterIdentifier: "g-new", GlobalClusterArn: `${GC_ARN}g-new`, DeletionProtection: true });
    expect(renamed.GlobalCluster!.Endpoint).toMatch(/^g-new\.global-/);
    const { DBClusters } = await east.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "p1" }));
    expect(DBClusters![0].GlobalClusterIdentifier).toBe("g-new");
    await expectFault(backend, () => east.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: "g" })), { name: "GlobalClusterNotFoundFault", status: 404, message: "g not found" });
    await expectFault(backend, () => east.send(new DeleteGlobalClusterCommand({ GlobalClusterIdentifier: "g-new" })), { name: "InvalidParameterCombination", status: 400, message: "deletion protection" });
    await east.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: "g-new", DeletionProtection: false }));
    await expectFault(backend, () => east.send(new DeleteGlobalClusterCommand({ GlobalClusterIdentifier: "g-new" })), {
      name: "InvalidGlobalClusterStateFault",
      status: 400,
      message: "still has 1 member",
      Class: InvalidGlobalClusterStateFault,
    });
    await expectFault(backend, () => east.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: "g-new", EngineVersion: "8.0.mysql_aurora.3.07.1" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "older",
    });
    // A rename onto a taken name.
    await east.send(createGlobal("other"));
    await expectFault(backend, () => east.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: "g-new", NewGlobalClusterIdentifier: "OTHER" })), {
      name: "GlobalClusterAlreadyExistsFault",
      status: 400,
      message: "other already exists",
    });
    // Delete and re-create under one name: a new resource id, no old settings.
    const first = (await east.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: "other" }))).GlobalClusters![0];
    await east.send(new DeleteGlobalClusterCommand({ GlobalClusterIdentifier: "other" }));
    const again = await west.send(createGlobal("other", { Engine: "aurora-postgresql" }));
    expect(again.GlobalCluster!.GlobalClusterResourceId).not.toBe(first.GlobalClusterResourceId);
    expect(again.GlobalCluster!.Engine).toBe("aurora-postgresql");
  });

  it("upgrades the major version of every member with AllowMajorVersionUpgrade", async () => {
    const { backend, east } = regions({ lifecycle: "timed" });
    const primary = await createCluster(east, "p1", { Engine: "aurora-postgresql", MasterUsername: "dbadmin", EngineVersion: "15.10" });
    backend.clock.advance(2 * MINUTE);
    await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "g", SourceDBClusterIdentifier: primary.DBClusterArn }));
    await expectFault(backend, () => east.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: "g", EngineVersion: "16.6" })), {
      name: "InvalidGlobalClusterStateFault",
      status: 400,
      message: "creating state",
    });
    backend.clock.advance(MINUTE);
    await expectFault(backend, () => east.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: "g", EngineVersion: "16.6" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "AllowMajorVersionUpgrade",
    });
    const out = await east.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: "g", EngineVersion: "16.6", AllowMajorVersionUpgrade: true }));
    expect(out.GlobalCluster).toMatchObject({ Status: "upgrading", EngineVersion: "16.6" });
    const { DBClusters } = await east.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "p1" }));
    expect(DBClusters![0]).toMatchObject({ Status: "upgrading", EngineVersion: "16.6", DBClusterParameterGroup: "default.aurora-postgresql16" });
    backend.clock.advance(10 * MINUTE - 1);
    expect((await east.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: "g" }))).GlobalClusters![0].Status).toBe("upgrading");
    backend.clock.advance(1);
    expect((await east.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: "g" }))).GlobalClusters![0].Status).toBe("available");
  });

  it("pages, filters by region and tags by the account-wide ARN", async () => {
    const { backend, east, west } = regions();
    for (let i = 0; i < 25; i++) await east.send(createGlobal(`g${String(i).padStart(2, "0")}`));
    const first = await west.send(new DescribeGlobalClustersCommand({ MaxRecords: 20 }));
    expect(first.GlobalClusters).toHaveLength(20);
    const rest = await west.send(new DescribeGlobalClustersCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(rest.GlobalClusters!.map((g) => g.GlobalClusterIdentifier)).toEqual(["g20", "g21", "g22", "g23", "g24"]);
    expect(rest.Marker).toBeUndefined();
    const primary = await createCluster(west, "p1");
    await east.send(new CreateGlobalClusterCommand({ GlobalClusterIdentifier: "with-member", SourceDBClusterIdentifier: primary.DBClusterArn }));
    const byRegion = await east.send(new DescribeGlobalClustersCommand({ Filters: [{ Name: "region", Values: ["us-west-2"] }] }));
    expect(byRegion.GlobalClusters!.map((g) => g.GlobalClusterIdentifier)).toEqual(["with-member"]);
    await west.send(new AddTagsToResourceCommand({ ResourceName: `${GC_ARN}g00`, Tags: [{ Key: "team", Value: "a" }] }));
    expect((await east.send(new ListTagsForResourceCommand({ ResourceName: `${GC_ARN}g00` }))).TagList).toEqual([{ Key: "team", Value: "a" }]);
    await expectFault(backend, () => east.send(new ListTagsForResourceCommand({ ResourceName: `${GC_ARN}nope` })), { name: "InvalidParameterValue", status: 400, message: "nope" });
  });

  it("keeps a transition 1 ms before it settles, and settles at it", async () => {
    const { backend, east, west } = regions({ lifecycle: "timed" });
    await east.send(createGlobal("g"));
    backend.clock.advance(MINUTE - 1);
    expect((await west.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: "g" }))).GlobalClusters![0].Status).toBe("creating");
    backend.clock.advance(1);
    expect((await west.send(new DescribeGlobalClustersCommand({ GlobalClusterIdentifier: "g" }))).GlobalClusters![0].Status).toBe("available");
    await west.send(new DeleteGlobalClusterCommand({ GlobalClusterIdentifier: "g" }));
    backend.clock.advance(MINUTE - 1);
    expect((await east.send(new DescribeGlobalClustersCommand({}))).GlobalClusters!.map((g) => g.Status)).toEqual(["deleting"]);
    backend.clock.advance(1);
    expect((await east.send(new DescribeGlobalClustersCommand({}))).GlobalClusters).toEqual([]);
  });

  it("two concurrent creates under one name: one wins", async () => {
    const { east, west } = regions();
    const results = await Promise.allSettled([east.send(createGlobal("same")), west.send(createGlobal("same"))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason.name).toBe("GlobalClusterAlreadyExistsFault");
    expect((await east.send(new DescribeGlobalClustersCommand({}))).GlobalClusters).toHaveLength(1);
  });

  it("is authorized on the account-wide global-cluster ARN from any Region, with aws:ResourceTag", async () => {
    const principal = "arn:aws:sts::123456789012:assumed-role/DbOps/ci";
    const backend = createMockBackend({ seed: 1 });
    const admin = backend.attach(new RDSClient({ region: "us-east-1" }));
    const statements: PolicyStatement[] = [
      { Effect: "Allow", Action: "rds:CreateGlobalCluster", Resource: `${GC_ARN}ok` },
      { Effect: "Allow", Action: "rds:ModifyGlobalCluster", Resource: "*", Condition: { StringEquals: { "aws:ResourceTag/team": "db" } } },
    ];
    const rds = backend.attach(new RDSClient({ region: "eu-west-1" }), { iam: { principal, policies: [{ Version: "2012-10-17", Statement: statements }] } });
    await rds.send(createGlobal("ok"));
    const denied = await caught(rds.send(createGlobal("other")));
    expect(denied.name).toBe("AccessDenied");
    expect(denied.$metadata.httpStatusCode).toBe(403);
    expect(denied.message).toContain(`rds:CreateGlobalCluster on resource: ${GC_ARN}other`);
    await admin.send(createGlobal("tagged", { Tags: [{ Key: "team", Value: "db" }] }));
    await rds.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: "tagged", DeletionProtection: true }));
    expect((await caught(rds.send(new ModifyGlobalClusterCommand({ GlobalClusterIdentifier: "ok", DeletionProtection: true })))).name).toBe("AccessDenied");
  });
});
