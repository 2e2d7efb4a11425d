/**
 * DescribeDBMajorEngineVersions: each major version of the simulated engines (engines/engines.ts) with its
 * support lifecycles: standard support, then RDS Extended Support (open-source engines only). Dates
 * from the Aurora and RDS release calendars (major version tables, "end of standard support" and
 * "end of RDS Extended Support"); the example of the Aurora User Guide ("Viewing support dates for
 * engine versions in Amazon RDS Extended Support") gives Aurora MySQL 5.7's standard start 2018-02-06.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { DBMajorEngineVersion } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { paginate } from "../../../core/paging.js";
import { ENGINES } from "../engines/engines.js";
import { invalidMarker } from "../shared/filters.js";
import type { RdsWorld } from "../world.js";
import { pageSizeUpTo } from "./describe.js";
import { CM } from "../messages/index.js";

/** [standard support start, standard support end, Extended Support end] (UTC dates). */
type Lifecycle = readonly [start: string, standardEnd: string, extendedEnd: string];

const LIFECYCLES: Record<string, Record<string, Lifecycle>> = {
  "aurora-mysql": { "5.7": ["2018-02-06", "2024-10-31", "2027-02-28"], "8.0": ["2021-11-18", "2028-04-30", "2031-04-30"] },
  "aurora-postgresql": {
    "11": ["2019-11-26", "2024-02-29", "2027-03-31"], "12": ["2021-01-28", "2025-02-28", "2028-02-29"], "13": ["2021-08-26", "2026-02-28", "2029-02-28"],
    "14": ["2022-06-09", "2027-02-28", "2030-02-28"], "15": ["2023-07-13", "2028-02-29", "2031-02-28"], "16": ["2024-01-31", "2029-02-28", "2032-02-29"],
    "17": ["2025-01-27", "2030-02-28", "2033-02-28"],
  },
  mysql: { "8.0": ["2018-10-23", "2026-07-31", "2029-07-31"], "8.4": ["2024-11-21", "2029-07-31", "2032-07-31"] },
  postgres: {
    "13": ["2021-02-24", "2026-02-28", "2029-02-28"], "14": ["2022-02-03", "2027-02-28", "2030-02-28"], "15": ["2023-02-27", "2028-02-29", "2031-02-28"],
    "16": ["2023-11-17", "2029-02-28", "2032-02-29"], "17": ["2024-11-18", "2030-02-28", "2033-02-28"],
  },
};

/** The engines the model documents for this call: those without a lifecycle table answer an empty list. */
const DOCUMENTED_ENGINES = [
  "aurora-mysql", "aurora-postgresql", "custom-sqlserver-ee", "custom-sqlserver-se", "custom-sqlserver-web", "db2-ae", "db2-se",
  "mariadb", "mysql", "oracle-ee", "oracle-ee-cdb", "oracle-se2", "oracle-se2-cdb", "postgres", "sqlserver-ee", "sqlserver-se",
  "sqlserver-ex", "sqlserver-web",
];

const day = (date: string) => new Date(`${date}T00:00:00Z`);

interface Entry {
  engine: string;
  major: string;
  lifecycle: Lifecycle;
}

/** Engine then major version order (page keys carry both). */
const MAJORS: readonly [string, Entry][] = Object.keys(LIFECYCLES)
  .sort()
  .flatMap((engine) =>
    Object.keys(ENGINES[engine].majors).map((major, i) => [`${engine}/${String(i).padStart(3, "0")}`, { engine, major, lifecycle: LIFECYCLES[engine][major] }] as [string, Entry]),
  );

function shape(e: Entry): DBMajorEngineVersion {
  const [start, standardEnd, extendedEnd] = e.lifecycle;
  const extendedStart = new Date(day(standardEnd).getTime() + 86_400_000);
  return {
    Engine: e.engine,
    MajorEngineVersion: e.major,
    SupportedEngineLifecycles: [
      { LifecycleSupportName: "open-source-rds-standard-support", LifecycleSupportStartDate: day(start), LifecycleSupportEndDate: day(standardEnd) },
      { LifecycleSupportName: "open-source-rds-extended-support", LifecycleSupportStartDate: extendedStart, LifecycleSupportEndDate: day(extendedEnd) },
    ],
  };
}

export const majorVersionOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeDBMajorEngineVersions(input) {
    const size = pageSizeUpTo(input.MaxRecords, 100);
    const engine = input.Engine?.toLowerCase();
    if (engine !== undefined && !DOCUMENTED_ENGINES.includes(engine)) fail("InvalidParameterValue", CM.invalidEngine(input.Engine!));
    const matches = MAJORS.filter(([, e]) => (engine === undefined || e.engine === engine) && (input.MajorEngineVersion === undefined || e.major === input.MajorEngineVersion));
    const page = paginate(matches, size, input.Marker, invalidMarker);
    return { DBMajorEngineVersions: page.items.map(shape), Marker: page.next };
  },
};
