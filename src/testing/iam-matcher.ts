/**
 * `expect(backend).toBeAllowedBy(policy)`: every authorization request the backend recorded (its
 * `iam` option on, enforcing or only recording) is evaluated again with `policy` as the principal's
 * only identity-based policy; the matcher fails listing each request the policy would not allow.
 * Runner-neutral: registered through matchers.ts by the vitest and jest entry points.
 */
import type { MockBackend } from "../index.js";
import type { PolicyInput } from "../core/iam/policy.js";
import type { MatcherKit, MatcherOutcome } from "./matcher-kit.js";

export interface IamMatchers<R = unknown> {
  /**
   * The policy (or list of policies) allows every IAM request the backend recorded, as the principal's
   * identity-based policies. Needs `createMockBackend({ iam: {...} })` or `attach(client, { iam })`.
   */
  toBeAllowedBy(policy: PolicyInput | readonly PolicyInput[]): R;
}

const LISTED = 20;

function isBackend(value: unknown): value is MockBackend {
  return typeof value === "object" && value !== null && typeof (value as MockBackend).iam?.check === "function";
}

export function toBeAllowedBy(kit: MatcherKit, target: unknown, policy: PolicyInput | readonly PolicyInput[]): MatcherOutcome {
  const hint = kit.utils.matcherHint("toBeAllowedBy", "backend", "policy", { isNot: kit.isNot });
  if (!isBackend(target)) return { pass: false, message: () => `${hint}\n\nExpected a MockBackend (from createMockBackend), received ${String(target)}` };
  const recorded = target.iam.requests().length;
  const denied = target.iam.check(policy);
  const pass = denied.length === 0;
  const message = () => {
    if (recorded === 0) return `${hint}\n\nThe backend recorded no IAM requests: turn recording on with createMockBackend({ iam: {} }) or attach(client, { iam: {...} }).`;
    if (pass) return `${hint}\n\nExpected the policy not to allow every one of the ${recorded} recorded IAM requests, but it allows them all.`;
    const lines = denied.slice(-LISTED).map((r) => `  ${r.command}: ${r.action} on ${r.resource} (${r.reason})`);
    return `${hint}\n\nThe policy does not allow ${denied.length} of ${recorded} recorded IAM requests:\n${lines.join("\n")}`;
  };
  return { pass: recorded > 0 && pass, message };
}
