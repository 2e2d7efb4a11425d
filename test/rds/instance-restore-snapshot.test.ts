import {
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DBInstanceAlreadyExistsFault,
  DBSnapshotNotFoundFault,
  DeleteDBInstanceCommand,
  DescribeDBInstancesCommand,
  InvalidDBSnapshotStateFault,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
  RestoreDBInstanceFromDBSnapshotCommand,
  type RestoreDBInstanceFromDBSnapshotCommandInput,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import type { MockBackend } from "../../src/index.js";
import { expectFault, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;
const ACCOUNT = "123456789012";
const OTHER = "210987654321";

const restore = (extra: Partial<RestoreDBInstanceFromDBSnapshotCommandInput> = {}) =>
  new RestoreDBInstanceFromDBSnapshotCommand({ DBInstanceIdentifier: "Restored", DBSnapshotIdentifier: "snap", ...extra });

async function describe1(client: RDSClient, id: string) {
  return (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
}

/** An available MySQL instance `src` and its available manual snapshot `snap` (the clock moves on). */
async function withSnapshot(backend: MockBackend, client: RDSClient, extra: Record<string, unknown> = {}) {
  await client.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: "src", DBInstanceClass: "db.r6g.large", Engine: "mysql", MasterUsername: "admin", MasterUserPassword: "Secret-pass1",
      AllocatedStorage: 100, Port: 3307, BackupRetentionPeriod: 1, ...extra,
    } as any),
  );
  backend.clock.advance(10 * MINUTE);
  await client.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: "src", DBSnapshotIdentifier: "snap" }));
  backend.clock.advance(10 * MINUTE);
}

describe("RestoreDBInstanceFromDBSnapshot", () => {
  it("makes a new instance with the snapshot's configuration: creating, then available on the clock", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await withSnapshot(backend, client);
    const out = (await client.send(restore({ Tags: [{ Key: "k", Value: "v" }], CopyTagsToSnapshot: true, DeletionProtection: true }))).DBInstance!;
    expect(out).toMatchObject({
      DBInstanceIdentifier: "restored", DBInstanceStatus: "creating", Engine: "mysql", DBInstanceClass: "db.r6g.large", AllocatedStorage: 100,
      MasterUsername: "admin", CopyTagsToSnapshot: true, DeletionProtection: true, TagList: [{ Key: "k", Value: "v" }], MultiAZ: false,
    });
    expect(out.Endpoint?.Port).toBe(3307);
    const src = await describe1(client, "src");
    expect(out.EngineVersion).toBe(src.EngineVersion);
    backend.clock.advance(8 * MINUTE - 1);
    expect((await describe1(client, "restored")).DBInstanceStatus).toBe("creating");
    backend.clock.advance(1 + 2 * MINUTE);
    expect((await describe1(client, "restored")).DBInstanceStatus).toBe("available");
  });

  it("takes overrides: class, larger storage, port, Multi-AZ, groups; MySQL to MariaDB", async () => {
    const { backend, client } = setup();
    await withSnapshot(backend, client);
    const out = (await client.send(restore({ DBInstanceClass: "db.m6g.large", AllocatedStorage: 200, Port: 3400, MultiAZ: true }))).DBInstance!;
    expect(out).toMatchObject({ DBInstanceClass: "db.m6g.large", AllocatedStorage: 200, MultiAZ: true });
    expect(out.Endpoint?.Port).toBe(3400);
    const maria = (await client.send(restore({ DBInstanceIdentifier: "maria", Engine: "mariadb" }))).DBInstance!;
    expect(maria.Engine).toBe("mariadb");
    expect(maria.DBParameterGroups![0].DBParameterGroupName).toMatch(/^default\.mariadb/);
  });

  it("answers the documented errors and changes nothing", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await withSnapshot(backend, client);
    await expectFault(backend, () => client.send(restore({ DBSnapshotIdentifier: "nope" })), { name: "DBSnapshotNotFoundFault", status: 404, message: "nope", Class: DBSnapshotNotFoundFault });
    await expectFault(backend, () => client.send(restore({ AllocatedStorage: 50 })), { name: "InvalidParameterValue", status: 400, message: "smaller than the snapshot's allocated storage 100" });
    await expectFault(backend, () => client.send(restore({ Engine: "postgres" })), { name: "InvalidParameterCombination", status: 400, message: "mysql" });
    await expectFault(backend, () => client.send(restore({ MultiAZ: true, AvailabilityZone: "us-east-1a" })), { name: "InvalidParameterCombination", status: 400, message: "" });
    await expectFault(backend, () => client.send(restore({ Port: 80 })), { name: "InvalidParameterValue", status: 400, message: "80" });
    await expectFault(backend, () => client.send(restore({ DBParameterGroupName: "nope" })), { name: "DBParameterGroupNotFoundFault", status: 404, message: "nope" });
    await expectFault(backend, () => client.send(restore({ DBClusterSnapshotIdentifier: "c" })), { name: "InvalidParameterCombination", status: 400, message: "not both" });
    await expectFault(backend, () => client.send(restore({ DBInstanceIdentifier: "src" })), { name: "DBInstanceAlreadyExistsFault", status: 400, message: "src", Class: DBInstanceAlreadyExistsFault });
    await client.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: "src", DBSnapshotIdentifier: "busy" }));
    await expectFault(backend, () => client.send(restore({ DBSnapshotIdentifier: "busy" })), { name: "InvalidDBSnapshotStateFault", status: 400, message: "busy", Class: InvalidDBSnapshotStateFault });
  });

  it("restores a snapshot another account shares, by its ARN", async () => {
    const { backend, client } = setup();
    await withSnapshot(backend, client);
    const other = backend.attach(new RDSClient({ region: "us-east-1" }), { accountId: OTHER }) as RDSClient;
    const arn = `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:snap`;
    await expectFault(backend, () => other.send(restore({ DBSnapshotIdentifier: arn })), { name: "DBSnapshotNotFoundFault", status: 404, message: "" });
    await client.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: "snap", AttributeName: "restore", ValuesToAdd: [OTHER] }));
    const out = (await other.send(restore({ DBSnapshotIdentifier: arn, DBInstanceClass: "db.m6g.large" }))).DBInstance!;
    expect(out.DBInstanceArn).toBe(`arn:aws:rds:us-east-1:${OTHER}:db:restored`);
  });

  it("a deleted restored instance frees its name; two restores race for one name", async () => {
    const { backend, client } = setup();
    await withSnapshot(backend, client);
    await client.send(restore());
    backend.clock.runDue();
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "restored", SkipFinalSnapshot: true }));
    backend.clock.runDue();
    expect((await client.send(restore())).DBInstance!.DBInstanceStatus).toBe("creating");
    const both = await Promise.allSettled([client.send(restore({ DBInstanceIdentifier: "twin" })), client.send(restore({ DBInstanceIdentifier: "twin" }))]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});
