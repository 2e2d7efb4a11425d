/** Renaming a read replica or its source (ModifyDBInstance NewDBInstanceIdentifier) keeps both sides of the link, in one Region and across Regions. */
import { CreateDBInstanceReadReplicaCommand, DescribeDBInstancesCommand, ModifyDBInstanceCommand, RDSClient } from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { setup } from "./clusters-fixtures.js";
import { addSource, SOURCE_READY_MS } from "./read-replicas-fixtures.js";

const get = async (client: RDSClient, id: string) => (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0];
const rename = (client: RDSClient, id: string, to: string) =>
  client.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: id, NewDBInstanceIdentifier: to, ApplyImmediately: true }));

describe("renaming read replicas and their sources", () => {
  it("a renamed replica is listed under its new name; a renamed source is named by its replicas", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await addSource(backend, "src");
    await client.send(new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: "rep", SourceDBInstanceIdentifier: "src" }));
    backend.clock.advance(SOURCE_READY_MS * 3);
    await rename(client, "rep", "rep-renamed");
    backend.clock.advance(SOURCE_READY_MS);
    expect((await get(client, "src")).ReadReplicaDBInstanceIdentifiers).toEqual(["rep-renamed"]);
    await rename(client, "src", "src-renamed");
    backend.clock.advance(SOURCE_READY_MS);
    expect((await get(client, "rep-renamed")).ReadReplicaSourceDBInstanceIdentifier).toBe("src-renamed");
    // A new instance under the old source name is no source of the replica.
    await addSource(backend, "src");
    expect((await get(client, "src")).ReadReplicaDBInstanceIdentifiers ?? []).toEqual([]);
  });

  it("across Regions the links are ARNs, renamed too", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const west = backend.attach(new RDSClient({ region: "us-west-2" })) as RDSClient;
    await addSource(backend, "src");
    const src = await get(client, "src");
    await west.send(new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: "far", SourceDBInstanceIdentifier: src.DBInstanceArn }));
    backend.clock.advance(SOURCE_READY_MS * 3);
    await rename(client, "src", "moved");
    backend.clock.advance(SOURCE_READY_MS);
    expect((await get(west, "far")).ReadReplicaSourceDBInstanceIdentifier).toBe("arn:aws:rds:us-east-1:123456789012:db:moved");
    await rename(west, "far", "far2");
    backend.clock.advance(SOURCE_READY_MS);
    expect((await get(client, "moved")).ReadReplicaDBInstanceIdentifiers).toEqual(["arn:aws:rds:us-west-2:123456789012:db:far2"]);
  });
});
