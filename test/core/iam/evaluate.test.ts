/**
 * The evaluator (core/iam) against the examples of AWS's IAM User Guide: "Policy evaluation logic"
 * (single account, identity- and resource-based, permissions boundaries, SCPs, cross-account), each
 * as a row of a table: the policies, the request, and the decision AWS documents.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Decision, type PolicySet } from "../../../src/core/iam/evaluate.js";
import { normalizePolicy, type PolicyDocument } from "../../../src/core/iam/policy.js";
import { parsePrincipal, principalContext } from "../../../src/core/iam/principal.js";
import { accessDeniedMessage } from "../../../src/core/iam/messages.js";

const ACCOUNT = "111122223333";
const CARLOS = `arn:aws:iam::${ACCOUNT}:user/carlossalazar`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Builder/build-42`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/Builder`;

const doc = (...Statement: PolicyDocument["Statement"][]): PolicyDocument => ({ Version: "2012-10-17", Statement: Statement.flat() as never });

// The User Guide's example identity policy for carlossalazar ("Example identity-based and resource-based policy evaluation").
const carlosPolicy = doc([
  { Sid: "AllowS3ListRead", Effect: "Allow", Action: ["s3:GetBucketLocation", "s3:GetAccountPublicAccessBlock", "s3:ListAccessPoints", "s3:ListAllMyBuckets"], Resource: "arn:aws:s3:::*" },
  { Sid: "AllowS3Self", Effect: "Allow", Action: "s3:*", Resource: ["arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/*", "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar"] },
  { Sid: "DenyS3Logs", Effect: "Deny", Action: "s3:*", Resource: "arn:aws:s3:::*log*" },
]);
// The bucket policy of amzn-s3-demo-bucket-carlossalazar-logs in that example: Carlos may put objects.
const logsBucketPolicy = doc({ Sid: "AllowCarlosPut", Effect: "Allow", Principal: { AWS: CARLOS }, Action: "s3:PutObject", Resource: "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/*" });
// The "Permissions boundaries" page: Shirley's boundary allows S3, CloudWatch and EC2 only.
const shirleyBoundary = doc({ Effect: "Allow", Action: ["s3:*", "cloudwatch:*", "ec2:*"], Resource: "*" });
const createUser = doc({ Effect: "Allow", Action: "iam:CreateUser", Resource: "*" });
const allowAll = doc({ Effect: "Allow", Action: "*", Resource: "*" });
const denyRegionsScp = doc({ Sid: "DenyOutsideEU", Effect: "Deny", NotAction: ["iam:*", "sts:*"], Resource: "*", Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } } });
const dsqlOnlyScp = doc({ Effect: "Allow", Action: "dsql:*", Resource: "*" });

interface Row {
  name: string;
  principal?: string;
  set: { identity?: PolicyDocument[]; boundary?: PolicyDocument; scps?: PolicyDocument[][]; resource?: PolicyDocument };
  action: string;
  resource: string;
  resourceAccount?: string;
  context?: Record<string, string | string[]>;
  expect: Partial<Decision> & { sid?: string; policy?: string };
}

const rows: Row[] = [
  // Carlos (single account, IAM user).
  { name: "identity policy allows listing every bucket", set: { identity: [carlosPolicy] }, action: "s3:ListAllMyBuckets", resource: "arn:aws:s3:::amzn-s3-demo-bucket", expect: { allowed: true, sid: "AllowS3ListRead", policy: "identity" } },
  { name: "identity policy allows everything on his own bucket", set: { identity: [carlosPolicy] }, action: "s3:PutObject", resource: "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/a.txt", expect: { allowed: true, sid: "AllowS3Self" } },
  { name: "explicit deny on *log* buckets beats the bucket policy's allow", set: { identity: [carlosPolicy], resource: logsBucketPolicy }, action: "s3:PutObject", resource: "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/a.txt", expect: { allowed: false, reason: "explicitDeny", sid: "DenyS3Logs", policy: "identity" } },
  { name: "same account: the resource-based policy alone allows", set: { identity: [], resource: logsBucketPolicy }, action: "s3:PutObject", resource: "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/a.txt", expect: { allowed: true, sid: "AllowCarlosPut", policy: "resource" } },
  { name: "implicit deny when nothing allows", set: { identity: [carlosPolicy] }, action: "s3:GetObject", resource: "arn:aws:s3:::other-bucket/a", expect: { allowed: false, reason: "noIdentityAllow" } },
  { name: "action names match case-insensitively", set: { identity: [doc({ Effect: "Allow", Action: "S3:getobject", Resource: "*" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", expect: { allowed: true } },
  { name: "NotAction allows all but the named actions", set: { identity: [doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" })] }, action: "iam:CreateUser", resource: "*", expect: { allowed: false, reason: "noIdentityAllow" } },
  { name: "NotResource allows everywhere else", set: { identity: [doc({ Effect: "Allow", Action: "s3:*", NotResource: "arn:aws:s3:::secret*" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::public/k", expect: { allowed: true } },
  { name: "NotResource excludes the named resources", set: { identity: [doc({ Effect: "Allow", Action: "s3:*", NotResource: "arn:aws:s3:::secret*" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::secret/k", expect: { allowed: false } },
  { name: "? matches exactly one character", set: { identity: [doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/file?.txt" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::b/file10.txt", expect: { allowed: false } },
  { name: "Statement may be a single object", set: { identity: [{ Version: "2012-10-17", Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "*" } }] }, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", expect: { allowed: true } },
  // Permissions boundary (Shirley).
  { name: "boundary: identity allows iam:CreateUser, the boundary does not", principal: `arn:aws:iam::${ACCOUNT}:user/ShirleyRodriguez`, set: { identity: [createUser], boundary: shirleyBoundary }, action: "iam:CreateUser", resource: `arn:aws:iam::${ACCOUNT}:user/x`, expect: { allowed: false, reason: "noBoundaryAllow" } },
  { name: "boundary: both allow", principal: `arn:aws:iam::${ACCOUNT}:user/ShirleyRodriguez`, set: { identity: [allowAll], boundary: shirleyBoundary }, action: "ec2:RunInstances", resource: "*", expect: { allowed: true } },
  { name: "boundary alone grants nothing", set: { identity: [], boundary: shirleyBoundary }, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", expect: { allowed: false, reason: "noIdentityAllow" } },
  { name: "an explicit deny in the boundary", set: { identity: [allowAll], boundary: doc(allowAll.Statement as never, { Effect: "Deny", Action: "s3:DeleteBucket", Resource: "*" }) }, action: "s3:DeleteBucket", resource: "arn:aws:s3:::b", expect: { allowed: false, reason: "explicitDeny", policy: "boundary" } },
  { name: "boundary does not limit a resource-based policy naming the IAM user", set: { identity: [], boundary: shirleyBoundary, resource: doc({ Effect: "Allow", Principal: { AWS: CARLOS }, Action: "kms:Decrypt", Resource: "*" }) }, action: "kms:Decrypt", resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`, expect: { allowed: true, policy: "resource" } },
  // Role sessions.
  { name: "session: resource policy naming the session ARN allows on its own", principal: SESSION, set: { identity: [], boundary: shirleyBoundary, resource: doc({ Effect: "Allow", Principal: { AWS: SESSION }, Action: "kms:Decrypt", Resource: "*" }) }, action: "kms:Decrypt", resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`, expect: { allowed: true } },
  { name: "session: resource policy naming the role ARN is limited by the boundary", principal: SESSION, set: { identity: [], boundary: shirleyBoundary, resource: doc({ Effect: "Allow", Principal: { AWS: ROLE }, Action: "kms:Decrypt", Resource: "*" }) }, action: "kms:Decrypt", resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`, expect: { allowed: false, reason: "noBoundaryAllow" } },
  { name: "session: resource policy naming the role ARN, no boundary", principal: SESSION, set: { identity: [], resource: doc({ Effect: "Allow", Principal: { AWS: ROLE }, Action: "kms:Decrypt", Resource: "*" }) }, action: "kms:Decrypt", resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`, expect: { allowed: true } },
  { name: "resource policy naming the account defers to identity policies", set: { identity: [], resource: doc({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" }) }, action: "kms:Decrypt", resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k`, expect: { allowed: false, reason: "noIdentityAllow" } },
  { name: "explicit deny in a resource-based policy", set: { identity: [allowAll], resource: doc({ Effect: "Deny", Principal: "*", Action: "dsql:DeleteCluster", Resource: "*" }) }, action: "dsql:DeleteCluster", resource: `arn:aws:dsql:us-east-1:${ACCOUNT}:cluster/abc`, expect: { allowed: false, reason: "explicitDeny", policy: "resource" } },
  { name: "a Deny with NotPrincipal naming the caller does not deny it", set: { identity: [allowAll], resource: doc({ Effect: "Deny", NotPrincipal: { AWS: CARLOS }, Action: "s3:*", Resource: "*" }) }, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", expect: { allowed: true } },
  { name: "a Deny with NotPrincipal always denies a principal with a permissions boundary", set: { identity: [allowAll], boundary: allowAll, resource: doc({ Effect: "Deny", NotPrincipal: { AWS: CARLOS }, Action: "s3:*", Resource: "*" }) }, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", expect: { allowed: false, reason: "explicitDeny", policy: "resource" } },
  // Service control policies.
  { name: "SCP: every level must allow", set: { identity: [allowAll], scps: [[allowAll], [dsqlOnlyScp]] }, action: "rds:CreateDBCluster", resource: "*", expect: { allowed: false, reason: "noScpAllow" } },
  { name: "SCP: allowed at every level", set: { identity: [allowAll], scps: [[allowAll], [dsqlOnlyScp]] }, action: "dsql:GetCluster", resource: "*", expect: { allowed: true, policy: "identity" } },
  { name: "SCP grants nothing by itself", set: { identity: [], scps: [[allowAll]] }, action: "dsql:GetCluster", resource: "*", expect: { allowed: false, reason: "noIdentityAllow" } },
  { name: "SCP region guard (StringNotEquals aws:RequestedRegion) denies us-east-1", set: { identity: [allowAll], scps: [[allowAll, denyRegionsScp]] }, action: "dsql:CreateCluster", resource: "*", context: { "aws:RequestedRegion": "us-east-1" }, expect: { allowed: false, reason: "explicitDeny", sid: "DenyOutsideEU", policy: "scp" } },
  { name: "SCP region guard lets eu-west-1 through", set: { identity: [allowAll], scps: [[allowAll, denyRegionsScp]] }, action: "dsql:CreateCluster", resource: "*", context: { "aws:RequestedRegion": "eu-west-1" }, expect: { allowed: true } },
  { name: "SCP region guard exempts NotAction iam:*", set: { identity: [allowAll], scps: [[allowAll, denyRegionsScp]] }, action: "iam:PassRole", resource: "*", context: { "aws:RequestedRegion": "us-east-1" }, expect: { allowed: true } },
  { name: "SCPs apply even to the account root user", principal: `arn:aws:iam::${ACCOUNT}:root`, set: { identity: [], scps: [[dsqlOnlyScp]] }, action: "rds:DeleteDBCluster", resource: "*", expect: { allowed: false, reason: "noScpAllow" } },
  { name: "the root user needs no identity policy", principal: `arn:aws:iam::${ACCOUNT}:root`, set: { identity: [] }, action: "rds:DeleteDBCluster", resource: "*", expect: { allowed: true } },
  // Cross-account: both sides must allow.
  { name: "cross-account: identity allow without resource policy", set: { identity: [allowAll] }, action: "kms:Decrypt", resource: "arn:aws:kms:us-east-1:444455556666:key/k", resourceAccount: "444455556666", expect: { allowed: false, reason: "noResourceAllow" } },
  { name: "cross-account: resource policy without identity allow", set: { identity: [], resource: doc({ Effect: "Allow", Principal: { AWS: ACCOUNT }, Action: "kms:Decrypt", Resource: "*" }) }, action: "kms:Decrypt", resource: "arn:aws:kms:us-east-1:444455556666:key/k", resourceAccount: "444455556666", expect: { allowed: false, reason: "noIdentityAllow" } },
  { name: "cross-account: both allow", set: { identity: [allowAll], resource: doc({ Effect: "Allow", Principal: { AWS: ACCOUNT }, Action: "kms:Decrypt", Resource: "*" }) }, action: "kms:Decrypt", resource: "arn:aws:kms:us-east-1:444455556666:key/k", resourceAccount: "444455556666", expect: { allowed: true, policy: "resource" } },
  // Policy variables (Version 2012-10-17 only).
  { name: "${aws:username} in Resource", set: { identity: [doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::home/${aws:username}/*" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::home/carlossalazar/notes", expect: { allowed: true } },
  { name: "${aws:username} does not match another user's folder", set: { identity: [doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::home/${aws:username}/*" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::home/mary/notes", expect: { allowed: false } },
  { name: "Version 2008-10-17: ${aws:username} is literal text", set: { identity: [{ Version: "2008-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::home/${aws:username}/*" }] }] }, action: "s3:GetObject", resource: "arn:aws:s3:::home/carlossalazar/notes", expect: { allowed: false } },
  { name: "${*} is a literal asterisk", set: { identity: [doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::b/${*}" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::b/x", expect: { allowed: false } },
  { name: "${*} matches a key named *", set: { identity: [doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::b/${*}${?}${$}" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::b/*?$", expect: { allowed: true } },
  { name: "a variable without a value matches nothing", principal: SESSION, set: { identity: [doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::home/${aws:username}/*" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::home/build-42/x", expect: { allowed: false } },
  { name: "a variable's default value applies when the key is absent", principal: SESSION, set: { identity: [doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::home/${aws:username, 'shared'}/*" })] }, action: "s3:GetObject", resource: "arn:aws:s3:::home/shared/x", expect: { allowed: true } },
];

function run(row: Row): Decision {
  const caller = parsePrincipal(row.principal ?? CARLOS);
  const set: PolicySet = {
    identity: (row.set.identity ?? []).map((p) => normalizePolicy(p)),
    boundary: row.set.boundary && normalizePolicy(row.set.boundary),
    scpLevels: row.set.scps?.map((level) => level.map((p) => normalizePolicy(p))),
    resource: row.set.resource && normalizePolicy(row.set.resource),
  };
  const context = new Map<string, string | string[]>(Object.entries({ ...principalContext(caller), ...row.context }).map(([k, v]) => [k.toLowerCase(), v]));
  return evaluate({ action: row.action, resource: row.resource, resourceAccount: row.resourceAccount ?? caller.account, context }, caller, set);
}

describe("policy evaluation logic (AWS IAM User Guide examples)", () => {
  it.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
    const d = run(row);
    expect(d.allowed).toBe(row.expect.allowed);
    if (row.expect.reason) expect(d.reason).toBe(row.expect.reason);
    if (row.expect.sid) expect(d.statement?.sid).toBe(row.expect.sid);
    if (row.expect.policy) expect(d.statement?.policy).toBe(row.expect.policy);
  });
});

describe("access-denied messages", () => {
  const cases: Array<[Decision, string]> = [
    [{ allowed: false, reason: "noIdentityAllow" }, "because no identity-based policy allows the dsql:GetCluster action"],
    [{ allowed: false, reason: "noBoundaryAllow" }, "because no permissions boundary allows the dsql:GetCluster action"],
    [{ allowed: false, reason: "noScpAllow" }, "because no service control policy allows the dsql:GetCluster action"],
    [{ allowed: false, reason: "explicitDeny", statement: { policy: "identity", policyIndex: 0, statementIndex: 0 } }, "with an explicit deny in an identity-based policy"],
    [{ allowed: false, reason: "explicitDeny", statement: { policy: "scp", policyIndex: 0, statementIndex: 0 } }, "with an explicit deny in a service control policy"],
    [{ allowed: false, reason: "explicitDeny", statement: { policy: "boundary", policyIndex: 0, statementIndex: 0 } }, "with an explicit deny in a permissions boundary"],
  ];
  it.each(cases)("%o", (decision, tail) => {
    expect(accessDeniedMessage(CARLOS, "dsql:GetCluster", "arn:aws:dsql:us-east-1:111122223333:cluster/abc", decision)).toBe(
      `User: ${CARLOS} is not authorized to perform: dsql:GetCluster on resource: arn:aws:dsql:us-east-1:111122223333:cluster/abc ${tail}`,
    );
  });
});

describe("policy documents are checked when configured", () => {
  it.each([
    [{ Statement: [{ Effect: "Permit", Action: "s3:*", Resource: "*" }] }, /Effect must be "Allow" or "Deny"/],
    [{ Statement: [{ Effect: "Allow", Resource: "*" }] }, /exactly one of Action and NotAction/],
    [{ Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*", Condition: { StringEqualz: { "aws:username": "x" } } }] }, /unknown condition operator 'StringEqualz'/],
    [{ Statement: [{ Effect: "Allow", Action: "s3:*", Resources: "*" }] }, /unknown element 'Resources'/],
  ])("rejects %j", (document, message) => {
    expect(() => normalizePolicy(document as never)).toThrow(message);
  });
  it("reads a policy given as JSON text", () => {
    expect(normalizePolicy(JSON.stringify(allowAll)).statements).toHaveLength(1);
  });
});
