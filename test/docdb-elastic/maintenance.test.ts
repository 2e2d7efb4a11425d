import {
  ApplyPendingMaintenanceActionCommand,
  ConflictException,
  DeleteClusterCommand,
  GetClusterCommand,
  GetPendingMaintenanceActionCommand,
  ListPendingMaintenanceActionsCommand,
  paginateListPendingMaintenanceActions,
  ResourceNotFoundException,
  StopClusterCommand,
  ValidationException,
  type ApplyPendingMaintenanceActionCommandInput,
} from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { schedulePendingMaintenanceAction } from "../../src/index.js";
import { activeCluster, expectFailure, expectValidation, MINUTE, setup } from "./setup.js";

/** A backend with one ACTIVE cluster (maintenance window Sunday 05:00 UTC) and one pending SECURITY_UPDATE. */
async function withPendingAction(options = {}) {
  const { backend, client } = setup(options);
  const cluster = await activeCluster(client, { preferredMaintenanceWindow: "sun:05:00-sun:05:30" }, backend);
  const resourceArn = cluster.clusterArn!;
  schedulePendingMaintenanceAction(backend, { resourceArn, action: "SECURITY_UPDATE" });
  const apply = (input: Partial<ApplyPendingMaintenanceActionCommandInput>) =>
    client.send(new ApplyPendingMaintenanceActionCommand({ resourceArn, applyAction: "SECURITY_UPDATE", optInType: "IMMEDIATE", ...input }));
  return { backend, client, cluster, resourceArn, apply };
}

describe("pending maintenance actions", () => {
  it("a scheduled action shows in GetPendingMaintenanceAction and ListPendingMaintenanceActions", async () => {
    const { backend, client, resourceArn } = await withPendingAction();
    schedulePendingMaintenanceAction(backend, {
      resourceArn,
      action: "ENGINE_UPDATE",
      description: "engine patch 1.2",
      autoAppliedAfterDate: new Date("2025-02-01T00:00:00Z"),
      forcedApplyDate: "2025-03-01T00:00:00Z",
    });
    const { resourcePendingMaintenanceAction } = await client.send(new GetPendingMaintenanceActionCommand({ resourceArn }));
    expect(resourcePendingMaintenanceAction).toEqual({
      resourceArn,
      pendingMaintenanceActionDetails: [
        { action: "SECURITY_UPDATE", description: expect.any(String) },
        {
          action: "ENGINE_UPDATE",
          description: "engine patch 1.2",
          autoAppliedAfterDate: "2025-02-01T00:00:00.000Z",
          forcedApplyDate: "2025-03-01T00:00:00.000Z",
        },
      ],
    });
    const list = await client.send(new ListPendingMaintenanceActionsCommand({}));
    expect(list.resourcePendingMaintenanceActions).toEqual([resourcePendingMaintenanceAction]);
  });

  it("lists a page at a time, with the SDK's paginator", async () => {
    const { backend, client } = setup();
    const arns: string[] = [];
    for (const clusterName of ["c1", "c2", "c3"]) {
      const cluster = await activeCluster(client, { clusterName });
      schedulePendingMaintenanceAction(backend, { resourceArn: cluster.clusterArn!, action: "OS_UPDATE" });
      arns.push(cluster.clusterArn!);
    }
    await activeCluster(client, { clusterName: "c4" }); // nothing pending: not listed
    const first = await client.send(new ListPendingMaintenanceActionsCommand({ maxResults: 2 }));
    expect(first.resourcePendingMaintenanceActions).toHaveLength(2);
    expect(first.nextToken).toEqual(expect.any(String));
    const seen: string[] = [];
    for await (const page of paginateListPendingMaintenanceActions({ client, pageSize: 1 }, {})) {
      expect(page.resourcePendingMaintenanceActions!.length).toBeLessThanOrEqual(1);
      seen.push(...page.resourcePendingMaintenanceActions!.map((r) => r.resourceArn!));
    }
    expect(seen).toEqual(arns.slice().sort());
  });

  it("a cluster with nothing pending answers an empty list", async () => {
    const { client } = setup();
    const cluster = await activeCluster(client);
    const out = await client.send(new GetPendingMaintenanceActionCommand({ resourceArn: cluster.clusterArn }));
    expect(out.resourcePendingMaintenanceAction).toEqual({ resourceArn: cluster.clusterArn, pendingMaintenanceActionDetails: [] });
  });

  it("IMMEDIATE runs the maintenance now: MAINTENANCE, then ACTIVE with the action gone", async () => {
    const { client, resourceArn, apply } = await withPendingAction();
    const out = await apply({ optInType: "IMMEDIATE" });
    expect(out.resourcePendingMaintenanceAction!.pendingMaintenanceActionDetails![0]).toMatchObject({
      action: "SECURITY_UPDATE",
      optInStatus: "IMMEDIATE",
      currentApplyDate: "2025-01-01T00:00:00.000Z",
    });
    expect((await client.send(new GetClusterCommand({ clusterArn: resourceArn }))).cluster!.status).toBe("ACTIVE");
    const after = await client.send(new GetPendingMaintenanceActionCommand({ resourceArn }));
    expect(after.resourcePendingMaintenanceAction!.pendingMaintenanceActionDetails).toEqual([]);
  });

  it("an IMMEDIATE opt-in holds the cluster in MAINTENANCE for 5 minutes (timed) and cannot be undone", async () => {
    const { backend, client, resourceArn, apply } = await withPendingAction({ lifecycle: "timed" });
    await apply({ optInType: "IMMEDIATE" });
    expect((await client.send(new GetClusterCommand({ clusterArn: resourceArn }))).cluster!.status).toBe("MAINTENANCE");
    const err = await expectFailure(backend, () => apply({ optInType: "UNDO_OPT_IN" }), ConflictException, 409);
    expect(err.message).toContain("cannot be undone");
    expect(err.resourceType).toBe("pending-maintenance-action");
    backend.clock.advance(5 * MINUTE);
    expect((await client.send(new GetClusterCommand({ clusterArn: resourceArn }))).cluster!.status).toBe("ACTIVE");
    expect((await client.send(new ListPendingMaintenanceActionsCommand({}))).resourcePendingMaintenanceActions).toEqual([]);
  });

  it("NEXT_MAINTENANCE applies in the next maintenance window; UNDO_OPT_IN withdraws it", async () => {
    const { apply } = await withPendingAction();
    const next = await apply({ optInType: "NEXT_MAINTENANCE" });
    // 2025-01-01 is a Wednesday: the next Sunday 05:00 UTC is 2025-01-05.
    expect(next.resourcePendingMaintenanceAction!.pendingMaintenanceActionDetails![0]).toMatchObject({
      optInStatus: "NEXT_MAINTENANCE",
      currentApplyDate: "2025-01-05T05:00:00.000Z",
    });
    const undone = await apply({ optInType: "UNDO_OPT_IN" });
    const details = undone.resourcePendingMaintenanceAction!.pendingMaintenanceActionDetails![0];
    expect(details.action).toBe("SECURITY_UPDATE");
    expect(details).not.toHaveProperty("optInStatus");
    expect(details).not.toHaveProperty("currentApplyDate");
  });

  it("APPLY_ON records the chosen window and checks it", async () => {
    const { backend, apply } = await withPendingAction();
    const out = await apply({ optInType: "APPLY_ON", applyOn: "2025/01/02 03:00-2025/01/02 04:00" });
    expect(out.resourcePendingMaintenanceAction!.pendingMaintenanceActionDetails![0]).toMatchObject({
      optInStatus: "APPLY_ON",
      currentApplyDate: "2025-01-02T03:00:00.000Z",
    });
    const bad = [
      undefined, // required with APPLY_ON
      "2025-01-02 03:00 to 04:00", // format
      "2025/02/30 03:00-2025/02/30 04:00", // no such date
      "2025/01/01 00:10-2025/01/01 01:00", // less than 30 minutes ahead
      "2025/01/20 03:00-2025/01/20 04:00", // more than 14 days ahead
      "2025/01/02 03:00-2025/01/02 03:20", // shorter than 30 minutes
      "2025/01/02 03:00-2025/01/02 12:00", // longer than 8 hours
    ];
    for (const applyOn of bad) {
      expectValidation(await expectFailure(backend, () => apply({ optInType: "APPLY_ON", applyOn }), ValidationException, 400), "applyOn");
    }
    expectValidation(await expectFailure(backend, () => apply({ optInType: "IMMEDIATE", applyOn: "2025/01/02 03:00-2025/01/02 04:00" }), ValidationException, 400), "applyOn");
  });

  it("follows the documented dates: IMMEDIATE is ignored with a forced apply date, NEXT_MAINTENANCE with an auto-applied-after date", async () => {
    const { backend, client, resourceArn } = await withPendingAction();
    schedulePendingMaintenanceAction(backend, { resourceArn, action: "ENGINE_UPGRADE", forcedApplyDate: Date.UTC(2025, 0, 3) });
    schedulePendingMaintenanceAction(backend, { resourceArn, action: "OS_UPDATE", autoAppliedAfterDate: Date.UTC(2025, 0, 3) });
    const forced = await client.send(new ApplyPendingMaintenanceActionCommand({ resourceArn, applyAction: "ENGINE_UPGRADE", optInType: "IMMEDIATE" }));
    expect(forced.resourcePendingMaintenanceAction!.pendingMaintenanceActionDetails!.find((d) => d.action === "ENGINE_UPGRADE")).not.toHaveProperty("optInStatus");
    expect((await client.send(new GetClusterCommand({ clusterArn: resourceArn }))).cluster!.status).toBe("ACTIVE");
    const auto = await client.send(new ApplyPendingMaintenanceActionCommand({ resourceArn, applyAction: "OS_UPDATE", optInType: "NEXT_MAINTENANCE" }));
    expect(auto.resourcePendingMaintenanceAction!.pendingMaintenanceActionDetails!.find((d) => d.action === "OS_UPDATE")).not.toHaveProperty("optInStatus");
    // an APPLY_ON window must start before the forced date
    await expectFailure(
      backend,
      () => client.send(new ApplyPendingMaintenanceActionCommand({ resourceArn, applyAction: "ENGINE_UPGRADE", optInType: "APPLY_ON", applyOn: "2025/01/04 03:00-2025/01/04 04:00" })),
      ValidationException,
      400,
    );
  });

  it("answers the right error for an unknown action, resource or a stopped cluster", async () => {
    const { backend, client, resourceArn, apply } = await withPendingAction();
    expectValidation(await expectFailure(backend, () => apply({ applyAction: "REBOOT" }), ValidationException, 400), "applyAction");
    expectValidation(await expectFailure(backend, () => apply({ optInType: "SOMETIMES" as never }), ValidationException, 400), "optInType");
    const notPending = await expectFailure(backend, () => apply({ applyAction: "ENGINE_UPDATE" }), ResourceNotFoundException, 404);
    expect(notPending.resourceType).toBe("pending-maintenance-action");
    expect(notPending.message).toContain("ENGINE_UPDATE");
    const unknown = resourceArn.replace(/\/.*$/, "/66666666-6666-4666-8666-666666666666");
    const nf = await expectFailure(backend, () => client.send(new GetPendingMaintenanceActionCommand({ resourceArn: unknown })), ResourceNotFoundException, 404);
    expect(nf.resourceType).toBe("cluster");
    await expectFailure(backend, () => apply({ resourceArn: unknown }), ResourceNotFoundException, 404);
    expectValidation(await expectFailure(backend, () => client.send(new GetPendingMaintenanceActionCommand({ resourceArn: "cluster-1" })), ValidationException, 400), "resourceArn");

    await client.send(new StopClusterCommand({ clusterArn: resourceArn }));
    await client.send(new GetClusterCommand({ clusterArn: resourceArn }));
    const stopped = await expectFailure(backend, () => apply({ optInType: "IMMEDIATE" }), ConflictException, 409);
    expect(stopped.message).toContain("STOPPED");
  });

  it("a deleted cluster takes its pending actions with it", async () => {
    const { client, resourceArn } = await withPendingAction();
    await client.send(new DeleteClusterCommand({ clusterArn: resourceArn }));
    expect((await client.send(new ListPendingMaintenanceActionsCommand({}))).resourcePendingMaintenanceActions).toEqual([]);
  });

  it("the helper refuses an unknown action or cluster", async () => {
    const { backend, resourceArn } = await withPendingAction();
    expect(() => schedulePendingMaintenanceAction(backend, { resourceArn, action: "REBOOT" as never })).toThrow(/action must be one of/);
    expect(() => schedulePendingMaintenanceAction(backend, { resourceArn: "nope", action: "OS_UPDATE" })).toThrow(/not an elastic cluster ARN/);
    const other = resourceArn.replace(/\/.*$/, "/77777777-7777-4777-8777-777777777777");
    expect(() => schedulePendingMaintenanceAction(backend, { resourceArn: other, action: "OS_UPDATE" })).toThrow(/no elastic cluster/);
    expect(() => schedulePendingMaintenanceAction(backend, { resourceArn, action: "OS_UPDATE", forcedApplyDate: "someday" })).toThrow(/not a valid date/);
  });
});
