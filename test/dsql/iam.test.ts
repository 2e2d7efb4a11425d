/**
 * Issue 17, the seed's "Required permissions" of DSQL CreateCluster, each rule allowed and denied
 * through a real DSQLClient attached with `{ iam }`: dsql:CreateCluster on cluster/*, dsql:TagResource
 * with tags, dsql:PutMultiRegionProperties, dsql:AddPeerCluster on the local cluster and on each peer's
 * exact ARN, dsql:PutWitnessRegion in the cluster's Region and in the witness Region with
 * dsql:WitnessRegion. A denied call is AccessDeniedException (403) and leaves dump() unchanged.
 */
import { AccessDeniedException, CreateClusterCommand, DeleteClusterCommand, DSQLClient, GetClusterCommand, PutClusterPolicyCommand, TagResourceCommand, UpdateClusterCommand } from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { createMockBackend, type MockBackend } from "../../src/index.js";
import type { PolicyStatement } from "../../src/core/iam/policy.js";
import { caught } from "../helpers.js";

const ACCOUNT = "123456789012";
const ROLE = `arn:aws:sts::${ACCOUNT}:assumed-role/ClusterBuilder/ci`;
const ANY_EAST1 = `arn:aws:dsql:us-east-1:${ACCOUNT}:cluster/*`;
const policy = (...Statement: PolicyStatement[]) => ({ Version: "2012-10-17", Statement });
const allow = (Action: string | string[], Resource: string | string[] = ANY_EAST1, Condition?: PolicyStatement["Condition"]): PolicyStatement =>
  Condition ? { Effect: "Allow", Action, Resource, Condition } : { Effect: "Allow", Action, Resource };

function setup() {
  const backend = createMockBackend({ seed: 17 });
  const admin = (region: string) => backend.attach(new DSQLClient({ region }));
  const as = (region: string, ...statements: PolicyStatement[]) => backend.attach(new DSQLClient({ region }), { iam: { principal: ROLE, policies: [policy(...statements)] } });
  return { backend, admin, as };
}

/** The call fails with AccessDeniedException naming action, resource and reason, and changes nothing. */
async function expectDenied(backend: MockBackend, call: () => Promise<unknown>, action: string, resource: string, because = `because no identity-based policy allows the ${action} action`) {
  backend.clock.runDue();
  const before = backend.dump();
  const error = await caught(call());
  expect(error).toBeInstanceOf(AccessDeniedException);
  expect(error.$fault).toBe("client");
  expect(error.$metadata.httpStatusCode).toBe(403);
  expect(error.message).toBe(`User: ${ROLE} is not authorized to perform: ${action} on resource: ${resource} ${because}`);
  expect(backend.dump()).toEqual(before);
}

const WITNESS = "us-west-2";
const multiRegion = (clusters?: string[]) => ({ multiRegionProperties: clusters ? { witnessRegion: WITNESS, clusters } : { witnessRegion: WITNESS } });
/** Everything a multi-Region create needs except what a test leaves out. */
const multiRegionActions = ["dsql:CreateCluster", "dsql:PutMultiRegionProperties", "dsql:PutWitnessRegion"];
const witnessAnywhere = allow("dsql:PutWitnessRegion", `arn:aws:dsql:*:${ACCOUNT}:cluster/*`, { StringEquals: { "dsql:WitnessRegion": WITNESS } });

describe("DSQL CreateCluster required permissions (seed)", () => {
  it("dsql:CreateCluster on arn:aws:dsql:region:account:cluster/* allows a plain create; without it, denied", async () => {
    const env = setup();
    const out = await env.as("us-east-1", allow("dsql:CreateCluster")).send(new CreateClusterCommand({}));
    expect(out.status).toBe("CREATING");
    await expectDenied(env.backend, () => env.as("us-east-1", allow("dsql:GetCluster")).send(new CreateClusterCommand({})), "dsql:CreateCluster", ANY_EAST1);
    // Granted in another Region only: denied here.
    await expectDenied(env.backend, () => env.as("us-east-1", allow("dsql:CreateCluster", `arn:aws:dsql:eu-west-1:${ACCOUNT}:cluster/*`)).send(new CreateClusterCommand({})), "dsql:CreateCluster", ANY_EAST1);
  });

  it("tags need dsql:TagResource, and the tags are aws:RequestTag / aws:TagKeys of the request", async () => {
    const env = setup();
    const tags = { team: "data", env: "prod" };
    await expectDenied(env.backend, () => env.as("us-east-1", allow("dsql:CreateCluster")).send(new CreateClusterCommand({ tags })), "dsql:TagResource", ANY_EAST1);
    const onlyTeamData = allow(["dsql:CreateCluster", "dsql:TagResource"], ANY_EAST1, { StringEquals: { "aws:RequestTag/team": "data" }, "ForAllValues:StringEquals": { "aws:TagKeys": ["team", "env"] } });
    expect((await env.as("us-east-1", onlyTeamData).send(new CreateClusterCommand({ tags }))).status).toBe("CREATING");
    await expectDenied(env.backend, () => env.as("us-east-1", onlyTeamData).send(new CreateClusterCommand({ tags: { team: "web" } })), "dsql:CreateCluster", ANY_EAST1);
  });

  it("multiRegionProperties need dsql:PutMultiRegionProperties", async () => {
    const env = setup();
    const call = () => env.as("us-east-1", allow(["dsql:CreateCluster", "dsql:PutWitnessRegion"], `arn:aws:dsql:*:${ACCOUNT}:cluster/*`)).send(new CreateClusterCommand(multiRegion()));
    await expectDenied(env.backend, call, "dsql:PutMultiRegionProperties", ANY_EAST1);
    const ok = await env.as("us-east-1", allow(multiRegionActions, `arn:aws:dsql:*:${ACCOUNT}:cluster/*`)).send(new CreateClusterCommand(multiRegion()));
    expect(ok.multiRegionProperties?.witnessRegion).toBe(WITNESS);
  });

  it("dsql:PutWitnessRegion is checked in the cluster's Region", async () => {
    const env = setup();
    // Allowed in the witness Region only.
    const call = () => env.as("us-east-1", allow(["dsql:CreateCluster", "dsql:PutMultiRegionProperties"]), allow("dsql:PutWitnessRegion", `arn:aws:dsql:${WITNESS}:${ACCOUNT}:cluster/*`)).send(new CreateClusterCommand(multiRegion()));
    await expectDenied(env.backend, call, "dsql:PutWitnessRegion", ANY_EAST1);
  });

  it("dsql:PutWitnessRegion is checked again in the witness Region, on its cluster/*", async () => {
    const env = setup();
    // Allowed in the cluster's Region only.
    const call = () => env.as("us-east-1", allow(["dsql:CreateCluster", "dsql:PutMultiRegionProperties", "dsql:PutWitnessRegion"])).send(new CreateClusterCommand(multiRegion()));
    await expectDenied(env.backend, call, "dsql:PutWitnessRegion", `arn:aws:dsql:${WITNESS}:${ACCOUNT}:cluster/*`);
    const witnessCheck = env.backend.iam.requests().find((r) => r.action === "dsql:PutWitnessRegion" && r.region === WITNESS)!;
    expect(witnessCheck.context).toMatchObject({ "aws:RequestedRegion": WITNESS, "dsql:WitnessRegion": WITNESS });
    expect(witnessCheck.decision).toBe("denied");
  });

  it("dsql:WitnessRegion condition: the named witness Region is allowed, another is not (both Regions checked)", async () => {
    const env = setup();
    const base = allow(["dsql:CreateCluster", "dsql:PutMultiRegionProperties"]);
    const ok = await env.as("us-east-1", base, witnessAnywhere).send(new CreateClusterCommand(multiRegion()));
    expect(ok.status).toBe("PENDING_SETUP");
    const checks = env.backend.iam.requests().filter((r) => r.action === "dsql:PutWitnessRegion");
    expect(checks.map((r) => [r.region, r.resource, r.decision])).toEqual([
      ["us-east-1", ANY_EAST1, "allowed"],
      [WITNESS, `arn:aws:dsql:${WITNESS}:${ACCOUNT}:cluster/*`, "allowed"],
    ]);
    const otherWitness = allow("dsql:PutWitnessRegion", `arn:aws:dsql:*:${ACCOUNT}:cluster/*`, { StringEquals: { "dsql:WitnessRegion": "eu-west-1" } });
    await expectDenied(env.backend, () => env.as("us-east-1", base, otherWitness).send(new CreateClusterCommand(multiRegion())), "dsql:PutWitnessRegion", ANY_EAST1);
  });

  it("an SCP that denies the witness Region denies the create (the check in the witness Region)", async () => {
    const env = setup();
    const client = env.backend.attach(new DSQLClient({ region: "us-east-1" }), {
      iam: {
        principal: ROLE,
        policies: [policy(allow(multiRegionActions, `arn:aws:dsql:*:${ACCOUNT}:cluster/*`))],
        serviceControlPolicies: [policy(allow("*", "*"), { Effect: "Deny", Action: "*", Resource: "*", Condition: { StringEquals: { "aws:RequestedRegion": WITNESS } } })],
      },
    });
    await expectDenied(env.backend, () => client.send(new CreateClusterCommand(multiRegion())), "dsql:PutWitnessRegion", `arn:aws:dsql:${WITNESS}:${ACCOUNT}:cluster/*`, "with an explicit deny in a service control policy");
  });

  it("dsql:AddPeerCluster is needed on the local cluster and on each peer's exact ARN", async () => {
    const env = setup();
    const first = await env.admin("us-east-1").send(new CreateClusterCommand(multiRegion()));
    const ANY_EAST2 = `arn:aws:dsql:us-east-2:${ACCOUNT}:cluster/*`;
    const base = allow(multiRegionActions, `arn:aws:dsql:*:${ACCOUNT}:cluster/*`);
    // No AddPeerCluster at all: denied on the local cluster first.
    await expectDenied(env.backend, () => env.as("us-east-2", base).send(new CreateClusterCommand(multiRegion([first.arn!]))), "dsql:AddPeerCluster", ANY_EAST2);
    // On the local cluster only: denied on the peer's ARN.
    await expectDenied(env.backend, () => env.as("us-east-2", base, allow("dsql:AddPeerCluster", ANY_EAST2)).send(new CreateClusterCommand(multiRegion([first.arn!]))), "dsql:AddPeerCluster", first.arn!);
    // On the peer only: denied on the local cluster.
    await expectDenied(env.backend, () => env.as("us-east-2", base, allow("dsql:AddPeerCluster", first.arn!)).send(new CreateClusterCommand(multiRegion([first.arn!]))), "dsql:AddPeerCluster", ANY_EAST2);
    // Both: allowed.
    const second = await env.as("us-east-2", base, allow("dsql:AddPeerCluster", [ANY_EAST2, first.arn!])).send(new CreateClusterCommand(multiRegion([first.arn!])));
    expect(second.multiRegionProperties?.clusters).toContain(first.arn);
  });
});

describe("resources, resource tags and the cluster's resource-based policy", () => {
  it("aws:ResourceTag comes from the cluster's current tags", async () => {
    const env = setup();
    const prod = await env.admin("us-east-1").send(new CreateClusterCommand({ tags: { env: "prod" }, deletionProtectionEnabled: false }));
    const dev = await env.admin("us-east-1").send(new CreateClusterCommand({ tags: { env: "dev" }, deletionProtectionEnabled: false }));
    const client = env.as("us-east-1", allow("dsql:DeleteCluster", ANY_EAST1, { StringEquals: { "aws:ResourceTag/env": "dev" } }), allow("dsql:TagResource"));
    await expectDenied(env.backend, () => client.send(new DeleteClusterCommand({ identifier: prod.identifier })), "dsql:DeleteCluster", prod.arn!);
    await client.send(new DeleteClusterCommand({ identifier: dev.identifier }));
    // Retagging the prod cluster as dev makes it deletable: the tags are read at each call.
    await env.admin("us-east-1").send(new TagResourceCommand({ resourceArn: prod.arn, tags: { env: "dev" } }));
    await client.send(new DeleteClusterCommand({ identifier: prod.identifier }));
  });

  it("a cluster policy (PutClusterPolicy) naming the caller allows without an identity-based policy", async () => {
    const env = setup();
    const c = await env.admin("us-east-1").send(new CreateClusterCommand({}));
    const client = env.as("us-east-1", allow("dsql:ListClusters", "*"));
    await expectDenied(env.backend, () => client.send(new GetClusterCommand({ identifier: c.identifier })), "dsql:GetCluster", c.arn!);
    const clusterPolicy = policy({ Sid: "LetCiRead", Effect: "Allow", Principal: { AWS: ROLE }, Action: "dsql:GetCluster", Resource: c.arn! } as PolicyStatement);
    await env.admin("us-east-1").send(new PutClusterPolicyCommand({ identifier: c.identifier, policy: JSON.stringify(clusterPolicy) }));
    expect((await client.send(new GetClusterCommand({ identifier: c.identifier }))).identifier).toBe(c.identifier);
    const last = env.backend.iam.requests().at(-1)!;
    expect(last).toMatchObject({ action: "dsql:GetCluster", decision: "allowed", statement: { policy: "resource", sid: "LetCiRead" } });
  });
});

describe("DSQL UpdateCluster peers", () => {
  it("linking a peer needs dsql:AddPeerCluster on the cluster's exact ARN and on the new peer's", async () => {
    const env = setup();
    const first = await env.admin("us-east-1").send(new CreateClusterCommand(multiRegion()));
    const second = await env.admin("us-east-2").send(new CreateClusterCommand(multiRegion([first.arn!])));
    const update = () => new UpdateClusterCommand({ identifier: first.identifier, multiRegionProperties: { clusters: [second.arn!] } });
    const base = allow(["dsql:UpdateCluster", "dsql:PutMultiRegionProperties"], first.arn!);
    await expectDenied(env.backend, () => env.as("us-east-1", base, allow("dsql:AddPeerCluster", first.arn!)).send(update()), "dsql:AddPeerCluster", second.arn!);
    await env.as("us-east-1", base, allow("dsql:AddPeerCluster", [first.arn!, second.arn!])).send(update());
    const peers = env.backend.iam.requests().filter((r) => r.action === "dsql:AddPeerCluster");
    expect(peers.map((r) => [r.resource, r.decision])).toEqual([
      [first.arn, "allowed"],
      [second.arn, "denied"],
      [first.arn, "allowed"],
      [second.arn, "allowed"],
    ]);
  });
});
