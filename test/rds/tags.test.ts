import {
  AddTagsToResourceCommand,
  CreateDBClusterParameterGroupCommand,
  DBClusterNotFoundFault,
  DBInstanceNotFoundFault,
  DeleteDBClusterCommand,
  ListTagsForResourceCommand,
  RemoveTagsFromResourceCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

describe("AddTagsToResource / ListTagsForResource / RemoveTagsFromResource", () => {
  it("tags clusters and instances by ARN; a new value replaces the old one", async () => {
    const { client } = setup();
    const c = await createCluster(client, "c1", { Tags: [{ Key: "env", Value: "dev" }] });
    const i = await createInstance(client, "c1", "i1", { Tags: [{ Key: "role", Value: "writer" }] });
    await client.send(new AddTagsToResourceCommand({ ResourceName: c.DBClusterArn, Tags: [{ Key: "env", Value: "prod" }, { Key: "team", Value: "db" }] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: c.DBClusterArn }))).TagList).toEqual([
      { Key: "env", Value: "prod" },
      { Key: "team", Value: "db" },
    ]);
    await client.send(new RemoveTagsFromResourceCommand({ ResourceName: c.DBClusterArn, TagKeys: ["env", "absent"] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: c.DBClusterArn }))).TagList).toEqual([{ Key: "team", Value: "db" }]);
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: i.DBInstanceArn }))).TagList).toEqual([{ Key: "role", Value: "writer" }]);
  });

  it("tags parameter groups, subnet groups and cluster snapshots", async () => {
    const { client } = setup();
    const g = await client.send(new CreateDBClusterParameterGroupCommand({ DBClusterParameterGroupName: "pg", DBParameterGroupFamily: "aurora-mysql8.0", Description: "d" }));
    const arns = [
      g.DBClusterParameterGroup!.DBClusterParameterGroupArn!,
      "arn:aws:rds:us-east-1:123456789012:subgrp:default",
    ];
    await createCluster(client, "c1");
    await client.send(new DeleteDBClusterCommand({ DBClusterIdentifier: "c1", FinalDBSnapshotIdentifier: "final" }));
    arns.push("arn:aws:rds:us-east-1:123456789012:cluster-snapshot:final");
    for (const ResourceName of arns) {
      await client.send(new AddTagsToResourceCommand({ ResourceName, Tags: [{ Key: "k", Value: "v" }] }));
      expect((await client.send(new ListTagsForResourceCommand({ ResourceName }))).TagList).toEqual([{ Key: "k", Value: "v" }]);
    }
  });

  it("answers the not-found fault of the ARN's resource type", async () => {
    const { backend, client } = setup();
    await expectFault(backend, () => client.send(new ListTagsForResourceCommand({ ResourceName: "arn:aws:rds:us-east-1:123456789012:cluster:ghost" })), {
      name: "DBClusterNotFoundFault",
      Class: DBClusterNotFoundFault,
      status: 404,
      message: "ghost",
    });
    await expectFault(backend, () => client.send(new AddTagsToResourceCommand({ ResourceName: "arn:aws:rds:us-east-1:123456789012:db:ghost", Tags: [{ Key: "a", Value: "b" }] })), {
      name: "DBInstanceNotFoundFault",
      Class: DBInstanceNotFoundFault,
      status: 404,
      message: "ghost",
    });
    // Only faults the tagging operations declare: the snapshot fault for a cluster snapshot, and the
    // common InvalidParameterValue for a type whose not-found fault they do not declare.
    await expectFault(backend, () => client.send(new ListTagsForResourceCommand({ ResourceName: "arn:aws:rds:us-east-1:123456789012:cluster-snapshot:ghost" })), {
      name: "DBSnapshotNotFoundFault",
      status: 404,
      message: "ghost",
    });
    for (const kind of ["cluster-pg", "subgrp", "cluster-endpoint"]) {
      await expectFault(backend, () => client.send(new RemoveTagsFromResourceCommand({ ResourceName: `arn:aws:rds:us-east-1:123456789012:${kind}:ghost`, TagKeys: ["a"] })), {
        name: "InvalidParameterValue",
        status: 400,
        message: "ghost",
      });
    }
    await expectFault(backend, () => client.send(new ListTagsForResourceCommand({ ResourceName: "not-an-arn" })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "ResourceName",
    });
  });

  it("applies the tag rules and the limit of 50, changing nothing on failure", async () => {
    const { backend, client } = setup();
    const c = await createCluster(client, "c1");
    const add = (Tags: { Key: string; Value?: string }[]) => () => client.send(new AddTagsToResourceCommand({ ResourceName: c.DBClusterArn, Tags }));
    await expectFault(backend, add([{ Key: "ok", Value: "1" }, { Key: "rds:bad", Value: "x" }]), { name: "InvalidParameterValue", status: 400, message: "rds:" });
    await expectFault(backend, add([{ Key: "k".repeat(129), Value: "x" }]), { name: "InvalidParameterValue", status: 400, message: "128" });
    await expectFault(backend, add([{ Key: "k", Value: "#" }]), { name: "InvalidParameterValue", status: 400, message: "letters" });
    await client.send(new AddTagsToResourceCommand({ ResourceName: c.DBClusterArn, Tags: Array.from({ length: 50 }, (_, n) => ({ Key: `k${n}`, Value: "v" })) }));
    await expectFault(backend, add([{ Key: "one-more", Value: "v" }]), { name: "InvalidParameterValue", status: 400, message: "50" });
    await client.send(new AddTagsToResourceCommand({ ResourceName: c.DBClusterArn, Tags: [{ Key: "k0", Value: "replaced" }] }));
  });
});
