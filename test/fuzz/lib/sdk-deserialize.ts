/**
 * Runs the SDK's own deserializer on a wire response: a real client of the service, NOT attached to
 * any backend, whose request handler answers with the given HTTP response. Its serializer is replaced
 * by one that sends an empty request (a fuzzed input the real serializer refuses must still be
 * cross-checked) and its signing and header middleware are dropped (nothing here is sent); the
 * deserializer, retry middleware ($metadata.attempts) and everything after are the SDK's own.
 */
import type { FuzzService } from "./model.js";
import type { WireResponse } from "./wire-json.js";

/** Middleware that only shape or sign a request that is never sent. */
const DROPPED = ["httpSigningMiddleware", "getUserAgentMiddleware", "hostHeaderMiddleware", "contentLengthMiddleware", "recursionDetectionMiddleware"];

interface Harness {
  client: any;
  next?: WireResponse;
}

const harnesses = new Map<string, Harness>();

function harnessFor(svc: FuzzService): Harness {
  const known = harnesses.get(svc.key);
  if (known) return known;
  const harness: Harness = { client: undefined };
  const Client = svc.sdk[svc.clientName];
  harness.client = new Client({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "not-a-secret" },
    maxAttempts: 1,
    cacheMiddleware: true, // the stack is resolved once per command class, not per call
    requestHandler: {
      handle: async () => {
        const wire = harness.next!;
        harness.next = undefined;
        return { response: { statusCode: wire.statusCode, headers: { ...wire.headers }, body: Buffer.from(wire.body, "utf8") } };
      },
    },
  });
  const stack = harness.client.middlewareStack;
  for (const name of DROPPED) stack.remove(name);
  stack.remove("serializerMiddleware");
  stack.add(
    (next: any) => (args: any) =>
      next({ ...args, request: { protocol: "https:", hostname: "localhost", method: "POST", path: "/", query: {}, headers: {}, body: "" } }),
    { step: "serialize", name: "serializerMiddleware", override: true },
  );
  harnesses.set(svc.key, harness);
  return harness;
}

export type SdkAnswer = { output: Record<string, unknown> } | { error: any };

/** What the SDK hands the caller for `wire` as the answer to `command`. */
export async function sdkAnswer(svc: FuzzService, command: string, wire: WireResponse): Promise<SdkAnswer> {
  const harness = harnessFor(svc);
  harness.next = wire;
  try {
    return { output: await harness.client.send(new svc.sdk[command]({})) };
  } catch (error) {
    return { error };
  }
}

/**
 * The error the SDK's own serializer throws for `input` before anything is sent, or undefined when
 * it serializes: a missing URI label (a plain `Error`) or a string it cannot URI-encode (`URIError`).
 * Read with the client's own protocol, as a real send would. Members of the wrong JavaScript type
 * (which TypeScript refuses) are left to the mock's validation, which answers the model's error.
 */
export async function sdkSerializerRefusal(svc: FuzzService, operation: string, input: unknown): Promise<Error | undefined> {
  const { client } = harnessFor(svc);
  const schema = svc.sdk[`${operation}$`];
  if (!Array.isArray(schema)) return undefined;
  const [, namespace, name, traits, inputSchema, output] = schema;
  const endpoint = async () => ({ protocol: "https:", hostname: "localhost", path: "/" });
  try {
    await client.config.protocol.serializeRequest({ namespace, name, traits, input: inputSchema, output }, input, { ...client.config, endpoint });
    return undefined;
  } catch (error) {
    const refused = error instanceof URIError || (error instanceof Error && /input HTTP label/.test(error.message));
    return refused ? error : undefined;
  }
}
