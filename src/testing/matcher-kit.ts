/**
 * What a runner-neutral matcher gets from the runner and gives back (types only): matchers.ts and
 * iam-matcher.ts both use them, so they live apart from either (no import circle).
 */

/** The part of the runner's matcher context (`this` of a vitest or jest matcher) the matchers use. */
export interface MatcherKit {
  isNot: boolean;
  equals(actual: unknown, expected: unknown): boolean;
  utils: {
    matcherHint(name: string, received?: string, expected?: string, options?: { isNot?: boolean }): string;
  };
}

export interface MatcherOutcome {
  pass: boolean;
  message(): string;
}
