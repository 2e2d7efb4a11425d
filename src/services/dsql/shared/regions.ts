/**
 * The Regions where DSQL runs (a witness or peer Region must be one of them), and the worlds of
 * other Regions, which multi-Region clusters read.
 */
import type { DsqlContext, DsqlWorld } from "../world.js";

/**
 * Regions with Aurora DSQL endpoints (AWS's endpoint list). Backend option
 * `settings: { dsql: { regions: [...] } }` replaces the list, for Regions added later.
 */
export const DSQL_REGIONS: readonly string[] = [
  "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "ca-west-1",
  "eu-central-1", "eu-north-1", "eu-south-1", "eu-west-1", "eu-west-2", "eu-west-3",
  "ap-east-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
  "ap-southeast-1", "ap-southeast-2", "ap-southeast-4",
];

export function dsqlRegions(ctx: DsqlContext): readonly string[] {
  const configured = ctx.settings.regions;
  return Array.isArray(configured) ? (configured as string[]) : DSQL_REGIONS;
}

export function isDsqlRegion(ctx: DsqlContext, region: string): boolean {
  return dsqlRegions(ctx).includes(region);
}

/**
 * The DSQL world of another Region when it already exists. Looking must never create one: a call
 * that then fails has to leave `dump()` unchanged.
 */
export function existingWorld(ctx: DsqlContext, region: string): DsqlWorld | undefined {
  if (region === ctx.region) return ctx.world;
  if (ctx.hasWorld && !ctx.hasWorld(region)) return undefined;
  return ctx.worldOf(region);
}
