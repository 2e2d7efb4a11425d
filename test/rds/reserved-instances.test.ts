/**
 * Issue 14: reserved DB instances through a real RDSClient: the offerings catalog, purchases (their
 * state on the clock, ids, tags, the monthly quota) and DescribeReservedDBInstances.
 */
import {
  AddTagsToResourceCommand,
  DescribeAccountAttributesCommand,
  DescribeReservedDBInstancesCommand,
  DescribeReservedDBInstancesOfferingsCommand,
  ListTagsForResourceCommand,
  PurchaseReservedDBInstancesOfferingCommand,
  ReservedDBInstanceAlreadyExistsFault,
  ReservedDBInstanceNotFoundFault,
  ReservedDBInstanceQuotaExceededFault,
  ReservedDBInstancesOfferingNotFoundFault,
  paginateDescribeReservedDBInstancesOfferings,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";

const offerings = (client: RDSClient, input: Record<string, unknown> = {}) => client.send(new DescribeReservedDBInstancesOfferingsCommand(input));
const purchase = (client: RDSClient, input: Record<string, unknown>) => client.send(new PurchaseReservedDBInstancesOfferingCommand({ ...input } as never));
const reservations = (client: RDSClient, input: Record<string, unknown> = {}) => client.send(new DescribeReservedDBInstancesCommand(input));

async function anOffering(client: RDSClient, input: Record<string, unknown> = { DBInstanceClass: "db.m6g.large", ProductDescription: "postgresql", Duration: "1", OfferingType: "No Upfront", MultiAZ: false }) {
  const list = (await offerings(client, input)).ReservedDBInstancesOfferings!;
  expect(list).toHaveLength(1);
  return list[0];
}

describe("DescribeReservedDBInstancesOfferings", () => {
  it("lists offerings of every engine with stable ids, and filters by class, duration, product, type and Multi-AZ", async () => {
    const { client } = setup();
    const o = await anOffering(client);
    expect(o).toMatchObject({ DBInstanceClass: "db.m6g.large", Duration: 31_536_000, ProductDescription: "postgresql", OfferingType: "No Upfront", MultiAZ: false, CurrencyCode: "USD", FixedPrice: 0 });
    expect(o.ReservedDBInstancesOfferingId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(o.RecurringCharges).toEqual([{ RecurringChargeAmount: expect.any(Number), RecurringChargeFrequency: "Hourly" }]);
    // The same offering has the same id on the next call and in another backend.
    expect((await anOffering(setup().client)).ReservedDBInstancesOfferingId).toBe(o.ReservedDBInstancesOfferingId);
    // Durations in years or seconds; "All Upfront" has no recurring charge; product descriptions match partially.
    const threeYears = await anOffering(client, { DBInstanceClass: "db.m6g.large", ProductDescription: "postgresql", Duration: "94608000", OfferingType: "All Upfront", MultiAZ: true });
    expect(threeYears).toMatchObject({ Duration: 94_608_000, MultiAZ: true, RecurringCharges: [] });
    expect(threeYears.FixedPrice).toBeGreaterThan(0);
    const oracle = (await offerings(client, { ProductDescription: "oracle", DBInstanceClass: "db.m5.large", Duration: "1", OfferingType: "All Upfront" })).ReservedDBInstancesOfferings!;
    expect(new Set(oracle.map((x) => x.ProductDescription))).toEqual(new Set(["oracle-ee(byol)", "oracle-se2(byol)", "oracle-se2(li)"]));
    const byId = await offerings(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId });
    expect(byId.ReservedDBInstancesOfferings).toEqual([o]);
  });

  it("pages with MaxRecords 20-100 and the SDK's paginator, every id once", async () => {
    const { client } = setup();
    const seen: string[] = [];
    for await (const page of paginateDescribeReservedDBInstancesOfferings({ client, pageSize: 100 }, { ProductDescription: "mysql" })) {
      seen.push(...page.ReservedDBInstancesOfferings!.map((x) => x.ReservedDBInstancesOfferingId!));
    }
    expect(seen.length).toBeGreaterThan(100);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("refuses unknown offerings, bad Duration and OfferingType values, filters and page sizes", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => offerings(client, { ReservedDBInstancesOfferingId: "438012d3-4052-4cc7-b2e3-8d3372e0e706" }), {
      name: "ReservedDBInstancesOfferingNotFoundFault", status: 404, message: "438012d3", Class: ReservedDBInstancesOfferingNotFoundFault,
    });
    await expectFault(backend, () => offerings(client, { Duration: "2" }), { name: "InvalidParameterValue", status: 400, message: "Duration 2" });
    await expectFault(backend, () => offerings(client, { OfferingType: "Heavy Utilization" }), { name: "InvalidParameterValue", status: 400, message: "OfferingType Heavy Utilization" });
    await expectFault(backend, () => offerings(client, { Filters: [{ Name: "duration", Values: ["1"] }] }), { name: "InvalidParameterValue", status: 400, message: "duration" });
    await expectFault(backend, () => offerings(client, { MaxRecords: 19 }), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
  });
});

describe("PurchaseReservedDBInstancesOffering", () => {
  it("purchases a reservation: payment-pending, then active; retired when its term has run out", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const o = await anOffering(client);
    const out = await purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, ReservedDBInstanceId: "myReservation", DBInstanceCount: 2, Tags: [{ Key: "team", Value: "db" }] });
    const r = out.ReservedDBInstance!;
    expect(r).toMatchObject({
      ReservedDBInstanceId: "myReservation", ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, DBInstanceClass: "db.m6g.large", Duration: 31_536_000,
      DBInstanceCount: 2, ProductDescription: "postgresql", OfferingType: "No Upfront", MultiAZ: false, State: "payment-pending",
      ReservedDBInstanceArn: "arn:aws:rds:us-east-1:123456789012:ri:myReservation", RecurringCharges: o.RecurringCharges,
    });
    expect(r.StartTime).toEqual(backend.clock.date());
    expect(r.LeaseId).toMatch(/^[0-9a-f-]{36}$/);
    backend.clock.advance(60_000 - 1);
    expect((await reservations(client)).ReservedDBInstances![0].State).toBe("payment-pending");
    backend.clock.advance(1);
    expect((await reservations(client)).ReservedDBInstances![0].State).toBe("active");
    // One millisecond before the end of the term it is still active; at the end, retired.
    backend.clock.set(r.StartTime!.getTime() + 31_536_000_000 - 1);
    expect((await reservations(client, { ReservedDBInstanceId: "myReservation" })).ReservedDBInstances![0].State).toBe("active");
    backend.clock.advance(1);
    expect((await reservations(client, { ReservedDBInstanceId: "myReservation" })).ReservedDBInstances![0].State).toBe("retired");
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceName: r.ReservedDBInstanceArn }));
    expect(tags.TagList).toEqual([{ Key: "team", Value: "db" }]);
  });

  it("generates an id when none is given; two purchases at one instant get two", async () => {
    const { client } = setup();
    const o = await anOffering(client);
    const [a, b] = await Promise.all([purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId }), purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId })]);
    expect(a.ReservedDBInstance!.ReservedDBInstanceId).toMatch(/^ri-2025-06-01-12-00-00-[a-z0-9]{4}$/);
    expect(a.ReservedDBInstance!.ReservedDBInstanceId).not.toBe(b.ReservedDBInstance!.ReservedDBInstanceId);
    expect(a.ReservedDBInstance!.DBInstanceCount).toBe(1);
    expect((await reservations(client)).ReservedDBInstances).toHaveLength(2);
  });

  it("refuses an unknown offering, a taken id, a count below one and bad tags, changing nothing", async () => {
    const { backend, client } = setup();
    const o = await anOffering(client);
    await expectFault(backend, () => purchase(client, { ReservedDBInstancesOfferingId: "nope" }), { name: "ReservedDBInstancesOfferingNotFoundFault", status: 404, message: "nope", Class: ReservedDBInstancesOfferingNotFoundFault });
    await purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, ReservedDBInstanceId: "r1" });
    await expectFault(backend, () => purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, ReservedDBInstanceId: "r1" }), {
      name: "ReservedDBInstanceAlreadyExistsFault", status: 404, message: "r1", Class: ReservedDBInstanceAlreadyExistsFault,
    });
    await expectFault(backend, () => purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, DBInstanceCount: 0 }), { name: "InvalidParameterValue", status: 400, message: "DBInstanceCount" });
    await expectFault(backend, () => purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, Tags: [{ Key: "", Value: "x" }] }), { name: "InvalidParameterValue", status: 400, message: "Key" });
  });

  it("counts DB instances reserved this calendar month against the quota of 40, as DescribeAccountAttributes shows it", async () => {
    const { backend, client } = setup();
    const o = await anOffering(client);
    const used = async () => (await client.send(new DescribeAccountAttributesCommand({}))).AccountQuotas!.find((q) => q.AccountQuotaName === "ReservedDBInstances");
    expect(await used()).toEqual({ AccountQuotaName: "ReservedDBInstances", Used: 0, Max: 40 });
    await purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, DBInstanceCount: 39 });
    expect((await used())!.Used).toBe(39);
    await expectFault(backend, () => purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, DBInstanceCount: 2 }), {
      name: "ReservedDBInstanceQuotaExceededFault", status: 400, message: "40 reserved DB instances per month", Class: ReservedDBInstanceQuotaExceededFault,
    });
    await purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, DBInstanceCount: 1 });
    // June 2025 is full; on July 1st the month starts again.
    backend.clock.set(new Date("2025-07-01T00:00:00Z"));
    expect((await used())!.Used).toBe(0);
    await purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, DBInstanceCount: 40 });
  });
});

describe("DescribeReservedDBInstances", () => {
  it("filters purchases by id, offering, class, duration, product, type, Multi-AZ and lease", async () => {
    const { backend, client } = setup();
    const pg = await anOffering(client);
    const my = await anOffering(client, { DBInstanceClass: "db.r6g.large", ProductDescription: "mysql", Duration: "3", OfferingType: "Partial Upfront", MultiAZ: true });
    const a = (await purchase(client, { ReservedDBInstancesOfferingId: pg.ReservedDBInstancesOfferingId, ReservedDBInstanceId: "a" })).ReservedDBInstance!;
    await purchase(client, { ReservedDBInstancesOfferingId: my.ReservedDBInstancesOfferingId, ReservedDBInstanceId: "b" });
    const ids = async (input: Record<string, unknown>) => (await reservations(client, input)).ReservedDBInstances!.map((r) => r.ReservedDBInstanceId);
    expect(await ids({})).toEqual(["a", "b"]);
    expect(await ids({ ReservedDBInstanceId: "b" })).toEqual(["b"]);
    expect(await ids({ ReservedDBInstancesOfferingId: pg.ReservedDBInstancesOfferingId })).toEqual(["a"]);
    expect(await ids({ DBInstanceClass: "db.r6g.large" })).toEqual(["b"]);
    expect(await ids({ Duration: "31536000" })).toEqual(["a"]);
    expect(await ids({ ProductDescription: "mysql" })).toEqual(["b"]);
    expect(await ids({ OfferingType: "Partial Upfront" })).toEqual(["b"]);
    expect(await ids({ MultiAZ: false })).toEqual(["a"]);
    expect(await ids({ LeaseId: a.LeaseId })).toEqual(["a"]);
    await expectFault(backend, () => reservations(client, { ReservedDBInstanceId: "ghost" }), { name: "ReservedDBInstanceNotFoundFault", status: 404, message: "ghost", Class: ReservedDBInstanceNotFoundFault });
    await expectFault(backend, () => reservations(client, { Duration: "5" }), { name: "InvalidParameterValue", status: 400, message: "Duration 5" });
  });

  it("tags a reservation by its ARN", async () => {
    const { client } = setup();
    const o = await anOffering(client);
    const r = (await purchase(client, { ReservedDBInstancesOfferingId: o.ReservedDBInstancesOfferingId, ReservedDBInstanceId: "tagged" })).ReservedDBInstance!;
    await client.send(new AddTagsToResourceCommand({ ResourceName: r.ReservedDBInstanceArn, Tags: [{ Key: "k", Value: "v" }] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: r.ReservedDBInstanceArn }))).TagList).toEqual([{ Key: "k", Value: "v" }]);
  });
});
