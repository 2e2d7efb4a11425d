/**
 * Matching of policy strings: `*` (any run of characters) and `?` (one character) wildcards, and
 * policy variables: `${aws:username}` takes the request's value, `${key, 'default'}` a default when
 * the key is absent, and `${*}`, `${?}`, `${$}` stand for the literal characters.
 */

/** Request context: lowercase key -> value(s). */
export type ContextValues = ReadonlyMap<string, string | readonly string[]>;

const SPECIAL: Record<string, string> = { "*": "*", "?": "?", $: "$" };
const cache = new Map<string, RegExp>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * The pattern with its policy variables replaced: each piece is a literal run or a wildcard.
 * `undefined` when a variable has no value (the element then matches nothing, as in AWS).
 */
function pieces(pattern: string, context: ContextValues | undefined): Array<string | { wild: "*" | "?" }> | undefined {
  const out: Array<string | { wild: "*" | "?" }> = [];
  let literal = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "$" && pattern[i + 1] === "{" && context !== undefined) {
      const end = pattern.indexOf("}", i);
      if (end > 0) {
        const inner = pattern.slice(i + 2, end).trim();
        const value = variableValue(inner, context);
        if (value === undefined) return undefined;
        literal += value;
        i = end;
        continue;
      }
    }
    if (c === "*" || c === "?") {
      if (literal) out.push(literal);
      literal = "";
      out.push({ wild: c });
    } else literal += c;
  }
  if (literal) out.push(literal);
  return out;
}

function variableValue(inner: string, context: ContextValues): string | undefined {
  if (SPECIAL[inner] !== undefined) return SPECIAL[inner];
  const comma = inner.indexOf(",");
  const key = (comma < 0 ? inner : inner.slice(0, comma)).trim().toLowerCase();
  const value = context.get(key);
  // A multivalued key cannot be a policy variable.
  if (typeof value === "string") return value;
  if (comma < 0) return undefined;
  const fallback = inner.slice(comma + 1).trim();
  return fallback.replace(/^'(.*)'$/, "$1");
}

/** The pattern as a regular expression (cached when it has no variables). */
function compile(pattern: string, context: ContextValues | undefined, ignoreCase: boolean): RegExp | undefined {
  const hasVariables = context !== undefined && pattern.includes("${");
  const cacheKey = (ignoreCase ? "i:" : "s:") + pattern;
  if (!hasVariables) {
    const hit = cache.get(cacheKey);
    if (hit) return hit;
  }
  const parts = pieces(pattern, hasVariables ? context : undefined);
  if (parts === undefined) return undefined;
  const source = parts.map((p) => (typeof p === "string" ? escape(p) : p.wild === "*" ? "[\\s\\S]*" : "[\\s\\S]")).join("");
  const re = new RegExp(`^${source}$`, ignoreCase ? "i" : "");
  if (!hasVariables && cache.size < 5000) cache.set(cacheKey, re);
  return re;
}

/** `value` matches the wildcard `pattern` (variables read from `context` when given). */
export function wildcardMatch(pattern: string, value: string, context?: ContextValues, ignoreCase = false): boolean {
  if (pattern === "*") return true;
  return compile(pattern, context, ignoreCase)?.test(value) ?? false;
}

/** `pattern` with its variables replaced and no wildcards (for the equality operators). */
export function substitute(pattern: string, context: ContextValues | undefined): string | undefined {
  if (context === undefined || !pattern.includes("${")) return pattern;
  const parts = pieces(pattern, context);
  return parts?.map((p) => (typeof p === "string" ? p : p.wild)).join("");
}

/** An action name (`dsql:CreateCluster`) against an Action element entry: case-insensitive, wildcards. */
export function actionMatch(pattern: string, action: string): boolean {
  return wildcardMatch(pattern, action, undefined, true);
}

/** ARN against ARN pattern, part by part (`arn:partition:service:region:account:resource`). */
export function arnMatch(pattern: string, arn: string, context?: ContextValues): boolean {
  if (pattern === "*") return true;
  const p = splitArn(pattern);
  const a = splitArn(arn);
  if (!p || !a) return false;
  for (let i = 0; i < 6; i++) if (!wildcardMatch(p[i], a[i], context)) return false;
  return true;
}

function splitArn(arn: string): string[] | undefined {
  const parts = arn.split(":");
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(":")];
}
