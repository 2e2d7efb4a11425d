/**
 * The documented rules of CreateDBCapacityReservation as data and small checks (API reference, SDK
 * models_0.d.ts): name, engine and orderable class, license model per engine, capacity, Availability
 * Zones of the Region, and the future-dated reservation's StartDate, CommitmentDuration and class rules.
 */
import { fail } from "../../../core/aws-error.js";
import { orderableEngine } from "../catalogs/orderable-data.js";
import { DCRM } from "../messages/index.js";
import { regionAzs } from "../subnet-groups/record.js";

const DAY = 86_400_000;

/** Engine's documented valid values (CreateDBCapacityReservation, Engine). */
export const ENGINES = [
  "aurora-mysql", "aurora-postgresql", "mysql", "postgres", "mariadb", "oracle-ee", "oracle-ee-cdb", "oracle-se2", "oracle-se2-cdb",
  "sqlserver-ee", "sqlserver-se", "sqlserver-web", "sqlserver-ex", "sqlserver-dev-ee", "sqlserver-dev-se", "db2-ae", "db2-ce", "db2-se",
];

/** LicenseModel: the engines that take one, their valid values and the default (undefined: the class decides). */
const LICENSES: Record<string, { valid: readonly string[]; default?: string }> = {
  "sqlserver-ee": { valid: ["license-included", "bring-your-own-media"], default: "license-included" },
  "sqlserver-se": { valid: ["license-included", "bring-your-own-media"], default: "license-included" },
  "sqlserver-dev-ee": { valid: ["bring-your-own-license"], default: "bring-your-own-license" },
  "sqlserver-dev-se": { valid: ["bring-your-own-license"], default: "bring-your-own-license" },
  // "RDS for Oracle Enterprise Edition doesn't support license-included."
  "oracle-ee": { valid: ["bring-your-own-license"] },
  "oracle-ee-cdb": { valid: ["bring-your-own-license"] },
  "oracle-se2": { valid: ["bring-your-own-license", "license-included"] },
  "oracle-se2-cdb": { valid: ["bring-your-own-license", "license-included"] },
  "db2-se": { valid: ["bring-your-own-license", "marketplace-license"], default: "bring-your-own-license" },
  "db2-ae": { valid: ["bring-your-own-license", "marketplace-license"], default: "bring-your-own-license" },
};

/** Name: 1-63 lowercase letters, digits, hyphens; a letter first; no trailing or double hyphen; at most 16 groups; not `dbcr-`. */
const NAME_RULES: Array<[test: (n: string) => boolean, rule: string]> = [
  [(n) => /^[a-z0-9-]{1,63}$/.test(n), "it must contain from 1 to 63 lowercase letters, digits, or hyphens"],
  [(n) => /^[a-z]/.test(n), "its first character must be a lowercase letter"],
  [(n) => !n.endsWith("-") && !n.includes("--"), "it can't end with a hyphen or contain two consecutive hyphens"],
  [(n) => n.split("-").length <= 16, "it can't contain more than 16 groups of characters separated by hyphens"],
  [(n) => !n.startsWith("dbcr-"), "it can't begin with dbcr-"],
];

export function checkName(name: string): void {
  for (const [ok, rule] of NAME_RULES) if (!ok(name)) fail("InvalidParameterValue", DCRM.name(name, rule));
}

/** The engine (lowercase) when documented and orderable here, and its class orderable for it. */
export function checkEngineAndClass(engineIn: string, cls: string, region: string): string {
  const engine = engineIn.toLowerCase();
  if (!ENGINES.includes(engine)) fail("InvalidParameterValue", DCRM.engine(engineIn, ENGINES));
  const options = orderableEngine(engine);
  if (!options) fail("DBCapacityReservationUnsupportedFault", DCRM.engineNotOrderable(engine, region));
  // "Must be a DB instance class that the specified Engine supports." db.serverless has no instances to reserve.
  if (!options.classes.includes(cls) || cls === "db.serverless") fail("InvalidParameterCombination", DCRM.classNotOrderable(cls, engine));
  return engine;
}

/** The reservation's license model: only for the engines that take one, a valid value, orderable for the class. */
export function licenseModelFor(engine: string, cls: string, given: string | undefined): string | undefined {
  const spec = LICENSES[engine];
  if (!spec) {
    if (given !== undefined) fail("InvalidParameterCombination", DCRM.licenseEngine(engine));
    return undefined;
  }
  const orderable = orderableEngine(engine)!.licenseModels.filter((l) => spec.valid.includes(l));
  if (given !== undefined) {
    if (!spec.valid.includes(given)) fail("InvalidParameterValue", DCRM.licenseValue(given, engine, spec.valid));
    // Oracle: "the license models that you can reserve depend on the engine and the DB instance class".
    if (engine.startsWith("oracle") && !orderable.includes(given)) fail("InvalidParameterCombination", DCRM.licenseClass(given, cls, engine));
    return given;
  }
  if (spec.default !== undefined) return spec.default;
  // Oracle: "the only orderable license model for the DB instance class. If more than one is orderable, you must specify one."
  if (orderable.length !== 1) fail("MissingParameter", DCRM.licenseRequired(engine, cls, orderable));
  return orderable[0];
}

export function checkCapacity(member: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) fail("InvalidParameterValue", DCRM.capacity(member, value));
}

export function checkAzs(azs: readonly string[], region: string): void {
  if (azs.length === 0) fail("InvalidParameterValue", DCRM.azs("specify one or more Availability Zones"));
  const seen = new Set<string>();
  const valid = regionAzs(region);
  for (const az of azs) {
    if (seen.has(az)) fail("InvalidParameterValue", DCRM.azs(`${az} appears more than once`));
    seen.add(az);
    if (!valid.includes(az)) fail("InvalidParameterValue", DCRM.azs(`${az} is not an Availability Zone of ${region} (${valid.join(", ")})`));
  }
}

/** Epoch ms of a timestamp member (the SDK hands Dates). */
export function timeOf(value: unknown, member: string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" || typeof value === "string" ? new Date(value).getTime() : NaN;
  if (!Number.isFinite(ms)) fail("InvalidParameterValue", `${member} must be a valid timestamp.`);
  return ms;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** vCPUs of a DB instance class by its size (micro to large 2, xlarge 4, Nxlarge 4N). */
export function vcpusOf(cls: string): number {
  const size = cls.split(".")[2] ?? "";
  if (["micro", "small", "medium", "large"].includes(size)) return 2;
  const m = /^(\d*)xlarge$/.exec(size);
  return m ? 4 * Number(m[1] || 1) : 2;
}

/**
 * A future-dated reservation (StartDate with CommitmentDuration): 5-120 days ahead, a commitment of
 * 14 days (84 for db.x) to under 10 years, EndDate at or after StartDate plus the commitment, and a
 * db.c/m/r/t/x class (db.m and db.r of generation 7 or later) reserving 32 vCPUs per Availability Zone.
 */
export function checkFutureDated(input: { StartDate?: unknown; CommitmentDuration?: number; EndDate?: number }, cls: string, capacity: number, now: number): { start: number; commitmentEnd: number } | undefined {
  const hasStart = input.StartDate !== undefined;
  const hasCommitment = input.CommitmentDuration !== undefined;
  if (hasStart && !hasCommitment) fail("InvalidParameterCombination", DCRM.pair("StartDate", "CommitmentDuration"));
  if (hasCommitment && !hasStart) fail("InvalidParameterCombination", DCRM.pair("CommitmentDuration", "StartDate"));
  if (!hasStart) return undefined;
  const start = timeOf(input.StartDate, "StartDate");
  if (start < now + 5 * DAY || start > now + 120 * DAY) fail("InvalidParameterValue", DCRM.startDate(iso(start)));
  const duration = input.CommitmentDuration!;
  const family = /^db\.([a-z])(\d*)/.exec(cls);
  const min = family?.[1] === "x" ? 7_257_600 : 1_209_600;
  if (!Number.isInteger(duration) || duration < min || duration >= 315_576_000) fail("InvalidParameterValue", DCRM.commitment(duration, min));
  const commitmentEnd = start + duration * 1000;
  if (input.EndDate !== undefined && input.EndDate < commitmentEnd) fail("InvalidParameterCombination", DCRM.endBeforeCommitment(iso(input.EndDate), iso(commitmentEnd)));
  if (!family || !"cmrtx".includes(family[1])) fail("DBCapacityReservationUnsupportedFault", DCRM.futureClass(cls, "it must be a db.c, db.m, db.r, db.t, or db.x DB instance class"));
  if ("mr".includes(family[1]) && Number(family[2] || 0) < 7) fail("DBCapacityReservationUnsupportedFault", DCRM.futureClass(cls, "a db.m or db.r DB instance class must be of generation 7 or later"));
  const vcpus = vcpusOf(cls) * capacity;
  if (vcpus < 32) fail("DBCapacityReservationUnsupportedFault", DCRM.vcpus(cls, capacity, vcpus));
  return { start, commitmentEnd };
}
