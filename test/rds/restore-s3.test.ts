import {
  DBClusterAlreadyExistsFault,
  DescribeDBClustersCommand,
  InvalidS3BucketFault,
  RestoreDBClusterFromS3Command,
  type RestoreDBClusterFromS3CommandInput,
  waitUntilDBClusterAvailable,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { ACCOUNT, createCluster, expectFault, setup } from "./snapshots-fixtures.js";

const ROLE = `arn:aws:iam::${ACCOUNT}:role/rds-s3-ingest`;

const fromS3 = (extra: Partial<RestoreDBClusterFromS3CommandInput> = {}) =>
  new RestoreDBClusterFromS3Command({
    DBClusterIdentifier: "from-s3",
    Engine: "aurora-mysql",
    MasterUsername: "admin1",
    MasterUserPassword: "password123",
    SourceEngine: "mysql",
    SourceEngineVersion: "8.0.28",
    S3BucketName: "my-backups",
    S3Prefix: "nightly/",
    S3IngestionRoleArn: ROLE,
    ...extra,
  });

describe("RestoreDBClusterFromS3", () => {
  it("makes an Aurora MySQL cluster of the backup's major version: creating, then available", async () => {
    const { rds } = setup();
    const out = await rds.send(fromS3({ DBClusterIdentifier: "From-S3", Tags: [{ Key: "src", Value: "s3" }], Port: 3307 }));
    expect(out.DBCluster).toMatchObject({
      DBClusterIdentifier: "from-s3",
      Status: "creating",
      Engine: "aurora-mysql",
      MasterUsername: "admin1",
      Port: 3307,
      TagList: [{ Key: "src", Value: "s3" }],
    });
    expect(out.DBCluster!.EngineVersion).toMatch(/^8\.0\.mysql_aurora\.3\./);
    const v2 = await rds.send(fromS3({ DBClusterIdentifier: "from-57", SourceEngineVersion: "5.7.40" }));
    expect(v2.DBCluster!.EngineVersion).toMatch(/^5\.7\.mysql_aurora\.2\./);
    expect((await waitUntilDBClusterAvailable({ client: rds, minDelay: 1, maxWaitTime: 5 }, { DBClusterIdentifier: "from-s3" })).state).toBe("SUCCESS");
  });

  it("answers InvalidS3BucketFault for a bucket the backend makes unreadable, changing nothing", async () => {
    const { backend, rds } = setup({ settings: { rds: { unreadableS3Buckets: ["locked-bucket"] } } });
    await expectFault(backend, () => rds.send(fromS3({ S3BucketName: "locked-bucket" })), {
      Class: InvalidS3BucketFault,
      name: "InvalidS3BucketFault",
      message: /locked-bucket.*S3BucketName/,
    });
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters).toEqual([]);
    expect((await rds.send(fromS3())).DBCluster!.Status).toBe("creating");
  });

  it("needs its required members (MissingParameter)", async () => {
    const { backend, rds } = setup();
    for (const member of ["SourceEngine", "SourceEngineVersion", "S3BucketName", "S3IngestionRoleArn", "Engine", "MasterUsername"] as const) {
      await expectFault(backend, () => rds.send(fromS3({ [member]: undefined })), { name: "MissingParameter", message: new RegExp(member) });
    }
  });

  it("checks the documented values", async () => {
    const { backend, rds } = setup();
    const cases: [Partial<RestoreDBClusterFromS3CommandInput>, string, RegExp][] = [
      [{ Engine: "aurora-postgresql" }, "InvalidParameterValue", /Engine.*aurora-mysql/],
      [{ SourceEngine: "postgres" }, "InvalidParameterValue", /SourceEngine/],
      [{ SourceEngineVersion: "5.6.40" }, "InvalidParameterValue", /SourceEngineVersion/],
      [{ EngineVersion: "5.7.mysql_aurora.2.12.4" }, "InvalidParameterCombination", /EngineVersion/],
      [{ S3IngestionRoleArn: "my-role" }, "InvalidParameterValue", /S3IngestionRoleArn/],
      [{ S3BucketName: "Bad_Bucket" }, "InvalidParameterValue", /S3BucketName/],
      [{ MasterUserPassword: undefined }, "InvalidParameterValue", /MasterUserPassword/],
      [{ MasterUserPassword: "short" }, "InvalidParameterValue", /MasterUserPassword/],
      [{ MasterUsername: "1admin" }, "InvalidParameterValue", /MasterUsername/],
      [{ BackupRetentionPeriod: 0 }, "InvalidParameterValue", /BackupRetentionPeriod/],
      [{ BacktrackWindow: 300_000 }, "InvalidParameterValue", /BacktrackWindow/],
      [{ DBClusterIdentifier: "a--b" }, "InvalidParameterValue", /DBClusterIdentifier/],
      [{ ManageMasterUserPassword: true }, "InvalidParameterCombination", /MasterUserPassword/],
    ];
    for (const [input, name, message] of cases) await expectFault(backend, () => rds.send(fromS3(input)), { name, message });
  });

  it("refuses an identifier that is taken (DBClusterAlreadyExistsFault)", async () => {
    const { backend, rds } = setup();
    await createCluster(rds, "from-s3", { Engine: "aurora-mysql" });
    await expectFault(backend, () => rds.send(fromS3()), { Class: DBClusterAlreadyExistsFault, name: "DBClusterAlreadyExistsFault" });
  });

  it("accepts a password managed in Secrets Manager instead of one given", async () => {
    const { rds } = setup();
    const out = await rds.send(fromS3({ MasterUserPassword: undefined, ManageMasterUserPassword: true }));
    expect(out.DBCluster!.MasterUserSecret?.SecretStatus).toBe("creating");
    const later = (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: out.DBCluster!.DBClusterIdentifier }))).DBClusters![0];
    expect(later.MasterUserSecret?.SecretStatus).toBe("active");
  });
});
