/**
 * Issue 14: custom engine versions through a real RDSClient: the rules per engine, the status
 * lifecycle on the clock, DescribeDBEngineVersions listing them, and delete then re-create.
 */
import {
  CreateCustomDBEngineVersionCommand,
  CustomDBEngineVersionAlreadyExistsFault,
  CustomDBEngineVersionNotFoundFault,
  CustomDBEngineVersionQuotaExceededFault,
  DeleteCustomDBEngineVersionCommand,
  DescribeDBEngineVersionsCommand,
  InvalidCustomDBEngineVersionStateFault,
  KMSKeyNotAccessibleFault,
  ModifyCustomDBEngineVersionCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { expectFault, setup } from "./clusters-fixtures.js";

const KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const MANIFEST = JSON.stringify({ mediaImportTemplateVersion: "2020-08-14", databaseInstallationFileNames: ["V982063-01.zip"] });
const ORACLE = { Engine: "custom-oracle-ee", DatabaseInstallationFilesS3BucketName: "my-cev-media", KMSKeyId: KEY, Manifest: MANIFEST };

const create = (client: RDSClient, EngineVersion: string, extra: Record<string, unknown> = {}) =>
  client.send(new CreateCustomDBEngineVersionCommand({ ...ORACLE, EngineVersion, ...extra } as never));
const listed = async (client: RDSClient, input: Record<string, unknown> = {}) =>
  (await client.send(new DescribeDBEngineVersionsCommand({ Engine: "custom-oracle-ee", ...input }))).DBEngineVersions!;

describe("CreateCustomDBEngineVersion", () => {
  it("creates an Oracle CEV: creating for two hours, then available and listed by DescribeDBEngineVersions", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const out = await create(client, "19.my_cev1", { Description: "patched", Tags: [{ Key: "team", Value: "db" }] });
    expect(out).toMatchObject({
      Engine: "custom-oracle-ee", EngineVersion: "19.my_cev1", MajorEngineVersion: "19", DBParameterGroupFamily: "custom-oracle-ee-19", Status: "creating",
      DBEngineVersionDescription: "patched", KMSKeyId: KEY, DatabaseInstallationFilesS3BucketName: "my-cev-media", CustomDBEngineVersionManifest: MANIFEST,
      TagList: [{ Key: "team", Value: "db" }],
    });
    expect(out.DBEngineVersionArn).toMatch(/^arn:aws:rds:us-east-1:123456789012:cev:custom-oracle-ee\/19\.my_cev1\/[0-9a-f-]{36}$/);
    expect(out.Image?.ImageId).toMatch(/^ami-[0-9a-f]{17}$/);
    expect(await listed(client)).toEqual([]);
    expect((await listed(client, { IncludeAll: true })).map((v) => v.Status)).toEqual(["creating"]);
    backend.clock.advance(2 * 60 * 60_000 - 1);
    expect(await listed(client)).toEqual([]);
    backend.clock.advance(1);
    const [available] = await listed(client);
    expect(available).toMatchObject({ EngineVersion: "19.my_cev1", Status: "available", DBEngineVersionArn: out.DBEngineVersionArn });
    expect(await listed(client, { EngineVersion: "19.other" })).toEqual([]);
    expect((await listed(client, { DBParameterGroupFamily: "custom-oracle-ee-19" })).length).toBe(1);
  });

  it("checks the engine, the version name and what each engine needs, changing nothing", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => create(client, "19.x", { Engine: "postgres" }), { name: "InvalidParameterValue", status: 400, message: "Engine postgres" });
    await expectFault(backend, () => create(client, "21.my_cev"), { name: "InvalidParameterValue", status: 400, message: "19.<customized string>" });
    for (const member of ["DatabaseInstallationFilesS3BucketName", "KMSKeyId", "Manifest"]) {
      await expectFault(backend, () => create(client, "19.x", { [member]: undefined }), { name: "InvalidParameterCombination", status: 400, message: `${member} is required` });
    }
    await expectFault(backend, () => create(client, "19.x", { Manifest: "not json" }), { name: "InvalidParameterValue", status: 400, message: "Manifest" });
    await expectFault(backend, () => create(client, "19.x", { KMSKeyId: KEY.replace("us-east-1", "eu-west-1") }), { name: "KMSKeyNotAccessibleFault", status: 400, message: "KMSKeyId", Class: KMSKeyNotAccessibleFault });
    const sqlserver = { Engine: "custom-sqlserver-ee", KMSKeyId: KEY };
    await expectFault(backend, () => create(client, "15.00.4236.7.my_cev", { ...sqlserver, Manifest: undefined, DatabaseInstallationFilesS3BucketName: undefined }), {
      name: "InvalidParameterCombination", status: 400, message: "ImageId is required",
    });
    await expectFault(backend, () => create(client, "15.00.4236.7.my_cev", { ...sqlserver, ImageId: "ami-0123456789abcdef0", UseAwsProvidedLatestImage: true }), {
      name: "InvalidParameterCombination", status: 400, message: "not both",
    });
    await expectFault(backend, () => create(client, "15.my_cev", { ...sqlserver, ImageId: "ami-0123456789abcdef0" }), { name: "InvalidParameterValue", status: 400, message: "<major>.<minor>" });
    const ok = await create(client, "15.00.4236.7.my_cev", { ...sqlserver, ImageId: "ami-0123456789abcdef0", Manifest: undefined, DatabaseInstallationFilesS3BucketName: undefined });
    expect(ok).toMatchObject({ DBParameterGroupFamily: "custom-sqlserver-ee-15.0", Image: { ImageId: "ami-0123456789abcdef0", Status: "active" } });
  });

  it("a name is unique per engine; a CEV can be made from another one; 40 per account and Region", async () => {
    const { backend, client } = setup({ quotas: { rds: { customEngineVersions: 2 } } });
    const first = await create(client, "19.one");
    await expectFault(backend, () => create(client, "19.one"), { name: "CustomDBEngineVersionAlreadyExistsFault", status: 400, message: "19.one", Class: CustomDBEngineVersionAlreadyExistsFault });
    await expectFault(backend, () => create(client, "19.two", { SourceCustomDbEngineVersionIdentifier: first.DBEngineVersionArn }), { name: "InvalidParameterCombination", status: 400, message: "Manifest" });
    await expectFault(backend, () => create(client, "19.two", { SourceCustomDbEngineVersionIdentifier: `${first.DBEngineVersionArn}x`, Manifest: undefined }), {
      name: "CustomDBEngineVersionNotFoundFault", status: 404, message: "SourceCustomDbEngineVersionIdentifier", Class: CustomDBEngineVersionNotFoundFault,
    });
    const copy = await create(client, "19.two", { SourceCustomDbEngineVersionIdentifier: first.DBEngineVersionArn, Manifest: undefined, DatabaseInstallationFilesS3BucketName: undefined, UseAwsProvidedLatestImage: true });
    expect(copy).toMatchObject({ CustomDBEngineVersionManifest: MANIFEST, DatabaseInstallationFilesS3BucketName: "my-cev-media" });
    await expectFault(backend, () => create(client, "19.three"), { name: "CustomDBEngineVersionQuotaExceededFault", status: 400, message: "2 custom engine versions", Class: CustomDBEngineVersionQuotaExceededFault });
  });
});

describe("ModifyCustomDBEngineVersion and DeleteCustomDBEngineVersion", () => {
  const modify = (client: RDSClient, input: Record<string, unknown>) =>
    client.send(new ModifyCustomDBEngineVersionCommand({ Engine: "custom-oracle-ee", EngineVersion: "19.my_cev1", ...input } as never));
  const remove = (client: RDSClient) => client.send(new DeleteCustomDBEngineVersionCommand({ Engine: "custom-oracle-ee", EngineVersion: "19.my_cev1" }));

  it("changes status and description once available; a deleted CEV can be created again under its name", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const first = await create(client, "19.my_cev1");
    await expectFault(backend, () => modify(client, { Status: "inactive" }), { name: "InvalidCustomDBEngineVersionStateFault", status: 400, message: "creating", Class: InvalidCustomDBEngineVersionStateFault });
    backend.clock.advance(2 * 60 * 60_000);
    expect(await modify(client, { Status: "inactive", Description: "retired" })).toMatchObject({ Status: "inactive", DBEngineVersionDescription: "retired" });
    expect(await listed(client)).toEqual([]);
    expect((await modify(client, { Status: "available" })).Status).toBe("available");
    expect((await remove(client)).Status).toBe("deleting");
    await expectFault(backend, () => remove(client), { name: "InvalidCustomDBEngineVersionStateFault", status: 400, message: "deleting" });
    backend.clock.advance(10 * 60_000);
    await expectFault(backend, () => remove(client), { name: "CustomDBEngineVersionNotFoundFault", status: 404, message: "19.my_cev1" });
    const second = await create(client, "19.my_cev1");
    expect(second.DBEngineVersionArn).not.toBe(first.DBEngineVersionArn);
  });
});
