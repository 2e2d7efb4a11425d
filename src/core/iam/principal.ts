/**
 * The caller: an IAM user, a role, an assumed-role session or the account root, read from its ARN,
 * and the global condition keys AWS derives from it.
 */

export interface CallerIdentity {
  /** The ARN the caller is known by (the session ARN for an assumed role). */
  arn: string;
  account: string;
  partition: string;
  type: "User" | "AssumedRole" | "Role" | "Account" | "FederatedUser";
  /** `aws:PrincipalArn`: for a session, the ARN of its role. */
  principalArn: string;
  /** IAM user name (`aws:username`, users only). */
  username?: string;
}

const SHAPES: Array<[RegExp, (m: RegExpMatchArray) => Omit<CallerIdentity, "arn">]> = [
  [/^arn:([^:]+):iam::(\d{12}):root$/, (m) => ({ partition: m[1], account: m[2], type: "Account", principalArn: m[0] })],
  [/^arn:([^:]+):iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/, (m) => ({ partition: m[1], account: m[2], type: "User", principalArn: m[0], username: m[3] })],
  [/^arn:([^:]+):iam::(\d{12}):role\/.+$/, (m) => ({ partition: m[1], account: m[2], type: "Role", principalArn: m[0] })],
  [
    /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/,
    (m) => ({ partition: m[1], account: m[2], type: "AssumedRole", principalArn: `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` }),
  ],
  [/^arn:([^:]+):sts::(\d{12}):federated-user\/.+$/, (m) => ({ partition: m[1], account: m[2], type: "FederatedUser", principalArn: m[0] })],
];

/** Reads a principal ARN; a TypeError says which forms are accepted. */
export function parsePrincipal(arn: string): CallerIdentity {
  for (const [re, build] of SHAPES) {
    const m = typeof arn === "string" ? arn.match(re) : null;
    if (m) return { arn, ...build(m) };
  }
  throw new TypeError(
    `iam.principal must be the caller's ARN: arn:aws:iam::ACCOUNT:user/NAME, arn:aws:iam::ACCOUNT:role/NAME, arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION or arn:aws:iam::ACCOUNT:root (got ${JSON.stringify(arn)})`,
  );
}

/** Global condition keys of the caller. */
export function principalContext(caller: CallerIdentity): Record<string, string> {
  const out: Record<string, string> = {
    "aws:PrincipalArn": caller.principalArn,
    "aws:PrincipalAccount": caller.account,
    "aws:PrincipalType": caller.type,
  };
  if (caller.username !== undefined) out["aws:username"] = caller.username;
  return out;
}
