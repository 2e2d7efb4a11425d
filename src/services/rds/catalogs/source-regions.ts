/**
 * DescribeSourceRegions: the Regions this Region can create a read replica, copy a DB snapshot or
 * replicate automated backups from: every other Region the backend knows in the same partition.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { SourceRegion } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { paginate } from "../../../core/paging.js";
import { AWS_REGIONS, dnsSuffix, partitionOf } from "../../../core/regions.js";
import { invalidMarker } from "../shared/filters.js";
import type { RdsWorld } from "../world.js";
import { noFilters, pageSizeUpTo } from "./describe.js";
import { CM } from "../messages/index.js";

function shape(region: string): SourceRegion {
  return {
    RegionName: region,
    Endpoint: `https://rds.${region}.${dnsSuffix(region)}`,
    Status: "available",
    SupportsDBInstanceAutomatedBackupsReplication: true,
  };
}

export const sourceRegionOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeSourceRegions(input, ctx) {
    const size = pageSizeUpTo(input.MaxRecords, 100);
    noFilters(input.Filters);
    const wanted = input.RegionName;
    // Documented: "Must specify a valid Amazon Web Services Region name." A valid Region that is no
    // source of this one (this Region itself, another partition's) matches nothing.
    if (wanted !== undefined && !(AWS_REGIONS as readonly string[]).includes(wanted)) fail("InvalidParameterValue", CM.sourceRegion(wanted));
    const sources = AWS_REGIONS.filter((r) => r !== ctx.region && partitionOf(r) === partitionOf(ctx.region) && (wanted === undefined || r === wanted)).sort();
    const page = paginate(sources.map((r) => [r, r] as [string, string]), size, input.Marker, invalidMarker);
    return { SourceRegions: page.items.map(shape), Marker: page.next };
  },
};
