/**
 * `npx tsx bench/waiter-time.ts`: the real time a create-and-wait takes against a `timed` backend whose
 * clock follows waiters (the fixtures' default), per service, and the simulated time that passed.
 * The SDK's own waiters (RDS, DSQL) and this library's DocDB Elastic waiter; median of 7 runs.
 */
import "./guard.js";
import { CreateClusterCommand as CreateDsqlCluster, DSQLClient, waitUntilClusterActive } from "@aws-sdk/client-dsql";
import { CreateDBClusterCommand, CreateDBInstanceCommand, RDSClient, waitUntilDBClusterAvailable, waitUntilDBInstanceAvailable } from "@aws-sdk/client-rds";
import { CreateClusterCommand as CreateElasticCluster, DocDBElasticClient } from "@aws-sdk/client-docdb-elastic";
import { createMockBackend, waitUntilElasticClusterActive, type MockBackend } from "../src/index.js";

type Case = { name: string; run(backend: MockBackend): Promise<void> };

const CASES: Case[] = [
  {
    name: "RDS CreateDBCluster + waitUntilDBClusterAvailable",
    async run(backend) {
      const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
      await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "Secret-pass1" }));
      await waitUntilDBClusterAvailable({ client: rds, maxWaitTime: 3600 }, { DBClusterIdentifier: "c1" });
    },
  },
  {
    name: "RDS ... + CreateDBInstance + waitUntilDBInstanceAvailable",
    async run(backend) {
      const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
      await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "c1", Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "Secret-pass1" }));
      await waitUntilDBClusterAvailable({ client: rds, maxWaitTime: 3600 }, { DBClusterIdentifier: "c1" });
      await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: "i1", DBClusterIdentifier: "c1", Engine: "aurora-postgresql", DBInstanceClass: "db.r6g.large" }));
      await waitUntilDBInstanceAvailable({ client: rds, maxWaitTime: 3600 }, { DBInstanceIdentifier: "i1" });
    },
  },
  {
    name: "DSQL CreateCluster + waitUntilClusterActive",
    async run(backend) {
      const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
      const { identifier } = await dsql.send(new CreateDsqlCluster({}));
      await waitUntilClusterActive({ client: dsql, maxWaitTime: 600 }, { identifier });
    },
  },
  {
    name: "DocDB Elastic CreateCluster + waitUntilElasticClusterActive",
    async run(backend) {
      const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
      const { cluster } = await docdb.send(
        new CreateElasticCluster({ clusterName: "c1", authType: "PLAIN_TEXT", adminUserName: "docdbadmin", adminUserPassword: "Sup3r-secret!", shardCapacity: 2, shardCount: 2 }),
      );
      await waitUntilElasticClusterActive({ client: docdb, maxWaitTime: 3600 }, { clusterArn: cluster!.clusterArn });
    },
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

console.log("| create and wait (timed lifecycle, waiter time) | real ms (median of 7) | simulated min (median) | calls (median) |");
console.log("| --- | --- | --- | --- |");
for (const c of CASES) {
  const real: number[] = [];
  const simulated: number[] = [];
  const polls: number[] = [];
  for (let i = 0; i < 8; i++) {
    const backend = createMockBackend({ lifecycle: "timed", seed: i });
    const stop = await backend.followWaiters();
    const t0 = backend.clock.now();
    const started = performance.now();
    await c.run(backend);
    const ms = performance.now() - started;
    stop();
    if (i === 0) continue; // the first run loads the SDK modules
    real.push(ms);
    simulated.push((backend.clock.now() - t0) / 60_000);
    polls.push(backend.calls().length);
  }
  console.log(`| ${c.name} | ${median(real).toFixed(1)} | ${median(simulated).toFixed(1)} | ${median(polls)} |`);
}
