import {
  AddRoleToDBInstanceCommand,
  DBInstanceRoleAlreadyExistsFault,
  DBInstanceRoleNotFoundFault,
  DBInstanceRoleQuotaExceededFault,
  DBInstanceNotFoundFault,
  DescribeValidDBInstanceModificationsCommand,
  RemoveRoleFromDBInstanceCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";
import { createMore, withInstance } from "./instances-modify-fixtures.js";

const ROLE = "arn:aws:iam::123456789012:role/rds-s3";
const ROLE2 = "arn:aws:iam::123456789012:role/rds-lambda";

describe("AddRoleToDBInstance and RemoveRoleFromDBInstance", () => {
  it("associates a role per feature: PENDING, then ACTIVE on the clock; removes it", async () => {
    const { backend, client, describe: read } = await withInstance({ lifecycle: "timed" });
    await client.send(new AddRoleToDBInstanceCommand({ DBInstanceIdentifier: "pg1", RoleArn: ROLE, FeatureName: "s3Import" }));
    expect((await read()).AssociatedRoles).toEqual([{ RoleArn: ROLE, FeatureName: "s3Import", Status: "PENDING" }]);
    backend.clock.advance(30_000 - 1);
    expect((await read()).AssociatedRoles![0].Status).toBe("PENDING");
    backend.clock.advance(1);
    expect((await read()).AssociatedRoles![0].Status).toBe("ACTIVE");
    await client.send(new RemoveRoleFromDBInstanceCommand({ DBInstanceIdentifier: "pg1", RoleArn: ROLE, FeatureName: "s3Import" }));
    expect((await read()).AssociatedRoles).toEqual([]);
    // Removed and associated again under the same feature: a fresh PENDING association.
    await client.send(new AddRoleToDBInstanceCommand({ DBInstanceIdentifier: "pg1", RoleArn: ROLE, FeatureName: "s3Import" }));
    expect((await read()).AssociatedRoles).toEqual([{ RoleArn: ROLE, FeatureName: "s3Import", Status: "PENDING" }]);
  });

  it("refuses bad ARNs, features of other engines, duplicates, the quota, cluster members and missing roles", async () => {
    const { backend, client } = await withInstance({ quotas: { rds: { rolesPerInstance: 1 } } });
    const add = (input: Record<string, string>) => () => client.send(new AddRoleToDBInstanceCommand({ DBInstanceIdentifier: "pg1", RoleArn: ROLE, FeatureName: "s3Import", ...input }));
    await expectFault(backend, add({ RoleArn: "arn:aws:iam::123:user/x" }), { name: "InvalidParameterValue", status: 400, message: "RoleArn" });
    await expectFault(backend, add({ FeatureName: "S3_INTEGRATION" }), { name: "InvalidParameterValue", status: 400, message: "Feature S3_INTEGRATION is not supported for engine postgres" });
    await expectFault(backend, add({ DBInstanceIdentifier: "nope" }), { name: "DBInstanceNotFoundFault", status: 404, message: "nope", Class: DBInstanceNotFoundFault });
    await client.send(new AddRoleToDBInstanceCommand({ DBInstanceIdentifier: "pg1", RoleArn: ROLE, FeatureName: "s3Import" }));
    await expectFault(backend, add({}), { name: "DBInstanceRoleAlreadyExistsFault", status: 400, message: ROLE, Class: DBInstanceRoleAlreadyExistsFault });
    await expectFault(backend, add({ RoleArn: ROLE2, FeatureName: "Lambda" }), { name: "DBInstanceRoleQuotaExceededFault", status: 400, message: "rolesPerInstance", Class: DBInstanceRoleQuotaExceededFault });
    await expectFault(backend, () => client.send(new RemoveRoleFromDBInstanceCommand({ DBInstanceIdentifier: "pg1", RoleArn: ROLE2, FeatureName: "Lambda" })), {
      name: "DBInstanceRoleNotFoundFault", status: 404, message: ROLE2, Class: DBInstanceRoleNotFoundFault,
    });
    await createMore(client, "my1", { Engine: "mysql" });
    await expectFault(backend, add({ DBInstanceIdentifier: "my1" }), { name: "InvalidParameterValue", status: 400, message: "mysql does not support IAM role features" });
    await createCluster(client, "c1");
    await createInstance(client, "c1", "member1");
    await expectFault(backend, add({ DBInstanceIdentifier: "member1" }), { name: "InvalidParameterCombination", status: 400, message: "AddRoleToDBCluster" });
  });
});

describe("DescribeValidDBInstanceModifications", () => {
  it("answers the ranges ModifyDBInstance checks: sizes from 10% growth, IOPS and throughput ranges and ratios", async () => {
    const { client, modify } = await withInstance();
    const out = (await client.send(new DescribeValidDBInstanceModificationsCommand({ DBInstanceIdentifier: "pg1" }))).ValidDBInstanceModificationsMessage!;
    const gp3 = out.Storage!.find((s) => s.StorageType === "gp3")!;
    expect(gp3.StorageSize).toEqual([{ From: 100, To: 100, Step: 1 }, { From: 110, To: 65536, Step: 1 }]);
    expect(gp3.ProvisionedIops).toEqual([{ From: 3000, To: 64000, Step: 1 }]);
    expect(gp3.ProvisionedStorageThroughput).toEqual([{ From: 125, To: 4000, Step: 1 }]);
    const io1 = out.Storage!.find((s) => s.StorageType === "io1")!;
    expect(io1.StorageSize).toEqual([{ From: 100, To: 100, Step: 1 }, { From: 110, To: 65536, Step: 1 }]);
    expect(io1.IopsToStorageRatio).toEqual([{ From: 0.5, To: 50 }]);
    expect(out.Storage!.map((s) => s.StorageType)).toEqual(["gp2", "gp3", "io1", "io2", "standard"]);
    expect(out.ValidProcessorFeatures).toEqual([]);
    // The edges of the answered ranges are exactly what ModifyDBInstance accepts.
    await expect(modify({ AllocatedStorage: 109 })).rejects.toThrow("at least 10 percent");
    expect((await modify({ AllocatedStorage: 110 })).DBInstance!.PendingModifiedValues).toEqual({ AllocatedStorage: 110 });
  });

  it("Oracle lists its processor features; an Aurora member has no storage of its own; an unknown instance is not found", async () => {
    const { backend, client } = setup();
    await createMore(client, "ora1", { Engine: "oracle-ee", DBInstanceClass: "db.m5.xlarge", LicenseModel: "bring-your-own-license" });
    await createCluster(client, "c1");
    await createInstance(client, "c1", "member1");
    const valid = async (id: string) => (await client.send(new DescribeValidDBInstanceModificationsCommand({ DBInstanceIdentifier: id }))).ValidDBInstanceModificationsMessage!;
    expect((await valid("ora1")).ValidProcessorFeatures).toEqual([
      { Name: "coreCount", DefaultValue: "2", AllowedValues: "1,2" },
      { Name: "threadsPerCore", DefaultValue: "2", AllowedValues: "1,2" },
    ]);
    expect((await valid("member1")).Storage).toEqual([]);
    await expectFault(backend, () => client.send(new DescribeValidDBInstanceModificationsCommand({ DBInstanceIdentifier: "nope" })), {
      name: "DBInstanceNotFoundFault", status: 404, message: "nope", Class: DBInstanceNotFoundFault,
    });
  });
});
