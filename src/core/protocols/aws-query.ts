/**
 * The awsQuery API (RDS): a failed input check answers `MissingParameter` for an absent required
 * parameter and `InvalidParameterValue` for any other broken rule; an error's body is an XML
 * `<ErrorResponse>` whose `Type`, `Code` and `Error` envelope, `RequestId` and `xmlns` the SDK's
 * deserializer copies onto the exception.
 */
import { AwsError } from "../aws-error.js";
import type { Violation } from "../validation.js";
import { describeValue, encoder, type Protocol, type WireError } from "./protocol.js";

function validationError(violations: readonly Violation[]): AwsError {
  const missing = violations.find((v) => v.rule === "required");
  if (missing) return new AwsError("MissingParameter", `The request must contain the parameter ${missing.path}`);
  const blank = violations.find((v) => v.rule === "blank");
  if (blank) return new AwsError("InvalidParameterValue", `The parameter ${blank.path} must be provided and must not be blank.`);
  const v = violations[0];
  return new AwsError("InvalidParameterValue", `Invalid value ${describeValue(v.value)} for parameter ${v.path}: ${v.constraint}`);
}

/** `Sender` for a client fault, `Receiver` for a server fault. */
function type(e: WireError): string {
  return e.fault === "server" ? "Receiver" : "Sender";
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#xD;" };

function xml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => XML_ESCAPES[c]);
}

export const awsQuery: Protocol = {
  name: "awsQuery",
  // RDS: HTTP 400 for throttling; plus the validation codes the simulation answers.
  commonErrors: {
    InvalidParameterValue: { status: 400, fault: "client" },
    InvalidParameterCombination: { status: 400, fault: "client" },
    MissingParameter: { status: 400, fault: "client" },
    ValidationError: { status: 400, fault: "client" },
    AccessDeniedException: { status: 400, fault: "client" },
    // What RDS answers when IAM denies a call ("User: ... is not authorized to perform: rds:..."), HTTP 403.
    AccessDenied: { status: 403, fault: "client" },
    IncompleteSignature: { status: 400, fault: "client" },
    InvalidAction: { status: 400, fault: "client" },
    InvalidClientTokenId: { status: 403, fault: "client" },
    NotAuthorized: { status: 400, fault: "client" },
    OptInRequired: { status: 403, fault: "client" },
    RequestExpired: { status: 400, fault: "client" },
    // The RDS API reference lists ThrottlingException; RDS answers `Throttling` ("Rate exceeded") too.
    Throttling: { status: 400, fault: "client", retryable: { throttling: true } },
    ThrottlingException: { status: 400, fault: "client", retryable: { throttling: true } },
    InternalFailure: { status: 500, fault: "server", retryable: {} },
    ServiceUnavailable: { status: 503, fault: "server", retryable: {} },
  },
  validationError,
  envelope: (e) => ({ Type: type(e), Code: e.code, Error: { Type: type(e), Code: e.code, Message: e.message } }),
  // After the members, the parsed `<ErrorResponse>` adds its RequestId and xmlns.
  modeledBody: (e) => ({ RequestId: e.requestId, xmlns: e.xmlNamespace }),
  unmodeledBody: (e) => ({ Type: type(e), Code: e.code, Message: e.message, message: e.message, Error: { Type: type(e), Code: e.code, Message: e.message } }),
  unmodeledMembers: (e) => e.fields,
  errorResponse(e) {
    const ns = e.xmlNamespace ? ` xmlns="${xml(e.xmlNamespace)}"` : "";
    const body =
      `<ErrorResponse${ns}><Error><Type>${type(e)}</Type><Code>${xml(e.code)}</Code><Message>${xml(e.message)}</Message></Error>` +
      `<RequestId>${xml(e.requestId)}</RequestId></ErrorResponse>`;
    return { statusCode: e.status, headers: { "content-type": "text/xml", "x-amzn-requestid": e.requestId }, body: encoder.encode(body) };
  },
};
