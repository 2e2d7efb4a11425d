/**
 * DescribeServerlessV2PlatformVersions: the Aurora Serverless v2 platform versions of each Aurora
 * engine, as a catalog. AWS publishes no list of them; this table is the mock's own, shaped by what
 * the API reference documents: each version is `enabled` (in use) or `disabled` (no longer in use,
 * listed only with IncludeAll), one per engine is the default (the one new DB clusters get), and
 * ServerlessV2FeaturesSupport gives its capacity limits (MinCapacity 0 = automatic pause and resume;
 * MaxCapacity 128 or 256 ACUs).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { ServerlessV2PlatformVersionInfo } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { paginate } from "../../../core/paging.js";
import { noFilters } from "../catalogs/describe.js";
import { XM } from "../messages/index.js";
import { rdsModel } from "../model.generated.js";
import { invalidMarker } from "../shared/filters.js";
import type { RdsWorld } from "../world.js";

/** The engines the API reference lists as valid values of Engine. */
const ENGINES = ["aurora-mysql", "aurora-postgresql"] as const;

interface PlatformVersion {
  version: string;
  description: string;
  status: "enabled" | "disabled";
  isDefault: boolean;
  minCapacity: number;
  maxCapacity: number;
}

const VERSIONS: readonly PlatformVersion[] = [
  { version: "1", description: "First Aurora Serverless v2 platform: up to 128 ACUs.", status: "disabled", isDefault: false, minCapacity: 0.5, maxCapacity: 128 },
  { version: "2", description: "Up to 256 ACUs, with automatic pause and resume at 0 ACUs.", status: "enabled", isDefault: false, minCapacity: 0, maxCapacity: 256 },
  { version: "3", description: "Faster scaling and higher performance per ACU; the platform of new DB clusters.", status: "enabled", isDefault: true, minCapacity: 0, maxCapacity: 256 },
];

/** Engine then version order; the page key carries both. */
type Entry = ServerlessV2PlatformVersionInfo & { Status: string; IsDefault: boolean };
const CATALOG: readonly [string, Entry][] = ENGINES.flatMap((engine) =>
  VERSIONS.map((v): [string, Entry] => [
    `${engine}/${v.version.padStart(4, "0")}`,
    {
      ServerlessV2PlatformVersion: v.version,
      ServerlessV2PlatformVersionDescription: v.description,
      Engine: engine,
      ServerlessV2FeaturesSupport: { MinCapacity: v.minCapacity, MaxCapacity: v.maxCapacity },
      Status: v.status,
      IsDefault: v.isDefault,
    },
  ]),
);

const PAGE = rdsModel.pagination.DescribeServerlessV2PlatformVersions.pageSize;

export const platformVersionOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeServerlessV2PlatformVersions(input) {
    // The operation declares no errors of its own: bad values answer the protocol's InvalidParameterValue.
    const size = input.MaxRecords ?? PAGE.default;
    if (size < PAGE.min || size > PAGE.max) fail("InvalidParameterValue", XM.platformMaxRecords(size, PAGE.min, PAGE.max));
    // API reference, Filters: "This parameter isn't currently supported."
    noFilters(input.Filters);
    if (input.Engine !== undefined && !(ENGINES as readonly string[]).includes(input.Engine)) fail("InvalidParameterValue", XM.platformEngine(input.Engine, ENGINES.join(", ")));
    const matches = CATALOG.filter(
      ([, v]) =>
        (input.Engine === undefined || v.Engine === input.Engine) &&
        (input.ServerlessV2PlatformVersion === undefined || v.ServerlessV2PlatformVersion === input.ServerlessV2PlatformVersion) &&
        (input.DefaultOnly !== true || v.IsDefault) &&
        // IncludeAll: "also include platform versions which are no longer in use"; a version asked for by number is always shown.
        (input.IncludeAll === true || input.ServerlessV2PlatformVersion !== undefined || v.Status === "enabled"),
    );
    const page = paginate(matches, size, input.Marker, invalidMarker);
    return { ServerlessV2PlatformVersions: page.items.map((v) => ({ ...v, ServerlessV2FeaturesSupport: { ...v.ServerlessV2FeaturesSupport } })), Marker: page.next };
  },
};
