/** Shared set-up of the snapshot, restore and activity-stream tests: a backend, clients, a cluster. */
import { CreateDBClusterCommand, RDSClient, type CreateDBClusterCommandInput, type DBCluster } from "@aws-sdk/client-rds";
import { expect } from "vitest";
import { createMockBackend, type MockBackend, type MockBackendOptions } from "../../src/index.js";
import { caught } from "../helpers.js";

export const ACCOUNT = "123456789012";
export const OTHER_ACCOUNT = "210987654321";

/** A fixed start, clear of the default backup windows: timed tests never depend on the time of day. */
export const FIXED_START = new Date("2025-06-01T12:00:00Z");

export function setup(options: MockBackendOptions = {}) {
  const backend = createMockBackend({ seed: 1, startTime: FIXED_START, ...options });
  const rds = backend.attach(new RDSClient({ region: "us-east-1" }));
  return { backend, rds };
}

/** An Aurora PostgreSQL cluster (instant lifecycle: available from the next call on). */
export async function createCluster(rds: RDSClient, id: string, extra: Partial<CreateDBClusterCommandInput> = {}): Promise<DBCluster> {
  const out = await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: id,
      Engine: "aurora-postgresql",
      MasterUsername: "admin1",
      MasterUserPassword: "password123",
      ...extra,
    }),
  );
  return out.DBCluster!;
}

export interface ExpectedFault {
  /** The SDK's exception class when the model has one. */
  Class?: abstract new (...args: any[]) => Error;
  name: string;
  status?: number;
  message?: RegExp;
}

/**
 * Runs a call that must fail and checks what the caller sees (class, name, `$fault`, HTTP status and a
 * message naming the member) and that the failed call changed nothing in `backend.dump()`.
 */
export async function expectFault(backend: MockBackend, call: () => Promise<unknown>, expected: ExpectedFault): Promise<any> {
  backend.clock.runDue(); // settle what is due first, so the dump before is comparable
  const before = backend.dump();
  const err = await caught<any>(call());
  if (expected.Class) expect(err).toBeInstanceOf(expected.Class);
  expect(err.name).toBe(expected.name);
  expect(err.$fault).toBe("client");
  expect(err.$metadata?.httpStatusCode).toBe(expected.status ?? 400);
  if (expected.message) expect(err.message).toMatch(expected.message);
  expect(backend.dump()).toEqual(before);
  return err;
}
