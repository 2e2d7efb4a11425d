/**
 * RDS Blue/Green Deployments: Create/Describe/Switchover/DeleteBlueGreenDeployment, for a standalone
 * DB instance (RDS for MySQL, MariaDB, PostgreSQL) or an Aurora DB cluster. The green environment is
 * real state (green.ts); the status runs on the clock (transitions.ts); switchover renames the
 * databases (environments.ts).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { BGM } from "../messages/index.js";
import { describeResourcePage, filterPredicate, pageSize, type FilterTable } from "../shared/filters.js";
import { checkTags } from "../shared/tags.js";
import type { BlueGreenDeploymentRecord, BlueGreenPair, RdsWorld } from "../world.js";
import { arnOf, deleteGreen, sideOf, statusOf } from "./environments.js";
import { checkClusterQuotas, checkInstanceQuotas, createGreenCluster, createGreenInstance } from "./green.js";
import { blueGreenDeployments } from "./resource.js";
import { checkClusterTarget, checkInstanceTarget, checkSource, findSource } from "./rules.js";
import { shapeDeployment } from "./shape.js";

export { blueGreenTransitions } from "./transitions.js";

/** The tasks AWS lists for each kind of source (API reference examples), in order. */
const TASKS = {
  db: ["CREATING_READ_REPLICA_OF_SOURCE", "DB_ENGINE_VERSION_UPGRADE", "CONFIGURE_BACKUPS", "CREATING_TOPOLOGY_OF_SOURCE"],
  cluster: ["CREATING_READ_REPLICA_OF_SOURCE", "DB_ENGINE_VERSION_UPGRADE", "CREATE_DB_INSTANCES_FOR_CLUSTER", "CREATE_CUSTOM_ENDPOINTS"],
};

const FILTERS: FilterTable<BlueGreenDeploymentRecord> = {
  "blue-green-deployment-identifier": (d) => [d.BlueGreenDeploymentIdentifier],
  "blue-green-deployment-name": (d) => [d.BlueGreenDeploymentName],
  source: (d) => [d.Source],
  target: (d) => [d.Target],
};

/** The deployment must be in one of `allowed`, else InvalidBlueGreenDeploymentStateFault. */
function checkStatus(d: BlueGreenDeploymentRecord, allowed: readonly string[]): void {
  if (!allowed.includes(d.Status)) fail("InvalidBlueGreenDeploymentStateFault", BGM.state(d.BlueGreenDeploymentIdentifier, d.Status, allowed.join(" or ")));
}

export const blueGreenOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateBlueGreenDeployment(input, ctx) {
    const name = input.BlueGreenDeploymentName!;
    const tags = checkTags(input.Tags);
    // "Can't be the same as an existing blue/green deployment name in the same account and Region."
    if (Object.values(ctx.world.blueGreenDeployments ?? {}).some((d) => d.BlueGreenDeploymentName.toLowerCase() === name.toLowerCase())) {
      fail("BlueGreenDeploymentAlreadyExistsFault", BGM.nameTaken(name));
    }
    const source = findSource(ctx, input.Source!);
    checkSource(ctx, source);
    const target = source.type === "db" ? checkInstanceTarget(ctx, input, source.record) : checkClusterTarget(ctx, input, source.record);
    const blueArns = source.type === "db" ? [source.record.DBInstanceArn] : [source.record.DBClusterArn, ...(source.record.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier && source.record.DBClusterArn!.replace(/:cluster:[^:]+$/, `:db:${m.DBInstanceIdentifier}`))];
    for (const c of input.TargetResourceConfigurations ?? []) if (!blueArns.includes(c.SourceArn)) fail("InvalidParameterValue", BGM.resourceConfig(String(c.SourceArn)));
    if (source.type === "db") checkInstanceQuotas(ctx, input, source.record);
    else checkClusterQuotas(ctx, source.record);
    // Every check has passed: from here on, state changes.
    const pairs: BlueGreenPair[] = source.type === "db" ? [createGreenInstance(ctx, input, source.record, target)] : createGreenCluster(ctx, input, source.record, target);
    const details = pairs.map((p) => ({ SourceMember: arnOf(sideOf(ctx, p, "blue")!), TargetMember: arnOf(sideOf(ctx, p, "green")!), Status: "PROVISIONING" }));
    const id = `bgd-${ctx.ids.lowerAlnum(16)}`;
    const record: BlueGreenDeploymentRecord = {
      BlueGreenDeploymentIdentifier: id,
      BlueGreenDeploymentName: name,
      Source: details[0].SourceMember,
      Target: details[0].TargetMember,
      SwitchoverDetails: details,
      Tasks: TASKS[source.type].map((Name, i) => ({ Name, Status: i === 0 ? "IN_PROGRESS" : "PENDING" })),
      Status: "PROVISIONING",
      CreateTime: ctx.now(),
      TagList: tags,
      Pairs: pairs,
    };
    ctx.world.blueGreenDeployments ??= {};
    blueGreenDeployments.insert(ctx, id, record);
    blueGreenDeployments.begin(ctx, record, "create");
    return { BlueGreenDeployment: shapeDeployment(record) };
  },

  DescribeBlueGreenDeployments(input, ctx) {
    pageSize(input);
    const keep = filterPredicate(input.Filters, FILTERS);
    if (input.BlueGreenDeploymentIdentifier !== undefined) {
      const d = blueGreenDeployments.get(ctx, input.BlueGreenDeploymentIdentifier);
      return { BlueGreenDeployments: keep(d) ? [shapeDeployment(d)] : [] };
    }
    const page = describeResourcePage(blueGreenDeployments, ctx, input, keep);
    return { BlueGreenDeployments: page.items.map(shapeDeployment), Marker: page.Marker };
  },

  SwitchoverBlueGreenDeployment(input, ctx) {
    const d = blueGreenDeployments.get(ctx, input.BlueGreenDeploymentIdentifier!);
    checkStatus(d, ["AVAILABLE"]);
    // Switchover guardrails: every database on both sides must be available.
    for (const pair of d.Pairs) {
      for (const side of ["blue", "green"] as const) {
        const db = sideOf(ctx, pair, side);
        if (!db || statusOf(db) !== "available") fail("InvalidBlueGreenDeploymentStateFault", BGM.notReady(db ? arnOf(db) : pair[side], db ? statusOf(db) : "missing"));
      }
    }
    // Default 300 seconds (API reference); the model's minimum is 30.
    d.SwitchoverTimeout = input.SwitchoverTimeout ?? 300;
    blueGreenDeployments.begin(ctx, d, "switchover");
    return { BlueGreenDeployment: shapeDeployment(d) };
  },

  DeleteBlueGreenDeployment(input, ctx) {
    const d = blueGreenDeployments.get(ctx, input.BlueGreenDeploymentIdentifier!);
    // "You can't specify this option if the blue/green deployment status is SWITCHOVER_COMPLETED."
    if (input.DeleteTarget === true && d.Status === "SWITCHOVER_COMPLETED") fail("InvalidParameterCombination", BGM.deleteTarget(d.BlueGreenDeploymentIdentifier));
    checkStatus(d, ["PROVISIONING", "AVAILABLE", "SWITCHOVER_COMPLETED", "SWITCHOVER_FAILED", "INVALID_CONFIGURATION"]);
    // Every check has passed: from here on, state changes.
    if (input.DeleteTarget === true) deleteGreen(ctx, d);
    d.DeleteTime = ctx.now();
    blueGreenDeployments.begin(ctx, d, "delete");
    return { BlueGreenDeployment: shapeDeployment(d) };
  },
};
