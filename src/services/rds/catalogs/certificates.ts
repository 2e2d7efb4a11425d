/**
 * DescribeCertificates and ModifyCertificates: the CA certificates RDS offers (RDS User Guide, "Using
 * SSL/TLS to encrypt a connection to a DB instance or cluster": rds-ca-rsa2048-g1, the default for
 * new DB instances, rds-ca-rsa4096-g1 and rds-ca-ecc384-g1), and the account's override of the
 * default, kept per account and Region in the world.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import type { Certificate } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import { paginate } from "../../../core/paging.js";
import type { CallContext } from "../../../core/service.js";
import { invalidMarker } from "../shared/filters.js";
import { stableText } from "../shared/identifiers.js";
import type { RdsWorld } from "../world.js";
import { noFilters, pageSizeUpTo } from "./describe.js";
import { CM } from "../messages/index.js";

/** RDS's default CA for new DB instances when the account sets no override. */
export const DEFAULT_CA = "rds-ca-rsa2048-g1";

/** Identifier -> [valid from, valid till] (the guide: RSA2048 expires in 2061, RSA4096 and ECC384 in 2121). */
const CAS: Record<string, readonly [string, string]> = {
  "rds-ca-ecc384-g1": ["2021-05-21T22:23:47Z", "2121-05-21T23:23:47Z"],
  "rds-ca-rsa2048-g1": ["2021-05-21T22:15:55Z", "2061-05-21T23:15:55Z"],
  "rds-ca-rsa4096-g1": ["2021-05-21T22:20:07Z", "2121-05-21T23:20:07Z"],
};
/** Every CA identifier RDS offers (ModifyDBInstance checks CACertificateIdentifier against it). */
export const IDS = Object.keys(CAS).sort();

/** The account's override in this Region, if any. */
export function certificateOverride(world: RdsWorld): string | undefined {
  return Object.keys(world.certificateOverride ?? {})[0];
}

/** The CA a new DB instance gets (for CreateDBInstance's CACertificateIdentifier default). */
export function defaultCertificateForNewLaunches(world: RdsWorld): string {
  return certificateOverride(world) ?? DEFAULT_CA;
}

/** When a CA certificate expires (epoch ms), for an instance's CertificateDetails.ValidTill (maintenance/actions.ts). */
export function certificateValidTill(id: string): number | undefined {
  return Object.hasOwn(CAS, id) ? Date.parse(CAS[id][1]) : undefined;
}

/** Replaces the override in place (the world's collections stay the same objects). */
function setOverride(world: RdsWorld, id?: string, at?: number): void {
  const map = (world.certificateOverride ??= {});
  for (const key of Object.keys(map)) delete map[key];
  if (id !== undefined) map[id] = at!;
}

function shape(id: string, ctx: CallContext<RdsWorld>): Certificate {
  const [from, till] = CAS[id];
  const overridden = certificateOverride(ctx.world) === id;
  const out: Certificate = {
    CertificateIdentifier: id,
    CertificateType: "CA",
    // A stable stand-in for the certificate's SHA-1 thumbprint (the mock holds no certificate).
    Thumbprint: stableText(`rds-ca/${id}`, 40),
    ValidFrom: new Date(from),
    ValidTill: new Date(till),
    CertificateArn: `arn:aws:rds:${ctx.region}::cert:${id}`,
    CustomerOverride: overridden,
  };
  if (overridden) out.CustomerOverrideValidTill = new Date(till);
  return out;
}

/** The certificate of an identifier (as given: RDS's CA names are lowercase), or CertificateNotFoundFault. */
function known(id: string): string {
  if (!Object.hasOwn(CAS, id)) fail("CertificateNotFoundFault", CM.certificateNotFound(id));
  return id;
}

export const certificateOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeCertificates(input, ctx) {
    const size = pageSizeUpTo(input.MaxRecords, 100);
    noFilters(input.Filters);
    const ids = input.CertificateIdentifier === undefined ? IDS : [known(input.CertificateIdentifier)];
    const page = paginate(ids.map((id) => [id, id] as [string, string]), size, input.Marker, invalidMarker);
    return {
      DefaultCertificateForNewLaunches: defaultCertificateForNewLaunches(ctx.world),
      Certificates: page.items.map((id) => shape(id, ctx)),
      Marker: page.next,
    };
  },

  // The API reference: give CertificateIdentifier to set the override, or RemoveCustomerOverride=true
  // to remove it. Both, or neither, is InvalidParameterCombination (chosen: AWS documents no other code).
  ModifyCertificates(input, ctx) {
    const id = input.CertificateIdentifier;
    if (id !== undefined && input.RemoveCustomerOverride !== undefined) fail("InvalidParameterCombination", CM.modifyCertificatesCombination());
    if (id === undefined && input.RemoveCustomerOverride !== true) fail("InvalidParameterCombination", CM.modifyCertificatesNothing());
    if (id !== undefined) {
      known(id);
      setOverride(ctx.world, id, ctx.now());
      return { Certificate: shape(id, ctx) };
    }
    // Removing: the answer is the certificate that was the override (none set: the default CA), now without it.
    const previous = certificateOverride(ctx.world) ?? DEFAULT_CA;
    setOverride(ctx.world);
    return { Certificate: shape(previous, ctx) };
  },
};
