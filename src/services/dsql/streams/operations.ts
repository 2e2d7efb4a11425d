/**
 * Change data capture streams of a cluster (CreateStream, GetStream, ListStreams, DeleteStream). A
 * stream is created on an ACTIVE cluster, goes CREATING -> ACTIVE, and DELETING -> gone. Streams are
 * deleted with their cluster (clusters/operations.ts, clusters/transitions.ts).
 */
import type * as Sdk from "@aws-sdk/client-dsql";
import type { Operations } from "../../../core/operations.js";
import { clusters } from "../clusters/resource.js";
import { conflict, invalid } from "../errors.js";
import { messages } from "../messages.js";
import { idempotent } from "../shared/idempotency.js";
import { DEFAULT_PAGE_SIZE, invalidToken, out } from "../shared/output.js";
import { checkTagKeys, copyTags } from "../shared/tags.js";
import type { DsqlWorld, StreamRecord } from "../world.js";
import { streams } from "./resource.js";
import { checkClusterActive, checkStreamQuota, checkTarget } from "./rules.js";
import { createStreamOutput, getStreamOutput, streamSummary } from "./shape.js";

export const streamOperations: Operations<typeof Sdk, DsqlWorld> = {
  CreateStream: idempotent("CreateStream", "stream", (input, ctx) => {
    const c = clusters.get(ctx, input.clusterIdentifier!);
    checkClusterActive(c);
    // Validation guarantees both members of a given target (required in the model).
    const kinesis = input.targetDefinition!.kinesis as { streamArn: string; roleArn: string } | undefined;
    if (!kinesis) return invalid("targetDefinition", messages.streamTargetRequired());
    checkTarget(ctx, kinesis);
    checkTagKeys(input.tags);
    checkStreamQuota(ctx, c.identifier);

    const streamIdentifier = ctx.ids.lowerAlnum(26);
    const s: StreamRecord = {
      clusterIdentifier: c.identifier,
      streamIdentifier,
      arn: streams.arnOf(ctx, streamIdentifier, c.identifier),
      status: "CREATING",
      creationTime: ctx.now(),
      ordering: input.ordering!,
      format: input.format!,
      targetDefinition: { kinesis: { streamArn: kinesis.streamArn, roleArn: kinesis.roleArn } },
      tags: copyTags(input.tags),
    };
    streams.insert(ctx, streamIdentifier, s);
    streams.begin(ctx, s, "create");
    return { id: streamIdentifier, output: createStreamOutput(s) };
  }),

  GetStream: (input, ctx) => out(getStreamOutput(streams.getIn(ctx, input.clusterIdentifier!, input.streamIdentifier!))),

  ListStreams: (input, ctx) => {
    const id = clusters.get(ctx, input.clusterIdentifier!).identifier;
    const keep = (s: StreamRecord) => s.clusterIdentifier === id;
    const size = input.maxResults ?? DEFAULT_PAGE_SIZE.ListStreams;
    const p = streams.page(ctx, { size, token: input.nextToken, invalidToken: invalidToken(input.nextToken), keep });
    return out({ streams: p.items.map(streamSummary), nextToken: p.next });
  },

  /** A stream already being deleted answers as it is; one still being created must finish first. */
  DeleteStream: idempotent("DeleteStream", "stream", (input, ctx) => {
    const s = streams.getIn(ctx, input.clusterIdentifier!, input.streamIdentifier!);
    if (s.status === "CREATING") conflict("stream", s.streamIdentifier, messages.streamBusy(s.streamIdentifier, s.status));
    if (s.status !== "DELETING") streams.begin(ctx, s, "delete");
    return { id: s.streamIdentifier, output: streamSummary(s) };
  }),
};
