/** Model patterns as regular expressions: compiled once, rewritten where they would backtrack badly. */

const regexCache = new Map<string, RegExp | null>();

/**
 * `(?:c?[set]+)*` matches exactly the strings `(?:c?[set])*` matches, but backtracks exponentially on
 * a near miss: the RDS name pattern `^[a-zA-Z](?:-?[a-zA-Z0-9]+)*$` took hours on 40 letters and a `!`.
 */
const NESTED_QUANTIFIER = /\(\?:(\\?[^\\[\]()?*+])\?(\[(?:\\.|[^\]\\])*\])\+\)\*/g;

export function linearPattern(pattern: string): string {
  return pattern.replace(NESTED_QUANTIFIER, "(?:$1?$2)*");
}

/** Compiles a model pattern once. Smithy patterns are ECMA-262; an uncompilable one is skipped. */
export function compilePattern(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re !== undefined) return re;
  if (pattern === ".*" || pattern === "") re = null;
  else {
    const source = linearPattern(pattern);
    try {
      re = new RegExp(source, "u");
    } catch {
      try {
        re = new RegExp(source);
      } catch {
        re = null;
      }
    }
  }
  regexCache.set(pattern, re);
  return re;
}
