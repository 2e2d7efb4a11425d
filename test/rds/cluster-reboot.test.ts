import {
  CreateDBClusterCommand,
  DBClusterNotFoundFault,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  InvalidDBClusterStateFault,
  RebootDBClusterCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { MULTI_AZ_MYSQL, createCluster, expectFault, setup } from "./clusters-fixtures.js";

describe("RebootDBCluster", () => {
  it("reboots a Multi-AZ DB cluster and its instances: rebooting, then available", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "maz", ...MULTI_AZ_MYSQL }));
    backend.clock.advance(10 * 60_000);
    const out = await client.send(new RebootDBClusterCommand({ DBClusterIdentifier: "MAZ" }));
    expect(out.DBCluster!.Status).toBe("rebooting");
    expect(out.DBCluster!.DBClusterIdentifier).toBe("maz");
    const instances = (await client.send(new DescribeDBInstancesCommand({}))).DBInstances!;
    expect(instances).toHaveLength(3);
    expect(instances.map((i) => i.DBInstanceStatus)).toEqual(["rebooting", "rebooting", "rebooting"]);
    await expectFault(backend, () => client.send(new RebootDBClusterCommand({ DBClusterIdentifier: "maz" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /maz is in status rebooting/,
      Class: InvalidDBClusterStateFault,
    });
    backend.clock.advance(60_000);
    expect((await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "maz" }))).DBClusters![0].Status).toBe("available");
    const after = (await client.send(new DescribeDBInstancesCommand({}))).DBInstances!;
    expect(after.map((i) => i.DBInstanceStatus)).toEqual(["available", "available", "available"]);
  });

  it("needs an existing cluster that is available", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await expectFault(backend, () => client.send(new RebootDBClusterCommand({ DBClusterIdentifier: "ghost" })), {
      name: "DBClusterNotFoundFault",
      status: 404,
      message: "ghost",
      Class: DBClusterNotFoundFault,
    });
    await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: "maz", ...MULTI_AZ_MYSQL }));
    await expectFault(backend, () => client.send(new RebootDBClusterCommand({ DBClusterIdentifier: "maz" })), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /maz is in status creating.*available/,
      Class: InvalidDBClusterStateFault,
    });
  });

  it("refuses an Aurora DB cluster (documented: only for non-Aurora Multi-AZ DB clusters)", async () => {
    const { backend, client } = setup();
    await createCluster(client, "aurora");
    await expectFault(backend, () => client.send(new RebootDBClusterCommand({ DBClusterIdentifier: "aurora" })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: /Multi-AZ DB clusters.*RebootDBInstance/,
    });
  });
});
