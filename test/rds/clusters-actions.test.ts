import {
  CreateDBClusterCommand,
  DBClusterNotFoundFault,
  DeleteDBClusterCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  FailoverDBClusterCommand,
  PromoteReadReplicaDBClusterCommand,
  RDSClient,
  StartDBClusterCommand,
  StopDBClusterCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_MYSQL, createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

async function cluster(client: RDSClient, id: string) {
  return (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0];
}

const writer = (c: { DBClusterMembers?: { DBInstanceIdentifier?: string; IsClusterWriter?: boolean }[] }) =>
  c.DBClusterMembers!.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier;

describe("FailoverDBCluster", () => {
  it("makes the named reader the writer: failing-over, then available", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "w");
    await createInstance(client, "c1", "r1", { PromotionTier: 2 });
    await createInstance(client, "c1", "r2", { PromotionTier: 0 });
    expect(writer(await cluster(client, "c1"))).toBe("w");
    const out = await client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "c1", TargetDBInstanceIdentifier: "R1" }));
    expect(out.DBCluster!.Status).toBe("failing-over");
    expect(writer(out.DBCluster!)).toBe("r1");
    expect((await cluster(client, "c1")).Status).toBe("available");
  });

  it("without a target picks the reader with the lowest promotion tier", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "w");
    await createInstance(client, "c1", "r1", { PromotionTier: 5 });
    await createInstance(client, "c1", "r2", { PromotionTier: 0 });
    await cluster(client, "c1");
    const out = await client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "c1" }));
    expect(writer(out.DBCluster!)).toBe("r2");
  });

  it("needs an available cluster with a reader, and a target that is a reader of it", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "w");
    await cluster(client, "c1");
    await expectFault(backend, () => client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "c1" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: "reader",
    });
    await createInstance(client, "c1", "r");
    await createCluster(client, "other");
    await createInstance(client, "other", "elsewhere");
    await cluster(client, "c1");
    for (const target of ["w", "elsewhere", "ghost"]) {
      await expectFault(backend, () => client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "c1", TargetDBInstanceIdentifier: target })), {
        name: "InvalidParameterValue",
        status: 400,
        message: `TargetDBInstanceIdentifier ${target}`,
      });
    }
    await client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" }));
    await expectFault(backend, () => client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "c1" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /stopped.*available/,
    });
    await expectFault(backend, () => client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "nope" })), {
      name: "DBClusterNotFoundFault",
      Class: DBClusterNotFoundFault,
      status: 404,
      message: "nope",
    });
  });

  it("refuses a target reader that is not available yet (timed lifecycle)", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    await createInstance(client, "c1", "w");
    backend.clock.advance(10 * 60_000);
    await createInstance(client, "c1", "r");
    await expectFault(backend, () => client.send(new FailoverDBClusterCommand({ DBClusterIdentifier: "c1", TargetDBInstanceIdentifier: "r" })), {
      name: "InvalidDBInstanceStateFault",
      status: 400,
      message: /r is in status creating/,
    });
  });
});

describe("StopDBCluster and StartDBCluster", () => {
  it("stops from available and starts from stopped; the instances follow", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await cluster(client, "c1");
    const stopping = await client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" }));
    expect(stopping.DBCluster!.Status).toBe("stopping");
    const stopped = await cluster(client, "c1");
    expect(stopped.Status).toBe("stopped");
    expect(stopped.AutomaticRestartTime).toBeInstanceOf(Date);
    const inst = (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "i1" }))).DBInstances![0];
    expect(inst.DBInstanceStatus).toBe("stopped");
    const starting = await client.send(new StartDBClusterCommand({ DBClusterIdentifier: "c1" }));
    expect(starting.DBCluster!.Status).toBe("starting");
    const started = await cluster(client, "c1");
    expect(started.Status).toBe("available");
    expect(started.AutomaticRestartTime).toBeUndefined();
    const again = (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "i1" }))).DBInstances![0];
    expect(again.DBInstanceStatus).toBe("available");
  });

  it("answers InvalidDBClusterStateFault naming the states", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await cluster(client, "c1");
    await expectFault(backend, () => client.send(new StartDBClusterCommand({ DBClusterIdentifier: "c1" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /c1 is in status available.*stopped/,
    });
    await client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" }));
    await expectFault(backend, () => client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /c1 is in status stopped.*available/,
    });
  });

  it("in the timed lifecycle stays stopping until the clock moves", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(5 * 60_000);
    await client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" }));
    await expectFault(backend, () => client.send(new StartDBClusterCommand({ DBClusterIdentifier: "c1" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /stopping.*stopped/,
    });
    backend.clock.advance(4 * 60_000);
    expect((await cluster(client, "c1")).Status).toBe("stopped");
  });

  it("refuses to stop while a member instance is not available", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    backend.clock.advance(5 * 60_000);
    await createInstance(client, "c1", "i1");
    await expectFault(backend, () => client.send(new StopDBClusterCommand({ DBClusterIdentifier: "c1" })), {
      name: "InvalidDBInstanceStateFault",
      status: 400,
      message: /i1 is in status creating/,
    });
  });
});

describe("PromoteReadReplicaDBCluster", () => {
  it("makes a read replica stand alone; the source no longer lists it", async () => {
    const { client } = setup();
    const source = await createCluster(client, "source");
    await cluster(client, "source");
    const replica = (
      await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "replica", Engine: "aurora-mysql", ReplicationSourceIdentifier: source.DBClusterArn }))
    ).DBCluster!;
    expect(replica.ReplicationSourceIdentifier).toBe(source.DBClusterArn);
    expect(replica.MasterUsername).toBe(AURORA_MYSQL.MasterUsername);
    expect((await cluster(client, "source")).ReadReplicaIdentifiers).toEqual([replica.DBClusterArn]);
    const out = await client.send(new PromoteReadReplicaDBClusterCommand({ DBClusterIdentifier: "replica" }));
    expect(out.DBCluster!.Status).toBe("promoting");
    expect(out.DBCluster!.ReplicationSourceIdentifier).toBeUndefined();
    expect((await cluster(client, "replica")).Status).toBe("available");
    expect((await cluster(client, "source")).ReadReplicaIdentifiers).toEqual([]);
  });

  it("works across Regions with the source's ARN", async () => {
    const { backend } = setup();
    const east = backend.attach(new RDSClient({ region: "us-east-1" }));
    const west = backend.attach(new RDSClient({ region: "us-west-2" }));
    const source = await createCluster(east, "source");
    await cluster(east, "source");
    await west.send(new CreateDBClusterCommand({ DBClusterIdentifier: "replica", Engine: "aurora-mysql", ReplicationSourceIdentifier: source.DBClusterArn }));
    expect((await cluster(east, "source")).ReadReplicaIdentifiers).toEqual(["arn:aws:rds:us-west-2:123456789012:cluster:replica"]);
    await west.send(new PromoteReadReplicaDBClusterCommand({ DBClusterIdentifier: "replica" }));
    expect((await cluster(east, "source")).ReadReplicaIdentifiers).toEqual([]);
  });

  it("refuses a cluster that is not a read replica, and a source with replicas cannot be deleted", async () => {
    const { backend, client } = setup();
    const source = await createCluster(client, "source");
    await cluster(client, "source");
    await expectFault(backend, () => client.send(new PromoteReadReplicaDBClusterCommand({ DBClusterIdentifier: "source" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /source.*read replica/,
    });
    await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "replica", Engine: "aurora-mysql", ReplicationSourceIdentifier: source.DBClusterArn }));
    await expectFault(backend, () => client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "source", SkipFinalSnapshot: true })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: "read replicas",
    });
  });

  it("checks the replication source: it must exist and have the same engine", async () => {
    const { backend, client } = setup();
    await createCluster(client, "source");
    await expectFault(
      backend,
      () => client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "r", Engine: "aurora-mysql", ReplicationSourceIdentifier: "arn:aws:rds:us-east-1:123456789012:cluster:ghost" })),
      { name: "DBClusterNotFoundFault", Class: DBClusterNotFoundFault, status: 404, message: "ghost" },
    );
    await expectFault(
      backend,
      () => client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "r", Engine: "aurora-postgresql", ReplicationSourceIdentifier: "source" })),
      { name: "InvalidParameterCombination", status: 400, message: "ReplicationSourceIdentifier" },
    );
  });
});
