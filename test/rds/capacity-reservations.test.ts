/**
 * Issue 14: DB capacity reservations through a real RDSClient: the create rules (name, engine and
 * orderable class, license model, capacity, Availability Zones, future-dated reservations), the
 * states on the clock (pending -> active; assessing -> scheduled -> active at StartDate; expired at
 * EndDate), modify and cancel rules with the commitment, describe filters and pages, the DB instances
 * quota, a name taken again after a cancel, and concurrent creates.
 */
import {
  CancelDBCapacityReservationCommand,
  CreateDBCapacityReservationCommand,
  DBCapacityReservationAlreadyExistsFault,
  DBCapacityReservationNotFoundFault,
  DBCapacityReservationUnsupportedFault,
  DescribeDBCapacityReservationsCommand,
  InstanceQuotaExceededFault,
  InvalidDBCapacityReservationStateFault,
  ModifyDBCapacityReservationCommand,
  type CreateDBCapacityReservationCommandInput,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { FIXED_START, expectFault, setup } from "./clusters-fixtures.js";

const DAY = 86_400_000;
const MYSQL = { DBCapacityReservationName: "web-tier", DBInstanceClass: "db.m7g.large", Engine: "mysql", CapacityPerAvailabilityZone: 2, AvailabilityZones: ["us-east-1a", "us-east-1b"] };
const at = (ms: number) => new Date(FIXED_START.getTime() + ms);
/** A future-dated reservation: starts in 10 days, 14-day commitment, 16 x db.r7g.large (32 vCPUs) per AZ. */
const FUTURE = { ...MYSQL, DBCapacityReservationName: "launch-day", DBInstanceClass: "db.r7g.large", CapacityPerAvailabilityZone: 16, StartDate: at(10 * DAY), CommitmentDuration: 14 * 86_400 };

const create = (client: RDSClient, extra: Partial<CreateDBCapacityReservationCommandInput> = {}) =>
  client.send(new CreateDBCapacityReservationCommand({ ...MYSQL, ...extra } as CreateDBCapacityReservationCommandInput));
const describeOne = async (client: RDSClient, id: string) => (await client.send(new DescribeDBCapacityReservationsCommand({ DBCapacityReservationIdentifier: id }))).DBCapacityReservations![0];
const modify = (client: RDSClient, id: string, extra: Record<string, unknown>) => client.send(new ModifyDBCapacityReservationCommand({ DBCapacityReservationIdentifier: id, ...extra }));
const cancel = (client: RDSClient, id: string) => client.send(new CancelDBCapacityReservationCommand({ DBCapacityReservationIdentifier: id }));
const bad = { name: "InvalidParameterValue", status: 400 };
const combination = { name: "InvalidParameterCombination", status: 400 };
const unsupported = { name: "DBCapacityReservationUnsupportedFault", status: 400, Class: DBCapacityReservationUnsupportedFault };
const invalidState = { name: "InvalidDBCapacityReservationStateFault", status: 400, Class: InvalidDBCapacityReservationStateFault };

describe("CreateDBCapacityReservation", () => {
  it("reserves capacity at once: pending, then active with the capacity available in each AZ", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const out = (await create(client, { Tags: [{ Key: "team", Value: "web" }] })).DBCapacityReservation!;
    expect(out.DBCapacityReservationIdentifier).toMatch(/^dbcr-[0-9a-f]{17}$/);
    expect(out).toMatchObject({
      DBCapacityReservationName: "web-tier", DBInstanceClass: "db.m7g.large", Engine: "mysql", ReservedCapacityPerAvailabilityZone: 2, State: "pending",
      DBCapacityReservationArn: `arn:aws:rds:us-east-1:123456789012:db-capacity-reservation:${out.DBCapacityReservationIdentifier}`,
      AvailableCapacityPerAvailabilityZoneList: [{ AvailabilityZone: "us-east-1a", AvailableCapacity: 0 }, { AvailabilityZone: "us-east-1b", AvailableCapacity: 0 }],
      TagList: [{ Key: "team", Value: "web" }],
    });
    expect(out.CreateDate).toEqual(FIXED_START);
    for (const absent of ["LicenseModel", "StartDate", "EndDate", "CommitmentInfo"] as const) expect(out[absent]).toBeUndefined();
    backend.clock.advance(5 * 60_000 - 1);
    expect((await describeOne(client, "web-tier")).State).toBe("pending");
    backend.clock.advance(1);
    const active = await describeOne(client, out.DBCapacityReservationIdentifier!);
    expect(active).toMatchObject({ State: "active", AvailableCapacityPerAvailabilityZoneList: [{ AvailableCapacity: 2 }, { AvailableCapacity: 2 }] });
  });

  it("a future-dated reservation: assessing, scheduled, active from StartDate, expired from EndDate", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const end = at(40 * DAY);
    const out = (await create(client, { ...FUTURE, EndDate: end })).DBCapacityReservation!;
    expect(out).toMatchObject({ State: "assessing", StartDate: FUTURE.StartDate, EndDate: end, CommitmentInfo: { CommittedCapacityPerAvailabilityZone: 16, CommitmentEndDate: at(24 * DAY) } });
    backend.clock.advance(10 * 60_000);
    expect((await describeOne(client, "launch-day")).State).toBe("scheduled");
    backend.clock.advance(at(10 * DAY - 1).getTime() - backend.clock.now());
    const before = await describeOne(client, "launch-day");
    expect(before).toMatchObject({ State: "scheduled", AvailableCapacityPerAvailabilityZoneList: [{ AvailableCapacity: 0 }, { AvailableCapacity: 0 }] });
    backend.clock.advance(1);
    expect(await describeOne(client, "launch-day")).toMatchObject({ State: "active", AvailableCapacityPerAvailabilityZoneList: [{ AvailableCapacity: 16 }, { AvailableCapacity: 16 }] });
    backend.clock.advance(30 * DAY - 1);
    expect((await describeOne(client, "launch-day")).State).toBe("active");
    backend.clock.advance(1);
    expect(await describeOne(client, "launch-day")).toMatchObject({ State: "expired", AvailableCapacityPerAvailabilityZoneList: [{ AvailableCapacity: 0 }, { AvailableCapacity: 0 }] });
  });

  it("an immediate reservation expires at its EndDate, whatever the lifecycle", async () => {
    const { backend, client } = setup();
    await create(client, { EndDate: at(DAY) });
    expect((await describeOne(client, "web-tier")).State).toBe("active");
    backend.clock.advance(DAY - 1);
    expect((await describeOne(client, "web-tier")).State).toBe("active");
    backend.clock.advance(1);
    expect((await describeOne(client, "web-tier")).State).toBe("expired");
  });

  it("checks the name, changing nothing", async () => {
    const { backend, client } = setup();
    const cases: Array<[string, string]> = [
      ["Web", "lowercase"], ["", "DBCapacityReservationName must be provided"], ["a".repeat(64), "1 to 63"], ["1web", "first character"], ["web-", "end with a hyphen"],
      ["web--tier", "two consecutive hyphens"], [Array.from({ length: 17 }, () => "a").join("-"), "16 groups"], ["dbcr-web", "dbcr-"], ["web_tier", "lowercase"],
    ];
    for (const [name, message] of cases) await expectFault(backend, () => create(client, { DBCapacityReservationName: name }), { ...bad, message });
    expect((await create(client, { DBCapacityReservationName: Array.from({ length: 16 }, () => "a").join("-") })).DBCapacityReservation!.State).toBe("pending");
  });

  it("needs an orderable engine and DB instance class", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => create(client, { Engine: "cassandra" }), { ...bad, message: "Invalid DB engine for a DB capacity reservation: cassandra" });
    await expectFault(backend, () => create(client, { Engine: "sqlserver-dev-ee", DBInstanceClass: "db.m5.xlarge" }), { ...unsupported, message: "No DB instance of engine sqlserver-dev-ee is orderable in us-east-1" });
    await expectFault(backend, () => create(client, { DBInstanceClass: "db.x2iedn.xlarge" }), { ...combination, message: "DB instance class db.x2iedn.xlarge is not orderable for engine mysql" });
    await expectFault(backend, () => create(client, { Engine: "aurora-postgresql", DBInstanceClass: "db.serverless" }), { ...combination, message: "db.serverless" });
    const aurora = (await create(client, { Engine: "Aurora-PostgreSQL", DBInstanceClass: "db.r7g.large" })).DBCapacityReservation!;
    expect(aurora.Engine).toBe("aurora-postgresql");
  });

  it("takes a license model only for the engines that have one, with each engine's default", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => create(client, { LicenseModel: "general-public-license" }), { ...combination, message: "LicenseModel cannot be specified for engine mysql" });
    await expectFault(backend, () => create(client, { Engine: "oracle-ee", DBInstanceClass: "db.r5.large", LicenseModel: "license-included" }), { ...bad, message: "LicenseModel license-included is not valid for engine oracle-ee" });
    await expectFault(backend, () => create(client, { Engine: "oracle-se2", DBInstanceClass: "db.r5.large" }), { name: "MissingParameter", status: 400, message: "LicenseModel is required for engine oracle-se2" });
    await expectFault(backend, () => create(client, { Engine: "db2-se", DBInstanceClass: "db.r6i.large", LicenseModel: "license-included" }), { ...bad, message: "bring-your-own-license, marketplace-license" });
    const license = async (name: string, extra: Partial<CreateDBCapacityReservationCommandInput>) =>
      (await create(client, { DBCapacityReservationName: name, ...extra })).DBCapacityReservation!.LicenseModel;
    expect(await license("sql", { Engine: "sqlserver-ee", DBInstanceClass: "db.r6i.xlarge" })).toBe("license-included");
    expect(await license("sql-media", { Engine: "sqlserver-se", DBInstanceClass: "db.r6i.large", LicenseModel: "bring-your-own-media" })).toBe("bring-your-own-media");
    expect(await license("db2", { Engine: "db2-ae", DBInstanceClass: "db.r6i.large" })).toBe("bring-your-own-license");
    expect(await license("ora", { Engine: "oracle-ee", DBInstanceClass: "db.r5.large" })).toBe("bring-your-own-license");
    expect(await license("ora-li", { Engine: "oracle-se2-cdb", DBInstanceClass: "db.r5.large", LicenseModel: "license-included" })).toBe("license-included");
  });

  it("checks the capacity, the Availability Zones and EndDate", async () => {
    const { backend, client } = setup();
    for (const value of [0, -1, 1.5]) await expectFault(backend, () => create(client, { CapacityPerAvailabilityZone: value }), { ...bad, message: `CapacityPerAvailabilityZone ${value}` });
    await expectFault(backend, () => create(client, { AvailabilityZones: ["us-east-1a", "us-east-1a"] }), { ...bad, message: "us-east-1a appears more than once" });
    await expectFault(backend, () => create(client, { AvailabilityZones: ["eu-west-1a"] }), { ...bad, message: "eu-west-1a is not an Availability Zone of us-east-1" });
    await expectFault(backend, () => create(client, { AvailabilityZones: ["us-east-1d"] }), { ...bad, message: "us-east-1d" });
    await expectFault(backend, () => create(client, { EndDate: FIXED_START }), { ...bad, message: "EndDate 2025-06-01T12:00:00.000Z is not valid: it must be a date and time in the future" });
  });

  it("checks a future-dated reservation's dates, commitment and DB instance class", async () => {
    const { backend, client } = setup();
    const { StartDate, CommitmentDuration, ...immediate } = FUTURE;
    await expectFault(backend, () => create(client, { ...immediate, StartDate }), { ...combination, message: "StartDate requires CommitmentDuration" });
    await expectFault(backend, () => create(client, { ...immediate, CommitmentDuration }), { ...combination, message: "CommitmentDuration requires StartDate" });
    for (const days of [5 * DAY - 1, 120 * DAY + 1]) await expectFault(backend, () => create(client, { ...FUTURE, StartDate: at(days) }), { ...bad, message: "from 5 to 120 days in the future" });
    for (const seconds of [1_209_599, 315_576_000, 1_209_600.5]) await expectFault(backend, () => create(client, { ...FUTURE, CommitmentDuration: seconds }), { ...bad, message: `CommitmentDuration ${seconds}` });
    await expectFault(backend, () => create(client, { ...FUTURE, EndDate: at(24 * DAY - 1) }), { ...combination, message: "it must be at or after 2025-06-25T12:00:00.000Z" });
    await expectFault(backend, () => create(client, { ...FUTURE, DBInstanceClass: "db.m5.large" }), { ...unsupported, message: "generation 7 or later" });
    await expectFault(backend, () => create(client, { ...FUTURE, Engine: "postgres", DBInstanceClass: "db.m6gd.large" }), { ...unsupported, message: "generation 7 or later" });
    await expectFault(backend, () => create(client, { ...FUTURE, CapacityPerAvailabilityZone: 15 }), { ...unsupported, message: "at least 32 vCPUs in each Availability Zone; 15 x db.r7g.large is 30 vCPUs" });
    // db.x: a commitment of 84 days at least; db.t: no generation rule.
    await expectFault(backend, () => create(client, { ...FUTURE, Engine: "oracle-ee", DBInstanceClass: "db.x2iedn.xlarge", CapacityPerAvailabilityZone: 8 }), { ...bad, message: "from 7257600" });
    const x = await create(client, { ...FUTURE, DBCapacityReservationName: "x", Engine: "oracle-ee", DBInstanceClass: "db.x2iedn.xlarge", CapacityPerAvailabilityZone: 8, AvailabilityZones: ["us-east-1a"], CommitmentDuration: 7_257_600 });
    expect(x.DBCapacityReservation!.CommitmentInfo!.CommitmentEndDate).toEqual(at(94 * DAY));
    const t = await create(client, { ...FUTURE, DBCapacityReservationName: "t", DBInstanceClass: "db.t3.medium", AvailabilityZones: ["us-east-1c"], StartDate: at(5 * DAY), EndDate: at(19 * DAY) });
    expect(t.DBCapacityReservation!.State).toBe("assessing");
  });
});

describe("names, quota and concurrent creates", () => {
  it("refuses a name in use; a cancelled reservation's name can be taken again", async () => {
    const { backend, client } = setup();
    const first = (await create(client)).DBCapacityReservation!;
    await expectFault(backend, () => create(client, { Engine: "postgres" }), { name: "DBCapacityReservationAlreadyExistsFault", status: 400, message: "web-tier", Class: DBCapacityReservationAlreadyExistsFault });
    const cancelled = (await cancel(client, "web-tier")).DBCapacityReservation!;
    expect(cancelled).toMatchObject({ DBCapacityReservationIdentifier: first.DBCapacityReservationIdentifier, State: "cancelled", AvailableCapacityPerAvailabilityZoneList: [{ AvailableCapacity: 0 }, { AvailableCapacity: 0 }] });
    const second = (await create(client, { Engine: "postgres" })).DBCapacityReservation!;
    expect(second.DBCapacityReservationIdentifier).not.toBe(first.DBCapacityReservationIdentifier);
    // The name gives the live reservation; the cancelled one stays under its identifier.
    expect((await describeOne(client, "web-tier")).DBCapacityReservationIdentifier).toBe(second.DBCapacityReservationIdentifier);
    expect((await describeOne(client, first.DBCapacityReservationIdentifier!)).State).toBe("cancelled");
    expect((await client.send(new DescribeDBCapacityReservationsCommand({}))).DBCapacityReservations!.map((r) => r.State)).toEqual(["cancelled", "active"]);
  });

  it("counts reserved capacity against the DB instances quota", async () => {
    const { backend, client } = setup({ quotas: { rds: { dbInstances: 10 } } });
    const quota = { name: "InstanceQuotaExceededFault", status: 400, Class: InstanceQuotaExceededFault };
    await expectFault(backend, () => create(client, { CapacityPerAvailabilityZone: 4, AvailabilityZones: ["us-east-1a", "us-east-1b", "us-east-1c"] }), { ...quota, message: "to 12, over the quota of 10" });
    await create(client, { CapacityPerAvailabilityZone: 3, AvailabilityZones: ["us-east-1a", "us-east-1b", "us-east-1c"] });
    await expectFault(backend, () => create(client, { DBCapacityReservationName: "more", AvailabilityZones: ["us-east-1a", "us-east-1b"], CapacityPerAvailabilityZone: 1 }), { ...quota, message: "to 11" });
    await expectFault(backend, () => modify(client, "web-tier", { CapacityPerAvailabilityZone: 4 }), { ...quota, message: "to 12" });
    // A decrease is not checked against the quota; a cancelled reservation holds nothing.
    await modify(client, "web-tier", { CapacityPerAvailabilityZone: 1 });
    backend.clock.runDue();
    await create(client, { DBCapacityReservationName: "more", CapacityPerAvailabilityZone: 3, AvailabilityZones: ["us-east-1a", "us-east-1b"] });
    await cancel(client, "web-tier");
    await create(client, { DBCapacityReservationName: "again", CapacityPerAvailabilityZone: 2, AvailabilityZones: ["us-east-1a", "us-east-1b"] });
  });

  it("two concurrent creates under one name: one reservation, one DBCapacityReservationAlreadyExists", async () => {
    const { client } = setup();
    const results = await Promise.allSettled([create(client), create(client, { Engine: "postgres" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DBCapacityReservationAlreadyExistsFault);
    const both = await Promise.all([create(client, { DBCapacityReservationName: "a" }), create(client, { DBCapacityReservationName: "b" })]);
    expect(new Set(both.map((o) => o.DBCapacityReservation!.DBCapacityReservationIdentifier)).size).toBe(2);
    expect((await client.send(new DescribeDBCapacityReservationsCommand({}))).DBCapacityReservations).toHaveLength(3);
  });
});

describe("ModifyDBCapacityReservation", () => {
  it("changes the capacity (pending while applied) and the end date", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const id = (await create(client)).DBCapacityReservation!.DBCapacityReservationIdentifier!;
    await expectFault(backend, () => modify(client, id, { CapacityPerAvailabilityZone: 3 }), { ...invalidState, message: `DB capacity reservation ${id} is in the pending state and cannot be modified` });
    backend.clock.advance(5 * 60_000);
    const out = (await modify(client, "web-tier", { CapacityPerAvailabilityZone: 3, EndDateType: "limited", EndDate: at(30 * DAY) })).DBCapacityReservation!;
    expect(out).toMatchObject({ State: "pending", ReservedCapacityPerAvailabilityZone: 3, EndDate: at(30 * DAY), AvailableCapacityPerAvailabilityZoneList: [{ AvailableCapacity: 0 }, { AvailableCapacity: 0 }] });
    backend.clock.advance(5 * 60_000 - 1);
    expect((await describeOne(client, id)).State).toBe("pending");
    backend.clock.advance(1);
    expect(await describeOne(client, id)).toMatchObject({ State: "active", AvailableCapacityPerAvailabilityZoneList: [{ AvailableCapacity: 3 }, { AvailableCapacity: 3 }] });
    // An end date change alone applies at once; unlimited removes it.
    const unlimited = (await modify(client, id, { EndDateType: "unlimited" })).DBCapacityReservation!;
    expect(unlimited.State).toBe("active");
    expect(unlimited).not.toHaveProperty("EndDate");
  });

  it("checks EndDateType and EndDate, and that something changes", async () => {
    const { backend, client } = setup();
    await create(client);
    await expectFault(backend, () => modify(client, "web-tier", {}), { ...combination, message: "No modifications were requested" });
    await expectFault(backend, () => modify(client, "web-tier", { EndDateType: "forever" }), { ...bad, message: "EndDateType forever is not valid" });
    await expectFault(backend, () => modify(client, "web-tier", { EndDate: at(DAY) }), { ...combination, message: "EndDate requires EndDateType limited" });
    await expectFault(backend, () => modify(client, "web-tier", { EndDateType: "limited" }), { name: "MissingParameter", status: 400, message: "EndDateType limited requires EndDate" });
    await expectFault(backend, () => modify(client, "web-tier", { EndDateType: "unlimited", EndDate: at(DAY) }), { ...combination, message: "EndDate cannot be specified with EndDateType unlimited" });
    await expectFault(backend, () => modify(client, "web-tier", { EndDateType: "limited", EndDate: FIXED_START }), { ...bad, message: "must be a date and time in the future" });
    await expectFault(backend, () => modify(client, "web-tier", { CapacityPerAvailabilityZone: 0 }), { ...bad, message: "CapacityPerAvailabilityZone 0" });
    await expectFault(backend, () => modify(client, "ghost", { CapacityPerAvailabilityZone: 1 }), { name: "DBCapacityReservationNotFoundFault", status: 404, message: "DB capacity reservation ghost not found", Class: DBCapacityReservationNotFoundFault });
  });

  it("keeps the commitment: no capacity below it, no end date before it, until it ends", async () => {
    const { backend, client } = setup();
    await create(client, { ...FUTURE, EndDate: at(60 * DAY) });
    await expectFault(backend, () => modify(client, "launch-day", { CapacityPerAvailabilityZone: 15 }), { ...bad, message: "CapacityPerAvailabilityZone 15 is below the committed 16 per Availability Zone; the commitment lasts until 2025-06-25T12:00:00.000Z" });
    await expectFault(backend, () => modify(client, "launch-day", { EndDateType: "limited", EndDate: at(24 * DAY - 1) }), { ...bad, message: "at or after 2025-06-25T12:00:00.000Z" });
    // A scheduled reservation takes a change at once (it is not pending).
    expect((await modify(client, "launch-day", { CapacityPerAvailabilityZone: 17, EndDateType: "limited", EndDate: at(24 * DAY) })).DBCapacityReservation!.State).toBe("scheduled");
    backend.clock.advance(24 * DAY - 1);
    await expectFault(backend, () => modify(client, "launch-day", { CapacityPerAvailabilityZone: 10 }), { ...bad, message: "below the committed 16" });
    backend.clock.advance(1);
    await expectFault(backend, () => modify(client, "launch-day", { CapacityPerAvailabilityZone: 10 }), { ...invalidState, message: "is in the expired state and cannot be modified" });
  });
});

describe("CancelDBCapacityReservation", () => {
  it("refuses an active reservation during its commitment, and allows it after", async () => {
    const { backend, client } = setup();
    const id = (await create(client, FUTURE)).DBCapacityReservation!.DBCapacityReservationIdentifier!;
    backend.clock.advance(10 * DAY);
    await expectFault(backend, () => cancel(client, id), { ...invalidState, message: `DB capacity reservation ${id} is active during its capacity commitment, which ends 2025-06-25T12:00:00.000Z` });
    backend.clock.advance(14 * DAY - 1);
    await expectFault(backend, () => cancel(client, "launch-day"), { ...invalidState, message: "during its capacity commitment" });
    backend.clock.advance(1);
    expect((await cancel(client, "launch-day")).DBCapacityReservation!.State).toBe("cancelled");
    await expectFault(backend, () => cancel(client, id), { ...invalidState, message: "is in the cancelled state and cannot be cancelled" });
    await expectFault(backend, () => modify(client, id, { CapacityPerAvailabilityZone: 20 }), { ...invalidState, message: "is in the cancelled state and cannot be modified" });
  });

  it("cancels a scheduled reservation before it starts; refuses one being set up, and unknown ones", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await create(client, FUTURE);
    await expectFault(backend, () => cancel(client, "launch-day"), { ...invalidState, message: "is in the assessing state" });
    await create(client);
    await expectFault(backend, () => cancel(client, "web-tier"), { ...invalidState, message: "is in the pending state" });
    backend.clock.advance(10 * 60_000);
    expect((await cancel(client, "launch-day")).DBCapacityReservation!.State).toBe("cancelled");
    expect((await cancel(client, "web-tier")).DBCapacityReservation!.State).toBe("cancelled");
    await expectFault(backend, () => cancel(client, "dbcr-0123456789abcdef0"), { name: "DBCapacityReservationNotFoundFault", status: 404, message: "dbcr-0123456789abcdef0", Class: DBCapacityReservationNotFoundFault });
  });
});

describe("DescribeDBCapacityReservations", () => {
  const list = async (client: RDSClient, input: Record<string, unknown> = {}) =>
    (await client.send(new DescribeDBCapacityReservationsCommand(input))).DBCapacityReservations!.map((r) => r.DBCapacityReservationName);

  it("filters by name, state, engine, class and Availability Zone, and checks the filters", async () => {
    const { backend, client } = setup();
    await create(client);
    await create(client, { DBCapacityReservationName: "pg", Engine: "postgres", DBInstanceClass: "db.r7g.large", AvailabilityZones: ["us-east-1c"] });
    await create(client, { DBCapacityReservationName: "gone" });
    await cancel(client, "gone");
    expect(await list(client, { Filters: [{ Name: "db-capacity-reservation-name", Values: ["pg", "web-tier"] }] })).toEqual(["web-tier", "pg"]);
    expect(await list(client, { Filters: [{ Name: "state", Values: ["cancelled"] }] })).toEqual(["gone"]);
    expect(await list(client, { Filters: [{ Name: "engine", Values: ["mysql"] }, { Name: "state", Values: ["active"] }] })).toEqual(["web-tier"]);
    expect(await list(client, { Filters: [{ Name: "db-instance-class", Values: ["db.r7g.large"] }] })).toEqual(["pg"]);
    expect(await list(client, { Filters: [{ Name: "availability-zone", Values: ["us-east-1b"] }] })).toEqual(["web-tier", "gone"]);
    await expectFault(backend, () => list(client, { Filters: [{ Name: "status", Values: ["active"] }] }), { ...bad, message: "status" });
    await expectFault(backend, () => list(client, { Filters: [{ Name: "engine", Values: [] }] }), { ...combination, message: "engine" });
    await expectFault(backend, () => list(client, { Filters: [{ Name: "state", Values: ["active", "expired"] }] }), { ...bad, message: "The state filter doesn't accept expired" });
    await expectFault(backend, () => list(client, { DBCapacityReservationIdentifier: "nope" }), { name: "DBCapacityReservationNotFoundFault", status: 404, message: "nope", Class: DBCapacityReservationNotFoundFault });
  });

  it("pages in creation order (MaxRecords 20-100)", async () => {
    const { backend, client } = setup();
    for (let i = 0; i < 25; i++) {
      await create(client, { DBCapacityReservationName: `r${String(i).padStart(2, "0")}`, CapacityPerAvailabilityZone: 1, AvailabilityZones: ["us-east-1a"] });
      backend.clock.advance(1);
    }
    const first = await client.send(new DescribeDBCapacityReservationsCommand({ MaxRecords: 20 }));
    expect(first.DBCapacityReservations!.map((r) => r.DBCapacityReservationName)).toEqual(Array.from({ length: 20 }, (_, i) => `r${String(i).padStart(2, "0")}`));
    const rest = await client.send(new DescribeDBCapacityReservationsCommand({ MaxRecords: 20, Marker: first.Marker }));
    expect(rest.DBCapacityReservations).toHaveLength(5);
    expect(rest.Marker).toBeUndefined();
    await expectFault(backend, () => list(client, { MaxRecords: 19 }), { ...bad, message: "19" });
    await expectFault(backend, () => list(client, { Marker: "bogus" }), { ...bad, message: /marker/i });
  });
});
