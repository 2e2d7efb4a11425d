/**
 * The rules of CreateCustomDBEngineVersion per engine, as data (API reference and the RDS Custom
 * user guide, "Working with custom engine versions"): the engines that take CEVs, each one's CEV
 * name form, and what each needs (installation media, a manifest, an AMI, a KMS key).
 */
import { fail } from "../../../core/aws-error.js";
import { CEM } from "../messages/index.js";

interface CevEngineRule {
  /** The CEV name form and how the message spells it. */
  version: RegExp;
  form: string;
  /** Members the engine needs (a CEV made from a source CEV inherits the media and manifest). */
  requires: readonly ("DatabaseInstallationFilesS3BucketName" | "DatabaseInstallationFiles" | "Manifest" | "KMSKeyId" | "ImageId")[];
  /** The DB parameter group family of a version. */
  family(version: string): string;
}

const ORACLE: CevEngineRule = {
  // "For RDS Custom for Oracle, the name format is 19.customized_string", e.g. 19.my_cev1.
  version: /^19\.[a-z0-9_.-]+$/,
  form: "19.<customized string> (for example 19.my_cev1)",
  // RDS Custom needs a symmetric KMS key; Oracle CEVs are built from installation files and a manifest.
  requires: ["DatabaseInstallationFilesS3BucketName", "Manifest", "KMSKeyId"],
  family: () => "19",
};
const SQLSERVER_VERSION = /^\d{2}\.\d{2}\.\d+\.\d+\.[a-z0-9_.-]+$/;
const SQLSERVER_FORM = "<major>.<minor>.<build>.<revision>.<customized string> (for example 16.00.4215.2.my_cev1)";
const sqlserverFamily = (version: string) => `${Number(version.split(".")[0])}.0`;
/** RDS Custom for SQL Server: "an AMI ID is required to create a CEV", and RDS Custom needs a KMS key. */
const CUSTOM_SQLSERVER: CevEngineRule = { version: SQLSERVER_VERSION, form: SQLSERVER_FORM, requires: ["ImageId", "KMSKeyId"], family: sqlserverFamily };

export const CEV_ENGINES: Record<string, CevEngineRule> = {
  "custom-oracle-ee": ORACLE,
  "custom-oracle-ee-cdb": ORACLE,
  "custom-oracle-se2": ORACLE,
  "custom-oracle-se2-cdb": ORACLE,
  "custom-sqlserver-ee": CUSTOM_SQLSERVER,
  "custom-sqlserver-se": CUSTOM_SQLSERVER,
  "custom-sqlserver-web": CUSTOM_SQLSERVER,
  "custom-sqlserver-dev": CUSTOM_SQLSERVER,
  // "RDS for SQL Server supports only sqlserver-dev-ee": built from uploaded installation media (ISO and EXE).
  "sqlserver-dev-ee": { version: SQLSERVER_VERSION, form: SQLSERVER_FORM, requires: ["DatabaseInstallationFilesS3BucketName", "DatabaseInstallationFiles"], family: sqlserverFamily },
};

export function cevRule(engine: string): CevEngineRule {
  const rule = Object.hasOwn(CEV_ENGINES, engine) ? CEV_ENGINES[engine] : undefined;
  return rule ?? fail("InvalidParameterValue", CEM.engine(engine, Object.keys(CEV_ENGINES).join(", ")));
}

export function checkCreateInput(engine: string, input: Record<string, unknown>, fromSource: boolean): CevEngineRule {
  const rule = cevRule(engine);
  const version = String(input.EngineVersion);
  if (!rule.version.test(version)) fail("InvalidParameterValue", CEM.versionName(version, rule.form));
  if (input.ImageId !== undefined && input.UseAwsProvidedLatestImage === true) fail("InvalidParameterCombination", CEM.imageAndLatest());
  if (fromSource && input.Manifest !== undefined) fail("InvalidParameterCombination", CEM.sourceAndManifest());
  for (const member of rule.requires) {
    const inherited = fromSource && member !== "KMSKeyId";
    const given = input[member] !== undefined && !(Array.isArray(input[member]) && (input[member] as unknown[]).length === 0);
    // The latest AWS-provided AMI stands in for an ImageId.
    const standIn = member === "ImageId" && input.UseAwsProvidedLatestImage === true;
    if (!given && !inherited && !standIn) fail("InvalidParameterCombination", CEM.required(member, engine));
  }
  if (typeof input.Manifest === "string") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.Manifest);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) fail("InvalidParameterValue", CEM.manifest());
  }
  return rule;
}
