/** Shared setup of the DSQL tests: a seeded backend, real clients per Region, and failure checks. */
import { CreateClusterCommand, DSQLClient, DSQLServiceException, type CreateClusterCommandInput } from "@aws-sdk/client-dsql";
import { expect } from "vitest";
import { createMockBackend, type MockBackend, type MockBackendOptions } from "../../src/index.js";
import { caught } from "../helpers.js";

export const ACCOUNT = "123456789012";
export const CLUSTER_ID_PATTERN = /^[a-z0-9]{26}$/;
/** A well-formed identifier that no test creates. */
export const MISSING_ID = "abcdefghijklmnopqrstuvwxyz";

export interface Env {
  backend: MockBackend;
  /** A client attached in `region` (us-east-1 unless given). */
  client(region?: string): DSQLClient;
}

export function setup(options: MockBackendOptions = {}): Env {
  const backend = createMockBackend({ seed: 1, ...options });
  const clients = new Map<string, DSQLClient>();
  return {
    backend,
    client(region = "us-east-1") {
      let c = clients.get(region);
      if (!c) clients.set(region, (c = backend.attach(new DSQLClient({ region }))));
      return c;
    },
  };
}

/** An ACTIVE cluster without deletion protection (instant lifecycle: settled by the next call). */
export async function activeCluster(env: Env, input: CreateClusterCommandInput = {}, region?: string) {
  const out = await env.client(region).send(new CreateClusterCommand({ deletionProtectionEnabled: false, ...input }));
  return { identifier: out.identifier!, arn: out.arn! };
}

/**
 * Runs a call that must fail: checks the SDK class (`instanceof`), name, fault, HTTP status, that the
 * message names `mentions`, and that the backend's state did not change. Returns the error.
 */
export async function expectFailure<E extends DSQLServiceException>(
  env: Env,
  call: () => Promise<unknown>,
  expected: { type: abstract new (...args: any[]) => E; status: number; mentions?: string | RegExp },
): Promise<E> {
  env.backend.clock.runDue();
  const before = env.backend.dump();
  const err = await caught<E>(call());
  expect(err).toBeInstanceOf(expected.type);
  expect(err).toBeInstanceOf(DSQLServiceException);
  expect(err.name).toBe(expected.type.name);
  expect(err.$fault).toBe(expected.status >= 500 ? "server" : "client");
  expect(err.$metadata.httpStatusCode).toBe(expected.status);
  if (expected.mentions !== undefined) expect(err.message).toMatch(expected.mentions);
  expect(env.backend.dump()).toEqual(before);
  return err;
}
