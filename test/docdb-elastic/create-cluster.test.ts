import {
  ConflictException,
  CreateClusterCommand,
  GetClusterCommand,
  ListClustersCommand,
  ServiceQuotaExceededException,
  ValidationException,
  type CreateClusterCommandInput,
} from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { networkAttempts } from "../helpers.js";
import { ACCOUNT, activeCluster, clusterInput, expectFailure, expectValidation, ISO, setup, START, UUID } from "./setup.js";

describe("CreateCluster", () => {
  it("answers a CREATING cluster with AWS's ARN and endpoint formats, then reads ACTIVE", async () => {
    const { client } = setup();
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput({ clusterName: "Orders-Prod" })));
    expect(cluster).toMatchObject({
      clusterName: "orders-prod", // stored lowercase
      status: "CREATING",
      clusterEndpoint: `orders-prod-${ACCOUNT}.us-east-1.docdb-elastic.amazonaws.com`,
      adminUserName: "docdbadmin",
      authType: "PLAIN_TEXT",
      shardCapacity: 2,
      shardCount: 2,
      shardInstanceCount: 2,
      backupRetentionPeriod: 1,
      kmsKeyId: "AWS_OWNED_KMS_KEY",
    });
    expect(cluster!.clusterArn).toMatch(new RegExp(`^arn:aws:docdb-elastic:us-east-1:${ACCOUNT}:cluster/${UUID}$`));
    expect(cluster!.createTime).toMatch(ISO);
    expect(cluster!.createTime).toBe(new Date(START).toISOString());
    expect(cluster!.preferredMaintenanceWindow).toMatch(/^(sun|mon|tue|wed|thu|fri|sat):\d{2}:\d{2}-(sun|mon|tue|wed|thu|fri|sat):\d{2}:\d{2}$/);
    expect(cluster!.preferredBackupWindow).toMatch(/^\d{2}:\d{2}-\d{2}:\d{2}$/);
    expect(cluster!.subnetIds).toHaveLength(3);
    cluster!.subnetIds!.forEach((s) => expect(s).toMatch(/^subnet-[0-9a-f]{17}$/));
    expect(cluster!.vpcSecurityGroupIds![0]).toMatch(/^sg-[0-9a-f]{17}$/);
    expect(cluster!.shards).toHaveLength(2);
    expect(cluster!.shards![0]).toMatchObject({ status: "CREATING", createTime: cluster!.createTime });
    expect(cluster!).not.toHaveProperty("adminUserPassword");

    const read = await client.send(new GetClusterCommand({ clusterArn: cluster!.clusterArn }));
    expect(read.cluster!.status).toBe("ACTIVE");
    expect(read.cluster!.shards!.map((s) => s.status)).toEqual(["ACTIVE", "ACTIVE"]);
    expect(networkAttempts()).toEqual([]);
  });

  it("keeps the given optional members", async () => {
    const { client } = setup();
    // Members the output echoes as given (the maintenance window and the password are apart).
    const given: Partial<CreateClusterCommandInput> = {
      shardCapacity: 8,
      shardCount: 3,
      shardInstanceCount: 3,
      subnetIds: ["subnet-1", "subnet-2"],
      vpcSecurityGroupIds: ["sg-1"],
      kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/abc",
      preferredBackupWindow: "01:00-01:30",
      backupRetentionPeriod: 7,
      authType: "SECRET_ARN",
    };
    const cluster = await activeCluster(client, {
      ...given,
      preferredMaintenanceWindow: "Sat:03:00-Sat:04:00",
      adminUserPassword: "arn:aws:secretsmanager:us-east-1:123456789012:secret:docdb-admin-AbCdEf",
    });
    expect(cluster).toMatchObject({ ...given, preferredMaintenanceWindow: "sat:03:00-sat:04:00" });
    expect(cluster.shards).toHaveLength(3);
  });

  it("uses the partition and DNS suffix of the client's Region", async () => {
    const { client } = setup({}, "cn-north-1");
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    expect(cluster!.clusterArn).toMatch(/^arn:aws-cn:docdb-elastic:cn-north-1:123456789012:cluster\//);
    expect(cluster!.clusterEndpoint).toBe("my-cluster-123456789012.cn-north-1.docdb-elastic.amazonaws.com.cn");
  });

  it("gives outputs that are copies of state", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client);
    cluster.subnetIds!.push("subnet-evil");
    cluster.shards!.pop();
    const read = await client.send(new GetClusterCommand({ clusterArn: cluster.clusterArn }));
    expect(read.cluster!.subnetIds).toHaveLength(3);
    expect(read.cluster!.shards).toHaveLength(2);
  });

  const invalidInputs: [string, Partial<CreateClusterCommandInput>][] = [
    ["clusterName", { clusterName: "1cluster" }],
    ["clusterName", { clusterName: "cluster-" }],
    ["clusterName", { clusterName: "my--cluster" }],
    ["clusterName", { clusterName: "my_cluster" }],
    ["clusterName", { clusterName: "c".repeat(64) }],
    ["adminUserName", { adminUserName: "1admin" }],
    ["adminUserName", { adminUserName: "doc-admin" }],
    ["adminUserName", { adminUserName: "a".repeat(64) }],
    ["adminUserName", { adminUserName: "ServiceAdmin" }],
    ["adminUserPassword", { adminUserPassword: "short1!" }],
    ["adminUserPassword", { adminUserPassword: "has@sign1234" }],
    ["adminUserPassword", { adminUserPassword: "has/slash1234" }],
    ["adminUserPassword", { adminUserPassword: 'has"quote1234' }],
    ["adminUserPassword", { adminUserPassword: "p".repeat(101) }],
    ["adminUserPassword", { authType: "SECRET_ARN", adminUserPassword: "not-an-arn-at-all" }],
    ["shardCapacity", { shardCapacity: 6 }],
    ["shardCapacity", { shardCapacity: 128 }],
    ["shardCount", { shardCount: 0 }],
    ["shardCount", { shardCount: 33 }],
    ["shardInstanceCount", { shardInstanceCount: 0 }],
    ["shardInstanceCount", { shardInstanceCount: 17 }],
    ["backupRetentionPeriod", { backupRetentionPeriod: 0 }],
    ["backupRetentionPeriod", { backupRetentionPeriod: 36 }],
    ["preferredMaintenanceWindow", { preferredMaintenanceWindow: "mon:25:00-mon:26:00" }],
    ["preferredMaintenanceWindow", { preferredMaintenanceWindow: "xyz:01:00-xyz:02:00" }],
    ["preferredMaintenanceWindow", { preferredMaintenanceWindow: "mon:01:00-mon:01:20" }],
    ["preferredBackupWindow", { preferredBackupWindow: "1:00-2:00" }],
    ["preferredBackupWindow", { preferredBackupWindow: "01:00-01:15" }],
    ["preferredBackupWindow", { preferredMaintenanceWindow: "mon:01:00-mon:02:00", preferredBackupWindow: "01:30-02:00" }],
    ["tags", { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])) }],
    // model traits, checked by the core before the rules above
    ["clusterName", { clusterName: undefined }],
    ["authType", { authType: undefined }],
    ["adminUserName", { adminUserName: undefined }],
    ["adminUserPassword", { adminUserPassword: undefined }],
    ["shardCapacity", { shardCapacity: undefined }],
    ["shardCount", { shardCount: undefined }],
    ["authType", { authType: "KERBEROS" as never }],
  ];

  it.each(invalidInputs)("rejects an invalid %s with ValidationException and no state change", async (member, overrides) => {
    const { backend, client } = setup();
    await client.send(new ListClustersCommand({}));
    const err = await expectFailure(backend, () => client.send(new CreateClusterCommand(clusterInput(overrides))), ValidationException, 400);
    expectValidation(err, member);
  });

  it("never echoes the administrator password in a validation message", async () => {
    const { backend, client } = setup();
    await client.send(new ListClustersCommand({}));
    const err = await expectFailure(backend, () => client.send(new CreateClusterCommand(clusterInput({ adminUserPassword: "leak@me1234" }))), ValidationException, 400);
    expect(err.message).not.toContain("leak@me1234");
  });

  it("accepts the boundary values of each range", async () => {
    const { client } = setup({ quotas: { "docdb-elastic": { vcpus: 10_000 } } });
    const cluster = await activeCluster(client, { clusterName: "a", shardCapacity: 64, shardCount: 32, shardInstanceCount: 16, backupRetentionPeriod: 35 });
    expect(cluster).toMatchObject({ shardCapacity: 64, shardCount: 32, shardInstanceCount: 16, backupRetentionPeriod: 35 });
    await activeCluster(client, { clusterName: "b".repeat(63), adminUserName: "a".repeat(63), adminUserPassword: " ~".repeat(50), shardCount: 1, shardInstanceCount: 1, backupRetentionPeriod: 1 });
  });

  it("answers ConflictException for a name already in use, whatever its case", async () => {
    const { backend, client } = setup();
    await activeCluster(client);
    const err = await expectFailure(backend, () => client.send(new CreateClusterCommand(clusterInput({ clusterName: "MY-CLUSTER" }))), ConflictException, 409);
    expect(err.resourceId).toBe("my-cluster");
    expect(err.resourceType).toBe("cluster");
    expect(err.message).toContain("my-cluster");
  });

  it("returns the same cluster for a retry with the same clientToken", async () => {
    const { backend, client } = setup();
    const first = await client.send(new CreateClusterCommand(clusterInput({ clientToken: "token-1" })));
    const retry = await client.send(new CreateClusterCommand(clusterInput({ clientToken: "token-1" })));
    expect(retry.cluster!.clusterArn).toBe(first.cluster!.clusterArn);
    const { clusters } = await client.send(new ListClustersCommand({}));
    expect(clusters).toHaveLength(1);

    const err = await expectFailure(
      backend,
      () => client.send(new CreateClusterCommand(clusterInput({ clientToken: "token-1", shardCount: 4 }))),
      ConflictException,
      409,
    );
    expect(err.message).toContain("token-1");
    expect(err.resourceId).toBe(first.cluster!.clusterArn);

    const other = await client.send(new CreateClusterCommand(clusterInput({ clientToken: "token-2", clusterName: "other" })));
    expect(other.cluster!.clusterArn).not.toBe(first.cluster!.clusterArn);
  });

  it("answers ServiceQuotaExceededException past the clusters quota", async () => {
    const { backend, client } = setup({ quotas: { "docdb-elastic": { clusters: 2 } } });
    await activeCluster(client, { clusterName: "one" });
    await activeCluster(client, { clusterName: "two" });
    const err = await expectFailure(backend, () => client.send(new CreateClusterCommand(clusterInput({ clusterName: "three" }))), ServiceQuotaExceededException, 402);
    expect(err.message).toMatch(/2 elastic clusters/);
  });

  it("counts vCPUs (shard capacity x shard count) against the Region quota, 1024 by default", async () => {
    const { backend, client } = setup();
    await client.send(new ListClustersCommand({}));
    const err = await expectFailure(
      backend,
      () => client.send(new CreateClusterCommand(clusterInput({ shardCapacity: 64, shardCount: 32 }))),
      ServiceQuotaExceededException,
      402,
    );
    expect(err.message).toContain("2048 vCPUs");

    const small = setup({ quotas: { "docdb-elastic": { vcpus: 8 } } });
    await activeCluster(small.client, { clusterName: "a", shardCapacity: 2, shardCount: 2 });
    await activeCluster(small.client, { clusterName: "b", shardCapacity: 4, shardCount: 1 });
    await expectFailure(small.backend, () => small.client.send(new CreateClusterCommand(clusterInput({ clusterName: "c", shardCapacity: 2, shardCount: 1 }))), ServiceQuotaExceededException, 402);
  });

  it("makes identifiers reproducible under a seed", async () => {
    const a = setup({ seed: 42 });
    const b = setup({ seed: 42 });
    const ca = await a.client.send(new CreateClusterCommand(clusterInput()));
    const cb = await b.client.send(new CreateClusterCommand(clusterInput()));
    expect(ca.cluster!.clusterArn).toBe(cb.cluster!.clusterArn);
    expect(ca.cluster!.shards).toEqual(cb.cluster!.shards);
  });
});
