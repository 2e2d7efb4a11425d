import {
  ConflictException,
  CreateClusterCommand,
  DeleteClusterCommand,
  GetClusterCommand,
  ListClustersCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  RestoreClusterFromSnapshotCommand,
  ServiceQuotaExceededException,
  ValidationException,
} from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { ACCOUNT, activeCluster, clusterInput, expectFailure, expectValidation, manualSnapshot, MINUTE, setup, UUID } from "./setup.js";

describe("RestoreClusterFromSnapshot", () => {
  it("makes a new cluster from the snapshot's configuration, CREATING then ACTIVE", async () => {
    const { client } = setup();
    // The source's configuration, which the restored cluster must carry over member for member.
    const configuration = {
      shardCapacity: 4,
      shardCount: 3,
      shardInstanceCount: 3,
      backupRetentionPeriod: 5,
      preferredMaintenanceWindow: "fri:06:00-fri:06:30",
      preferredBackupWindow: "02:00-02:30",
      subnetIds: ["subnet-x"],
      vpcSecurityGroupIds: ["sg-x"],
      kmsKeyId: "alias/source",
    };
    const source = await activeCluster(client, { ...configuration, tags: { from: "source" } });
    const snapshot = await manualSnapshot(client, source.clusterArn!);
    const { cluster } = await client.send(new RestoreClusterFromSnapshotCommand({ clusterName: "Restored", snapshotArn: snapshot.snapshotArn }));
    expect(cluster).toMatchObject({
      clusterName: "restored",
      status: "CREATING",
      clusterEndpoint: `restored-${ACCOUNT}.us-east-1.docdb-elastic.amazonaws.com`,
      adminUserName: source.adminUserName,
      authType: source.authType,
      ...configuration,
    });
    expect(cluster!.clusterArn).toMatch(new RegExp(`cluster/${UUID}$`));
    expect(cluster!.clusterArn).not.toBe(source.clusterArn);
    expect(cluster!.shards).toHaveLength(3);
    expect((await client.send(new GetClusterCommand({ clusterArn: cluster!.clusterArn }))).cluster!.status).toBe("ACTIVE");
    // tags come from the request only
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: cluster!.clusterArn }))).tags).toEqual({});
  });

  it("applies the request's overrides", async () => {
    const { client } = setup();
    const source = await activeCluster(client);
    const snapshot = await manualSnapshot(client, source.clusterArn!);
    const { cluster } = await client.send(
      new RestoreClusterFromSnapshotCommand({
        clusterName: "copy",
        snapshotArn: snapshot.snapshotArn,
        shardCapacity: 16,
        shardInstanceCount: 1,
        subnetIds: ["subnet-new"],
        vpcSecurityGroupIds: ["sg-new"],
        kmsKeyId: "alias/new",
        tags: { restored: "yes" },
      }),
    );
    expect(cluster).toMatchObject({ shardCapacity: 16, shardInstanceCount: 1, shardCount: 2, subnetIds: ["subnet-new"], vpcSecurityGroupIds: ["sg-new"], kmsKeyId: "alias/new" });
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: cluster!.clusterArn }))).tags).toEqual({ restored: "yes" });
  });

  it("restores from the snapshot of a deleted cluster", async () => {
    const { client } = setup();
    const source = await activeCluster(client);
    const snapshot = await manualSnapshot(client, source.clusterArn!);
    await client.send(new DeleteClusterCommand({ clusterArn: source.clusterArn }));
    // the deletion settles on the next call; the name is then free for the restored cluster
    await client.send(new ListClustersCommand({}));
    const { cluster } = await client.send(new RestoreClusterFromSnapshotCommand({ clusterName: source.clusterName!, snapshotArn: snapshot.snapshotArn }));
    expect(cluster!.clusterName).toBe(source.clusterName);
    expect(cluster!.clusterArn).not.toBe(source.clusterArn);
    expect((await client.send(new GetClusterCommand({ clusterArn: cluster!.clusterArn }))).cluster!.status).toBe("ACTIVE");
  });

  it("checks the name, the snapshot, its state and the quotas", async () => {
    const { backend, client } = setup({ lifecycle: "timed", quotas: { "docdb-elastic": { clusters: 2 } } });
    const { cluster } = await client.send(new CreateClusterCommand(clusterInput()));
    backend.clock.advance(15 * MINUTE);
    const snapshot = await manualSnapshot(client, cluster!.clusterArn!);
    const arn = snapshot.snapshotArn!;
    const notActive = await expectFailure(backend, () => client.send(new RestoreClusterFromSnapshotCommand({ clusterName: "r1", snapshotArn: arn })), ConflictException, 409);
    expect(notActive.resourceType).toBe("cluster-snapshot");
    backend.clock.advance(4 * MINUTE);
    expectValidation(await expectFailure(backend, () => client.send(new RestoreClusterFromSnapshotCommand({ clusterName: "r--1", snapshotArn: arn })), ValidationException, 400), "clusterName");
    expectValidation(await expectFailure(backend, () => client.send(new RestoreClusterFromSnapshotCommand({ clusterName: "r1", snapshotArn: arn, shardCapacity: 12 })), ValidationException, 400), "shardCapacity");
    expectValidation(await expectFailure(backend, () => client.send(new RestoreClusterFromSnapshotCommand({ clusterName: "r1", snapshotArn: arn, shardInstanceCount: 0 })), ValidationException, 400), "shardInstanceCount");
    await expectFailure(backend, () => client.send(new RestoreClusterFromSnapshotCommand({ clusterName: "MY-CLUSTER", snapshotArn: arn })), ConflictException, 409);
    const unknown = arn.replace(/\/.*$/, "/44444444-4444-4444-8444-444444444444");
    const nf = await expectFailure(backend, () => client.send(new RestoreClusterFromSnapshotCommand({ clusterName: "r1", snapshotArn: unknown })), ResourceNotFoundException, 404);
    expect(nf.resourceType).toBe("cluster-snapshot");
    await client.send(new RestoreClusterFromSnapshotCommand({ clusterName: "r1", snapshotArn: arn }));
    await expectFailure(backend, () => client.send(new RestoreClusterFromSnapshotCommand({ clusterName: "r2", snapshotArn: arn })), ServiceQuotaExceededException, 402);
  });
});
