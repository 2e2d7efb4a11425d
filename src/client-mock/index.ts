/**
 * `aws-db-mock/client-mock`: aws-sdk-client-mock 4.x's API (`mockClient`, `AwsStub`, ...) answered by
 * the simulation. A suite switches by changing its import:
 *
 *   import { mockClient } from "aws-db-mock/client-mock";
 *   const rdsMock = mockClient(RDSClient);
 *
 * A command with a behaviour (`on(...).resolves(...)`) answers that; any other command of a simulated
 * service (DSQL, RDS, DocumentDB Elastic) is answered by the simulation, with state, validation and the
 * service's errors; any other client's command resolves `undefined`, as with aws-sdk-client-mock.
 * `mockClient(C, { simulate: false })` answers `undefined` for every command without a behaviour.
 */
import type { Client, MetadataBearer } from "@smithy/types";
import { createMockBackend, type MockBackend, type MockBackendOptions } from "../index.js";
import { AwsStub } from "./stub.js";

export interface MockClientOptions {
  /** Answer commands without a behaviour from the simulation, where it simulates the service (default `true`). */
  simulate?: boolean;
  /** The backend answering them (default: a new one per `mockClient` call, emptied by `reset()`). */
  backend?: MockBackend;
  /** Options of the default backend (`seed`, `lifecycle`, `region`, ...). */
  backendOptions?: MockBackendOptions;
  /** Accepted for compatibility with aws-sdk-client-mock; no Sinon sandbox is used. */
  sandbox?: unknown;
}

type ClassType<T> = { prototype: T };
type InstanceOrClassType<T> = T | ClassType<T>;

/**
 * Mocks `send` of a client instance, or of every instance of a client class (its prototype), and
 * returns the stub that configures and inspects it. Mocking a client again replaces the earlier mock.
 */
export const mockClient = <TInput extends object, TOutput extends MetadataBearer, TConfiguration>(
  client: InstanceOrClassType<Client<TInput, TOutput, TConfiguration>>,
  options: MockClientOptions = {},
): AwsStub<TInput, TOutput, TConfiguration> => {
  const target = isClientInstance(client) ? client : client.prototype;
  if (typeof (target as { send?: unknown } | undefined)?.send !== "function") {
    throw new TypeError("mockClient expects an AWS SDK v3 client class (SNSClient) or a client instance");
  }
  const backend = options.backend ?? createMockBackend(options.backendOptions);
  return new AwsStub<TInput, TOutput, TConfiguration>(target, { backend, simulate: options.simulate ?? true });
};

function isClientInstance<T>(obj: InstanceOrClassType<T>): obj is T {
  return (obj as { send?: unknown }).send !== undefined && typeof obj !== "function";
}

export { AwsStub, CommandBehavior } from "./stub.js";
export type { AwsClientBehavior, AwsClientStub, Behavior } from "./stub.js";
export type { AwsCommand, AwsError, CommandResponse } from "./types.js";
export type { SendSpy, SpyCall } from "./spy.js";
