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
