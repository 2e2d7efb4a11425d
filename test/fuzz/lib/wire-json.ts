/**
 * Renders an answer as the restJson1 HTTP response DSQL and DocDB Elastic send: the output's members
 * in a JSON body (timestamps as epoch seconds, the protocol's default: neither model has a
 * `timestampFormat` trait), `httpHeader` members as headers; an error as `x-amzn-errortype` plus a
 * JSON body of its modeled members. Driven by the Smithy model alone, never by the mock's code.
 */
import type { AwsModel, SmithyMember } from "./aws-model.js";
import { outputShapeId, shapeOf, wireError } from "./wire-shapes.js";

export interface WireResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** A value as the model types it; a value of the wrong type passes as it is (the SDK then decides). */
function jsonValue(model: AwsModel, target: string, value: unknown, traits: Record<string, any> | undefined): unknown {
  const shape = shapeOf(model, target);
  switch (shape.type) {
    case "timestamp": {
      const format = traits?.["smithy.api#timestampFormat"] ?? shape.traits?.["smithy.api#timestampFormat"] ?? "epoch-seconds";
      if (!(value instanceof Date)) return value;
      if (format === "date-time") return value.toISOString();
      if (format === "http-date") return value.toUTCString();
      return value.getTime() / 1000;
    }
    case "blob":
      return value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value;
    case "list":
      return Array.isArray(value) ? value.map((v) => jsonValue(model, shape.member!.target, v, shape.member!.traits)) : value;
    case "map": {
      if (typeof value !== "object" || value === null) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = jsonValue(model, shape.value!.target, v, shape.value!.traits);
      return out;
    }
    case "structure":
    case "union":
      return typeof value === "object" && value !== null ? jsonStructure(model, shape.members ?? {}, value as Record<string, unknown>).body : value;
    default:
      return value;
  }
}

/** Body members and header members of a structure value (members the model lacks are not sent). */
function jsonStructure(model: AwsModel, members: Record<string, SmithyMember>, value: Record<string, unknown>): { body: Record<string, unknown>; headers: Record<string, string> } {
  const body: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  for (const [name, member] of Object.entries(members)) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    const header = member.traits?.["smithy.api#httpHeader"];
    if (header) headers[String(header).toLowerCase()] = String(v);
    else body[member.traits?.["smithy.api#jsonName"] ?? name] = jsonValue(model, member.target, v, member.traits);
  }
  return { body, headers };
}

export function restJsonOutput(model: AwsModel, operation: string, output: Record<string, unknown>, requestId: string): WireResponse {
  const id = outputShapeId(model, operation);
  const { body, headers } = id ? jsonStructure(model, model.shapes[id].members ?? {}, output) : { body: {}, headers: {} };
  return { statusCode: 200, headers: { "content-type": "application/json", "x-amzn-requestid": requestId, ...headers }, body: JSON.stringify(body) };
}

/** `error`: the mock's exception; its modeled members become the body, `message` always. */
export function restJsonError(model: AwsModel, error: Record<string, any>, requestId: string): WireResponse {
  const wire = wireError(model, error.name, error.$metadata?.httpStatusCode ?? 400);
  const members = wire.shapeId ? (model.shapes[wire.shapeId].members ?? {}) : {};
  const { body, headers } = jsonStructure(model, members, error);
  body.message = error.message;
  return {
    statusCode: wire.status,
    headers: { "content-type": "application/json", "x-amzn-requestid": requestId, "x-amzn-errortype": wire.code, ...headers },
    body: JSON.stringify(body),
  };
}
