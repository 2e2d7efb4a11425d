/**
 * The HTTP response an error came in, as the SDK leaves it on `err.$response` (hidden): status code,
 * lower-cased headers with the request id (and `x-amzn-errortype` for restJson), and the body bytes
 * the service sends (`<ErrorResponse>` XML for awsQuery, a JSON object for restJson).
 */
import type { ServiceDefinition } from "./service.js";

export interface ErrorHttpResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#xD;" };

function xml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => XML_ESCAPES[c]);
}

const encoder = new TextEncoder();

export function errorResponse(
  svc: ServiceDefinition,
  wireCode: string,
  type: string,
  message: string,
  error: Record<string, unknown>,
  requestId: string,
  statusCode: number,
): ErrorHttpResponse {
  if (svc.protocol === "awsQuery") {
    const ns = svc.xmlNamespace ? ` xmlns="${xml(svc.xmlNamespace)}"` : "";
    const body =
      `<ErrorResponse${ns}><Error><Type>${type}</Type><Code>${xml(wireCode)}</Code><Message>${xml(message)}</Message></Error>` +
      `<RequestId>${xml(requestId)}</RequestId></ErrorResponse>`;
    return { statusCode, headers: { "content-type": "text/xml", "x-amzn-requestid": requestId }, body: encoder.encode(body) };
  }
  const members: Record<string, unknown> = {};
  for (const key of Object.keys(error)) {
    if (key[0] !== "$" && key !== "name" && error[key] !== undefined) members[key] = error[key];
  }
  return {
    statusCode,
    headers: { "content-type": "application/json", "x-amzn-requestid": requestId, "x-amzn-errortype": wireCode },
    body: encoder.encode(JSON.stringify({ ...members, message })),
  };
}
