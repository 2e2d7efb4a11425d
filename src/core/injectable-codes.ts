/**
 * Which error codes a fault rule may inject: those the service's model declares for the operation
 * (generated `operationErrors`), and the protocol's common errors (core/sdk-exceptions.ts), which any
 * operation may answer. Anything else is refused when the rule is made, with the list of valid codes.
 */
import { commonErrorCodes } from "./sdk-exceptions.js";
import { operationName, type CommandSelector } from "./command-names.js";
import type { ServiceDefinition } from "./service.js";

/** `docdb-elastic`, `DocDBElastic` and `DocDBElasticClient` all name DocDB Elastic. */
export function plainServiceName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/client$/, "");
}

/** Whether `code` may answer `operation` of `svc`: declared by it, or common to the protocol. */
export function mayAnswer(svc: ServiceDefinition, operation: string, code: string): boolean {
  if (commonErrorCodes(svc).includes(code)) return true;
  const declared = svc.operationErrors?.[operation];
  // Without the generated table (a hand-made service), any code the service knows.
  return declared ? declared.includes(code) : code in svc.errors;
}

/** The codes a rule for these operations of `svc` may inject (every operation's, when none is named). */
function validCodes(svc: ServiceDefinition, operations: readonly string[] | undefined): Set<string> {
  const codes = new Set(commonErrorCodes(svc));
  const declared = svc.operationErrors;
  for (const op of operations ?? Object.keys(declared ?? {})) for (const code of declared?.[op] ?? []) codes.add(code);
  if (!declared) for (const code of Object.keys(svc.errors)) codes.add(code);
  return codes;
}

/**
 * Throws when no service the rule applies to could answer `code` for the rule's commands, listing
 * the codes that are valid there. Rules for clients the mock does not simulate are not checked.
 */
export function checkFaultCode(
  services: readonly ServiceDefinition[],
  selector: { service?: string | readonly string[]; command?: CommandSelector | readonly CommandSelector[] },
  code: string,
): void {
  const wanted = selector.service === undefined ? undefined : asList(selector.service).map((s) => plainServiceName(String(s)));
  const applicable = services.filter((svc) => !wanted || wanted.includes(plainServiceName(svc.key)) || wanted.includes(plainServiceName(svc.clientName)));
  const commands = selector.command === undefined ? undefined : asList(selector.command).map(operationName);
  const valid = new Set<string>();
  const checked: string[] = [];
  for (const svc of applicable) {
    const ops = commands?.filter((op) => svc.allOperations.includes(op));
    if (ops !== undefined && ops.length === 0) continue; // none of the rule's commands is this service's
    checked.push(svc.key);
    for (const c of validCodes(svc, ops)) valid.add(c);
  }
  if (checked.length === 0 || valid.has(code)) return;
  const where = commands ? `${commands.join(", ")} of ${checked.join(", ")}` : checked.join(", ");
  throw new RangeError(
    `faults.inject: '${code}' is not an error ${where} can answer. Valid codes (declared by the model, or common to the protocol): ${[...valid].sort().join(", ")}`,
  );
}

function asList<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? value : [value as T];
}
