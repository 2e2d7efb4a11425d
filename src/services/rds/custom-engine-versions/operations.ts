/**
 * Custom engine versions: Create/Modify/DeleteCustomDBEngineVersion. A CEV is `creating`, then
 * `available` (Oracle CEVs take about two hours, as the RDS Custom guide says); Modify switches it
 * between available, inactive and inactive-except-restore; Delete is `deleting`, then gone.
 * DescribeDBEngineVersions lists an account's CEVs beside the catalog (engines/engine-versions.ts).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { arn } from "../../../core/regions.js";
import { checkKmsKey } from "../cluster-snapshots/rules.js";
import { CEM } from "../messages/index.js";
import { checkTags } from "../shared/tags.js";
import type { CustomEngineVersionRecord, RdsWorld } from "../world.js";
import { cevByArn, cevKey, customEngineVersions, getCev } from "./resource.js";
import { cevRule, checkCreateInput } from "./rules.js";
import { shapeCev } from "./shape.js";

type Ctx = CallContext<RdsWorld>;

export const customEngineVersionTransitions: TransitionTable<RdsWorld> = {
  customEngineVersion: {
    collection: (w) => w.customEngineVersions ?? {},
    statusField: "Status",
    events: {
      create: { during: "creating", then: "available", ms: 2 * 60 * 60_000 },
      delete: { during: "deleting", then: null, ms: 10 * 60_000 },
    },
  },
};

/** Statuses a CEV can be changed or deleted from (not while it is created or deleted). */
const SETTLED = ["available", "inactive", "inactive-except-restore"];

function checkSettled(cev: CustomEngineVersionRecord): void {
  if (!SETTLED.includes(cev.Status)) fail("InvalidCustomDBEngineVersionStateFault", CEM.state(cevKey(cev.Engine, cev.EngineVersion), cev.Status, SETTLED.join(", ")));
}

export const customEngineVersionOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateCustomDBEngineVersion(input, ctx) {
    const engine = input.Engine!;
    const source = input.SourceCustomDbEngineVersionIdentifier === undefined ? undefined : cevByArn(ctx, input.SourceCustomDbEngineVersionIdentifier);
    if (input.SourceCustomDbEngineVersionIdentifier !== undefined && !source) {
      fail("CustomDBEngineVersionNotFoundFault", CEM.source(input.SourceCustomDbEngineVersionIdentifier));
    }
    const rule = checkCreateInput(engine, input as unknown as Record<string, unknown>, source !== undefined);
    checkKmsKey(ctx, input.KMSKeyId, "KMSKeyId");
    const tags = checkTags(input.Tags);
    const key = cevKey(engine, input.EngineVersion!);
    customEngineVersions.requireNew(ctx, key);
    const record: CustomEngineVersionRecord = {
      Engine: engine,
      EngineVersion: input.EngineVersion!,
      MajorEngineVersion: rule.family(input.EngineVersion!),
      DBParameterGroupFamily: `${engine}-${rule.family(input.EngineVersion!)}`,
      DBEngineDescription: engine.startsWith("custom-oracle") ? "Oracle Database (RDS Custom)" : "Microsoft SQL Server",
      DBEngineVersionDescription: input.Description ?? "",
      DBEngineVersionArn: arn("rds", ctx.region, ctx.accountId, `cev:${engine}/${input.EngineVersion}/${ctx.ids.uuid()}`),
      Status: "creating",
      CreateTime: ctx.now(),
      KMSKeyId: input.KMSKeyId,
      DatabaseInstallationFilesS3BucketName: input.DatabaseInstallationFilesS3BucketName ?? source?.DatabaseInstallationFilesS3BucketName,
      DatabaseInstallationFilesS3Prefix: input.DatabaseInstallationFilesS3Prefix ?? source?.DatabaseInstallationFilesS3Prefix,
      DatabaseInstallationFiles: input.DatabaseInstallationFiles ? [...input.DatabaseInstallationFiles] : source?.DatabaseInstallationFiles,
      CustomDBEngineVersionManifest: input.Manifest ?? source?.CustomDBEngineVersionManifest,
      // The AMI asked for, the source's, or (UseAwsProvidedLatestImage, or none given) the latest AWS-provided one.
      Image: { ImageId: input.ImageId ?? source?.Image?.ImageId ?? `ami-${ctx.ids.hex(17)}`, Status: "active" },
      TagList: tags,
    };
    ctx.world.customEngineVersions ??= {};
    customEngineVersions.insert(ctx, key, record);
    customEngineVersions.begin(ctx, record, "create");
    return shapeCev(record);
  },

  ModifyCustomDBEngineVersion(input, ctx) {
    cevRule(input.Engine!);
    const cev = getCev(ctx, input.Engine!, input.EngineVersion!);
    checkSettled(cev);
    // "You can change any status to any status."
    if (input.Status !== undefined) cev.Status = input.Status;
    if (input.Description !== undefined) cev.DBEngineVersionDescription = input.Description;
    return shapeCev(cev);
  },

  DeleteCustomDBEngineVersion(input, ctx: Ctx) {
    cevRule(input.Engine!);
    const cev = getCev(ctx, input.Engine!, input.EngineVersion!);
    checkSettled(cev);
    customEngineVersions.begin(ctx, cev, "delete");
    return shapeCev(cev);
  },
};
