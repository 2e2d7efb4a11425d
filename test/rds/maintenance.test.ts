/** DescribePendingMaintenanceActions / ApplyPendingMaintenanceAction: actions derived from state, opt-ins on the clock. */
import {
  ApplyPendingMaintenanceActionCommand,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeEventsCommand,
  DescribePendingMaintenanceActionsCommand,
  InvalidDBClusterStateFault,
  RDSClient,
  ResourceNotFoundFault,
  StopDBClusterCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;
// FIXED_START is Sunday 2025-06-01 12:00 UTC: the Monday window opens the next morning.
const ARN = "arn:aws:rds:us-east-1:123456789012";
const WINDOW = "mon:03:00-mon:03:30";
const WINDOW_AT = Date.parse("2025-06-02T03:00:00Z");
const OLD = "8.0.mysql_aurora.3.08.2";
const NEW = "8.0.mysql_aurora.3.09.0";

async function pending(client: RDSClient, input: Record<string, unknown> = {}) {
  return (await client.send(new DescribePendingMaintenanceActionsCommand(input))).PendingMaintenanceActions ?? [];
}
const apply = (client: RDSClient, ResourceIdentifier: string, ApplyAction: string, OptInType: string) =>
  client.send(new ApplyPendingMaintenanceActionCommand({ ResourceIdentifier, ApplyAction, OptInType }));
const clusterOf = async (client: RDSClient, id: string) => (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];

/** An available Aurora MySQL cluster on the default (not newest) version with one member. */
async function auroraWithMember(client: RDSClient, backend: { clock: { runAll(): void } }, id = "c1") {
  await createCluster(client, id, { PreferredMaintenanceWindow: WINDOW });
  await createInstance(client, id, `${id}-i1`);
  backend.clock.runAll();
}

describe("DescribePendingMaintenanceActions", () => {
  it("lists db-upgrade on an Aurora cluster whose members take minor upgrades, when the catalog has a newer minor version", async () => {
    const { backend, client } = setup();
    await createCluster(client, "empty");
    await auroraWithMember(client, backend);
    expect(await pending(client)).toEqual([
      {
        ResourceIdentifier: `${ARN}:cluster:c1`,
        PendingMaintenanceActionDetails: [{ Action: "db-upgrade", Description: `Automatic minor version upgrade to aurora-mysql ${NEW}` }],
      },
    ]);
    // Without AutoMinorVersionUpgrade on any member, nothing is pending.
    await createCluster(client, "manual");
    await createInstance(client, "manual", "manual-i1", { AutoMinorVersionUpgrade: false });
    expect((await pending(client)).map((p) => p.ResourceIdentifier)).toEqual([`${ARN}:cluster:c1`]);
  });

  it("filters by db-cluster-id (identifier or ARN) and db-instance-id, and by ResourceIdentifier", async () => {
    const { backend, client } = setup();
    await auroraWithMember(client, backend, "c1");
    await auroraWithMember(client, backend, "c2");
    expect((await pending(client, { Filters: [{ Name: "db-cluster-id", Values: ["C2"] }] })).map((p) => p.ResourceIdentifier)).toEqual([`${ARN}:cluster:c2`]);
    expect((await pending(client, { Filters: [{ Name: "db-cluster-id", Values: [`${ARN}:cluster:c1`] }] })).map((p) => p.ResourceIdentifier)).toEqual([`${ARN}:cluster:c1`]);
    expect(await pending(client, { Filters: [{ Name: "db-instance-id", Values: ["c1-i1"] }] })).toEqual([]);
    expect((await pending(client, { ResourceIdentifier: `${ARN}:cluster:c2` })).length).toBe(1);
  });

  it("answers ResourceNotFoundFault for an unknown ARN, InvalidParameterValue for an unknown filter or MaxRecords out of 20-100", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => pending(client, { ResourceIdentifier: `${ARN}:cluster:nope` }), {
      name: "ResourceNotFoundFault", status: 404, message: `${ARN}:cluster:nope`, Class: ResourceNotFoundFault,
    });
    await expectFault(backend, () => pending(client, { Filters: [{ Name: "engine", Values: ["x"] }] }), { name: "InvalidParameterValue", status: 400, message: "engine" });
    await expectFault(backend, () => pending(client, { MaxRecords: 19 }), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
    await expectFault(backend, () => pending(client, { Marker: "bogus" }), { name: "InvalidParameterValue", status: 400, message: "Marker" });
  });

  it("pages with MaxRecords and Marker in ARN order", async () => {
    const { client } = setup({ settings: { rds: { pendingMaintenance: ["system-update"] } } });
    for (let i = 0; i < 21; i++) await createCluster(client, `p${String(i).padStart(2, "0")}`);
    const first = await client.send(new DescribePendingMaintenanceActionsCommand({ MaxRecords: 20 }));
    expect(first.PendingMaintenanceActions).toHaveLength(20);
    const second = await client.send(new DescribePendingMaintenanceActionsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(second.PendingMaintenanceActions!.map((p) => p.ResourceIdentifier)).toEqual([`${ARN}:cluster:p20`]);
    expect(second.Marker).toBeUndefined();
  });
});

describe("ApplyPendingMaintenanceAction", () => {
  it("immediate: the cluster upgrades now (upgrading, then available on the clock), its members follow, and the action is gone", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await auroraWithMember(client, backend);
    const out = await apply(client, `${ARN}:cluster:c1`, "db-upgrade", "immediate");
    expect(out.ResourcePendingMaintenanceActions).toEqual({
      ResourceIdentifier: `${ARN}:cluster:c1`,
      PendingMaintenanceActionDetails: [
        { Action: "db-upgrade", Description: `Automatic minor version upgrade to aurora-mysql ${NEW}`, OptInStatus: "immediate", CurrentApplyDate: new Date(backend.clock.now()) },
      ],
    });
    const during = await clusterOf(client, "c1");
    expect([during.Status, during.EngineVersion]).toEqual(["upgrading", NEW]);
    expect((await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "c1-i1" }))).DBInstances![0].EngineVersion).toBe(NEW);
    expect(await pending(client)).toEqual([]);
    backend.clock.advance(10 * MINUTE - 1);
    expect((await clusterOf(client, "c1")).Status).toBe("upgrading");
    backend.clock.advance(1);
    expect((await clusterOf(client, "c1")).Status).toBe("available");
    const events = (await client.send(new DescribeEventsCommand({ SourceIdentifier: "c1", SourceType: "db-cluster", Duration: 60 }))).Events!;
    expect(events.at(-1)).toMatchObject({ Message: "Database cluster engine version has been upgraded", EventCategories: ["maintenance"] });
  });

  it("refuses an unknown action or opt-in type, an unknown resource, an action not pending, and a resource not available; nothing changes", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await auroraWithMember(client, backend);
    const c1 = `${ARN}:cluster:c1`;
    await expectFault(backend, () => apply(client, c1, "reboot", "immediate"), { name: "InvalidParameterValue", status: 400, message: "Invalid ApplyAction: reboot" });
    await expectFault(backend, () => apply(client, c1, "db-upgrade", "later"), { name: "InvalidParameterValue", status: 400, message: "Invalid OptInType: later" });
    await expectFault(backend, () => apply(client, `${ARN}:cluster:nope`, "db-upgrade", "immediate"), { name: "ResourceNotFoundFault", status: 404, message: "nope", Class: ResourceNotFoundFault });
    await expectFault(backend, () => apply(client, c1, "system-update", "immediate"), { name: "InvalidParameterValue", status: 400, message: "not pending" });
    await createCluster(client, "c2", { PreferredMaintenanceWindow: WINDOW });
    await createInstance(client, "c2", "c2-i1");
    await expectFault(backend, () => apply(client, `${ARN}:cluster:c2`, "db-upgrade", "immediate"), {
      name: "InvalidDBClusterStateFault", status: 400, message: "creating", Class: InvalidDBClusterStateFault,
    });
  });

  it("next-maintenance: CurrentApplyDate is the next window; 1 ms before it nothing happens, at it the upgrade starts", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await auroraWithMember(client, backend);
    const out = await apply(client, `${ARN}:cluster:c1`, "db-upgrade", "next-maintenance");
    const detail = { Action: "db-upgrade", Description: `Automatic minor version upgrade to aurora-mysql ${NEW}`, OptInStatus: "next-maintenance", CurrentApplyDate: new Date(WINDOW_AT) };
    expect(out.ResourcePendingMaintenanceActions!.PendingMaintenanceActionDetails).toEqual([detail]);
    expect((await pending(client))[0].PendingMaintenanceActionDetails).toEqual([detail]);
    backend.clock.set(WINDOW_AT - 1);
    expect((await clusterOf(client, "c1")).EngineVersion).toBe(OLD);
    expect((await pending(client))[0].PendingMaintenanceActionDetails).toEqual([detail]);
    backend.clock.set(WINDOW_AT);
    const c = await clusterOf(client, "c1");
    expect([c.Status, c.EngineVersion]).toEqual(["upgrading", NEW]);
    expect(await pending(client)).toEqual([]);
  });

  it("next-maintenance in the instant lifecycle still waits for the window on the clock", async () => {
    const { backend, client } = setup();
    await auroraWithMember(client, backend);
    await apply(client, `${ARN}:cluster:c1`, "db-upgrade", "next-maintenance");
    expect((await clusterOf(client, "c1")).EngineVersion).toBe(OLD);
    backend.clock.set(WINDOW_AT);
    expect((await clusterOf(client, "c1")).EngineVersion).toBe(NEW);
  });

  it("a cluster that is stopped when its window opens keeps the opt-in for the next week's window", async () => {
    const { backend, client } = setup();
    await auroraWithMember(client, backend);
    await apply(client, `${ARN}:cluster:c1`, "db-upgrade", "next-maintenance");
    await client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" }));
    backend.clock.set(WINDOW_AT);
    expect((await clusterOf(client, "c1")).EngineVersion).toBe(OLD);
    const [detail] = (await pending(client))[0].PendingMaintenanceActionDetails!;
    expect([detail.OptInStatus, detail.CurrentApplyDate]).toEqual(["next-maintenance", new Date(WINDOW_AT + 7 * 24 * 60 * MINUTE)]);
  });

  it("undo-opt-in cancels a next-maintenance opt-in: the window passes and nothing is applied", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await auroraWithMember(client, backend);
    await apply(client, `${ARN}:cluster:c1`, "db-upgrade", "next-maintenance");
    const out = await apply(client, `${ARN}:cluster:c1`, "db-upgrade", "undo-opt-in");
    const plain = { Action: "db-upgrade", Description: `Automatic minor version upgrade to aurora-mysql ${NEW}` };
    expect(out.ResourcePendingMaintenanceActions!.PendingMaintenanceActionDetails).toEqual([plain]);
    backend.clock.set(WINDOW_AT + MINUTE);
    expect((await clusterOf(client, "c1")).EngineVersion).toBe(OLD);
    expect((await pending(client))[0].PendingMaintenanceActionDetails).toEqual([plain]);
  });

  it("a deleted and re-created cluster of the same name does not inherit the opt-in (kept by resource id)", async () => {
    const { backend, client } = setup();
    await auroraWithMember(client, backend);
    await apply(client, `${ARN}:cluster:c1`, "db-upgrade", "next-maintenance");
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "c1-i1" }));
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    backend.clock.runDue();
    await auroraWithMember(client, backend);
    expect((await pending(client))[0].PendingMaintenanceActionDetails).toEqual([
      { Action: "db-upgrade", Description: `Automatic minor version upgrade to aurora-mysql ${NEW}` },
    ]);
    backend.clock.set(WINDOW_AT);
    expect((await clusterOf(client, "c1")).EngineVersion).toBe(OLD);
  });

  it("two concurrent immediate applies: one upgrades, the other finds the cluster upgrading", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await auroraWithMember(client, backend);
    const results = await Promise.allSettled([
      apply(client, `${ARN}:cluster:c1`, "db-upgrade", "immediate"),
      apply(client, `${ARN}:cluster:c1`, "db-upgrade", "immediate"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason.name).toMatch(/InvalidDBClusterStateFault|InvalidParameterValue/);
    expect((await clusterOf(client, "c1")).EngineVersion).toBe(NEW);
  });

  it("ca-certificate-rotation: a DB instance off the default CA rotates to it, showing modifying", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1", { CACertificateIdentifier: "rds-ca-rsa4096-g1", AutoMinorVersionUpgrade: false });
    backend.clock.runAll();
    expect(await pending(client, { Filters: [{ Name: "db-instance-id", Values: ["i1"] }] })).toEqual([
      { ResourceIdentifier: `${ARN}:db:i1`, PendingMaintenanceActionDetails: [{ Action: "ca-certificate-rotation", Description: "CA certificate rotation to rds-ca-rsa2048-g1" }] },
    ]);
    await apply(client, `${ARN}:db:i1`, "ca-certificate-rotation", "immediate");
    const i1 = (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "i1" }))).DBInstances![0];
    expect([i1.DBInstanceStatus, i1.CACertificateIdentifier, i1.CertificateDetails?.CAIdentifier]).toEqual(["modifying", "rds-ca-rsa2048-g1", "rds-ca-rsa2048-g1"]);
    expect(i1.CertificateDetails?.ValidTill).toEqual(new Date("2061-05-21T23:15:55Z"));
    expect(await pending(client)).toEqual([]);
  });

  it("system-update and os-upgrade released by the backend setting: applied once per resource; a re-created namesake has them again", async () => {
    const { backend, client } = setup({ settings: { rds: { pendingMaintenance: ["system-update", "os-upgrade"] } } });
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1", { AutoMinorVersionUpgrade: false });
    backend.clock.runAll();
    const actions = async () => (await pending(client)).map((p) => `${p.ResourceIdentifier!.split(":").pop()}: ${p.PendingMaintenanceActionDetails!.map((d) => d.Action).join(",")}`);
    expect(await actions()).toEqual(["c1: system-update", "i1: system-update,os-upgrade"]);
    await apply(client, `${ARN}:db:i1`, "os-upgrade", "immediate");
    // The instant lifecycle: the upgrade has settled by the next call.
    expect((await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "i1" }))).DBInstances![0].DBInstanceStatus).toBe("available");
    expect(await actions()).toEqual(["c1: system-update", "i1: system-update"]);
    const events = (await client.send(new DescribeEventsCommand({ SourceIdentifier: "i1", SourceType: "db-instance", Duration: 60 }))).Events!;
    expect(events.map((e) => e.Message).slice(-2)).toEqual(["Applying off-line patches to DB instance", "Finished applying off-line patches to DB instance"]);
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    backend.clock.runAll();
    await createInstance(client, "c1", "i1", { AutoMinorVersionUpgrade: false });
    backend.clock.runAll();
    expect(await actions()).toEqual(["c1: system-update", "i1: system-update,os-upgrade"]);
  });
});
