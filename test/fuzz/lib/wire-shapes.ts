/**
 * What the wire renderers need from a Smithy model: a target's type (prelude types included), and an
 * error's wire facts (awsQuery code, HTTP status) as the model declares them.
 */
import { shortName, type AwsModel, type SmithyShape } from "./aws-model.js";

const PRELUDE: Record<string, string> = {
  String: "string",
  Boolean: "boolean",
  PrimitiveBoolean: "boolean",
  Integer: "integer",
  PrimitiveInteger: "integer",
  Long: "long",
  PrimitiveLong: "long",
  Double: "double",
  PrimitiveDouble: "double",
  Float: "float",
  PrimitiveFloat: "float",
  Timestamp: "timestamp",
  Blob: "blob",
  Document: "document",
  Unit: "unit",
};

/** The shape a member targets: a model shape, or a prelude type as a bare shape. */
export function shapeOf(model: AwsModel, target: string): SmithyShape {
  const shape = model.shapes[target];
  if (shape) return shape;
  const prelude = target.startsWith("smithy.api#") ? PRELUDE[shortName(target)] : undefined;
  if (!prelude) throw new Error(`wire renderer: unknown shape ${target}`);
  return { type: prelude };
}

export interface WireError {
  /** The error's shape id, when the model has one. */
  shapeId?: string;
  /** The code on the wire (awsQuery: the `awsQueryError` code). */
  code: string;
  status: number;
}

/** The wire code and status of an error named `name`; `fallbackStatus` for an error the model lacks. */
export function wireError(model: AwsModel, name: string, fallbackStatus: number): WireError {
  const shapeId = `${model.namespace}#${name}`;
  const shape = model.shapes[shapeId];
  if (!shape || shape.type !== "structure" || !shape.traits?.["smithy.api#error"]) return { code: name, status: fallbackStatus };
  const query = shape.traits["aws.protocols#awsQueryError"];
  const status = query?.httpResponseCode ?? shape.traits["smithy.api#httpError"] ?? (shape.traits["smithy.api#error"] === "server" ? 500 : 400);
  return { shapeId, code: query?.code ?? name, status };
}

/** The output shape id of an operation, or undefined for `Unit`. */
export function outputShapeId(model: AwsModel, operation: string): string | undefined {
  const id = model.operations.get(operation);
  const target = id ? model.shapes[id].output?.target : undefined;
  return target && target !== "smithy.api#Unit" ? target : undefined;
}
