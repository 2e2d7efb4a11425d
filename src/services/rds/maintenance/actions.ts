/**
 * The maintenance actions RDS can have pending, as data: which resources each is about, when it is
 * pending (derived from the resource's state, so nothing needs scheduling when a resource changes), the
 * lifecycle event that shows while it is applied, and what applying changes. Choices where AWS's
 * behaviour is not documented (docs/rds.md, "Maintenance, log files and recommendations"):
 * - `db-upgrade`: pending on a resource that has AutoMinorVersionUpgrade when the catalog
 *   (catalogs/orderable-data.ts) has a newer minor version of its major version; it upgrades to the newest.
 *   Aurora and Multi-AZ DB clusters carry it on the cluster (the cluster owns the version), standalone
 *   DB instances on the instance. The mock never applies it by itself (no AutoAppliedAfterDate).
 * - `ca-certificate-rotation`: pending on a DB instance whose CA is not the default for new launches
 *   (catalogs/certificates.ts, ModifyCertificates' override included); it rotates to that CA.
 * - `system-update`, `os-upgrade`: RDS releases them; state cannot show when. They are pending on every
 *   resource once the backend setting `rds.pendingMaintenance` lists them, until applied to it.
 * Like ModifyDBCluster's upgrade, the change is made when the action starts and the resource shows the
 * action's status until its event settles.
 */
import type { CallContext } from "../../../core/service.js";
import { certificateValidTill, defaultCertificateForNewLaunches } from "../catalogs/certificates.js";
import { membersOf } from "../clusters/members.js";
import { orderableEngine } from "../catalogs/orderable-data.js";
import { compareVersions, engineSpec } from "../engines/engines.js";
import { standaloneEngine } from "../instances/engine-table.js";
import type { RdsWorld } from "../world.js";
import type { Target } from "./targets.js";

export type MaintenanceEvent = "upgrade" | "maintenance" | "modify";

export interface ActionKind {
  action: string;
  on: readonly Target["kind"][];
  /** The action's Description when it is pending on the target, else undefined. */
  pending(t: Target, ctx: CallContext<RdsWorld>): string | undefined;
  event: MaintenanceEvent;
  apply(t: Target, ctx: CallContext<RdsWorld>): void;
}

/**
 * The newest version of the same engine and major version in the orderable catalog (the one
 * CreateDBInstance and DescribeDBEngineVersions read), when newer than `version`.
 */
export function newerMinor(engineName: string | undefined, version: string | undefined): string | undefined {
  if (engineName === undefined || version === undefined) return undefined;
  const majorOf = standaloneEngine(engineName)?.major ?? engineSpec(engineName)?.majorOf;
  const major = majorOf?.(version);
  if (!majorOf || major === undefined) return undefined;
  const same = (orderableEngine(engineName.toLowerCase())?.versions ?? []).filter((v) => majorOf(v) === major);
  const newest = same.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b), version);
  return compareVersions(newest, version) > 0 ? newest : undefined;
}

/**
 * Whether the target takes automatic minor upgrades. API reference: the cluster's AutoMinorVersionUpgrade
 * is "valid for Multi-AZ DB clusters only"; an Aurora cluster follows its instances' (any member's).
 */
function autoMinor(t: Target, ctx: CallContext<RdsWorld>): boolean {
  if (t.kind === "instance") return t.record.DBClusterIdentifier === undefined && t.record.AutoMinorVersionUpgrade !== false;
  if (engineSpec(t.record.Engine)?.kind === "aurora") return membersOf(ctx, t.record).some((m) => m.AutoMinorVersionUpgrade !== false);
  return t.record.AutoMinorVersionUpgrade !== false;
}

function upgradeTarget(t: Target, ctx: CallContext<RdsWorld>): string | undefined {
  return autoMinor(t, ctx) ? newerMinor(t.record.Engine, t.record.EngineVersion) : undefined;
}

/** Released by the backend setting and not yet applied to this resource. */
function released(action: string, description: string) {
  return (t: Target, ctx: CallContext<RdsWorld>): string | undefined => {
    const list = ctx.settings.pendingMaintenance;
    const listed = Array.isArray(list) && list.includes(action);
    return listed && ctx.world.maintenance?.[t.resourceId]?.Applied[action] === undefined ? description : undefined;
  };
}

/** Remembers a released action as applied to this resource (by resource id). */
function markApplied(action: string) {
  return (t: Target, ctx: CallContext<RdsWorld>): void => {
    const maintenance = (ctx.world.maintenance ??= {});
    const record = (maintenance[t.resourceId] ??= { ResourceId: t.resourceId, OptIns: {}, Applied: {} });
    record.Applied[action] = ctx.now();
  };
}

export const ACTIONS: readonly ActionKind[] = [
  {
    action: "db-upgrade",
    on: ["instance", "cluster"],
    // Simulator wording (AWS's console shows "Automatic minor version upgrade to ...").
    pending: (t, ctx) => {
      const to = upgradeTarget(t, ctx);
      return to === undefined ? undefined : `Automatic minor version upgrade to ${t.record.Engine} ${to}`;
    },
    event: "upgrade",
    apply: (t, ctx) => {
      const to = upgradeTarget(t, ctx)!;
      t.record.EngineVersion = to;
      if (t.kind === "cluster") for (const m of membersOf(ctx, t.record)) m.EngineVersion = to;
    },
  },
  {
    action: "ca-certificate-rotation",
    on: ["instance"],
    pending: (t, ctx) =>
      t.kind === "instance" && t.record.CACertificateIdentifier !== defaultCertificateForNewLaunches(ctx.world)
        ? `CA certificate rotation to ${defaultCertificateForNewLaunches(ctx.world)}`
        : undefined,
    event: "modify",
    apply: (t, ctx) => {
      if (t.kind !== "instance") return;
      const ca = defaultCertificateForNewLaunches(ctx.world);
      t.record.CACertificateIdentifier = ca;
      t.record.CertificateDetails = { CAIdentifier: ca, ValidTill: certificateValidTill(ca) };
    },
  },
  { action: "system-update", on: ["instance", "cluster"], pending: released("system-update", "System update"), event: "maintenance", apply: markApplied("system-update") },
  // "Security and stability updates" is how DescribePendingMaintenanceActions describes OS upgrades.
  { action: "os-upgrade", on: ["instance"], pending: released("os-upgrade", "Security and stability updates"), event: "upgrade", apply: markApplied("os-upgrade") },
];

export const ACTION_NAMES = ACTIONS.map((a) => a.action);

/** The kind of an action name, if it is one. */
export function actionKind(name: string): ActionKind | undefined {
  return ACTIONS.find((a) => a.action === name);
}

/** The actions pending on a target now, with their descriptions. */
export function pendingOn(t: Target, ctx: CallContext<RdsWorld>): { kind: ActionKind; description: string }[] {
  const out: { kind: ActionKind; description: string }[] = [];
  for (const kind of ACTIONS) {
    if (!kind.on.includes(t.kind)) continue;
    const description = kind.pending(t, ctx);
    if (description !== undefined) out.push({ kind, description });
  }
  return out;
}
