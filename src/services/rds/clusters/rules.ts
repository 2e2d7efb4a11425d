/**
 * The documented prose rules of DB cluster members, as small checks that throw AWS's error codes.
 * Shared by CreateDBCluster, ModifyDBCluster and the restores; each check names the member it judges.
 */
import type { ScalingConfiguration, ServerlessV2ScalingConfiguration } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { defaultOptionGroupName, ENGINE_NAMES, engineSpec, resolveVersion, type EngineSpec } from "../engines/engines.js";
import { M } from "../messages/index.js";

export function checkEngine(engine: string): EngineSpec {
  const spec = engineSpec(engine);
  if (!spec) fail("InvalidParameterValue", M.engine(engine, ENGINE_NAMES));
  return spec;
}

/**
 * The full engine version (a bare major version such as `8.0` resolves to its default). AWS answers a
 * version it does not offer for the engine with InvalidParameterCombination "Cannot find version X for
 * ENGINE", checking the full version against its catalog (engines/engines.ts ENGINE_CATALOG).
 */
export function checkEngineVersion(engine: EngineSpec, version: string | undefined): string {
  const full = resolveVersion(engine, version);
  if (full === undefined) fail("InvalidParameterCombination", M.engineVersion(String(version), engine.name));
  return full;
}

const ENGINE_MODES: Record<EngineSpec["kind"], readonly string[]> = {
  aurora: ["provisioned", "serverless", "parallelquery", "global", "multimaster"],
  "multi-az": ["provisioned"],
};

export function checkEngineMode(engine: EngineSpec, mode: string | undefined): string {
  const value = mode ?? "provisioned";
  if (!ENGINE_MODES[engine.kind].includes(value)) fail("InvalidParameterValue", M.engineMode(value, engine.name));
  return value;
}

export function checkMasterUsername(engine: EngineSpec, name: string): void {
  if (!/^[A-Za-z][A-Za-z0-9]{0,15}$/.test(name)) fail("InvalidParameterValue", M.username());
  if (engine.reservedUsernames.includes(name.toLowerCase())) fail("InvalidParameterValue", M.usernameReserved(name));
}

/** 8-41 printable ASCII characters, none of `/`, `"`, `@`. */
export function checkMasterPassword(password: string): void {
  if (!/^[\x20-\x7e]{8,41}$/.test(password) || /[/"@]/.test(password)) fail("InvalidParameterValue", M.password());
}

export interface CredentialInput {
  MasterUsername?: string;
  MasterUserPassword?: string;
  ManageMasterUserPassword?: boolean;
  MasterUserSecretKmsKeyId?: string;
}

/**
 * The master credential rules. `required`: a new cluster that does not take them from a source must
 * give MasterUsername and either MasterUserPassword or ManageMasterUserPassword.
 */
export function checkCredentials(engine: EngineSpec, input: CredentialInput, required: boolean): void {
  if (input.MasterUsername !== undefined) checkMasterUsername(engine, input.MasterUsername);
  else if (required) fail("InvalidParameterValue", M.missing("MasterUsername", "and must not be blank"));
  if (input.MasterUserPassword !== undefined && input.ManageMasterUserPassword === true) {
    fail("InvalidParameterCombination", M.passwordAndManaged());
  }
  if (input.MasterUserPassword !== undefined) checkMasterPassword(input.MasterUserPassword);
  else if (required && input.ManageMasterUserPassword !== true) {
    fail("InvalidParameterValue", M.missing("MasterUserPassword", "(or ManageMasterUserPassword set) and must not be blank"));
  }
  if (input.MasterUserSecretKmsKeyId !== undefined && input.ManageMasterUserPassword !== true) {
    fail("InvalidParameterCombination", M.secretKeyWithoutManaged());
  }
}

export function checkRange(member: string, value: number | undefined, min: number, max: number): void {
  if (value !== undefined && (value < min || value > max)) fail("InvalidParameterValue", M.range(member, min, max, value));
}

/* ---------------------------------------------------------------------------------------------- */
/* Windows                                                                                          */
/* ---------------------------------------------------------------------------------------------- */

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const DAY_MIN = 1440;
const WEEK_MIN = 7 * DAY_MIN;

function clock(h: string, m: string): number | undefined {
  const hh = Number(h);
  const mm = Number(m);
  return hh <= 23 && mm <= 59 ? hh * 60 + mm : undefined;
}

/** `hh24:mi-hh24:mi` -> [start, end) in minutes of the day (end may pass midnight: end > 1440). */
export function parseBackupWindow(value: string): [number, number] {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(value);
  const start = m && clock(m[1], m[2]);
  const end = m && clock(m[3], m[4]);
  if (start == null || end == null) fail("InvalidParameterValue", M.backupWindowFormat(value));
  const stop = end <= start ? end + DAY_MIN : end;
  if (stop - start < 30) fail("InvalidParameterValue", M.windowTooShort("PreferredBackupWindow"));
  return [start, stop];
}

/** `ddd:hh24:mi-ddd:hh24:mi` -> [start, end) in minutes of the week from Sunday 00:00 (end may pass a week). */
export function parseMaintenanceWindow(value: string): [number, number] {
  const m = /^([A-Za-z]{3}):(\d{2}):(\d{2})-([A-Za-z]{3}):(\d{2}):(\d{2})$/.exec(value);
  const d1 = m ? DAYS.indexOf(m[1].toLowerCase()) : -1;
  const d2 = m ? DAYS.indexOf(m[4].toLowerCase()) : -1;
  const t1 = m && clock(m[2], m[3]);
  const t2 = m && clock(m[5], m[6]);
  if (d1 < 0 || d2 < 0 || t1 == null || t2 == null) fail("InvalidParameterValue", M.maintenanceWindowFormat(value));
  const start = d1 * DAY_MIN + t1;
  let end = d2 * DAY_MIN + t2;
  if (end <= start) end += WEEK_MIN;
  if (end - start < 30) fail("InvalidParameterValue", M.windowTooShort("PreferredMaintenanceWindow"));
  return [start, end];
}

/** Whether a daily backup window meets a weekly maintenance window on any day. */
export function windowsOverlap(backup: [number, number], maintenance: [number, number]): boolean {
  for (let day = -1; day <= 7; day++) {
    const b0 = day * DAY_MIN + backup[0];
    const b1 = day * DAY_MIN + backup[1];
    for (const shift of [-WEEK_MIN, 0, WEEK_MIN]) {
      if (b0 < maintenance[1] + shift && maintenance[0] + shift < b1) return true;
    }
  }
  return false;
}

/** Checks whichever windows are given, and that they do not overlap each other. */
export function checkWindows(backup: string | undefined, maintenance: string | undefined): void {
  const b = backup === undefined ? undefined : parseBackupWindow(backup);
  const w = maintenance === undefined ? undefined : parseMaintenanceWindow(maintenance);
  if (b && w && windowsOverlap(b, w)) fail("InvalidParameterValue", M.windowsOverlap());
}

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (min: number) => `${pad(Math.floor((min % DAY_MIN) / 60))}:${pad(min % 60)}`;

/** A 30-minute backup window inside the Region's 8-hour block (03:00-11:00 UTC), from a random number. */
export function defaultBackupWindow(random: () => number): string {
  const start = 180 + Math.floor(random() * 15) * 30;
  return `${hhmm(start)}-${hhmm(start + 30)}`;
}

/** A 30-minute weekly maintenance window on a random day, inside 03:00-11:00 UTC. */
export function defaultMaintenanceWindow(random: () => number): string {
  const day = DAYS[Math.floor(random() * 7)];
  const start = 180 + Math.floor(random() * 15) * 30;
  return `${day}:${hhmm(start)}-${day}:${hhmm(start + 30)}`;
}

/**
 * Fills absent windows with random defaults that do not overlap the given one. RDS stores a maintenance
 * window with lowercase day names (`Sun:05:00-Sun:05:30` reads back `sun:05:00-sun:05:30`).
 */
export function windowsWithDefaults(backup: string | undefined, given: string | undefined, random: () => number) {
  const maintenance = given?.toLowerCase();
  let b = backup ?? defaultBackupWindow(random);
  let w = maintenance ?? defaultMaintenanceWindow(random);
  if (backup !== undefined && maintenance !== undefined) return { PreferredBackupWindow: b, PreferredMaintenanceWindow: w };
  const clash = () => windowsOverlap(parseBackupWindow(b), parseMaintenanceWindow(w));
  for (let tries = 0; tries < 16 && clash(); tries++) {
    if (backup === undefined) b = defaultBackupWindow(random);
    else w = defaultMaintenanceWindow(random);
  }
  // The given window covers the usual block: take the first free half hour of the day (or week).
  for (let slot = 0; slot < 7 * 48 && clash(); slot++) {
    const start = (slot % 48) * 30;
    if (backup === undefined) b = `${hhmm(start)}-${hhmm(start + 30)}`;
    else {
      const day = DAYS[Math.floor(slot / 48)];
      w = `${day}:${hhmm(start)}-${day}:${hhmm(start + 30)}`;
    }
  }
  return { PreferredBackupWindow: b, PreferredMaintenanceWindow: w };
}

/* ---------------------------------------------------------------------------------------------- */
/* Scaling                                                                                          */
/* ---------------------------------------------------------------------------------------------- */

const TIMEOUT_ACTIONS = ["ForceApplyCapacityChange", "RollbackCapacityChange"];

/** Aurora Serverless v1 scaling: capacities from the engine's list, min <= max, pause and timeout ranges. */
export function checkScalingConfiguration(engine: EngineSpec, config: ScalingConfiguration): void {
  const valid = engine.serverlessV1Capacities;
  for (const member of ["MinCapacity", "MaxCapacity"] as const) {
    const value = config[member];
    if (value !== undefined && !valid.includes(value)) fail("InvalidParameterValue", M.oneOf(`ScalingConfiguration.${member}`, valid, value));
  }
  if (config.MinCapacity !== undefined && config.MaxCapacity !== undefined && config.MinCapacity > config.MaxCapacity) {
    fail("InvalidParameterValue", M.minAboveMax("ScalingConfiguration"));
  }
  checkRange("ScalingConfiguration.SecondsUntilAutoPause", config.SecondsUntilAutoPause, 300, 86_400);
  checkRange("ScalingConfiguration.SecondsBeforeTimeout", config.SecondsBeforeTimeout, 60, 600);
  if (config.TimeoutAction !== undefined && !TIMEOUT_ACTIONS.includes(config.TimeoutAction)) {
    fail("InvalidParameterValue", M.oneOf("ScalingConfiguration.TimeoutAction", TIMEOUT_ACTIONS, config.TimeoutAction));
  }
}

/** Aurora Serverless v2 scaling: ACUs in half steps, 0-256 (min) and 1-256 (max), min <= max. */
export function checkServerlessV2Scaling(config: ServerlessV2ScalingConfiguration): void {
  const member = "ServerlessV2ScalingConfiguration";
  if (config.MinCapacity === undefined) fail("MissingParameter", M.missing(`${member}.MinCapacity`, "with MaxCapacity"));
  if (config.MaxCapacity === undefined) fail("MissingParameter", M.missing(`${member}.MaxCapacity`, "with MinCapacity"));
  checkRange(`${member}.MinCapacity`, config.MinCapacity, 0, 256);
  checkRange(`${member}.MaxCapacity`, config.MaxCapacity, 1, 256);
  if (config.MinCapacity * 2 !== Math.round(config.MinCapacity * 2)) fail("InvalidParameterValue", M.halfStep(`${member}.MinCapacity`));
  if (config.MaxCapacity * 2 !== Math.round(config.MaxCapacity * 2)) fail("InvalidParameterValue", M.halfStep(`${member}.MaxCapacity`));
  if (config.MinCapacity > config.MaxCapacity) fail("InvalidParameterValue", M.minAboveMax(member));
  checkRange(`${member}.SecondsUntilAutoPause`, config.SecondsUntilAutoPause, 300, 86_400);
}

/* ---------------------------------------------------------------------------------------------- */
/* Other members                                                                                    */
/* ---------------------------------------------------------------------------------------------- */

export function checkLogTypes(engine: EngineSpec, member: string, types: readonly string[] | undefined): void {
  for (const type of types ?? []) {
    if (!engine.logTypes.includes(type)) fail("InvalidParameterValue", M.logType(member, type, engine.name, engine.logTypes));
  }
}

const MONITORING_INTERVALS = [0, 1, 5, 10, 15, 30, 60];

export function checkMonitoring(interval: number | undefined, roleArn: string | undefined): void {
  if (interval !== undefined && !MONITORING_INTERVALS.includes(interval)) {
    fail("InvalidParameterValue", M.oneOf("MonitoringInterval", MONITORING_INTERVALS, interval));
  }
  if ((interval ?? 0) > 0 && roleArn === undefined) fail("InvalidParameterCombination", M.monitoringRole());
  if (roleArn !== undefined && (interval ?? 0) === 0) fail("InvalidParameterCombination", M.monitoringInterval());
}

/** 7, 731, or a whole number of 31-day months from 1 to 23. */
export function checkInsightsRetention(value: number | undefined): void {
  if (value === undefined) return;
  if (value === 7 || value === 731 || (value % 31 === 0 && value >= 31 && value <= 713)) return;
  fail("InvalidParameterValue", M.piRetention(value));
}

/** Option groups are not simulated: only the engine version's default group (any case) exists. */
export function checkOptionGroup(engine: EngineSpec, version: string, name: string | undefined): void {
  if (name !== undefined && name.toLowerCase() !== defaultOptionGroupName(engine, version)) fail("OptionGroupNotFoundFault", M.optionGroupNotFound(name));
}

/** Directory Service is not simulated, so no Active Directory domain exists; `none` (ModifyDBCluster) leaves a domain. */
export function checkDomain(domain: string | undefined, allowNone = false): void {
  if (domain !== undefined && !(allowNone && domain.toLowerCase() === "none")) fail("DomainNotFoundFault", M.domainNotFound(domain));
}

/** MasterUserAuthenticationType is documented for RDS for PostgreSQL and Aurora PostgreSQL only. */
export function checkAuthenticationType(engine: EngineSpec, value: string | undefined): void {
  if (value !== undefined && !engine.name.includes("postgres")) fail("InvalidParameterCombination", M.authTypeEngine(engine.name));
}

export function checkDatabaseName(name: string | undefined): void {
  if (name !== undefined && !/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(name)) {
    fail("InvalidParameterValue", M.databaseName());
  }
}

const LIFECYCLE_SUPPORT = ["open-source-rds-extended-support", "open-source-rds-extended-support-disabled"];

export function checkLifecycleSupport(value: string | undefined): void {
  if (value !== undefined && !LIFECYCLE_SUPPORT.includes(value)) fail("InvalidParameterValue", M.oneOf("EngineLifecycleSupport", LIFECYCLE_SUPPORT, value));
}

const NETWORK_TYPES = ["IPV4", "DUAL"];

export function checkNetworkType(value: string | undefined): void {
  if (value !== undefined && !NETWORK_TYPES.includes(value)) fail("InvalidParameterValue", M.oneOf("NetworkType", NETWORK_TYPES, value));
}

const STORAGE_TYPES: Record<EngineSpec["kind"], readonly string[]> = {
  aurora: ["aurora", "aurora-iopt1"],
  "multi-az": ["io1", "io2", "gp3"],
};

export function checkStorageType(engine: EngineSpec, value: string | undefined): void {
  if (value !== undefined && !STORAGE_TYPES[engine.kind].includes(value)) {
    fail("InvalidParameterValue", M.oneOf("StorageType", STORAGE_TYPES[engine.kind], value));
  }
}

/** Multi-AZ DB clusters: provisioned IOPS are 0.5 to 50 times the allocated storage (GiB). */
export function checkIopsRatio(iops: number, storage: number): void {
  if (iops < storage * 0.5 || iops > storage * 50) fail("InvalidParameterValue", M.iopsRatio());
}

const INSTANCE_CLASS = /^db\.[a-z0-9-]+\.[a-z0-9-]+$|^db\.serverless$/;

export function checkInstanceClass(value: string, member = "DBInstanceClass"): void {
  if (!INSTANCE_CLASS.test(value)) fail("InvalidParameterValue", M.instanceClass(value, member));
}
