/**
 * RestoreDBClusterFromS3: an Aurora MySQL DB cluster from a Percona XtraBackup of MySQL 5.7 or 8.0 in
 * an S3 bucket. There is no S3 here: every well-formed bucket is readable unless the backend setting
 * `rds.unreadableS3Buckets` lists it, which answers InvalidS3BucketFault as AWS does for a bucket RDS
 * cannot read with the ingestion role.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import { checkNewClusterId, checkRestore, restoreInput, restoredOutput } from "./common.js";
import { checkKmsKey } from "../cluster-snapshots/rules.js";
import { SM } from "../messages/index.js";
import { ENGINES } from "../engines/engines.js";
import type { RdsWorld } from "../world.js";

/** MySQL versions whose backups Aurora MySQL ingests, and the Aurora MySQL major version each restores to. */
const SOURCE_MAJORS: Record<string, string> = { "5.7": "5.7", "8.0": "8.0" };
const SOURCE_VERSION = /^(5\.7|8\.0)\.\d{1,2}$/;
const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** S3 bucket naming: 3-63 lowercase letters, digits, dots and hyphens, a letter or digit at each end. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export const restoreFromS3Handlers: Operations<typeof Sdk, RdsWorld> = {
  RestoreDBClusterFromS3(input, ctx) {
    checkNewClusterId(input, ctx);
    if (String(input.Engine).toLowerCase() !== "aurora-mysql") fail("InvalidParameterValue", SM.engineS3(input.Engine!));
    if (input.SourceEngine !== "mysql") fail("InvalidParameterValue", SM.sourceEngineS3(input.SourceEngine!));
    const source = SOURCE_VERSION.exec(input.SourceEngineVersion!);
    if (!source) fail("InvalidParameterValue", SM.sourceEngineVersion(input.SourceEngineVersion!));
    // The backup's major version decides the Aurora MySQL major version (5.7 -> version 2, 8.0 -> version 3).
    const major = SOURCE_MAJORS[source[1]];
    const engine = ENGINES["aurora-mysql"];
    if (input.EngineVersion !== undefined && engine.majorOf(input.EngineVersion) !== undefined && engine.majorOf(input.EngineVersion) !== major) {
      fail("InvalidParameterCombination", SM.engineVersionMajor(input.EngineVersion, input.SourceEngineVersion!));
    }
    if (!ROLE_ARN.test(input.S3IngestionRoleArn!)) fail("InvalidParameterValue", SM.s3RoleArn(input.S3IngestionRoleArn!));
    if (!BUCKET.test(input.S3BucketName!) || input.S3BucketName!.includes("..")) fail("InvalidParameterValue", SM.s3BucketName(input.S3BucketName!));
    checkKmsKey(ctx, input.KmsKeyId, "KmsKeyId");
    const commit = checkRestore(
      ctx,
      { ...restoreInput(input, { EngineVersion: major, StorageEncrypted: input.KmsKeyId !== undefined ? true : undefined }), Engine: "aurora-mysql" },
      { requireCredentials: true },
    );
    // The bucket is read last, as AWS reads it once the request itself is valid.
    const unreadable = ctx.settings.unreadableS3Buckets;
    if (Array.isArray(unreadable) && unreadable.includes(input.S3BucketName)) {
      fail("InvalidS3BucketFault", SM.s3Unreadable(input.S3BucketName!));
    }
    return restoredOutput(ctx, commit());
  },
};
