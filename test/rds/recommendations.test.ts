/** DescribeDBRecommendations / ModifyDBRecommendation: recommendations derived from state by a table of rules. */
import {
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeDBRecommendationsCommand,
  ModifyDBRecommendationCommand,
  RDSClient,
  type DBRecommendation,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, createCluster, createInstance, expectFault, FIXED_START, setup } from "./clusters-fixtures.js";

const T0 = FIXED_START.getTime();
const MINUTE = 60_000;
const ARN = "arn:aws:rds:us-east-1:123456789012";
const SINGLE = "config_recommendation::single_instance_cluster";

async function recommendations(client: RDSClient, input: Record<string, unknown> = {}) {
  return (await client.send(new DescribeDBRecommendationsCommand(input))).DBRecommendations ?? [];
}
const brief = (r: DBRecommendation) => `${r.ResourceArn!.split(":").slice(5).join(":")} ${r.TypeId!.split("::")[1]} ${r.Status} ${r.Severity}`;
const modify = (client: RDSClient, input: Record<string, unknown>) => client.send(new ModifyDBRecommendationCommand(input as never));

/** An Aurora MySQL cluster with one member: default cluster group, 1-day retention, no reader. */
async function single(client: RDSClient, backend: { clock: { runAll(): void } }, id = "c1") {
  await createCluster(client, id);
  await createInstance(client, id, `${id}-i1`);
  backend.clock.runAll();
}

async function singleInstanceRecommendation(client: RDSClient) {
  return (await recommendations(client, { Filters: [{ Name: "type-id", Values: [SINGLE] }] }))[0];
}

describe("DescribeDBRecommendations", () => {
  it("derives the rules that hold for each resource, active, with their recommended action", async () => {
    const { backend, client } = setup();
    await single(client, backend);
    expect((await recommendations(client)).map(brief).sort()).toEqual([
      "cluster:c1 backup_retention_cluster active low",
      "cluster:c1 default_cluster_parameter_group active low",
      "cluster:c1 single_instance_cluster active medium",
    ]);
    const rec = await singleInstanceRecommendation(client);
    expect(rec).toMatchObject({
      ResourceArn: `${ARN}:cluster:c1`,
      Category: "reliability",
      Source: "RDS",
      CreatedTime: new Date(T0),
      UpdatedTime: new Date(T0),
      RecommendedActions: [{ Operation: "createDbInstance", ApplyModes: ["manual"], Status: "ready", Parameters: [{ Key: "DBClusterIdentifier", Value: "c1" }] }],
    });
    expect(rec.RecommendationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // A reader fixes it: a recommendation nobody acted on is simply gone.
    await createInstance(client, "c1", "c1-i2");
    expect(await singleInstanceRecommendation(client)).toBeUndefined();
  });

  it("flags an engine version past (high) or within 180 days of (medium) the end of standard support", async () => {
    const { backend, client } = setup();
    await createCluster(client, "pg12", { ...AURORA_PG, EngineVersion: "12.22" });
    await createCluster(client, "pg13", { ...AURORA_PG, EngineVersion: "13.20" });
    const eos = async () => (await recommendations(client, { Filters: [{ Name: "type-id", Values: ["config_recommendation::engine_end_of_support_cluster"] }] })).map(brief);
    expect(await eos()).toEqual(["cluster:pg12 engine_end_of_support_cluster active high"]);
    backend.clock.set(Date.parse("2025-09-01T00:00:00Z")); // 180 days before 2026-02-28
    expect((await eos()).sort()).toEqual(["cluster:pg12 engine_end_of_support_cluster active high", "cluster:pg13 engine_end_of_support_cluster active medium"]);
  });

  it("filters by status, severity, type-id, dbi-resource-id and cluster-pg-arn, and by LastUpdatedAfter/Before", async () => {
    const { backend, client } = setup();
    await single(client, backend, "c1");
    await single(client, backend, "c2");
    const byFilter = async (Name: string, Values: string[]) => (await recommendations(client, { Filters: [{ Name, Values }] })).map(brief).sort();
    expect(await byFilter("severity", ["medium"])).toEqual(["cluster:c1 single_instance_cluster active medium", "cluster:c2 single_instance_cluster active medium"]);
    expect(await byFilter("cluster-pg-arn", [`${ARN}:cluster-pg:default.aurora-mysql8.0`])).toHaveLength(6);
    expect(await byFilter("dbi-resource-id", ["db-NONE"])).toEqual([]);
    const rec = await singleInstanceRecommendation(client);
    backend.clock.advance(MINUTE);
    await modify(client, { RecommendationId: rec.RecommendationId, Status: "dismissed" });
    expect(await byFilter("status", ["dismissed"])).toEqual([brief({ ...rec, Status: "dismissed" })]);
    expect((await recommendations(client, { LastUpdatedAfter: new Date(T0) })).map((r) => r.RecommendationId)).toEqual([rec.RecommendationId]);
    expect(await recommendations(client, { LastUpdatedBefore: new Date(T0) })).toEqual([]);
    expect(await recommendations(client, { LastUpdatedBefore: new Date(T0 + 1) })).toHaveLength(5);
  });

  it("pages with MaxRecords and Marker", async () => {
    const { client } = setup();
    for (let i = 0; i < 11; i++) await createCluster(client, `p${i}`); // two recommendations each
    const first = await client.send(new DescribeDBRecommendationsCommand({ MaxRecords: 20 }));
    const second = await client.send(new DescribeDBRecommendationsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect([first.DBRecommendations!.length, second.DBRecommendations!.length, second.Marker]).toEqual([20, 2, undefined]);
  });

  it("refuses an unknown filter, a Locale outside the list and MaxRecords out of 20-100", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => recommendations(client, { Filters: [{ Name: "engine", Values: ["x"] }] }), { name: "InvalidParameterValue", status: 400, message: "engine" });
    await expectFault(backend, () => recommendations(client, { Locale: "xx" }), { name: "InvalidParameterValue", status: 400, message: "Invalid Locale: xx" });
    await expectFault(backend, () => recommendations(client, { MaxRecords: 101 }), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
  });
});

describe("ModifyDBRecommendation", () => {
  it("dismisses and restores; an applied action makes it pending, and it resolves once the state no longer matches", async () => {
    const { backend, client } = setup();
    await single(client, backend);
    const rec = await singleInstanceRecommendation(client);
    backend.clock.advance(MINUTE);
    const dismissed = (await modify(client, { RecommendationId: rec.RecommendationId, Status: "dismissed", Locale: "en" })).DBRecommendation!;
    expect([dismissed.Status, dismissed.UpdatedTime]).toEqual(["dismissed", new Date(T0 + MINUTE)]);
    expect((await modify(client, { RecommendationId: rec.RecommendationId, Status: "active" })).DBRecommendation!.Status).toBe("active");
    const actionId = rec.RecommendedActions![0].ActionId!;
    const pending = (await modify(client, { RecommendationId: rec.RecommendationId, RecommendedActionUpdates: [{ ActionId: actionId, Status: "applied" }] })).DBRecommendation!;
    expect([pending.Status, pending.RecommendedActions![0].Status]).toEqual(["pending", "applied"]);
    await createInstance(client, "c1", "c1-i2");
    const resolved = await singleInstanceRecommendation(client);
    expect([resolved.Status, resolved.RecommendedActions![0].Status]).toEqual(["resolved", "resolved"]);
  });

  it("refuses an unknown RecommendationId, Status or action, and an action Status other than applied/scheduled; nothing changes", async () => {
    const { backend, client } = setup();
    await single(client, backend);
    const rec = await singleInstanceRecommendation(client);
    const id = rec.RecommendationId;
    await expectFault(backend, () => modify(client, { RecommendationId: "nope" }), { name: "InvalidParameterValue", status: 400, message: "nope" });
    await expectFault(backend, () => modify(client, { RecommendationId: id, Status: "resolved" }), { name: "InvalidParameterValue", status: 400, message: "Invalid Status: resolved" });
    await expectFault(backend, () => modify(client, { RecommendationId: id, Status: "dismissed", RecommendedActionUpdates: [{ ActionId: "x", Status: "applied" }] }), {
      name: "InvalidParameterValue", status: 400, message: "x",
    });
    await expectFault(backend, () => modify(client, { RecommendationId: id, RecommendedActionUpdates: [{ ActionId: rec.RecommendedActions![0].ActionId, Status: "ready" }] }), {
      name: "InvalidParameterValue", status: 400, message: "ready",
    });
    await expectFault(backend, () => modify(client, { RecommendationId: id, Locale: "xx" }), { name: "InvalidParameterValue", status: 400, message: "Locale" });
  });

  it("a deleted and re-created cluster of the same name starts with fresh, active recommendations (new ids)", async () => {
    const { backend, client } = setup();
    await single(client, backend);
    const old = await singleInstanceRecommendation(client);
    await modify(client, { RecommendationId: old.RecommendationId, Status: "dismissed" });
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "c1-i1" }));
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", SkipFinalSnapshot: true }));
    backend.clock.runAll();
    expect(await recommendations(client)).toEqual([]);
    await single(client, backend);
    const fresh = await singleInstanceRecommendation(client);
    expect(fresh.Status).toBe("active");
    expect(fresh.RecommendationId).not.toBe(old.RecommendationId);
  });

  it("two concurrent modifications both land: dismissed, with the action scheduled", async () => {
    const { backend, client } = setup();
    await single(client, backend);
    const rec = await singleInstanceRecommendation(client);
    await Promise.all([
      modify(client, { RecommendationId: rec.RecommendationId, Status: "dismissed" }),
      modify(client, { RecommendationId: rec.RecommendationId, RecommendedActionUpdates: [{ ActionId: rec.RecommendedActions![0].ActionId, Status: "scheduled" }] }),
    ]);
    const after = await singleInstanceRecommendation(client);
    expect([after.Status, after.RecommendedActions![0].Status]).toEqual(["dismissed", "scheduled"]);
  });
});
