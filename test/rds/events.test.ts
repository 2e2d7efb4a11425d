/** RDS events: recorded by every lifecycle transition, read through DescribeEvents on the backend clock. */
import {
  CreateDBClusterSnapshotCommand,
  DeleteDBClusterCommand,
  DeleteDBClusterSnapshotCommand,
  DeleteDBInstanceCommand,
  DescribeEventCategoriesCommand,
  DescribeEventsCommand,
  RDSClient,
  RebootDBInstanceCommand,
  StartActivityStreamCommand,
  StartDBClusterCommand,
  StopActivityStreamCommand,
  StopDBClusterCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { EVENT_SOURCES, EVENTS } from "../../src/services/rds/events/table.js";
import { createCluster, createInstance, expectFault, FIXED_START, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = FIXED_START.getTime();
const ARN = "arn:aws:rds:us-east-1:123456789012";

async function events(client: RDSClient, input: Record<string, unknown> = {}) {
  return (await client.send(new DescribeEventsCommand({ Duration: 14 * 24 * 60, ...input }))).Events ?? [];
}
const brief = (e: { SourceIdentifier?: string; SourceType?: string; Message?: string; EventCategories?: string[] }) =>
  [e.SourceType, e.SourceIdentifier, e.Message, e.EventCategories!.join(",")].join(" | ");

describe("DescribeEvents", () => {
  it("shows a cluster's creation, its instance's creation, then a reboot's availability events, oldest first, on the clock", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    expect(await events(client)).toEqual([]); // nothing until the creation settles
    backend.clock.advance(3 * MINUTE);
    const [created] = await events(client);
    expect(created).toEqual({
      SourceIdentifier: "c1",
      SourceType: "db-cluster",
      Message: "DB cluster created",
      EventCategories: ["creation"],
      Date: new Date(T0 + 2 * MINUTE),
      SourceArn: `${ARN}:cluster:c1`,
    });
    await createInstance(client, "c1", "i1");
    backend.clock.advance(9 * MINUTE);
    await client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    backend.clock.advance(2 * MINUTE);
    const all = await events(client);
    expect(all.map(brief)).toEqual([
      "db-cluster | c1 | DB cluster created | creation",
      "db-instance | i1 | DB instance created | creation",
      "db-instance | i1 | DB instance shutdown | availability",
      "db-instance | i1 | DB instance restarted | availability",
    ]);
    expect(all.map((e) => e.Date!.getTime() - T0)).toEqual([2, 11, 12, 13].map((m) => m * MINUTE));
    expect(all[1].SourceArn).toBe(`${ARN}:db:i1`);
  });

  it("records a transition's event when it settles, not 1 ms before; a name deleted and re-created, or two creates at once, each get their own", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(2 * MINUTE - 1);
    expect(await events(client)).toEqual([]); // the creation ends 1 ms later
    backend.clock.advance(1);
    expect((await events(client)).map(brief)).toEqual(["db-cluster | c1 | DB cluster created | creation"]);

    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    backend.clock.advance(10 * MINUTE);
    await Promise.all([createCluster(client, "c1"), createCluster(client, "c2")]);
    backend.clock.advance(2 * MINUTE);
    const all = await events(client, { SourceType: "db-cluster" });
    expect(all.map(brief)).toEqual([
      "db-cluster | c1 | DB cluster created | creation",
      "db-cluster | c1 | DB cluster deleted | deletion",
      "db-cluster | c1 | DB cluster created | creation",
      "db-cluster | c2 | DB cluster created | creation",
    ]);
    // Dated when each transition settled, oldest first; the re-created c1 is a new cluster.
    const dates = all.map((e) => e.Date!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(dates[2]).toBeGreaterThan(dates[1]);
  });

  it("answers the last Duration minutes (default 60) or StartTime..EndTime, and forgets events after 14 days", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(30 * MINUTE);
    expect((await client.send(new DescribeEventsCommand({}))).Events).toHaveLength(1);
    backend.clock.advance(60 * MINUTE); // the creation (at +2 min) is now 88 minutes old
    expect((await client.send(new DescribeEventsCommand({}))).Events).toEqual([]);
    expect(await events(client, { Duration: 90 })).toHaveLength(1);
    expect(await events(client, { StartTime: new Date(T0), EndTime: new Date(T0 + MINUTE) })).toEqual([]);
    expect(await events(client, { StartTime: new Date(T0), EndTime: new Date(T0 + 2 * MINUTE) })).toHaveLength(1);
    expect(await events(client, { EndTime: new Date(T0 + 30 * MINUTE), Duration: 30 })).toHaveLength(1);
    backend.clock.advance(13 * DAY);
    expect(await events(client, { SourceType: "db-cluster", StartTime: new Date(T0) })).toHaveLength(1);
    backend.clock.advance(DAY);
    expect(await events(client, { SourceType: "db-cluster", StartTime: new Date(T0) })).toEqual([]);
    // Dropped from the world too, once another event is recorded.
    await createCluster(client, "c2");
    backend.clock.advance(3 * MINUTE);
    expect((await events(client, { SourceType: "db-cluster", StartTime: new Date(T0) })).map((e) => e.SourceIdentifier)).toEqual(["c2"]);
    const world = backend.dump().worlds.rds["123456789012/us-east-1"] as { events: unknown[] };
    expect(world.events).toHaveLength(1);
  });

  it("records stops, starts, snapshots, activity streams and deletions with AWS's messages", async () => {
    const { client } = setup();
    await createCluster(client, "c1", { Engine: "aurora-postgresql", MasterUsername: "dbadmin" });
    await createInstance(client, "c1", "i1", { Engine: "aurora-postgresql" });
    await client.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "c1", DBClusterSnapshotIdentifier: "s1" }));
    await client.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "s1" }));
    await client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" }));
    await events(client);
    await client.send(new StartDBClusterCommand({ DBClusterIdentifier: "c1" }));
    await events(client);
    const arn = `${ARN}:cluster:c1`;
    await client.send(new StartActivityStreamCommand({ ResourceArn: arn, Mode: "async", KmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/k", ApplyImmediately: true }));
    await events(client);
    await client.send(new StopActivityStreamCommand({ ResourceArn: arn, ApplyImmediately: true }));
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "i1" }));
    await events(client);
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    expect((await events(client)).map(brief)).toEqual([
      "db-cluster | c1 | DB cluster created | creation",
      "db-instance | i1 | DB instance created | creation",
      "db-cluster-snapshot | s1 | Creating manual DB cluster snapshot | backup",
      "db-cluster-snapshot | s1 | Manual DB cluster snapshot created | backup",
      "db-cluster-snapshot | s1 | Deleted manual DB cluster snapshot | notification",
      "db-cluster | c1 | DB cluster stopped | notification",
      "db-instance | i1 | DB instance stopped | notification",
      "db-cluster | c1 | DB cluster started | notification",
      "db-instance | i1 | DB instance started | notification",
      "db-cluster | c1 | Database Activity Stream is started on the database cluster | configuration change",
      "db-cluster | c1 | Database Activity Stream is stopped on the database cluster | configuration change",
      "db-instance | i1 | DB instance deleted | deletion",
      "db-cluster | c1 | DB cluster deleted | deletion",
    ]);
  });

  it("filters by source and categories, pages with MaxRecords and Marker, and refuses what the API reference refuses", async () => {
    const { backend, client } = setup();
    for (let i = 0; i < 12; i++) await createCluster(client, `c${i}`);
    await createInstance(client, "c0", "i0");
    for (let i = 0; i < 12; i++) await client.send(new StopDBClusterCommand({ DBClusterIdentifier: `c${i}` })).catch(() => undefined);
    const all = await events(client);
    expect(all.length).toBeGreaterThan(20);
    expect((await events(client, { SourceType: "db-instance" })).map(brief)).toEqual([
      "db-instance | i0 | DB instance created | creation",
      "db-instance | i0 | DB instance stopped | notification",
    ]);
    expect((await events(client, { SourceType: "db-cluster", SourceIdentifier: "C3" })).map((e) => e.Message)).toEqual(["DB cluster created", "DB cluster stopped"]);
    expect((await events(client, { SourceType: "db-instance", SourceIdentifier: "c3" }))).toEqual([]);
    const notifications = await events(client, { SourceType: "db-cluster", EventCategories: ["notification", "backup"] });
    expect(notifications.map((e) => e.Message)).toEqual(Array(12).fill("DB cluster stopped"));
    const first = await client.send(new DescribeEventsCommand({ Duration: 600, MaxRecords: 20 }));
    expect(first.Events).toHaveLength(20);
    const second = await client.send(new DescribeEventsCommand({ Duration: 600, MaxRecords: 20, Marker: first.Marker }));
    expect([...first.Events!, ...second.Events!]).toEqual(all);
    expect(second.Marker).toBeUndefined();
    const describe = (input: Record<string, unknown>) => () => client.send(new DescribeEventsCommand(input));
    await expectFault(backend, describe({ SourceIdentifier: "c1" }), { name: "InvalidParameterCombination", status: 400, message: "SourceType" });
    await expectFault(backend, describe({ SourceType: "db-cluster", SourceIdentifier: "c1-" }), { name: "InvalidParameterValue", status: 400, message: "hyphen" });
    await expectFault(backend, describe({ SourceType: "db-cluster", SourceIdentifier: "c--1" }), { name: "InvalidParameterValue", status: 400, message: "hyphen" });
    await expectFault(backend, describe({ MaxRecords: 19 }), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
    await expectFault(backend, describe({ MaxRecords: 101 }), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
    await expectFault(backend, describe({ Marker: "nope" }), { name: "InvalidParameterValue", status: 400, message: "Marker" });
    await expectFault(backend, describe({ Filters: [{ Name: "a", Values: ["b"] }] }), { name: "InvalidParameterValue", status: 400, message: "filter" });
    await expectFault(backend, describe({ StartTime: new Date(T0 + MINUTE), EndTime: new Date(T0) }), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "StartTime",
    });
  });

  it("shows the automated snapshots of the timed lifecycle (derived from the clock, like the snapshots)", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(DAY + 60 * MINUTE);
    const backups = await events(client, { SourceType: "db-cluster-snapshot" });
    expect(backups.map((e) => e.Message)).toEqual(["Creating automated cluster snapshot", "Automated cluster snapshot created"]);
    expect(backups[0].SourceIdentifier).toMatch(/^rds:c1-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}$/);
    expect(backups[1].Date!.getTime() - backups[0].Date!.getTime()).toBe(5 * MINUTE);
    // In date order among the stored events.
    const all = await events(client);
    expect(all.map((e) => e.Date!.getTime())).toEqual([...all.map((e) => e.Date!.getTime())].sort((a, b) => a - b));
    expect(all[0].Message).toBe("DB cluster created");
  });

  it("records only categories that DescribeEventCategories lists for the source type", async () => {
    const { client } = setup();
    const out = await client.send(new DescribeEventCategoriesCommand({}));
    const listed = new Map(out.EventCategoriesMapList!.map((m) => [m.SourceType!, new Set(m.EventCategories)]));
    for (const [key, row] of Object.entries(EVENTS)) {
      const source = EVENT_SOURCES[key.slice(0, key.lastIndexOf("."))];
      expect(source, key).toBeDefined();
      for (const spec of [...(row.begin ?? []), ...(row.settle ?? [])]) {
        for (const c of spec.categories) expect(listed.get(source.type)?.has(c), `${key}: ${c}`).toBe(true);
      }
    }
  });
});
