/**
 * IAM policy documents as AWS accepts them: `Statement` as one object or a list, `Action`,
 * `Resource` and their `Not` forms as a string or a list. `normalizePolicy` checks a document once,
 * when it is configured, and turns it into the one shape the evaluator reads.
 */
import { isConditionOperator, type ConditionBlock } from "./conditions.js";

export type { ConditionBlock } from "./conditions.js";

export type StringOrList = string | readonly string[];

export interface PolicyStatement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Action?: StringOrList;
  NotAction?: StringOrList;
  Resource?: StringOrList;
  NotResource?: StringOrList;
  /** Resource-based policies only: `"*"` or `{ AWS: ..., Service: ... }`. */
  Principal?: "*" | Record<string, StringOrList>;
  NotPrincipal?: "*" | Record<string, StringOrList>;
  /** `{ Operator: { key: value or values } }`. */
  Condition?: Record<string, Record<string, StringOrList | boolean | number>>;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement | readonly PolicyStatement[];
}

/** A policy as given: the document or its JSON text. */
export type PolicyInput = PolicyDocument | string;

/** A statement in the evaluator's shape. */
export interface Statement {
  sid?: string;
  /** Position of the statement in its document (named in decisions when there is no Sid). */
  index: number;
  effect: "Allow" | "Deny";
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  principals?: PrincipalSpec;
  notPrincipals?: PrincipalSpec;
  conditions: ConditionBlock[];
  /** Policy variables (`${aws:username}`) are only read in documents of Version 2012-10-17. */
  variables: boolean;
}

/** `"*"` or the listed principals by kind (`AWS`, `Service`, `Federated`, `CanonicalUser`). */
export type PrincipalSpec = "*" | Record<string, string[]>;

export interface Policy {
  statements: Statement[];
  document: PolicyDocument;
}

const STATEMENT_KEYS = new Set(["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"]);

function list(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  const values = typeof value === "string" ? [value] : value;
  if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) throw new TypeError(`${where} must be a string or a list of strings`);
  return [...values];
}

function principals(value: unknown, where: string): PrincipalSpec | undefined {
  if (value === undefined) return undefined;
  if (value === "*") return "*";
  if (typeof value !== "object" || value === null) throw new TypeError(`${where} must be "*" or an object such as { "AWS": "arn:aws:iam::123456789012:root" }`);
  const out: Record<string, string[]> = {};
  for (const [kind, v] of Object.entries(value)) out[kind] = list(v, `${where}.${kind}`)!;
  return out;
}

function conditions(value: unknown, where: string): ConditionBlock[] {
  if (value === undefined) return [];
  if (typeof value !== "object" || value === null) throw new TypeError(`${where} must be an object of condition operators`);
  const out: ConditionBlock[] = [];
  for (const [operator, keys] of Object.entries(value as Record<string, unknown>)) {
    if (!isConditionOperator(operator)) throw new TypeError(`${where}: unknown condition operator '${operator}'`);
    if (typeof keys !== "object" || keys === null) throw new TypeError(`${where}.${operator} must map condition keys to values`);
    for (const [key, v] of Object.entries(keys as Record<string, unknown>)) {
      const values = (Array.isArray(v) ? v : [v]).map((x) => {
        if (typeof x !== "string" && typeof x !== "boolean" && typeof x !== "number") throw new TypeError(`${where}.${operator}.${key}: values must be strings, numbers or booleans`);
        return String(x);
      });
      out.push({ operator, key: key.toLowerCase(), values });
    }
  }
  return out;
}

/** Checks a policy document and puts it in the evaluator's shape (a TypeError names what is wrong). */
export function normalizePolicy(input: PolicyInput, name = "policy"): Policy {
  const document = (typeof input === "string" ? JSON.parse(input) : input) as PolicyDocument;
  if (typeof document !== "object" || document === null || document.Statement === undefined) {
    throw new TypeError(`${name} must be a policy document with a Statement`);
  }
  const variables = document.Version === "2012-10-17";
  const raw = Array.isArray(document.Statement) ? document.Statement : [document.Statement as PolicyStatement];
  const statements = raw.map((s, index): Statement => {
    const where = `${name}.Statement[${index}]`;
    for (const k of Object.keys(s)) if (!STATEMENT_KEYS.has(k)) throw new TypeError(`${where}: unknown element '${k}'`);
    if (s.Effect !== "Allow" && s.Effect !== "Deny") throw new TypeError(`${where}.Effect must be "Allow" or "Deny"`);
    if ((s.Action === undefined) === (s.NotAction === undefined)) throw new TypeError(`${where} needs exactly one of Action and NotAction`);
    if (s.Resource !== undefined && s.NotResource !== undefined) throw new TypeError(`${where} may not have both Resource and NotResource`);
    const st: Statement = { index, effect: s.Effect, conditions: conditions(s.Condition, `${where}.Condition`), variables };
    if (s.Sid !== undefined) st.sid = s.Sid;
    const actions = list(s.Action, `${where}.Action`);
    const notActions = list(s.NotAction, `${where}.NotAction`);
    const resources = list(s.Resource, `${where}.Resource`);
    const notResources = list(s.NotResource, `${where}.NotResource`);
    const principal = principals(s.Principal, `${where}.Principal`);
    const notPrincipal = principals(s.NotPrincipal, `${where}.NotPrincipal`);
    if (actions) st.actions = actions;
    if (notActions) st.notActions = notActions;
    if (resources) st.resources = resources;
    if (notResources) st.notResources = notResources;
    if (principal) st.principals = principal;
    if (notPrincipal) st.notPrincipals = notPrincipal;
    return st;
  });
  return { statements, document };
}
