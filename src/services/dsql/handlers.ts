/**
 * The 16 DSQL operations: read the input, call the state functions, shape the output. Operations
 * with a `clientToken` go through `idempotent`, which answers a retry with the original result.
 */
import { toOutput } from "../../core/output.js";
import { pageOf } from "../../core/paging.js";
import type { OperationHandler } from "../../core/service.js";
import { createCluster, deleteCluster, updateCluster } from "./clusters.js";
import { invalid, type ResourceType } from "./errors.js";
import { remember, replayed } from "./idempotency.js";
import { findCluster, findStream } from "./lookup.js";
import { messages } from "./messages.js";
import { clusterVpcEndpoint, vpcEndpointServiceName } from "./naming.js";
import { deleteClusterPolicy, getClusterPolicy, putClusterPolicy } from "./policies.js";
import {
  clusterStatusOutput,
  clusterSummary,
  createClusterOutput,
  createStreamOutput,
  getClusterOutput,
  getStreamOutput,
  streamSummary,
} from "./shape.js";
import { createStream, deleteStream } from "./streams.js";
import { listTags, tagResource, untagResource } from "./tags.js";
import { TIMESTAMP_KEYS, type DsqlContext, type DsqlWorld } from "./world.js";

type Handler = OperationHandler<DsqlWorld>;
type StateOutput = Record<string, unknown>;

const out = (value: unknown): StateOutput => toOutput(value, TIMESTAMP_KEYS);

/** Wraps an operation that takes a clientToken; `run` names the resource it acted on. */
function idempotent(operation: string, type: ResourceType, run: (input: any, ctx: DsqlContext) => { id: string; output: StateOutput }): Handler {
  return (input, ctx) => {
    const again = replayed(ctx, operation, input);
    if (again) return again;
    const { id, output } = run(input, ctx);
    remember(ctx, operation, input, { type, id }, output);
    return out(output);
  };
}

/** One page of a world collection in identifier order, from its cached sorted index. */
function page<T>(collection: Record<string, T>, size: number, token: string | undefined, keep?: (record: T) => boolean) {
  return pageOf(collection, { size, token, keep, invalidToken: () => invalid("nextToken", messages.nextTokenInvalid(String(token))) });
}

export const operations: Record<string, Handler> = {
  CreateCluster: idempotent("CreateCluster", "cluster", (input, ctx) => {
    const c = createCluster(ctx, input);
    return { id: c.identifier, output: createClusterOutput(c) };
  }),
  GetCluster: (input, ctx) => out(getClusterOutput(findCluster(ctx, input.identifier))),
  UpdateCluster: idempotent("UpdateCluster", "cluster", (input, ctx) => {
    const c = updateCluster(ctx, input);
    return { id: c.identifier, output: clusterStatusOutput(c) };
  }),
  DeleteCluster: idempotent("DeleteCluster", "cluster", (input, ctx) => {
    const c = deleteCluster(ctx, input.identifier);
    return { id: c.identifier, output: clusterStatusOutput(c) };
  }),
  ListClusters: (input, ctx) => {
    const p = page(ctx.world.clusters, input.maxResults ?? 20, input.nextToken);
    return out({ clusters: p.items.map(clusterSummary), nextToken: p.next });
  },
  GetVpcEndpointServiceName: (input, ctx) => {
    const c = findCluster(ctx, input.identifier);
    return { serviceName: vpcEndpointServiceName(ctx.region), clusterVpcEndpoint: clusterVpcEndpoint(ctx.region, c.identifier) };
  },

  PutClusterPolicy: idempotent("PutClusterPolicy", "cluster", (input, ctx) => ({
    id: input.identifier,
    output: putClusterPolicy(ctx, input),
  })),
  GetClusterPolicy: (input, ctx) => getClusterPolicy(ctx, input),
  DeleteClusterPolicy: idempotent("DeleteClusterPolicy", "cluster", (input, ctx) => ({
    id: input.identifier,
    output: deleteClusterPolicy(ctx, input),
  })),

  TagResource: (input, ctx) => {
    tagResource(ctx, input);
    return {};
  },
  UntagResource: (input, ctx) => {
    untagResource(ctx, input);
    return {};
  },
  ListTagsForResource: (input, ctx) => out(listTags(ctx, input)),

  CreateStream: idempotent("CreateStream", "stream", (input, ctx) => {
    const s = createStream(ctx, input);
    return { id: s.streamIdentifier, output: createStreamOutput(s) };
  }),
  GetStream: (input, ctx) => out(getStreamOutput(findStream(ctx, input.clusterIdentifier, input.streamIdentifier))),
  ListStreams: (input, ctx) => {
    findCluster(ctx, input.clusterIdentifier);
    const id = input.clusterIdentifier;
    const p = page(ctx.world.streams, input.maxResults ?? 10, input.nextToken, (s) => s.clusterIdentifier === id);
    return out({ streams: p.items.map(streamSummary), nextToken: p.next });
  },
  DeleteStream: idempotent("DeleteStream", "stream", (input, ctx) => {
    const s = deleteStream(ctx, input);
    return { id: s.streamIdentifier, output: streamSummary(s) };
  }),
};
