/** Shared fixtures of the DocumentDB Elastic tests: a backend with an attached client, inputs, fault checks. */
import {
  CreateClusterCommand,
  CreateClusterSnapshotCommand,
  DocDBElasticClient,
  DocDBElasticServiceException,
  GetClusterCommand,
  type Cluster,
  type ClusterSnapshot,
  type CreateClusterCommandInput,
} from "@aws-sdk/client-docdb-elastic";
import { expect } from "vitest";
import { createMockBackend, type MockBackend, type MockBackendOptions } from "../../src/index.js";
import { caught } from "../helpers.js";

/** Fixed start (Wednesday 2025-01-01 00:00 UTC) so times in outputs can be predicted. */
export const START = Date.UTC(2025, 0, 1, 0, 0, 0);
export const ACCOUNT = "123456789012";

export function setup(options: MockBackendOptions = {}, region = "us-east-1") {
  const backend = createMockBackend({ seed: 1, startTime: START, ...options });
  const client = backend.attach(new DocDBElasticClient({ region }));
  return { backend, client };
}

export function clusterInput(overrides: Partial<CreateClusterCommandInput> = {}): CreateClusterCommandInput {
  return {
    clusterName: "my-cluster",
    authType: "PLAIN_TEXT",
    adminUserName: "docdbadmin",
    adminUserPassword: "Sup3r-secret!",
    shardCapacity: 2,
    shardCount: 2,
    ...overrides,
  };
}

/**
 * Creates a cluster and lets it settle to ACTIVE: on the next call in the instant lifecycle, or
 * (given the backend) by running the clock until nothing is pending in the timed one.
 */
export async function activeCluster(client: DocDBElasticClient, overrides: Partial<CreateClusterCommandInput> = {}, backend?: MockBackend): Promise<Cluster> {
  const { cluster } = await client.send(new CreateClusterCommand(clusterInput(overrides)));
  backend?.clock.runAll();
  const read = await client.send(new GetClusterCommand({ clusterArn: cluster!.clusterArn }));
  expect(read.cluster!.status).toBe("ACTIVE");
  return read.cluster!;
}

export async function manualSnapshot(client: DocDBElasticClient, clusterArn: string, snapshotName = "snap-1"): Promise<ClusterSnapshot> {
  const { snapshot } = await client.send(new CreateClusterSnapshotCommand({ clusterArn, snapshotName }));
  return snapshot!;
}

/** The simulated state (worlds, resource id stream, pending transitions), without the request-id stream. */
export function stateOf(backend: MockBackend) {
  const d = backend.dump();
  return { worlds: d.worlds, resources: d.ids.resources, tasks: d.clock.tasks, time: d.clock.time };
}

/**
 * Runs a call that must fail and checks the error: the SDK's own class, name, fault, HTTP status,
 * and that no state changed. Pending transitions are settled first so only the call itself counts.
 */
export async function expectFailure<E extends DocDBElasticServiceException>(
  backend: MockBackend,
  call: () => Promise<unknown>,
  ErrorClass: abstract new (...args: any[]) => E,
  status: number,
): Promise<E> {
  backend.clock.runDue();
  const before = stateOf(backend);
  const err = await caught<E>(call());
  expect(err).toBeInstanceOf(ErrorClass);
  expect(err).toBeInstanceOf(DocDBElasticServiceException);
  expect(err.name).toBe(ErrorClass.name);
  expect(err.$fault).toBe(status >= 500 ? "server" : "client");
  expect(err.$metadata.httpStatusCode).toBe(status);
  expect(err.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(stateOf(backend)).toEqual(before);
  return err;
}

/** A ValidationException naming `member`, with AWS's reason and field list. */
export function expectValidation(err: any, member: string): void {
  expect(err.reason).toBe("fieldValidationFailed");
  expect(err.fieldList.map((f: { name: string }) => f.name)).toContain(member);
  expect(err.message).toContain(`'${member}'`);
  expect(err.message).toMatch(/validation error/);
}

export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
export const MINUTE = 60_000;
