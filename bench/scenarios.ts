/**
 * The variants compared for each command:
 *   floor                the same client with a bare middleware at the mock's step that returns a canned
 *                        answer: what the SDK itself costs, which no interception can avoid;
 *   aws-db-mock          `backend.attach(client)`, answering from a backend holding the resource;
 *   aws-sdk-client-mock  `mockClient(client).on(Command).resolves(answer)` (stubs `send`);
 */
import { mockClient } from "aws-sdk-client-mock";
import { createMockBackend, MockNotImplementedError, mockMiddlewareOptions, type MockBackend } from "../src/index.js";
import { type AnyClient, type CommandClass, type ServiceCase } from "./cases.js";
import type { Task } from "./harness.js";

/** `simulated`, or why the fallback answer (through `onUnhandled`) was used instead. */
export type Mode = "simulated" | `fallback: ${string}`;

export interface PreparedRead {
  mode: Mode;
  backend: MockBackend;
  input: Record<string, unknown>;
  /** What the mock answered: the canned answer of the floor and of aws-sdk-client-mock. */
  output: Record<string, unknown>;
}

function reason(error: unknown): string {
  if (error instanceof MockNotImplementedError) return `${error.command} not simulated`;
  return (error as Error)?.name ?? String(error);
}

/** A backend holding the resource the case reads (or answering the read through `onUnhandled`). */
export async function prepareRead(c: ServiceCase): Promise<PreparedRead> {
  const backend = createMockBackend({ seed: 1 });
  const client = backend.attach(c.newClient(false));
  try {
    const input = await c.create(client);
    const output = await client.send(new c.read(input));
    return { mode: "simulated", backend, input, output };
  } catch (error) {
    const fallback = createMockBackend({ seed: 1, onUnhandled: () => c.fallback.readOutput });
    const input = c.fallback.readInput;
    const output = await fallback.attach(c.newClient(false)).send(new c.read(input));
    return { mode: `fallback: ${reason(error)}`, backend: fallback, input, output };
  }
}

/** The floor: a middleware at the mock's own step and priority that answers at once. */
export function withCannedAnswer<C extends AnyClient>(client: C, output: Record<string, unknown>): C {
  const answer = { output, response: undefined };
  client.middlewareStack.add(() => async () => answer, { ...mockMiddlewareOptions, name: "benchFloor" });
  return client;
}

function sendTask(client: AnyClient, command: CommandClass, input: Record<string, unknown>): Task {
  return () => client.send(new command(input));
}

/** Per-call variants of one case, with or without the SDK's `cacheMiddleware`. */
export function readVariants(c: ServiceCase, prepared: PreparedRead, cacheMiddleware: boolean) {
  const { backend, input, output } = prepared;
  const floor = withCannedAnswer(c.newClient(cacheMiddleware), output);
  const mocked = backend.attach(c.newClient(cacheMiddleware));
  const stubbed = c.newClient(cacheMiddleware);
  mockClient(stubbed as any).on(c.read as any).resolves(output as any);
  return {
    floor: sendTask(floor, c.read, input),
    "aws-db-mock": sendTask(mocked, c.read, input),
    "aws-sdk-client-mock": sendTask(stubbed, c.read, input),
  };
}

/** Whether a fresh backend simulates the case's list command (else setup uses the fallback answer). */
export async function listMode(c: ServiceCase): Promise<Mode> {
  try {
    await createMockBackend({ seed: 1 }).attach(c.newClient(false)).send(new c.list.command(c.list.input));
    return "simulated";
  } catch (error) {
    return `fallback: ${reason(error)}`;
  }
}

/** What one test pays before its first assertion: new backend, new client, attach, one call. */
export function setupVariants(c: ServiceCase, mode: Mode) {
  const { command, input } = c.list;
  const answer = c.fallback.listOutput;
  const backendOptions = mode === "simulated" ? { seed: 1 } : { seed: 1, onUnhandled: () => answer };
  return {
    floor: () => withCannedAnswer(c.newClient(false), answer).send(new command(input)),
    "aws-db-mock": () => createMockBackend(backendOptions).attach(c.newClient(false)).send(new command(input)),
    "aws-sdk-client-mock": () => {
      const client = c.newClient(false);
      mockClient(client as any).on(command as any).resolves(answer as any);
      return client.send(new command(input));
    },
  };
}
