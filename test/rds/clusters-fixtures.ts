/** Shared set-up for the RDS cluster tests: a seeded backend, a real RDSClient, and a fault checker. */
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  RDSClient,
  RDSServiceException,
  type CreateDBClusterCommandInput,
} from "@aws-sdk/client-rds";
import { expect } from "vitest";
import { createMockBackend, type MockBackend, type MockBackendOptions } from "../../src/index.js";
import { caught } from "../helpers.js";

/** A fixed start, clear of the default backup windows: timed tests never depend on the time of day. */
export const FIXED_START = new Date("2025-06-01T12:00:00Z");

export function setup(options: MockBackendOptions = {}, region = "us-east-1") {
  const backend = createMockBackend({ seed: 1, startTime: FIXED_START, ...options });
  const client = backend.attach(new RDSClient({ region }));
  return { backend, client };
}

export const AURORA_MYSQL = { Engine: "aurora-mysql", MasterUsername: "admin", MasterUserPassword: "Secret-pass1" };
export const AURORA_PG = { Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "Secret-pass1" };
export const MULTI_AZ_MYSQL = {
  Engine: "mysql",
  MasterUsername: "admin",
  MasterUserPassword: "Secret-pass1",
  DBClusterInstanceClass: "db.m6gd.large",
  AllocatedStorage: 100,
  Iops: 1000,
  StorageType: "io1",
  DBSubnetGroupName: "default",
};

export async function createCluster(client: RDSClient, id: string, extra: Partial<CreateDBClusterCommandInput> = {}) {
  const out = await client.send(new CreateDBClusterCommand({ DBClusterIdentifier: id, ...AURORA_MYSQL, ...extra }));
  return out.DBCluster!;
}

export async function createInstance(client: RDSClient, cluster: string, id: string, extra: Record<string, unknown> = {}) {
  const out = await client.send(
    new CreateDBInstanceCommand({ DBInstanceIdentifier: id, DBClusterIdentifier: cluster, Engine: "aurora-mysql", DBInstanceClass: "db.r6g.large", ...extra }),
  );
  return out.DBInstance!;
}

export interface Expected {
  name: string;
  status: number;
  /** Text (or pattern) the message must contain: the member or state it names. */
  message: string | RegExp;
  /** The SDK's exported class, when the model has one. */
  Class?: abstract new (...args: any[]) => Error;
}

/** State that a failed call must leave alone (the request-id stream is not state). */
function state(backend: MockBackend) {
  const { worlds, clock, ids } = backend.dump();
  return { worlds, clock, resources: ids.resources };
}

/** Runs `call`, expects it to fail as described, and checks that nothing changed. */
export async function expectFault(backend: MockBackend, call: () => Promise<unknown>, expected: Expected) {
  backend.clock.runDue();
  const before = state(backend);
  const err = await caught(call());
  expect(err.name).toBe(expected.name);
  expect(err).toBeInstanceOf(expected.Class ?? RDSServiceException);
  expect(err.$fault).toBe("client");
  expect(err.$metadata.httpStatusCode).toBe(expected.status);
  if (typeof expected.message === "string") expect(err.message).toContain(expected.message);
  else expect(err.message).toMatch(expected.message);
  expect(state(backend)).toEqual(before);
  return err;
}
