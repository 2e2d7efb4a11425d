/**
 * The reserved DB instance offerings of a Region, as a catalog derived from the orderable options
 * (catalogs/orderable-data.ts): for every engine's product description and DB instance class, the
 * three offering types of the API reference ("No Upfront", "Partial Upfront", "All Upfront"), the two
 * terms (1 and 3 years, in seconds) and Single-AZ / Multi-AZ where the engine has Multi-AZ. Offering
 * ids are stable per Region. Prices are the mock's own arithmetic (AWS's price list is not public
 * data): an hourly rate by class size and family, doubled for Multi-AZ and for license-included
 * commercial engines, discounted for longer terms and more upfront.
 */
import type { ReservedDBInstancesOffering } from "@aws-sdk/client-rds";
import { ORDERABLE } from "../catalogs/orderable-data.js";
import { stableText } from "../shared/identifiers.js";

export const OFFERING_TYPES = ["No Upfront", "Partial Upfront", "All Upfront"] as const;
const YEAR = 31_536_000;
/** Duration filter: "Valid Values: 1 | 3 | 31536000 | 94608000" (years or seconds). */
export const DURATIONS: Record<string, number> = { "1": YEAR, "3": 3 * YEAR, [String(YEAR)]: YEAR, [String(3 * YEAR)]: 3 * YEAR };

/** ProductDescription per engine and license model: AWS's spelling (oracle/sqlserver/db2 name their license). */
const LICENSE_SUFFIX: Record<string, string> = { "license-included": "(li)", "bring-your-own-license": "(byol)", "marketplace-license": "(mp)" };
const BASE_NAME: Record<string, string> = { postgres: "postgresql", "oracle-ee-cdb": "oracle-ee", "oracle-se2-cdb": "oracle-se2" };

const SIZE_RATE: Record<string, number> = { micro: 0.017, small: 0.034, medium: 0.068, large: 0.17, xlarge: 0.34, "2xlarge": 0.68 };
const FAMILY_FACTOR: Record<string, number> = { t: 1, m: 1, r: 1.4, x: 2.4 };
/** Share of the on-demand price paid per year of term (longer terms cost less). */
const TERM_FACTOR: Record<number, number> = { [YEAR]: 0.66, [3 * YEAR]: 0.45 };
/** Share of a term's cost paid up front, per offering type (the rest is hourly). */
const UPFRONT_SHARE: Record<(typeof OFFERING_TYPES)[number], number> = { "No Upfront": 0, "Partial Upfront": 0.5, "All Upfront": 1 };

export type OfferingEntry = ReservedDBInstancesOffering & Required<Pick<ReservedDBInstancesOffering, "ReservedDBInstancesOfferingId" | "DBInstanceClass" | "Duration" | "ProductDescription" | "OfferingType" | "MultiAZ">>;

const round = (n: number) => Math.round(n * 1000) / 1000;

function hourlyRate(instanceClass: string, product: string, multiAz: boolean): number {
  const [, family = "m", size = "large"] = instanceClass.split(".");
  const rate = (SIZE_RATE[size] ?? 0.17) * (FAMILY_FACTOR[family[0]] ?? 1);
  return rate * (multiAz ? 2 : 1) * (product.endsWith("(li)") ? 2 : 1);
}

function productsOf(engine: string, licenseModels: readonly string[]): string[] {
  const base = BASE_NAME[engine] ?? engine;
  const commercial = /^(oracle|sqlserver|db2)/.test(engine);
  return commercial ? licenseModels.map((l) => `${base}${LICENSE_SUFFIX[l] ?? ""}`) : [base];
}

const cache = new Map<string, readonly OfferingEntry[]>();

/** Every offering of `region`, in a stable order (built once per Region). */
export function offeringsOf(region: string): readonly OfferingEntry[] {
  const cached = cache.get(region);
  if (cached) return cached;
  const seen = new Set<string>();
  const out: OfferingEntry[] = [];
  for (const [engine, options] of Object.entries(ORDERABLE)) {
    for (const product of productsOf(engine, options.licenseModels)) {
      for (const instanceClass of options.classes.filter((c) => c !== "db.serverless")) {
        for (const multiAz of options.multiAz && !options.aurora ? [false, true] : [false]) {
          for (const duration of [YEAR, 3 * YEAR]) {
            for (const type of OFFERING_TYPES) {
              const key = `${region}/${product}/${instanceClass}/${multiAz}/${duration}/${type}`;
              if (seen.has(key)) continue; // the CDB engines share their edition's product description
              seen.add(key);
              const hourly = hourlyRate(instanceClass, product, multiAz) * TERM_FACTOR[duration];
              const termCost = hourly * (duration / 3600);
              const upfront = UPFRONT_SHARE[type];
              const id = stableText(key, 32);
              out.push({
                ReservedDBInstancesOfferingId: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`,
                DBInstanceClass: instanceClass,
                Duration: duration,
                FixedPrice: round(termCost * upfront),
                UsagePrice: 0,
                CurrencyCode: "USD",
                ProductDescription: product,
                OfferingType: type,
                MultiAZ: multiAz,
                RecurringCharges: upfront === 1 ? [] : [{ RecurringChargeAmount: round(hourly * (1 - upfront)), RecurringChargeFrequency: "Hourly" }],
              });
            }
          }
        }
      }
    }
  }
  cache.set(region, out);
  return out;
}
