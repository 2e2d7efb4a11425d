/**
 * Condition operators as AWS documents them, as a table: each base operator compares one request
 * value with one policy value; `Not` operators are true when no policy value matches. `IfExists`
 * makes an absent key pass; `ForAllValues:` / `ForAnyValue:` compare every or any value of a
 * multivalued key. Absent keys: false, except `Not` operators and `ForAllValues:` (true), as AWS.
 */
import { arnMatch, substitute, wildcardMatch, type ContextValues } from "./patterns.js";

/** One condition of a statement, as normalised from a policy document (core/iam/policy.ts). */
export interface ConditionBlock {
  operator: string;
  key: string;
  values: string[];
}

type Compare = (requestValue: string, policyValue: string, context: ContextValues | undefined) => boolean;

interface OperatorSpec {
  compare: Compare;
  /** True when no policy value matches (StringNotEquals, NotIpAddress, ...). */
  negated: boolean;
}

const num = (s: string): number => (s.trim() === "" ? NaN : Number(s));
/** Dates as ISO 8601 text or epoch seconds. */
const date = (s: string): number => (/^\d+(\.\d+)?$/.test(s) ? Number(s) * 1000 : Date.parse(s));

const numeric = (test: (a: number, b: number) => boolean): Compare => (r, p) => {
  const a = num(r);
  const b = num(p);
  return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
};
const dated = (test: (a: number, b: number) => boolean): Compare => (r, p) => {
  const a = date(r);
  const b = date(p);
  return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
};

const stringEquals: Compare = (r, p, ctx) => substitute(p, ctx) === r;
const stringEqualsIgnoreCase: Compare = (r, p, ctx) => substitute(p, ctx)?.toLowerCase() === r.toLowerCase();
const stringLike: Compare = (r, p, ctx) => wildcardMatch(p, r, ctx);
const arnLike: Compare = (r, p, ctx) => arnMatch(p, r, ctx);
const bool: Compare = (r, p) => r.toLowerCase() === p.toLowerCase();
const binary: Compare = (r, p) => r === p;

const BASE: Record<string, OperatorSpec> = {
  StringEquals: { compare: stringEquals, negated: false },
  StringNotEquals: { compare: stringEquals, negated: true },
  StringEqualsIgnoreCase: { compare: stringEqualsIgnoreCase, negated: false },
  StringNotEqualsIgnoreCase: { compare: stringEqualsIgnoreCase, negated: true },
  StringLike: { compare: stringLike, negated: false },
  StringNotLike: { compare: stringLike, negated: true },
  NumericEquals: { compare: numeric((a, b) => a === b), negated: false },
  NumericNotEquals: { compare: numeric((a, b) => a === b), negated: true },
  NumericLessThan: { compare: numeric((a, b) => a < b), negated: false },
  NumericLessThanEquals: { compare: numeric((a, b) => a <= b), negated: false },
  NumericGreaterThan: { compare: numeric((a, b) => a > b), negated: false },
  NumericGreaterThanEquals: { compare: numeric((a, b) => a >= b), negated: false },
  DateEquals: { compare: dated((a, b) => a === b), negated: false },
  DateNotEquals: { compare: dated((a, b) => a === b), negated: true },
  DateLessThan: { compare: dated((a, b) => a < b), negated: false },
  DateLessThanEquals: { compare: dated((a, b) => a <= b), negated: false },
  DateGreaterThan: { compare: dated((a, b) => a > b), negated: false },
  DateGreaterThanEquals: { compare: dated((a, b) => a >= b), negated: false },
  Bool: { compare: bool, negated: false },
  BinaryEquals: { compare: binary, negated: false },
  IpAddress: { compare: (r, p) => inCidr(r, p), negated: false },
  NotIpAddress: { compare: (r, p) => inCidr(r, p), negated: true },
  ArnEquals: { compare: arnLike, negated: false },
  ArnLike: { compare: arnLike, negated: false },
  ArnNotEquals: { compare: arnLike, negated: true },
  ArnNotLike: { compare: arnLike, negated: true },
};

interface ParsedOperator {
  base: string;
  spec?: OperatorSpec;
  set?: "all" | "any";
  ifExists: boolean;
}

const parsed = new Map<string, ParsedOperator | undefined>();

function parseOperator(operator: string): ParsedOperator | undefined {
  if (parsed.has(operator)) return parsed.get(operator);
  let name = operator;
  let set: ParsedOperator["set"];
  if (name.startsWith("ForAllValues:")) [set, name] = ["all", name.slice(13)];
  else if (name.startsWith("ForAnyValue:")) [set, name] = ["any", name.slice(12)];
  const ifExists = name.endsWith("IfExists");
  if (ifExists) name = name.slice(0, -8);
  let result: ParsedOperator | undefined;
  if (name === "Null" && !ifExists && !set) result = { base: "Null", ifExists: false };
  else if (BASE[name]) result = { base: name, spec: BASE[name], set, ifExists };
  parsed.set(operator, result);
  return result;
}

export function isConditionOperator(operator: string): boolean {
  return parseOperator(operator) !== undefined;
}

/** Whether one `{ operator: { key: values } }` entry holds for the request. */
export function conditionHolds(block: ConditionBlock, context: ContextValues, variables: boolean): boolean {
  const op = parseOperator(block.operator)!;
  const raw = context.get(block.key);
  const values = raw === undefined ? undefined : typeof raw === "string" ? [raw] : raw;
  const absent = values === undefined || values.length === 0;
  if (op.base === "Null") return block.values.some((v) => (v.toLowerCase() === "true") === absent);
  if (absent) {
    if (op.ifExists) return true;
    if (op.set === "all") return true;
    if (op.set === "any") return false;
    return op.spec!.negated;
  }
  const spec = op.spec!;
  const vars = variables ? context : undefined;
  const matches = (v: string) => block.values.some((p) => spec.compare(v, p, vars));
  // A Not operator holds for a value that matches none of the policy values.
  const holds = (v: string) => (spec.negated ? !matches(v) : matches(v));
  if (op.set === "all") return values.every(holds);
  if (op.set === "any") return values.some(holds);
  // No set operator on a multivalued key: a positive operator needs one value to match, a Not operator all.
  return spec.negated ? values.every(holds) : values.some(holds);
}

/** IPv4 or IPv6 address inside a CIDR block (a bare address is its own /32 or /128). */
export function inCidr(address: string, cidr: string): boolean {
  const [net, bitsText] = cidr.split("/");
  const a = ipBits(address);
  const n = ipBits(net);
  if (!a || !n || a.length !== n.length) return false;
  const bits = bitsText === undefined ? a.length : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > a.length) return false;
  return a.slice(0, bits) === n.slice(0, bits);
}

function ipBits(ip: string): string | undefined {
  if (ip.includes(".") && !ip.includes(":")) {
    const parts = ip.split(".").map(Number);
    if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return undefined;
    return parts.map((p) => p.toString(2).padStart(8, "0")).join("");
  }
  if (!ip.includes(":")) return undefined;
  const [head, tail] = ip.split("::");
  const h = head ? head.split(":") : [];
  const t = tail !== undefined && tail ? tail.split(":") : [];
  const missing = 8 - h.length - t.length;
  if (ip.split("::").length > 2 || missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  const groups = [...h, ...Array(missing).fill("0"), ...t];
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return groups.map((g) => parseInt(g, 16).toString(2).padStart(16, "0")).join("");
}
