/**
 * Every DSQL output has exactly the members the model declares for it (no extra ones, none of those
 * AWS returns missing), with the deserializer's types; and the service-wide errors of the model
 * (AccessDenied, Throttling, InternalServer) reach the caller as the SDK's own classes.
 */
import {
  AccessDeniedException,
  CreateClusterCommand,
  CreateStreamCommand,
  DeleteClusterCommand,
  DeleteClusterPolicyCommand,
  DeleteStreamCommand,
  DSQLServiceException,
  GetClusterCommand,
  GetClusterPolicyCommand,
  GetStreamCommand,
  GetVpcEndpointServiceNameCommand,
  InternalServerException,
  ListClustersCommand,
  ListStreamsCommand,
  ListTagsForResourceCommand,
  PutClusterPolicyCommand,
  TagResourceCommand,
  ThrottlingException,
  UntagResourceCommand,
  UpdateClusterCommand,
} from "@aws-sdk/client-dsql";
import { describe, expect, it } from "vitest";
import { ACCOUNT, activeCluster, expectFailure, setup } from "./setup.js";

const POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "dsql:DbConnect", Resource: "*" }],
});
const TARGET = { kinesis: { streamArn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/cdc`, roleArn: `arn:aws:iam::${ACCOUNT}:role/cdc` } };

/** The output's member names, `$metadata` left out. */
function members(output: object): string[] {
  return Object.keys(output)
    .filter((k) => k !== "$metadata")
    .sort();
}

const CLUSTER_STATUS = ["arn", "creationTime", "identifier", "status"];
const CREATE_CLUSTER = [...CLUSTER_STATUS, "deletionProtectionEnabled", "encryptionDetails", "endpoint"].sort();
const STREAM_SUMMARY = ["arn", "clusterIdentifier", "creationTime", "status", "streamIdentifier"];

describe("output members, per the model", () => {
  it("cluster operations answer exactly their modeled members, with Date timestamps", async () => {
    const env = setup();
    const client = env.client();
    const created = await client.send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    expect(members(created)).toEqual(CREATE_CLUSTER);
    expect(members(created.encryptionDetails!)).toEqual(["encryptionStatus", "encryptionType"]);
    const id = created.identifier!;

    const got = await client.send(new GetClusterCommand({ identifier: id }));
    expect(members(got)).toEqual([...CREATE_CLUSTER, "tags"].sort());
    expect(got.creationTime).toBeInstanceOf(Date);

    const updated = await client.send(new UpdateClusterCommand({ identifier: id, deletionProtectionEnabled: false, kmsEncryptionKey: "alias/k" }));
    expect(members(updated)).toEqual(CLUSTER_STATUS);
    expect(updated.creationTime).toBeInstanceOf(Date);
    const cmk = await client.send(new GetClusterCommand({ identifier: id }));
    expect(members(cmk.encryptionDetails!)).toEqual(["encryptionStatus", "encryptionType", "kmsKeyArn"]);

    const listed = await client.send(new ListClustersCommand({}));
    expect(members(listed)).toEqual(["clusters"]);
    expect(members(listed.clusters![0])).toEqual(["arn", "identifier"]);
    const paged = await client.send(new ListClustersCommand({ maxResults: 1 }));
    expect(members(paged)).toEqual(["clusters"]);
    await client.send(new CreateClusterCommand({ deletionProtectionEnabled: false }));
    expect(members(await client.send(new ListClustersCommand({ maxResults: 1 })))).toEqual(["clusters", "nextToken"]);

    const vpc = await client.send(new GetVpcEndpointServiceNameCommand({ identifier: id }));
    expect(members(vpc)).toEqual(["clusterVpcEndpoint", "serviceName"]);

    const deleted = await client.send(new DeleteClusterCommand({ identifier: id }));
    expect(members(deleted)).toEqual(CLUSTER_STATUS);
    expect(deleted.creationTime).toBeInstanceOf(Date);
  });

  it("a multi-Region cluster adds multiRegionProperties to CreateCluster and GetCluster only", async () => {
    const env = setup();
    const created = await env.client().send(new CreateClusterCommand({ multiRegionProperties: { witnessRegion: "us-west-2" } }));
    expect(members(created)).toEqual([...CREATE_CLUSTER, "multiRegionProperties"].sort());
    expect(members(created.multiRegionProperties!)).toEqual(["clusters", "witnessRegion"]);
    const got = await env.client().send(new GetClusterCommand({ identifier: created.identifier }));
    expect(members(got)).toEqual([...CREATE_CLUSTER, "multiRegionProperties", "tags"].sort());
    const updated = await env.client().send(new UpdateClusterCommand({ identifier: created.identifier, deletionProtectionEnabled: false }));
    expect(members(updated)).toEqual(CLUSTER_STATUS);
  });

  it("policy, tag and stream operations answer exactly their modeled members", async () => {
    const env = setup();
    const client = env.client();
    const { identifier, arn } = await activeCluster(env);
    expect(members(await client.send(new PutClusterPolicyCommand({ identifier, policy: POLICY })))).toEqual(["policyVersion"]);
    expect(members(await client.send(new GetClusterPolicyCommand({ identifier })))).toEqual(["policy", "policyVersion"]);
    expect(members(await client.send(new DeleteClusterPolicyCommand({ identifier })))).toEqual(["policyVersion"]);

    expect(members(await client.send(new TagResourceCommand({ resourceArn: arn, tags: { a: "1" } })))).toEqual([]);
    expect(members(await client.send(new ListTagsForResourceCommand({ resourceArn: arn })))).toEqual(["tags"]);
    expect(members(await client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ["a"] })))).toEqual([]);

    const stream = await client.send(
      new CreateStreamCommand({ clusterIdentifier: identifier, targetDefinition: TARGET, ordering: "UNORDERED", format: "JSON" }),
    );
    expect(members(stream)).toEqual([...STREAM_SUMMARY, "format", "ordering"].sort());
    expect(stream.creationTime).toBeInstanceOf(Date);
    const streamIdentifier = stream.streamIdentifier!;
    const got = await client.send(new GetStreamCommand({ clusterIdentifier: identifier, streamIdentifier }));
    // statusReason is only answered for a FAILED or IMPAIRED stream.
    expect(members(got)).toEqual([...STREAM_SUMMARY, "format", "ordering", "tags", "targetDefinition"].sort());
    const listed = await client.send(new ListStreamsCommand({ clusterIdentifier: identifier }));
    expect(members(listed)).toEqual(["streams"]);
    expect(members(listed.streams![0])).toEqual(STREAM_SUMMARY);
    expect(listed.streams![0].creationTime).toBeInstanceOf(Date);
    const deleted = await client.send(new DeleteStreamCommand({ clusterIdentifier: identifier, streamIdentifier }));
    expect(members(deleted)).toEqual(STREAM_SUMMARY);
  });
});

describe("service-wide errors of the model", () => {
  it.each([
    ["AccessDeniedException", AccessDeniedException, 403, {}],
    ["ThrottlingException", ThrottlingException, 429, { serviceCode: "dsql", quotaCode: "L-1", retryAfterSeconds: 3 }],
    ["InternalServerException", InternalServerException, 500, { retryAfterSeconds: 1 }],
  ] as const)("an injected %s is the SDK's class with its modeled members, and changes nothing", async (code, type, status, fields) => {
    const env = setup({ retries: false });
    env.backend.faults.inject({ service: "dsql", error: code, fields, times: 1 });
    const err = await expectFailure<DSQLServiceException>(env, () => env.client().send(new CreateClusterCommand({})), {
      type: type as abstract new (...args: any[]) => DSQLServiceException,
      status,
    });
    expect(err).toBeInstanceOf(type);
    expect(err).toMatchObject(fields);
    expect(members(await env.client().send(new ListClustersCommand({})))).toEqual(["clusters"]);
  });
});
