import {
  AddRoleToDBClusterCommand,
  DBClusterNotFoundFault,
  DBClusterRoleAlreadyExistsFault,
  DBClusterRoleNotFoundFault,
  DBClusterRoleQuotaExceededFault,
  DescribeDBClustersCommand,
  InvalidDBClusterStateFault,
  RemoveRoleFromDBClusterCommand,
  type RDSClient,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { AURORA_PG, createCluster, expectFault, setup } from "./clusters-fixtures.js";

const ROLE = "arn:aws:iam::123456789012:role/AuroraAccessRole";
const role = (n: number) => `arn:aws:iam::123456789012:role/service-role/r${n}`;

async function roles(client: RDSClient, id = "c1") {
  return (await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0].AssociatedRoles;
}

const add = (client: RDSClient, RoleArn: string, FeatureName?: string, id = "c1") =>
  client.send(new AddRoleToDBClusterCommand({ DBClusterIdentifier: id, RoleArn, FeatureName }));

describe("AddRoleToDBCluster", () => {
  it("associates a role: AssociatedRoles shows it ACTIVE with its feature", async () => {
    const { client } = setup();
    await createCluster(client, "c1", AURORA_PG);
    expect(await roles(client)).toEqual([]);
    const out = await add(client, ROLE, "s3Import", "C1");
    expect(out.$metadata.httpStatusCode).toBe(200);
    await add(client, role(2));
    expect(await roles(client)).toEqual([{ RoleArn: ROLE, Status: "ACTIVE", FeatureName: "s3Import" }, { RoleArn: role(2), Status: "ACTIVE" }]);
  });

  it("checks the role ARN, the feature name and the cluster", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", AURORA_PG);
    await roles(client);
    for (const bad of ["arn:aws:iam::123456789012:user/someone", "arn:aws:iam::1234:role/x-too-short-acct", "arn:aws:s3:::bucket/role/abcdefghij"]) {
      await expectFault(backend, () => add(client, bad), { name: "InvalidParameterValue", status: 400, message: "RoleArn" });
    }
    await expectFault(backend, () => add(client, ROLE, "Teleport"), { name: "InvalidParameterValue", status: 400, message: /FeatureName Teleport.*aurora-postgresql/ });
    await expectFault(backend, () => add(client, ROLE, undefined, "ghost"), {
      name: "DBClusterNotFoundFault",
      status: 404,
      message: "ghost",
      Class: DBClusterNotFoundFault,
    });
  });

  it("refuses a role or a feature already associated, and more than five roles", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", AURORA_PG);
    await add(client, ROLE, "s3Import");
    await expectFault(backend, () => add(client, ROLE, "s3Export"), {
      name: "DBClusterRoleAlreadyExistsFault",
      status: 400,
      message: ROLE,
      Class: DBClusterRoleAlreadyExistsFault,
    });
    await expectFault(backend, () => add(client, role(9), "s3Import"), {
      name: "DBClusterRoleAlreadyExistsFault",
      status: 400,
      message: /s3Import/,
      Class: DBClusterRoleAlreadyExistsFault,
    });
    for (let i = 1; i <= 4; i++) await add(client, role(i));
    await expectFault(backend, () => add(client, role(5)), {
      name: "DBClusterRoleQuotaExceededFault",
      status: 400,
      message: /5 associated IAM roles/,
      Class: DBClusterRoleQuotaExceededFault,
    });
  });

  it("needs an available cluster", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createCluster(client, "c1");
    await expectFault(backend, () => add(client, ROLE), {
      name: "InvalidDBClusterStateFault",
      status: 400,
      message: /c1 is in status creating/,
      Class: InvalidDBClusterStateFault,
    });
  });
});

describe("RemoveRoleFromDBCluster", () => {
  it("removes the association", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    await add(client, ROLE);
    await add(client, role(2));
    await client.send(new RemoveRoleFromDBClusterCommand({ DBClusterIdentifier: "c1", RoleArn: ROLE }));
    expect(await roles(client)).toEqual([{ RoleArn: role(2), Status: "ACTIVE" }]);
  });

  it("refuses a role that is not associated (or not for that feature)", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1", AURORA_PG);
    await add(client, ROLE, "s3Import");
    for (const input of [{ RoleArn: role(7) }, { RoleArn: ROLE, FeatureName: "s3Export" }]) {
      await expectFault(backend, () => client.send(new RemoveRoleFromDBClusterCommand({ DBClusterIdentifier: "c1", ...input })), {
        name: "DBClusterRoleNotFoundFault",
        status: 404,
        message: /not associated with DB cluster c1/,
        Class: DBClusterRoleNotFoundFault,
      });
    }
    await expectFault(backend, () => client.send(new RemoveRoleFromDBClusterCommand({ DBClusterIdentifier: "nope", RoleArn: ROLE })), {
      name: "DBClusterNotFoundFault",
      status: 404,
      message: "nope",
      Class: DBClusterNotFoundFault,
    });
  });
});
