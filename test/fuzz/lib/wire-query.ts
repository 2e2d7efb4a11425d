/**
 * Renders an answer as the awsQuery XML response RDS sends: `<OpResponse><OpResult>` with the
 * members by their model names (`xmlName` where the model gives one), list items as `<member>` or the
 * list member's `xmlName` (`<DBCluster>`), maps as `<entry><key/><value/></entry>`, timestamps as ISO
 * 8601 date-times (the protocol's default), and `<ResponseMetadata><RequestId>`; an error as
 * `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>` with the
 * model's `awsQueryError` code and status. Driven by the Smithy model alone, never by the mock's code.
 */
import type { AwsModel, SmithyMember } from "./aws-model.js";
import type { WireResponse } from "./wire-json.js";
import { outputShapeId, shapeOf, wireError } from "./wire-shapes.js";

/** XML text: the five entities, and carriage returns kept (a parser turns a raw CR into LF). */
function escape(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#xD;" })[c]!);
}

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  return escape(typeof value === "object" ? JSON.stringify(value) : String(value));
}

function element(name: string, inner: string): string {
  return `<${name}>${inner}</${name}>`;
}

/** The content of an element holding `value` of type `target`. */
function xmlContent(model: AwsModel, target: string, value: unknown): string {
  const shape = shapeOf(model, target);
  switch (shape.type) {
    case "list": {
      if (!Array.isArray(value)) return scalar(value);
      const item = shape.member!;
      const tag = item.traits?.["smithy.api#xmlName"] ?? "member";
      return value.map((v) => element(tag, xmlContent(model, item.target, v))).join("");
    }
    case "map": {
      if (typeof value !== "object" || value === null) return scalar(value);
      const keyTag = shape.key!.traits?.["smithy.api#xmlName"] ?? "key";
      const valueTag = shape.value!.traits?.["smithy.api#xmlName"] ?? "value";
      return Object.entries(value)
        .map(([k, v]) => element("entry", element(keyTag, escape(k)) + element(valueTag, xmlContent(model, shape.value!.target, v))))
        .join("");
    }
    case "structure":
    case "union":
      return typeof value === "object" && value !== null && !(value instanceof Date) ? xmlMembers(model, shape.members ?? {}, value as Record<string, unknown>) : scalar(value);
    default:
      return scalar(value);
  }
}

/** The members present in `value`, in model order (members the model lacks are not sent). */
function xmlMembers(model: AwsModel, members: Record<string, SmithyMember>, value: Record<string, unknown>): string {
  let out = "";
  for (const [name, member] of Object.entries(members)) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    const tag = member.traits?.["smithy.api#xmlName"] ?? name;
    if (member.traits?.["smithy.api#xmlFlattened"] && Array.isArray(v)) {
      const item = shapeOf(model, member.target).member!;
      out += v.map((x) => element(tag, xmlContent(model, item.target, x))).join("");
    } else out += element(tag, xmlContent(model, member.target, v));
  }
  return out;
}

function namespaceAttr(model: AwsModel): string {
  return model.xmlNamespace ? ` xmlns="${escape(model.xmlNamespace)}"` : "";
}

export function awsQueryOutput(model: AwsModel, operation: string, output: Record<string, unknown>, requestId: string): WireResponse {
  const id = outputShapeId(model, operation);
  const result = id ? element(`${operation}Result`, xmlMembers(model, model.shapes[id].members ?? {}, output)) : "";
  const metadata = element("ResponseMetadata", element("RequestId", escape(requestId)));
  const body = `<${operation}Response${namespaceAttr(model)}>${result}${metadata}</${operation}Response>`;
  return { statusCode: 200, headers: { "content-type": "text/xml", "x-amzn-requestid": requestId }, body };
}

export function awsQueryError(model: AwsModel, error: Record<string, any>, requestId: string): WireResponse {
  const wire = wireError(model, error.name, error.$metadata?.httpStatusCode ?? 400);
  const type = wire.status >= 500 ? "Receiver" : "Sender";
  const inner = element("Type", type) + element("Code", escape(wire.code)) + element("Message", escape(String(error.message)));
  const body = `<ErrorResponse${namespaceAttr(model)}>${element("Error", inner)}${element("RequestId", escape(requestId))}</ErrorResponse>`;
  return { statusCode: wire.status, headers: { "content-type": "text/xml", "x-amzn-requestid": requestId }, body };
}
