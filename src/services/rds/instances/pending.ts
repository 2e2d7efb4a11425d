/**
 * Pending modifications of a standalone DB instance (DBInstance.PendingModifiedValues). Following the
 * ModifyDBInstance API reference, these members wait for the next maintenance window unless
 * ApplyImmediately is true: DBInstanceClass, AllocatedStorage, Iops, StorageType, StorageThroughput,
 * EngineVersion, MultiAZ, LicenseModel, CACertificateIdentifier, EnableIAMDatabaseAuthentication,
 * ProcessorFeatures, NewDBInstanceIdentifier, and BackupRetentionPeriod when it turns backups on or off
 * ("from one non-zero value to another non-zero value, the change is asynchronously applied as soon as
 * possible"). ApplyImmediately applies "the modifications in this request and any pending modifications".
 *
 * The window is PreferredMaintenanceWindow (`ddd:hh24:mi-ddd:hh24:mi`, UTC) on the backend's clock: the
 * `instancePendingChanges` transition is due when the next window opens and applies what is pending then.
 */
import type { ModifyDBInstanceCommandInput, PendingModifiedValues } from "@aws-sdk/client-rds";
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { CallContext } from "../../../core/service.js";
import { parseMaintenanceWindow } from "../clusters/rules.js";
import { defaultDBParameterGroupName } from "../db-parameter-groups/families.js";
import { beginInstance, instancesByResourceId } from "../shared/resource-keys.js";
import type { InstanceRecord, RdsWorld } from "../world.js";
import { defaultOptionGroupOf, familyOfVersion } from "./engine-facts.js";
import { renameInstance } from "./rename.js";
import { instances } from "./resource.js";

// Not `instanceMaintenance`: that kind is the pending maintenance actions' (maintenance/transitions.ts).
export const MAINTENANCE_KIND = "instancePendingChanges";
const WEEK_MS = 7 * 86_400_000;

/** ModifyDBInstance member -> its PendingModifiedValues member (deferred unless ApplyImmediately). */
const DEFERRED: ReadonlyArray<[keyof ModifyDBInstanceCommandInput, keyof PendingModifiedValues]> = [
  ["DBInstanceClass", "DBInstanceClass"],
  ["AllocatedStorage", "AllocatedStorage"],
  ["Iops", "Iops"],
  ["StorageType", "StorageType"],
  ["StorageThroughput", "StorageThroughput"],
  ["EngineVersion", "EngineVersion"],
  ["MultiAZ", "MultiAZ"],
  ["LicenseModel", "LicenseModel"],
  ["CACertificateIdentifier", "CACertificateIdentifier"],
  ["EnableIAMDatabaseAuthentication", "IAMDatabaseAuthenticationEnabled"],
  ["ProcessorFeatures", "ProcessorFeatures"],
  ["NewDBInstanceIdentifier", "DBInstanceIdentifier"],
];
const STORAGE_MEMBERS = new Set(["AllocatedStorage", "Iops", "StorageType", "StorageThroughput"]);

/** PendingModifiedValues member -> the DBInstance member it changes (where the names differ). */
const TARGET: Partial<Record<keyof PendingModifiedValues, string>> = { IAMDatabaseAuthenticationEnabled: "IAMDatabaseAuthenticationEnabled" };

/** Records the deferred members of a checked call as pending; a value equal to today's withdraws what was pending. */
export function deferMembers(instance: InstanceRecord, input: ModifyDBInstanceCommandInput, newId: string | undefined): void {
  const pending: Record<string, unknown> = { ...instance.PendingModifiedValues };
  const current = instance as Record<string, unknown>;
  for (const [member, field] of DEFERRED) {
    const value = member === "NewDBInstanceIdentifier" ? newId : input[member];
    if (value === undefined) continue;
    const now = field === "DBInstanceIdentifier" ? instance.DBInstanceIdentifier : current[TARGET[field] ?? field];
    if (JSON.stringify(value) === JSON.stringify(now)) delete pending[field];
    else pending[field] = value;
  }
  const retention = input.BackupRetentionPeriod;
  if (retention !== undefined && (retention === 0) !== ((instance.BackupRetentionPeriod ?? 0) === 0)) pending.BackupRetentionPeriod = retention;
  else if (retention !== undefined) delete pending.BackupRetentionPeriod;
  instance.PendingModifiedValues = pending as InstanceRecord["PendingModifiedValues"];
}

/** Applies a new engine version: a new major version moves to its family's default groups unless one is named. */
function upgrade(instance: InstanceRecord, version: string, namedGroup: boolean): void {
  const engine = instance.Engine!;
  if (familyOfVersion(engine, version) !== familyOfVersion(engine, instance.EngineVersion!)) {
    if (!namedGroup) instance.DBParameterGroups = [{ DBParameterGroupName: defaultDBParameterGroupName(familyOfVersion(engine, version)), ParameterApplyStatus: "in-sync" }];
    instance.OptionGroupMemberships = [{ OptionGroupName: defaultOptionGroupOf(engine, version), Status: "in-sync" }];
  }
  instance.EngineVersion = version;
}

/**
 * Applies everything pending; a rename only when its name is still free (else it is withdrawn).
 * Answers the lifecycle event to begin: `rename`, `modify`, or none.
 */
export function applyPending(ctx: CallContext<RdsWorld>, instance: InstanceRecord, namedGroup = false): "rename" | "modify" | undefined {
  const { DBInstanceIdentifier: renameTo, ...rest } = instance.PendingModifiedValues ?? {};
  const record = instance as Record<string, unknown>;
  for (const [field, value] of Object.entries(rest)) {
    if (field === "EngineVersion") upgrade(instance, value as string, namedGroup);
    else record[TARGET[field as keyof PendingModifiedValues] ?? field] = value;
  }
  if (rest.CACertificateIdentifier !== undefined) instance.CertificateDetails = { ...instance.CertificateDetails, CAIdentifier: rest.CACertificateIdentifier };
  if (Object.keys(rest).some((f) => STORAGE_MEMBERS.has(f))) (ctx.world.instanceStorageModifiedAt ??= {})[instance.DbiResourceId!] = ctx.now();
  // A rename whose name another instance took meanwhile fails when it applies, and is withdrawn (kept
  // pending, it would come back every week and the clock would never run dry).
  const renamed = renameTo !== undefined && !instances.find(ctx, renameTo);
  instance.PendingModifiedValues = {};
  if (renamed) renameInstance(ctx, instance, renameTo);
  return renamed ? "rename" : Object.keys(rest).length > 0 ? "modify" : undefined;
}

/** OptionGroupName waits for the window unless ApplyImmediately: the new group shows `pending-apply` meanwhile. */
export function applyOptionGroup(instance: InstanceRecord, name: string | undefined, now: boolean): void {
  if (name === undefined) return;
  const group = name.toLowerCase();
  const old = (instance.OptionGroupMemberships ?? []).filter((m) => m.OptionGroupName !== group && m.Status !== "pending-apply");
  instance.OptionGroupMemberships = now
    ? [{ OptionGroupName: group, Status: "in-sync" }]
    : [...old.map((m) => ({ ...m, Status: "pending-removal" })), { OptionGroupName: group, Status: "pending-apply" }];
}

/** At the window (or with ApplyImmediately) a pending option group replaces the old one. */
export function settleOptionGroup(instance: InstanceRecord): void {
  const next = (instance.OptionGroupMemberships ?? []).find((m) => m.Status === "pending-apply");
  if (next) instance.OptionGroupMemberships = [{ OptionGroupName: next.OptionGroupName, Status: "in-sync" }];
}

/** When the next maintenance window opens after `now` (windows are weekly, from Sunday 00:00 UTC). */
export function nextWindowStart(window: string, now: number): number {
  const [startMinute] = parseMaintenanceWindow(window);
  const d = new Date(now);
  const weekStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - d.getUTCDay());
  let at = weekStart + startMinute * 60_000;
  while (at <= now) at += WEEK_MS;
  return at;
}

/** Schedules the pending modifications for the next window, or withdraws the schedule when nothing is pending. */
export function scheduleWindow(ctx: CallContext<RdsWorld>, instance: InstanceRecord): void {
  const id = instance.DbiResourceId!;
  const waiting = Object.keys(instance.PendingModifiedValues ?? {}).length > 0 || (instance.OptionGroupMemberships ?? []).some((m) => m.Status === "pending-apply");
  if (!waiting || !instance.PreferredMaintenanceWindow) ctx.lifecycle.cancel(MAINTENANCE_KIND, id);
  else ctx.lifecycle.beginAt!(MAINTENANCE_KIND, id, "window", nextWindowStart(instance.PreferredMaintenanceWindow, ctx.now()));
}

/** The window opens: an available instance applies what is pending; a busy one waits for the next window. */
function windowOpens(instance: InstanceRecord, ctx: CallContext<RdsWorld>): void {
  if (instance.DBInstanceStatus === "available") {
    settleOptionGroup(instance);
    const event = applyPending(ctx, instance);
    if (event) beginInstance(ctx, instance, event);
  }
  scheduleWindow(ctx, instance);
}

export const pendingTransitions: TransitionTable<RdsWorld> = {
  [MAINTENANCE_KIND]: {
    collection: instancesByResourceId,
    statusField: "DBInstanceStatus",
    events: {
      // Scheduled with beginAt: the instance stays as it is until the window opens (ms is not used).
      window: { during: "available", then: (i: InstanceRecord) => i.DBInstanceStatus, settlesTo: ["available"], ms: 0, onSettle: windowOpens },
    },
  },
};
