/**
 * ModifyDBSnapshot: upgrades a manual DB snapshot to a newer engine version (and, for Oracle, names
 * its option group). API reference: "The snapshot can be encrypted or unencrypted, but not shared or
 * public. Amazon RDS supports upgrading DB snapshots for MariaDB, MySQL, PostgreSQL, and Oracle. This
 * operation doesn't apply to RDS Custom or RDS for Db2." The upgrade is applied at once (simplification).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { orderableEngine } from "../catalogs/orderable-data.js";
import { compareVersions } from "../engines/engines.js";
import { DSM } from "../messages/index.js";
import type { DBSnapshotRecord } from "../world.js";
import type { RdsWorld } from "../world.js";
import { checkDbSnapshotStatus, checkOptionGroupFor, findDbSnapshot, restoreValues } from "./rules.js";
import { shapeDbSnapshot } from "./shape.js";

/**
 * Oracle: each target version and the snapshot versions it upgrades (API reference, EngineVersion):
 * a snapshot version matches when it is, or starts with, one listed.
 */
const ORACLE_UPGRADES: Record<string, readonly string[]> = {
  "21.0.0.0.ru-2025-04.rur-2025-04.r1": [
    "21.0.0.0.ru-2022-01.rur-2022-01.r1", "21.0.0.0.ru-2022-04.rur-2022-04.r1", "21.0.0.0.ru-2022-07.rur-2022-07.r1",
    "21.0.0.0.ru-2022-10.rur-2022-10.r1", "21.0.0.0.ru-2023-01.rur-2023-01.r1", "21.0.0.0.ru-2023-01.rur-2023-01.r2",
  ],
  "19.0.0.0.ru-2025-04.rur-2025-04.r1": ["19.0.0.0.ru-2019-07.rur-2019-07.r1", "19.0.0.0.ru-2019-10.rur-2019-10.r1", "19.0.0.0.ru-2020-01.rur-2020-01.r1"],
  "19.0.0.0.ru-2022-01.rur-2022-01.r1": ["12.2.0.1"],
  "19.0.0.0.ru-2022-07.rur-2022-07.r1": ["12.1.0.2"],
  "12.1.0.2.v8": ["12.1.0.1"],
  "11.2.0.4.v12": ["11.2.0.2"],
  "11.2.0.4.v11": ["11.2.0.3"],
};

/** The engines whose snapshots can be upgraded, and the major version of one of their versions. */
const UPGRADABLE: Record<string, (version: string) => string> = {
  mysql: (v) => v.split(".").slice(0, 2).join("."),
  mariadb: (v) => v.split(".").slice(0, 2).join("."),
  postgres: (v) => v.split(".")[0],
  oracle: (v) => v.split(".")[0],
};

function engineFamily(engine: string | undefined): string {
  return engine?.startsWith("oracle-") ? "oracle" : (engine ?? "");
}

/** The snapshot's new engine version, checked against what AWS allows for its engine. */
function checkTarget(record: DBSnapshotRecord, target: string): string {
  const engine = record.Engine ?? "";
  const from = record.EngineVersion ?? "";
  if (engineFamily(engine) === "oracle") {
    const sources = Object.hasOwn(ORACLE_UPGRADES, target) ? ORACLE_UPGRADES[target] : undefined;
    if (!sources) fail("InvalidParameterValue", DSM.versionNotFound(target, engine));
    if (!sources.some((s) => from === s || from.startsWith(`${s}.`))) fail("InvalidParameterValue", DSM.upgradeTarget(target, from));
    return target;
  }
  // MySQL, MariaDB, PostgreSQL: a version the orderable catalog lists (the one CreateDBInstance checks), later than the snapshot's.
  const releases = orderableEngine(engine)?.versions ?? [];
  if (!releases.includes(target)) fail("InvalidParameterValue", DSM.versionNotFound(target, engine));
  if (compareVersions(target, from) <= 0) fail("InvalidParameterValue", DSM.upgradeTarget(target, from));
  return target;
}

export const dbSnapshotModifyOperations: Operations<typeof Sdk, RdsWorld> = {
  ModifyDBSnapshot(input, ctx) {
    const record = findDbSnapshot(ctx, input.DBSnapshotIdentifier!, "DBSnapshotIdentifier");
    const id = record.DBSnapshotIdentifier;
    if (record.SnapshotType === "automated") fail("InvalidDBSnapshotStateFault", DSM.automatedNotModifiable(id));
    checkDbSnapshotStatus(record, ["available"]);
    if (restoreValues(ctx, id).length > 0) fail("InvalidDBSnapshotStateFault", DSM.upgradeShared(id));
    const family = engineFamily(record.Engine);
    const majorOf = Object.hasOwn(UPGRADABLE, family) ? UPGRADABLE[family] : undefined;
    if (!majorOf) fail("InvalidParameterValue", DSM.upgradeEngine(record.Engine ?? ""));
    const version = input.EngineVersion === undefined ? record.EngineVersion ?? "" : checkTarget(record, input.EngineVersion);
    // "You can specify this parameter when you upgrade an Oracle DB snapshot."
    if (input.OptionGroupName !== undefined && family !== "oracle") fail("InvalidParameterCombination", DSM.optionGroupNotOracle());
    const group = input.OptionGroupName === undefined ? undefined : checkOptionGroupFor(ctx, input.OptionGroupName, record.Engine, version);

    const majorChanged = majorOf(version) !== majorOf(record.EngineVersion ?? "");
    record.EngineVersion = version;
    // A new major version needs an option group of that version: the default one unless one is named.
    if (group !== undefined) record.OptionGroupName = group;
    else if (majorChanged) record.OptionGroupName = `default:${record.Engine}-${majorOf(version).replace(".", "-")}`;
    return { DBSnapshot: shapeDbSnapshot(record, ctx.now()) };
  },
};
