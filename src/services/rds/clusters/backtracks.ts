/**
 * BacktrackDBCluster and DescribeDBClusterBacktracks (Aurora MySQL only). A backtrack is a record in
 * `clusterBacktracks`, keyed by its BacktrackIdentifier (a UUID): `applying` while the cluster is
 * `backtracking`, `completed` when both settle. Records name their cluster by DbClusterResourceId, so
 * they follow a renamed cluster and never show on a new cluster that reuses a deleted one's identifier.
 */
import { timestampsOf } from "../shared/shape.js";
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { DBClusterBacktrack } from "@aws-sdk/client-rds";
import type { TransitionTable } from "../../../core/lifecycle.js";
import { fail } from "../../../core/aws-error.js";
import { toOutput } from "../../../core/output.js";
import type { CallContext } from "../../../core/service.js";
import { findCluster } from "./resource.js";
import { engineSpec } from "../engines/engines.js";
import { describePage, filterPredicate, pageSize, type FilterTable } from "../shared/filters.js";
import { own } from "../shared/identifiers.js";
import { checkClusterState } from "./members.js";
import { M } from "../messages/index.js";
import { beginCluster } from "../shared/resource-keys.js";
import { timeOf } from "../restores/common.js";
import { clusterTransitions } from "./transitions.js";
import type { BacktrackRecord, ClusterRecord, RdsWorld } from "../world.js";

const TIMESTAMPS = timestampsOf("DBClusterBacktrack");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Engine modes that rule Backtrack out (the Aurora User Guide's limitations: Serverless v1, multi-master and
 * global databases). AWS answers such a cluster, and any engine but Aurora MySQL, with InvalidParameterCombination
 * ("Aurora MySQL Engine Version ... with mode: SERVERLESS does not support Backtrack.").
 */
const NO_BACKTRACK_MODES = ["serverless", "multimaster", "global"];

function checkSupportsBacktrack(cluster: ClusterRecord): void {
  const mode = cluster.EngineMode ?? "provisioned";
  if (!engineSpec(cluster.Engine)?.backtrack || NO_BACKTRACK_MODES.includes(mode)) {
    fail("InvalidParameterCombination", M.backtrackUnsupported(cluster.DBClusterIdentifier, cluster.Engine!, cluster.EngineVersion!, mode));
  }
}

/** Backtracks in request order (creation time, then id): a sort key that never changes. */
const byRequestTime = (id: string, b: BacktrackRecord) => `${String(b.BacktrackRequestCreationTime).padStart(15, "0")}/${id}`;

const BACKTRACK_FILTERS: FilterTable<BacktrackRecord> = {
  "db-cluster-backtrack-id": (b) => [b.BacktrackIdentifier],
  "db-cluster-backtrack-status": (b) => [b.Status],
};

function shapeBacktrack(record: BacktrackRecord, cluster: ClusterRecord): DBClusterBacktrack & Record<string, unknown> {
  const { ClusterResourceId: _resource, ...rest } = record;
  return toOutput<DBClusterBacktrack & Record<string, unknown>>({ ...rest, DBClusterIdentifier: cluster.DBClusterIdentifier }, TIMESTAMPS);
}

/** The earliest time the cluster can be backtracked to now: the later of EarliestBacktrackTime and now - BacktrackWindow. */
function earliestBacktrack(cluster: ClusterRecord, now: number): number {
  return Math.max(cluster.EarliestBacktrackTime ?? cluster.ClusterCreateTime ?? now, now - (cluster.BacktrackWindow ?? 0) * 1000);
}

export const backtrackOperations: Operations<typeof Sdk, RdsWorld> = {
  // Force is accepted: binary logging is a cluster parameter, and parameter group values do not reach
  // the cluster, so no cluster has it on and no backtrack is refused for it.
  BacktrackDBCluster(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    const id = cluster.DBClusterIdentifier;
    checkSupportsBacktrack(cluster);
    if (!((cluster.BacktrackWindow ?? 0) > 0)) fail("InvalidDBClusterStateFault", M.backtrackDisabled(id));
    checkClusterState(cluster, "available");
    const now = ctx.now();
    let to = timeOf(input.BacktrackTo, "BacktrackTo");
    if (to > now) fail("InvalidParameterValue", M.backtrackFuture(iso(to), iso(now)));
    const earliest = earliestBacktrack(cluster, now);
    if (to < earliest) {
      if (input.UseEarliestTimeOnPointInTimeUnavailable !== true) fail("InvalidParameterValue", M.backtrackTooEarly(iso(to), iso(earliest)));
      to = earliest;
    }
    // Every check has passed: from here on, state changes.
    const record: BacktrackRecord = {
      DBClusterIdentifier: id,
      BacktrackIdentifier: ctx.ids.uuid(),
      BacktrackTo: to,
      BacktrackedFrom: now,
      BacktrackRequestCreationTime: now,
      Status: "applying",
      ClusterResourceId: cluster.DbClusterResourceId!,
    };
    ctx.world.clusterBacktracks[record.BacktrackIdentifier] = record;
    beginCluster(ctx, cluster, "backtrack");
    ctx.lifecycle.begin("clusterBacktrack", record.BacktrackIdentifier, "apply");
    return shapeBacktrack(record, cluster);
  },

  DescribeDBClusterBacktracks(input, ctx) {
    const cluster = findCluster(ctx, input.DBClusterIdentifier!);
    checkSupportsBacktrack(cluster);
    pageSize(input); // checked even when one backtrack is asked for
    const keep = filterPredicate(input.Filters, BACKTRACK_FILTERS);
    const ofCluster = (b: BacktrackRecord) => b.ClusterResourceId === cluster.DbClusterResourceId;
    if (input.BacktrackIdentifier !== undefined) {
      const wanted = input.BacktrackIdentifier.toLowerCase();
      if (!UUID.test(wanted)) fail("InvalidParameterValue", M.backtrackIdFormat(input.BacktrackIdentifier));
      const record = own(ctx.world.clusterBacktracks, wanted);
      if (!record || !ofCluster(record)) fail("DBClusterBacktrackNotFoundFault", M.backtrackNotFound(input.BacktrackIdentifier, cluster.DBClusterIdentifier));
      return { DBClusterBacktracks: keep(record) ? [shapeBacktrack(record, cluster)] : [] };
    }
    const page = describePage(ctx.world.clusterBacktracks, input, (b) => ofCluster(b) && keep(b), byRequestTime);
    return { DBClusterBacktracks: page.items.map((b) => shapeBacktrack(b, cluster)), Marker: page.Marker };
  },
};

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** A backtrack settles with its cluster's `backtracking` -> `available`. */
export const backtrackTransitions: TransitionTable<RdsWorld> = {
  clusterBacktrack: {
    collection: (w) => w.clusterBacktracks,
    statusField: "Status",
    events: {
      apply: { during: "applying", then: "completed", ms: clusterTransitions.cluster.events.backtrack.ms },
    },
  },
};

/** DeleteDBCluster takes the cluster's backtrack history with it. */
export function dropClusterBacktracks(ctx: CallContext<RdsWorld>, cluster: ClusterRecord): void {
  const backtracks = ctx.world.clusterBacktracks ?? {};
  for (const [id, b] of Object.entries(backtracks)) {
    if (b.ClusterResourceId !== cluster.DbClusterResourceId) continue;
    ctx.lifecycle.cancel("clusterBacktrack", id);
    delete backtracks[id];
  }
}
