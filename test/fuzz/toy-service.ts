/**
 * A tiny DSQL simulation with switchable, planted defects, used only to prove that the fuzz harness
 * finds each kind of defect it claims to find (and reports nothing against a correct simulation).
 * It spreads the real DSQL definition (constraint table, errors) and runs on the real core.
 */
import { MockBackend, type MockBackendOptions } from "../../src/index.js";
import { fail } from "../../src/core/aws-error.js";
import { paginate } from "../../src/core/paging.js";
import { arn } from "../../src/core/regions.js";
import { toOutput } from "../../src/core/output.js";
import type { ServiceDefinition } from "../../src/core/service.js";
import { dsql } from "../../src/services/dsql/index.js";
import { sdkLoaders } from "../../src/services/registry.js";

export interface ToyDefects {
  /** TagResource crashes (TypeError) on a tag key containing a dot. */
  typeError?: boolean;
  /** DeleteCluster of a protected cluster marks it DELETING, then fails. */
  halfApplied?: boolean;
  /** GetCluster answers `encryptionDetails: null` instead of leaving it out. */
  nullMember?: boolean;
  /** ListTagsForResource hands out the state's own tag map. */
  sharedOutput?: boolean;
  /** CreateCluster keeps a Date object in state. */
  dateInState?: boolean;
  /** GetCluster answers `multiRegionProperties: { witnessRegion: undefined }`: a key the SDK never builds. */
  undefinedMember?: boolean;
  /** TagResource counts tag keys in `counts[key].n`: a `__proto__` key pollutes Object.prototype. */
  pollution?: boolean;
}

interface ToyCluster {
  identifier: string;
  arn: string;
  status: string;
  creationTime: number | Date;
  deletionProtectionEnabled: boolean;
  tags: Record<string, string>;
}

interface ToyWorld {
  clusters: Record<string, ToyCluster>;
}

const TIMES = new Set(["creationTime"]);

function find(world: ToyWorld, id: string): ToyCluster {
  return world.clusters[id] ?? fail("ResourceNotFoundException", `Cluster ${id} does not exist`, { resourceId: id, resourceType: "cluster" });
}

function byArn(world: ToyWorld, resourceArn: string): ToyCluster {
  const id = resourceArn.split("/").pop() ?? "";
  return find(world, id);
}

export function toyDsql(defects: ToyDefects = {}): ServiceDefinition<ToyWorld> {
  return {
    // The real definition's identity, errors and constraint table; the world and handlers are the toy's.
    ...dsql,
    quotas: undefined,
    iam: undefined,
    createWorld: () => ({ clusters: {} }),
    transitions: {
      cluster: {
        collection: (w) => w.clusters,
        statusField: "status",
        events: { create: { during: "CREATING", then: "ACTIVE", ms: 60_000 }, delete: { during: "DELETING", then: null, ms: 60_000 } },
      },
    },
    operations: {
      CreateCluster(input, ctx) {
        const identifier = ctx.ids.lowerAlnum(26);
        ctx.world.clusters[identifier] = {
          identifier,
          arn: arn("dsql", ctx.region, ctx.accountId, `cluster/${identifier}`),
          status: "CREATING",
          creationTime: defects.dateInState ? new Date(ctx.now()) : ctx.now(),
          deletionProtectionEnabled: input.deletionProtectionEnabled ?? true,
          tags: { ...(input.tags ?? {}) },
        };
        ctx.lifecycle.begin("cluster", identifier, "create");
        const { tags: _tags, ...out } = ctx.world.clusters[identifier];
        return toOutput({ ...out, creationTime: +out.creationTime }, TIMES);
      },
      GetCluster(input, ctx) {
        const c = find(ctx.world, input.identifier);
        const out = toOutput<Record<string, unknown>>(c, TIMES);
        if (defects.undefinedMember) return { ...out, multiRegionProperties: { witnessRegion: undefined } };
        return defects.nullMember ? { ...out, encryptionDetails: null } : out;
      },
      ListClusters(input, ctx) {
        const entries = Object.entries(ctx.world.clusters).sort(([a], [b]) => (a < b ? -1 : 1));
        const page = paginate(entries, input.maxResults ?? 20, input.nextToken, () =>
          fail("ValidationException", "The nextToken is not valid", { reason: "other" }),
        );
        return { clusters: page.items.map((c) => ({ identifier: c.identifier, arn: c.arn })), nextToken: page.next };
      },
      DeleteCluster(input, ctx) {
        const c = find(ctx.world, input.identifier);
        if (defects.halfApplied) c.status = "DELETING";
        if (c.deletionProtectionEnabled) fail("ValidationException", "Deletion protection is enabled", { reason: "other" });
        ctx.lifecycle.begin("cluster", c.identifier, "delete");
        return toOutput({ identifier: c.identifier, arn: c.arn, status: c.status, creationTime: c.creationTime }, TIMES);
      },
      TagResource(input, ctx) {
        const c = byArn(ctx.world, input.resourceArn);
        const counts: Record<string, { n: number }> = {};
        for (const k of Object.keys(input.tags)) {
          if (defects.typeError && k.includes(".")) (undefined as any).boom();
          if (defects.pollution) (counts[k] ??= { n: 0 }).n++;
        }
        Object.assign(c.tags, input.tags);
        return {};
      },
      ListTagsForResource(input, ctx) {
        const c = byArn(ctx.world, input.resourceArn);
        return { tags: defects.sharedOutput ? c.tags : { ...c.tags } };
      },
    },
  };
}

/** A backend whose DSQL is the toy (other services: none). */
export function toyBackendFactory(defects: ToyDefects = {}) {
  const definition = toyDsql(defects);
  return {
    definitions: { DSQLClient: definition },
    makeBackend: (options: MockBackendOptions) => new MockBackend({ DSQLClient: definition }, sdkLoaders, options),
  };
}
