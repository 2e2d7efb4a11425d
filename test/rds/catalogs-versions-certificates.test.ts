import {
  CertificateNotFoundFault,
  CreateDBClusterCommand,
  DescribeCertificatesCommand,
  DescribeDBEngineVersionsCommand,
  DescribeDBMajorEngineVersionsCommand,
  ModifyCertificatesCommand,
  paginateDescribeDBMajorEngineVersions,
  RDSClient,
  type DBMajorEngineVersion,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, expectFault, setup } from "./clusters-fixtures.js";

describe("DescribeDBMajorEngineVersions", () => {
  it("lists the major versions of DescribeDBEngineVersions with standard and Extended Support dates", async () => {
    const { client } = setup();
    const out = await client.send(new DescribeDBMajorEngineVersionsCommand({ Engine: "aurora-mysql" }));
    expect(out.DBMajorEngineVersions!.map((v) => v.MajorEngineVersion)).toEqual(["5.7", "8.0"]);
    const [standard, extended] = out.DBMajorEngineVersions![0].SupportedEngineLifecycles!;
    expect(standard).toEqual({
      LifecycleSupportName: "open-source-rds-standard-support",
      LifecycleSupportStartDate: new Date("2018-02-06T00:00:00Z"),
      LifecycleSupportEndDate: new Date("2024-10-31T00:00:00Z"),
    });
    expect(extended.LifecycleSupportName).toBe("open-source-rds-extended-support");
    expect(extended.LifecycleSupportStartDate).toEqual(new Date("2024-11-01T00:00:00Z"));
    for (const Engine of ["aurora-postgresql", "mysql", "postgres"]) {
      const majors = (await client.send(new DescribeDBMajorEngineVersionsCommand({ Engine }))).DBMajorEngineVersions!.map((v) => v.MajorEngineVersion);
      const versions = (await client.send(new DescribeDBEngineVersionsCommand({ Engine }))).DBEngineVersions!.map((v) => v.MajorEngineVersion);
      expect(majors).toEqual([...new Set(versions)]);
    }
  });

  it("filters by MajorEngineVersion, answers the SDK paginator, and answers a documented engine it has no table for with none", async () => {
    const { client } = setup();
    const one = await client.send(new DescribeDBMajorEngineVersionsCommand({ Engine: "postgres", MajorEngineVersion: "16" }));
    expect(one.DBMajorEngineVersions!.map((v) => [v.Engine, v.MajorEngineVersion])).toEqual([["postgres", "16"]]);
    const first = await client.send(new DescribeDBMajorEngineVersionsCommand({ MaxRecords: 20 }));
    // 16 majors: one page of the smallest size, without a Marker.
    expect(first.DBMajorEngineVersions).toHaveLength(16);
    expect(first.Marker).toBeUndefined();
    const all: DBMajorEngineVersion[] = [];
    for await (const page of paginateDescribeDBMajorEngineVersions({ client, pageSize: 20 }, {})) all.push(...page.DBMajorEngineVersions!);
    expect(all.map((v) => `${v.Engine} ${v.MajorEngineVersion}`)).toEqual(
      [...["5.7", "8.0"].map((m) => `aurora-mysql ${m}`), ...["11", "12", "13", "14", "15", "16", "17"].map((m) => `aurora-postgresql ${m}`),
        "mysql 8.0", "mysql 8.4", ...["13", "14", "15", "16", "17"].map((m) => `postgres ${m}`)],
    );
    expect((await client.send(new DescribeDBMajorEngineVersionsCommand({ Engine: "sqlserver-ee" }))).DBMajorEngineVersions).toEqual([]);
  });

  it("refuses an unknown engine and MaxRecords outside 20-100", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new DescribeDBMajorEngineVersionsCommand({ Engine: "sybase" })), { name: "InvalidParameterValue", status: 400, message: "Invalid DB engine: sybase" });
    await expectFault(backend, () => client.send(new DescribeDBMajorEngineVersionsCommand({ MaxRecords: 101 })), { name: "InvalidParameterValue", status: 400, message: "MaxRecords" });
  });
});

describe("DescribeCertificates and ModifyCertificates", () => {
  it("lists the documented CAs, rds-ca-rsa2048-g1 the default for new launches", async () => {
    const { client } = setup();
    const out = await client.send(new DescribeCertificatesCommand({}));
    expect(out.DefaultCertificateForNewLaunches).toBe("rds-ca-rsa2048-g1");
    expect(out.Certificates!.map((c) => c.CertificateIdentifier)).toEqual(["rds-ca-ecc384-g1", "rds-ca-rsa2048-g1", "rds-ca-rsa4096-g1"]);
    const rsa2048 = out.Certificates![1];
    expect(rsa2048).toMatchObject({ CertificateType: "CA", CertificateArn: "arn:aws:rds:us-east-1::cert:rds-ca-rsa2048-g1", CustomerOverride: false });
    expect(rsa2048.ValidTill!.getUTCFullYear()).toBe(2061);
    expect(rsa2048.Thumbprint).toMatch(/^[0-9a-f]{40}$/);
    expect(rsa2048.CustomerOverrideValidTill).toBeUndefined();
    const one = await client.send(new DescribeCertificatesCommand({ CertificateIdentifier: "rds-ca-ecc384-g1" }));
    expect(one.Certificates!.map((c) => c.CertificateIdentifier)).toEqual(["rds-ca-ecc384-g1"]);
  });

  it("overrides the default for new DB instances per account and Region, and removes the override", async () => {
    const { backend, client } = setup();
    const other = backend.attach(new RDSClient({ region: "eu-west-1" }));
    const set = await client.send(new ModifyCertificatesCommand({ CertificateIdentifier: "rds-ca-rsa4096-g1" }));
    expect(set.Certificate).toMatchObject({ CertificateIdentifier: "rds-ca-rsa4096-g1", CustomerOverride: true });
    expect(set.Certificate!.CustomerOverrideValidTill).toEqual(set.Certificate!.ValidTill);
    const after = await client.send(new DescribeCertificatesCommand({}));
    expect(after.DefaultCertificateForNewLaunches).toBe("rds-ca-rsa4096-g1");
    expect(after.Certificates!.filter((c) => c.CustomerOverride).map((c) => c.CertificateIdentifier)).toEqual(["rds-ca-rsa4096-g1"]);
    expect((await other.send(new DescribeCertificatesCommand({}))).DefaultCertificateForNewLaunches).toBe("rds-ca-rsa2048-g1");
    // A second override replaces the first: one override at a time.
    await client.send(new ModifyCertificatesCommand({ CertificateIdentifier: "rds-ca-ecc384-g1" }));
    expect((await client.send(new DescribeCertificatesCommand({}))).Certificates!.filter((c) => c.CustomerOverride).map((c) => c.CertificateIdentifier)).toEqual(["rds-ca-ecc384-g1"]);
    // The state survives dump() and load().
    const copy = setup().backend;
    copy.load(backend.dump());
    const copied = copy.attach(new RDSClient({ region: "us-east-1" }));
    expect((await copied.send(new DescribeCertificatesCommand({}))).DefaultCertificateForNewLaunches).toBe("rds-ca-ecc384-g1");
    const removed = await client.send(new ModifyCertificatesCommand({ RemoveCustomerOverride: true }));
    expect(removed.Certificate).toMatchObject({ CertificateIdentifier: "rds-ca-ecc384-g1", CustomerOverride: false });
    expect((await client.send(new DescribeCertificatesCommand({}))).DefaultCertificateForNewLaunches).toBe("rds-ca-rsa2048-g1");
  });

  it("answers CertificateNotFound for an unknown CA and InvalidParameterCombination for both or neither member, changing nothing", async () => {
    const { backend, client } = setup();
    await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", ...AURORA_PG }));
    await client.send(new ModifyCertificatesCommand({ CertificateIdentifier: "rds-ca-rsa4096-g1" }));
    for (const call of [
      () => client.send(new DescribeCertificatesCommand({ CertificateIdentifier: "rds-ca-2015" })),
      () => client.send(new ModifyCertificatesCommand({ CertificateIdentifier: "rds-ca-2019" })),
    ]) {
      await expectFault(backend, call, { name: "CertificateNotFoundFault", Class: CertificateNotFoundFault, status: 404, message: "not found" });
    }
    await expectFault(backend, () => client.send(new ModifyCertificatesCommand({ CertificateIdentifier: "rds-ca-rsa2048-g1", RemoveCustomerOverride: true })), {
      name: "InvalidParameterCombination", status: 400, message: "not both",
    });
    for (const input of [{}, { RemoveCustomerOverride: false }]) {
      await expectFault(backend, () => client.send(new ModifyCertificatesCommand(input)), { name: "InvalidParameterCombination", status: 400, message: "RemoveCustomerOverride=true" });
    }
    await expectFault(backend, () => client.send(new DescribeCertificatesCommand({ Filters: [{ Name: "certificate-id", Values: ["x"] }] })), { name: "InvalidParameterValue", status: 400, message: "filter" });
    expect((await client.send(new DescribeCertificatesCommand({}))).DefaultCertificateForNewLaunches).toBe("rds-ca-rsa4096-g1");
  });
});
