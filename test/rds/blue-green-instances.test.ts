/**
 * Issue 14: blue/green deployments of a standalone DB instance through a real RDSClient: the green copy
 * is real state, the status runs on the clock, switchover renames (green takes the blue name and
 * endpoint, blue gets `-old1`), deletes with and without DeleteTarget, and the documented faults.
 */
import {
  BlueGreenDeploymentAlreadyExistsFault,
  BlueGreenDeploymentNotFoundFault,
  CreateBlueGreenDeploymentCommand,
  DBInstanceNotFoundFault,
  DBParameterGroupNotFoundFault,
  DeleteBlueGreenDeploymentCommand,
  DeleteDBInstanceCommand,
  DescribeBlueGreenDeploymentsCommand,
  DescribeDBInstancesCommand,
  InvalidBlueGreenDeploymentStateFault,
  InvalidDBInstanceStateFault,
  ListTagsForResourceCommand,
  SourceDatabaseNotSupportedFault,
  SwitchoverBlueGreenDeploymentCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";
import { createStandalone } from "./instances-standalone-fixtures.js";

const MIN = 60_000;
const dbArn = (id: string) => `arn:aws:rds:us-east-1:123456789012:db:${id}`;

const create = (client: RDSClient, name: string, extra: Record<string, unknown> = {}) =>
  client.send(new CreateBlueGreenDeploymentCommand({ BlueGreenDeploymentName: name, Source: dbArn("pg1"), ...extra }));
const describeOne = async (client: RDSClient, id: string) => (await client.send(new DescribeBlueGreenDeploymentsCommand({ BlueGreenDeploymentIdentifier: id }))).BlueGreenDeployments![0];
const instance = async (client: RDSClient, id: string) => (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
const allInstances = async (client: RDSClient) => (await client.send(new DescribeDBInstancesCommand({}))).DBInstances!.map((i) => i.DBInstanceIdentifier).sort();

/** A backend with an available PostgreSQL 16.6 instance `pg1`. */
async function withSource() {
  const s = setup({ lifecycle: "timed" });
  await createStandalone(s.client);
  s.backend.clock.advance(30 * MIN);
  return s;
}

/** A deployment of pg1 upgrading to 17.4, advanced to AVAILABLE. */
async function available(extra: Record<string, unknown> = {}) {
  const s = await withSource();
  const d = (await create(s.client, "upgrade-17", { TargetEngineVersion: "17.4", ...extra })).BlueGreenDeployment!;
  s.backend.clock.advance(15 * MIN);
  return { ...s, id: d.BlueGreenDeploymentIdentifier!, green: d.Target!.split(":").pop()! };
}

describe("CreateBlueGreenDeployment of a DB instance", () => {
  it("creates a green read replica that DescribeDBInstances lists, PROVISIONING for 15 minutes, then AVAILABLE", async () => {
    const { backend, client } = await withSource();
    const out = (await create(client, "upgrade-17", { TargetEngineVersion: "17.4", TargetDBInstanceClass: "db.m5.large", Tags: [{ Key: "team", Value: "db" }] })).BlueGreenDeployment!;
    expect(out.BlueGreenDeploymentIdentifier).toMatch(/^bgd-[a-z0-9]{16}$/);
    expect(out).toMatchObject({ BlueGreenDeploymentName: "upgrade-17", Source: dbArn("pg1"), Status: "PROVISIONING", TagList: [{ Key: "team", Value: "db" }] });
    expect(out.Target).toMatch(/^arn:aws:rds:us-east-1:123456789012:db:pg1-green-[a-z0-9]{6}$/);
    expect(out.SwitchoverDetails).toEqual([{ SourceMember: dbArn("pg1"), TargetMember: out.Target, Status: "PROVISIONING" }]);
    expect(out.Tasks!.map((t) => `${t.Name}:${t.Status}`)).toEqual(["CREATING_READ_REPLICA_OF_SOURCE:IN_PROGRESS", "DB_ENGINE_VERSION_UPGRADE:PENDING", "CONFIGURE_BACKUPS:PENDING", "CREATING_TOPOLOGY_OF_SOURCE:PENDING"]);
    expect(out.CreateTime).toEqual(backend.clock.date());
    const greenId = out.Target!.split(":").pop()!;
    const green = await instance(client, greenId);
    expect(green).toMatchObject({ DBInstanceStatus: "creating", EngineVersion: "17.4", DBInstanceClass: "db.m5.large", ReadReplicaSourceDBInstanceIdentifier: "pg1", Engine: "postgres", AllocatedStorage: 20 });
    expect(green.DBParameterGroups![0].DBParameterGroupName).toBe("default.postgres17");
    expect((await instance(client, "pg1")).ReadReplicaDBInstanceIdentifiers).toEqual([greenId]);
    backend.clock.advance(15 * MIN - 1);
    expect((await describeOne(client, out.BlueGreenDeploymentIdentifier!)).Status).toBe("PROVISIONING");
    backend.clock.advance(1);
    const ready = await describeOne(client, out.BlueGreenDeploymentIdentifier!.toUpperCase());
    expect(ready.Status).toBe("AVAILABLE");
    expect(ready.Tasks!.every((t) => t.Status === "COMPLETED")).toBe(true);
    expect(ready.SwitchoverDetails![0].Status).toBe("AVAILABLE");
    expect((await instance(client, greenId)).DBInstanceStatus).toBe("available");
    const arn = `arn:aws:rds:us-east-1:123456789012:deployment:${out.BlueGreenDeploymentIdentifier}`;
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList).toEqual([{ Key: "team", Value: "db" }]);
  });

  it("answers the documented faults and changes nothing", async () => {
    const { backend, client } = await withSource();
    await expectFault(backend, () => create(client, "x", { Source: dbArn("ghost") }), { name: "DBInstanceNotFoundFault", status: 404, message: "ghost", Class: DBInstanceNotFoundFault });
    await expectFault(backend, () => create(client, "x", { TargetEngineVersion: "15.6" }), { name: "InvalidParameterCombination", status: 400, message: "lower than" });
    await expectFault(backend, () => create(client, "x", { TargetEngineVersion: "99.1" }), { name: "InvalidParameterValue", status: 400, message: "99.1" });
    await expectFault(backend, () => create(client, "x", { TargetDBParameterGroupName: "nope" }), { name: "DBParameterGroupNotFoundFault", status: 404, message: "nope", Class: DBParameterGroupNotFoundFault });
    await expectFault(backend, () => create(client, "x", { TargetDBParameterGroupName: "default.postgres15" }), { name: "InvalidParameterCombination", status: 400, message: "postgres16" });
    await expectFault(backend, () => create(client, "x", { TargetDBClusterParameterGroupName: "default.aurora-postgresql16" }), { name: "InvalidParameterCombination", status: 400, message: "Aurora" });
    await expectFault(backend, () => create(client, "x", { TargetStorageType: "io1", TargetStorageThroughput: 500 }), { name: "InvalidParameterCombination", status: 400, message: "gp3" });
    await expectFault(backend, () => create(client, "x", { TargetStorageType: "standard" }), { name: "InvalidParameterValue", status: 400, message: "gp2, gp3" });
    await expectFault(backend, () => create(client, "x", { Source: "arn:aws:rds:us-east-1:123456789012:snapshot:s1" }), { name: "InvalidParameterValue", status: 400, message: "Source" });
    await createStandalone(client, { DBInstanceIdentifier: "ora", Engine: "oracle-ee", DBInstanceClass: "db.m5.large", LicenseModel: "bring-your-own-license" });
    backend.clock.advance(30 * MIN);
    await expectFault(backend, () => create(client, "x", { Source: dbArn("ora") }), { name: "SourceDatabaseNotSupportedFault", status: 400, message: "oracle-ee", Class: SourceDatabaseNotSupportedFault });
    await createStandalone(client, { DBInstanceIdentifier: "managed", MasterUserPassword: undefined, ManageMasterUserPassword: true });
    backend.clock.advance(30 * MIN);
    await expectFault(backend, () => create(client, "x", { Source: dbArn("managed") }), { name: "SourceDatabaseNotSupportedFault", status: 400, message: "Secrets Manager" });
    await createStandalone(client, { DBInstanceIdentifier: "young" });
    await expectFault(backend, () => create(client, "x", { Source: dbArn("young") }), { name: "InvalidDBInstanceStateFault", status: 400, message: "creating", Class: InvalidDBInstanceStateFault });
    const backend2 = setup({ quotas: { rds: { dbInstances: 1 } } });
    await createStandalone(backend2.client);
    await expectFault(backend2.backend, () => create(backend2.client, "x"), { name: "InstanceQuotaExceededFault", status: 400, message: "dbInstances" });
  });

  it("refuses a second deployment of one name or one source, and a green database as a source", async () => {
    const { backend, client, green } = await available();
    await createStandalone(client, { DBInstanceIdentifier: "other" });
    backend.clock.advance(30 * MIN);
    await expectFault(backend, () => create(client, "UPGRADE-17", { Source: dbArn("other") }), { name: "BlueGreenDeploymentAlreadyExistsFault", status: 400, message: "UPGRADE-17", Class: BlueGreenDeploymentAlreadyExistsFault });
    await expectFault(backend, () => create(client, "again"), { name: "BlueGreenDeploymentAlreadyExistsFault", status: 400, message: "pg1" });
    await expectFault(backend, () => create(client, "again", { Source: dbArn(green) }), { name: "BlueGreenDeploymentAlreadyExistsFault", status: 400, message: green });
  });

  it("two concurrent creates on one source: one deployment, one BlueGreenDeploymentAlreadyExistsFault", async () => {
    const { client } = await withSource();
    const results = await Promise.allSettled([create(client, "first"), create(client, "second")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.name).toBe("BlueGreenDeploymentAlreadyExistsFault");
    expect((await client.send(new DescribeBlueGreenDeploymentsCommand({}))).BlueGreenDeployments).toHaveLength(1);
    expect((await allInstances(client)).filter((i) => i!.startsWith("pg1-green-"))).toHaveLength(1);
  });

  it("keeps the blue and green databases while the deployment exists", async () => {
    const { backend, client, green } = await available();
    for (const id of ["pg1", green]) {
      await expectFault(backend, () => client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: id, SkipFinalSnapshot: true })), { name: "InvalidDBInstanceStateFault", status: 400, message: "blue/green deployment" });
    }
  });
});

describe("SwitchoverBlueGreenDeployment of a DB instance", () => {
  it("switches over in a minute: green takes the blue name and endpoint, blue becomes pg1-old1, replication stops", async () => {
    const { backend, client, id, green } = await available();
    const blueBefore = await instance(client, "pg1");
    const greenBefore = await instance(client, green);
    const out = (await client.send(new SwitchoverBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id }))).BlueGreenDeployment!;
    expect(out.Status).toBe("SWITCHOVER_IN_PROGRESS");
    expect(out.SwitchoverDetails![0].Status).toBe("SWITCHOVER_IN_PROGRESS");
    await expectFault(backend, () => client.send(new SwitchoverBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id })), { name: "InvalidBlueGreenDeploymentStateFault", status: 400, message: "SWITCHOVER_IN_PROGRESS", Class: InvalidBlueGreenDeploymentStateFault });
    backend.clock.advance(MIN - 1);
    expect((await describeOne(client, id)).Status).toBe("SWITCHOVER_IN_PROGRESS");
    expect((await instance(client, "pg1")).DbiResourceId).toBe(blueBefore.DbiResourceId);
    backend.clock.advance(1);
    const done = await describeOne(client, id);
    expect(done).toMatchObject({ Status: "SWITCHOVER_COMPLETED", Source: dbArn("pg1-old1"), Target: dbArn("pg1") });
    expect(done.SwitchoverDetails).toEqual([{ SourceMember: dbArn("pg1-old1"), TargetMember: dbArn("pg1"), Status: "SWITCHOVER_COMPLETED" }]);
    const now = await instance(client, "pg1");
    expect(now).toMatchObject({ DbiResourceId: greenBefore.DbiResourceId, EngineVersion: "17.4", DBInstanceArn: dbArn("pg1") });
    expect(now.Endpoint!.Address).toBe(blueBefore.Endpoint!.Address);
    expect(now.ReadReplicaSourceDBInstanceIdentifier).toBeUndefined();
    const old = await instance(client, "pg1-old1");
    expect(old).toMatchObject({ DbiResourceId: blueBefore.DbiResourceId, EngineVersion: "16.6", ReadReplicaDBInstanceIdentifiers: [] });
    expect(old.Endpoint!.Address).toMatch(/^pg1-old1\./);
    expect(await allInstances(client)).toEqual(["pg1", "pg1-old1"]);
  });

  it("checks SwitchoverTimeout (30 s minimum), the status, and rolls back a switchover that can't finish within its timeout", async () => {
    const s = await withSource();
    const d = (await create(s.client, "early")).BlueGreenDeployment!;
    const id = d.BlueGreenDeploymentIdentifier!;
    await expectFault(s.backend, () => s.client.send(new SwitchoverBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id })), { name: "InvalidBlueGreenDeploymentStateFault", status: 400, message: "PROVISIONING" });
    s.backend.clock.advance(15 * MIN);
    await expectFault(s.backend, () => s.client.send(new SwitchoverBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id, SwitchoverTimeout: 29 })), { name: "InvalidParameterValue", status: 400, message: "SwitchoverTimeout" });
    await expectFault(s.backend, () => s.client.send(new SwitchoverBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: "bgd-nope" })), { name: "BlueGreenDeploymentNotFoundFault", status: 404, message: "bgd-nope", Class: BlueGreenDeploymentNotFoundFault });
    await s.client.send(new SwitchoverBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id, SwitchoverTimeout: 30 }));
    s.backend.clock.advance(MIN);
    const back = await describeOne(s.client, id);
    expect(back.Status).toBe("AVAILABLE");
    expect(back.Source).toBe(dbArn("pg1"));
    expect((await instance(s.client, "pg1")).ReadReplicaDBInstanceIdentifiers).toEqual([d.Target!.split(":").pop()]);
  });
});

describe("DeleteBlueGreenDeployment of a DB instance", () => {
  it("DeleteTarget deletes the green instance; the deployment is DELETING for a minute, then gone; a new one can follow", async () => {
    const { backend, client, id, green } = await available();
    const out = (await client.send(new DeleteBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id, DeleteTarget: true }))).BlueGreenDeployment!;
    expect(out.Status).toBe("DELETING");
    expect(out.DeleteTime).toEqual(backend.clock.date());
    expect((await instance(client, green)).DBInstanceStatus).toBe("deleting");
    await expectFault(backend, () => client.send(new DeleteBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id })), { name: "InvalidBlueGreenDeploymentStateFault", status: 400, message: "DELETING" });
    backend.clock.advance(MIN - 1);
    expect((await describeOne(client, id)).Status).toBe("DELETING");
    backend.clock.advance(1);
    await expectFault(backend, () => describeOne(client, id), { name: "BlueGreenDeploymentNotFoundFault", status: 404, message: id });
    backend.clock.advance(5 * MIN);
    expect(await allInstances(client)).toEqual(["pg1"]);
    expect((await instance(client, "pg1")).ReadReplicaDBInstanceIdentifiers).toEqual([]);
    const again = (await create(client, "upgrade-17")).BlueGreenDeployment!;
    expect(again.BlueGreenDeploymentIdentifier).not.toBe(id);
    expect(again.Source).toBe(dbArn("pg1"));
  });

  it("without DeleteTarget the green instance stays and stops replicating; after switchover DeleteTarget is refused", async () => {
    const { backend, client, id, green } = await available();
    await client.send(new SwitchoverBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id }));
    backend.clock.advance(MIN);
    await expectFault(backend, () => client.send(new DeleteBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id, DeleteTarget: true })), { name: "InvalidParameterCombination", status: 400, message: "SWITCHOVER_COMPLETED" });
    await client.send(new DeleteBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: id }));
    backend.clock.advance(MIN);
    expect(await allInstances(client)).toEqual(["pg1", "pg1-old1"]);
    expect(green).toMatch(/^pg1-green-/);
    // The old blue can go now; a second deployment of the new pg1 renames it to pg1-old2 (pg1-old1 is taken).
    const d2 = (await create(client, "second")).BlueGreenDeployment!;
    backend.clock.advance(15 * MIN);
    await client.send(new SwitchoverBlueGreenDeploymentCommand({ BlueGreenDeploymentIdentifier: d2.BlueGreenDeploymentIdentifier }));
    backend.clock.advance(MIN);
    expect(await allInstances(client)).toEqual(["pg1", "pg1-old1", "pg1-old2"]);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "pg1-old1", SkipFinalSnapshot: true }));
  });

  it("pages and filters DescribeBlueGreenDeployments", async () => {
    const { backend, client, id } = await available();
    await expectFault(backend, () => client.send(new DescribeBlueGreenDeploymentsCommand({ MaxRecords: 19 })), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
    const by = async (Name: string, value: string) => (await client.send(new DescribeBlueGreenDeploymentsCommand({ Filters: [{ Name, Values: [value] }] }))).BlueGreenDeployments!.length;
    expect(await by("blue-green-deployment-identifier", id)).toBe(1);
    expect(await by("blue-green-deployment-name", "upgrade-17")).toBe(1);
    expect(await by("source", dbArn("pg1"))).toBe(1);
    expect(await by("target", dbArn("pg1"))).toBe(0);
    await expectFault(backend, () => by("engine", "x"), { name: "InvalidParameterValue", status: 400, message: "engine" });
  });
});
