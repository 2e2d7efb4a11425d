/**
 * Issue 14: zero-ETL integrations through a real RDSClient: sources and targets, the status lifecycle
 * on the clock, renames, deletes and re-creates under one name, quotas and tags.
 */
import {
  AddTagsToResourceCommand,
  CreateIntegrationCommand,
  DBClusterNotFoundFault,
  DBInstanceNotFoundFault,
  DeleteIntegrationCommand,
  DescribeIntegrationsCommand,
  IntegrationAlreadyExistsFault,
  IntegrationConflictOperationFault,
  IntegrationNotFoundFault,
  IntegrationQuotaExceededFault,
  InvalidIntegrationStateFault,
  KMSKeyNotAccessibleFault,
  ListTagsForResourceCommand,
  ModifyIntegrationCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_MYSQL, createCluster, createInstance, expectFault, MULTI_AZ_MYSQL, setup } from "./clusters-fixtures.js";

const ACCOUNT = "123456789012";
const REDSHIFT = `arn:aws:redshift:us-east-1:${ACCOUNT}:namespace:a1b2c3d4-5678-90ab-cdef-111122223333`;
const SERVERLESS = `arn:aws:redshift-serverless:us-east-1:${ACCOUNT}:namespace/a1b2c3d4-5678-90ab-cdef-444455556666`;
const clusterArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:${id}`;

const create = (client: RDSClient, name: string, extra: Record<string, unknown> = {}) =>
  client.send(new CreateIntegrationCommand({ IntegrationName: name, SourceArn: clusterArn("src"), TargetArn: REDSHIFT, ...extra }));
const describeOne = async (client: RDSClient, IntegrationIdentifier: string) => (await client.send(new DescribeIntegrationsCommand({ IntegrationIdentifier }))).Integrations![0];

async function withSource(lifecycle: "instant" | "timed" = "timed") {
  const s = setup({ lifecycle });
  await createCluster(s.client, "src", AURORA_MYSQL);
  s.backend.clock.advance(30 * 60_000);
  return s;
}

describe("CreateIntegration", () => {
  it("creates an integration from an Aurora cluster to Redshift: creating for 20 minutes, then active", async () => {
    const { backend, client } = await withSource();
    const out = await create(client, "orders-to-redshift", { Description: "orders", Tags: [{ Key: "team", Value: "analytics" }] });
    expect(out).toMatchObject({
      IntegrationName: "orders-to-redshift", SourceArn: clusterArn("src"), TargetArn: REDSHIFT, Status: "creating", KMSKeyId: "AWS_OWNED_KEY",
      DataFilter: "include: *.*", Description: "orders", Tags: [{ Key: "team", Value: "analytics" }],
    });
    expect(out.IntegrationArn).toMatch(/^arn:aws:rds:us-east-1:123456789012:integration:[0-9a-f-]{36}$/);
    expect(out.CreateTime).toEqual(backend.clock.date());
    backend.clock.advance(20 * 60_000 - 1);
    expect((await describeOne(client, out.IntegrationArn!)).Status).toBe("creating");
    backend.clock.advance(1);
    const id = out.IntegrationArn!.split(":").pop()!;
    expect((await describeOne(client, id)).Status).toBe("active");
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: out.IntegrationArn }))).TagList).toEqual([{ Key: "team", Value: "analytics" }]);
  });

  it("takes a standalone MySQL instance as source, and a Redshift Serverless namespace or Glue catalog as target", async () => {
    const { backend, client } = setup();
    await createCluster(client, "src", AURORA_MYSQL);
    const db = await createInstance(client, "src", "member");
    await expectFault(backend, () => create(client, "x", { SourceArn: db.DBInstanceArn }), { name: "InvalidParameterValue", status: 400, message: /member.*aurora-mysql/ });
    await expectFault(backend, () => create(client, "x", { SourceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:nope` }), { name: "DBInstanceNotFoundFault", status: 404, message: "nope", Class: DBInstanceNotFoundFault });
    expect((await create(client, "to-serverless", { TargetArn: SERVERLESS })).TargetArn).toBe(SERVERLESS);
    const glue = `arn:aws:glue:us-east-1:${ACCOUNT}:catalog`;
    expect((await create(client, "to-lakehouse", { TargetArn: glue })).TargetArn).toBe(glue);
  });

  it("checks the source, the target, the KMS key and the encryption context, changing nothing", async () => {
    const { backend, client } = await withSource();
    await expectFault(backend, () => create(client, "x", { SourceArn: clusterArn("ghost") }), { name: "DBClusterNotFoundFault", status: 404, message: "ghost", Class: DBClusterNotFoundFault });
    await expectFault(backend, () => create(client, "x", { SourceArn: clusterArn("src").replace("us-east-1", "eu-west-1") }), { name: "InvalidParameterValue", status: 400, message: "SourceArn" });
    await createCluster(client, "maz", MULTI_AZ_MYSQL);
    await expectFault(backend, () => create(client, "x", { SourceArn: clusterArn("maz") }), { name: "InvalidParameterValue", status: 400, message: /maz \(mysql\)/ });
    for (const bad of [`arn:aws:s3:::bucket-name-here`, `arn:aws:redshift:us-east-1:${ACCOUNT}:cluster:mycluster`]) {
      await expectFault(backend, () => create(client, "x", { TargetArn: bad }), { name: "InvalidParameterValue", status: 400, message: "TargetArn" });
    }
    await expectFault(backend, () => create(client, "x", { TargetArn: REDSHIFT.replace("us-east-1", "us-west-2") }), { name: "InvalidParameterValue", status: 400, message: "Region us-east-1" });
    await expectFault(backend, () => create(client, "x", { AdditionalEncryptionContext: { dept: "sales" } }), { name: "InvalidParameterCombination", status: 400, message: "KMSKeyId" });
    await expectFault(backend, () => create(client, "x", { KMSKeyId: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` }), {
      name: "KMSKeyNotAccessibleFault", status: 400, message: "KMSKeyId", Class: KMSKeyNotAccessibleFault,
    });
    const key = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const ok = await create(client, "x", { KMSKeyId: key, AdditionalEncryptionContext: { dept: "sales" } });
    expect(ok).toMatchObject({ KMSKeyId: key, AdditionalEncryptionContext: { dept: "sales" } });
  });

  it("names are unique (any case), one integration per source and target, 100 per account and Region", async () => {
    const { backend, client } = setup({ quotas: { rds: { integrations: 2 } } });
    await createCluster(client, "src", AURORA_MYSQL);
    await create(client, "first");
    await expectFault(backend, () => create(client, "FIRST", { TargetArn: SERVERLESS }), { name: "IntegrationAlreadyExistsFault", status: 400, message: "named first", Class: IntegrationAlreadyExistsFault });
    await expectFault(backend, () => create(client, "second"), { name: "IntegrationAlreadyExistsFault", status: 400, message: /first already replicates/ });
    await create(client, "second", { TargetArn: SERVERLESS });
    await expectFault(backend, () => create(client, "third", { TargetArn: `arn:aws:glue:us-east-1:${ACCOUNT}:catalog` }), {
      name: "IntegrationQuotaExceededFault", status: 400, message: "2 zero-ETL integrations", Class: IntegrationQuotaExceededFault,
    });
  });

  it("two concurrent creates under one name: one wins", async () => {
    const { client } = await withSource("instant");
    const results = await Promise.allSettled([create(client, "same"), create(client, "same", { TargetArn: SERVERLESS })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.name).toBe("IntegrationAlreadyExistsFault");
  });
});

describe("ModifyIntegration and DeleteIntegration", () => {
  it("renames (the old name is free again), changes the description at once and the data filter through modifying", async () => {
    const { backend, client } = await withSource();
    const out = await create(client, "old-name");
    const arn = out.IntegrationArn!;
    await expectFault(backend, () => client.send(new ModifyIntegrationCommand({ IntegrationIdentifier: arn, Description: "x" })), {
      name: "InvalidIntegrationStateFault", status: 400, message: /old-name is in status creating/, Class: InvalidIntegrationStateFault,
    });
    backend.clock.advance(20 * 60_000);
    const renamed = await client.send(new ModifyIntegrationCommand({ IntegrationIdentifier: arn, IntegrationName: "new-name", Description: "renamed" }));
    expect(renamed).toMatchObject({ IntegrationName: "new-name", Description: "renamed", Status: "active" });
    const filtered = await client.send(new ModifyIntegrationCommand({ IntegrationIdentifier: arn, DataFilter: "include: sales.*" }));
    expect(filtered).toMatchObject({ DataFilter: "include: sales.*", Status: "modifying" });
    backend.clock.advance(5 * 60_000);
    expect((await describeOne(client, arn)).Status).toBe("active");
    // The old name is free for another integration; the new one is taken.
    await create(client, "old-name", { TargetArn: SERVERLESS });
    await expectFault(backend, () => client.send(new ModifyIntegrationCommand({ IntegrationIdentifier: arn, IntegrationName: "OLD-NAME" })), {
      name: "IntegrationConflictOperationFault", status: 400, message: "OLD-NAME", Class: IntegrationConflictOperationFault,
    });
    await expectFault(backend, () => client.send(new ModifyIntegrationCommand({ IntegrationIdentifier: arn })), { name: "InvalidParameterCombination", status: 400, message: "IntegrationName" });
  });

  it("deletes (deleting, then gone); the same name and pair can be created again, with a new id", async () => {
    const { backend, client } = await withSource();
    const first = await create(client, "pipe");
    backend.clock.advance(20 * 60_000);
    expect((await client.send(new DeleteIntegrationCommand({ IntegrationIdentifier: first.IntegrationArn }))).Status).toBe("deleting");
    await expectFault(backend, () => client.send(new DeleteIntegrationCommand({ IntegrationIdentifier: first.IntegrationArn })), { name: "InvalidIntegrationStateFault", status: 400, message: "deleting" });
    backend.clock.advance(5 * 60_000 - 1);
    expect((await describeOne(client, first.IntegrationArn!)).Status).toBe("deleting");
    backend.clock.advance(1);
    await expectFault(backend, () => describeOne(client, first.IntegrationArn!), { name: "IntegrationNotFoundFault", status: 404, message: "integration:", Class: IntegrationNotFoundFault });
    const second = await create(client, "pipe");
    expect(second.IntegrationArn).not.toBe(first.IntegrationArn);
    await expectFault(backend, () => client.send(new DeleteIntegrationCommand({ IntegrationIdentifier: "0000-not-an-id" })), { name: "IntegrationNotFoundFault", status: 404, message: "0000-not-an-id" });
  });
});

describe("DescribeIntegrations", () => {
  it("lists in creation order, filters by name, source, target and status, and tags by ARN", async () => {
    const { backend, client } = await withSource();
    const a = await create(client, "b-first");
    backend.clock.advance(1000);
    await create(client, "a-second", { TargetArn: SERVERLESS });
    const names = async (Filters?: { Name: string; Values: string[] }[]) => (await client.send(new DescribeIntegrationsCommand({ Filters }))).Integrations!.map((i) => i.IntegrationName);
    expect(await names()).toEqual(["b-first", "a-second"]);
    expect(await names([{ Name: "integration-name", Values: ["a-second"] }])).toEqual(["a-second"]);
    expect(await names([{ Name: "target-arn", Values: [REDSHIFT] }])).toEqual(["b-first"]);
    expect(await names([{ Name: "source-arn", Values: [clusterArn("src")] }])).toEqual(["b-first", "a-second"]);
    expect(await names([{ Name: "status", Values: ["active"] }])).toEqual([]);
    await expectFault(backend, () => names([{ Name: "engine", Values: ["x"] }]), { name: "InvalidParameterValue", status: 400, message: "engine" });
    await client.send(new AddTagsToResourceCommand({ ResourceName: a.IntegrationArn, Tags: [{ Key: "k", Value: "v" }] }));
    expect((await describeOne(client, a.IntegrationArn!)).Tags).toEqual([{ Key: "k", Value: "v" }]);
    await expectFault(backend, () => client.send(new ListTagsForResourceCommand({ ResourceName: `arn:aws:rds:us-east-1:${ACCOUNT}:integration:ghost` })), { name: "IntegrationNotFoundFault", status: 404, message: "ghost" });
  });
});
