import {
  DBInstanceAlreadyExistsFault,
  DeleteDBInstanceCommand,
  DescribeDBInstancesCommand,
  InvalidS3BucketFault,
  RestoreDBInstanceFromS3Command,
  type RestoreDBInstanceFromS3CommandInput,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";

const MINUTE = 60_000;
const ROLE = "arn:aws:iam::123456789012:role/rds-s3-ingest";

const fromS3 = (extra: Partial<RestoreDBInstanceFromS3CommandInput> = {}) =>
  new RestoreDBInstanceFromS3Command({
    DBInstanceIdentifier: "From-S3",
    DBInstanceClass: "db.m6g.large",
    Engine: "mysql",
    AllocatedStorage: 100,
    MasterUsername: "admin",
    MasterUserPassword: "Secret-pass1",
    SourceEngine: "mysql",
    SourceEngineVersion: "8.0.36",
    S3BucketName: "my-backups",
    S3Prefix: "nightly/",
    S3IngestionRoleArn: ROLE,
    ...extra,
  });

describe("RestoreDBInstanceFromS3", () => {
  it("makes a MySQL DB instance of the backup's major version: creating, backing-up, then available", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const out = (await client.send(fromS3({ Tags: [{ Key: "k", Value: "v" }], CopyTagsToSnapshot: true, Port: 3310 }))).DBInstance!;
    expect(out).toMatchObject({ DBInstanceIdentifier: "from-s3", Engine: "mysql", DBInstanceStatus: "creating", AllocatedStorage: 100, CopyTagsToSnapshot: true, TagList: [{ Key: "k", Value: "v" }] });
    expect(out.EngineVersion).toMatch(/^8\.0\./);
    expect(out.Endpoint?.Port).toBe(3310);
    const status = async () => (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "from-s3" }))).DBInstances![0].DBInstanceStatus;
    backend.clock.advance(8 * MINUTE - 1);
    expect(await status()).toBe("creating");
    backend.clock.advance(1);
    expect(await status()).toBe("backing-up");
    backend.clock.advance(2 * MINUTE);
    expect(await status()).toBe("available");
  });

  it("restores an 8.4 backup to 8.4, and refuses another major version", async () => {
    const { backend, client } = setup();
    const out = (await client.send(fromS3({ SourceEngineVersion: "8.4.3" }))).DBInstance!;
    expect(out.EngineVersion).toMatch(/^8\.4\./);
    await expectFault(backend, () => client.send(fromS3({ DBInstanceIdentifier: "other", EngineVersion: "8.4" })), {
      name: "InvalidParameterCombination", status: 400, message: "a backup restores to its own major version",
    });
  });

  it("answers the documented errors and changes nothing", async () => {
    const { backend, client } = setup({ settings: { rds: { unreadableS3Buckets: ["locked-bucket"] } } });
    const cases: [Partial<RestoreDBInstanceFromS3CommandInput>, string, string][] = [
      [{ Engine: "postgres" }, "InvalidParameterValue", "Engine must be mysql"],
      [{ SourceEngine: "mariadb" }, "InvalidParameterValue", "SourceEngine must be mysql"],
      [{ SourceEngineVersion: "eight" }, "InvalidParameterValue", "SourceEngineVersion must be a MySQL version"],
      [{ SourceEngineVersion: "5.7.44" }, "InvalidParameterCombination", "Cannot find version 5.7 for mysql"],
      [{ DBInstanceClass: "db.t2.micro" }, "InvalidParameterCombination", "Importing from Amazon S3 isn't supported on the db.t2.micro DB instance class."],
      [{ S3IngestionRoleArn: "role" }, "InvalidParameterValue", "S3IngestionRoleArn must be the ARN of an IAM role"],
      [{ S3BucketName: "Bad_Bucket" }, "InvalidParameterValue", "not a valid Amazon S3 bucket name"],
      [{ MasterUserPassword: "short" }, "InvalidParameterValue", "MasterUserPassword"],
      [{ AllocatedStorage: 10 }, "InvalidParameterValue", "Invalid storage size for engine name mysql and storage type gp3: 10"],
      [{ Port: 80 }, "InvalidParameterValue", "80"],
    ];
    for (const [extra, name, message] of cases) await expectFault(backend, () => client.send(fromS3(extra)), { name, status: 400, message });
    await expectFault(backend, () => client.send(fromS3({ S3BucketName: "locked-bucket" })), { name: "InvalidS3BucketFault", status: 400, message: "locked-bucket", Class: InvalidS3BucketFault });
  });

  it("refuses a taken name; after a delete the name can be restored into again; two restores race for one name", async () => {
    const { backend, client } = setup();
    await client.send(fromS3());
    await expectFault(backend, () => client.send(fromS3()), { name: "DBInstanceAlreadyExistsFault", status: 400, message: "DB instance already exists: from-s3.", Class: DBInstanceAlreadyExistsFault });
    await client.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: "from-s3", SkipFinalSnapshot: true, DeleteAutomatedBackups: true }));
    backend.clock.runDue();
    expect((await client.send(fromS3())).DBInstance!.DBInstanceStatus).toBe("creating");
    const both = await Promise.allSettled([client.send(fromS3({ DBInstanceIdentifier: "twin" })), client.send(fromS3({ DBInstanceIdentifier: "twin" }))]);
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});
