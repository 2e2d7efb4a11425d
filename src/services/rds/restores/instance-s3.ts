/**
 * RestoreDBInstanceFromS3: a new RDS for MySQL DB instance from a Percona XtraBackup of MySQL in an S3
 * bucket (RDS user guide, "Restoring a backup into an Amazon RDS for MySQL DB instance"). The request is
 * a CreateDBInstance of engine `mysql`, with the same checks (instances/create-rules.ts), plus the
 * backup: `SourceEngine` mysql, a `SourceEngineVersion` (`X.Y.Z`) whose major version RDS for MySQL
 * offers, the restored instance on that same major version (simulator rule: a backup restores to its
 * own major version), an IAM role ARN for ingestion and a well-formed bucket name. There is no S3 here:
 * a bucket is readable unless the backend setting `rds.unreadableS3Buckets` lists it, which answers
 * InvalidS3BucketFault (as RestoreDBClusterFromS3 does). The new instance goes creating -> backing-up
 * -> available like any standalone instance with backups.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { CreateDBInstanceCommandInput } from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { checkStandaloneCreate } from "../instances/create-rules.js";
import { STANDALONE_ENGINES } from "../instances/engine-table.js";
import { shapeInstance } from "../instances/shape.js";
import { addStandaloneInstance } from "../instances/standalone.js";
import { RRM, SM } from "../messages/index.js";
import type { RdsWorld } from "../world.js";

const SOURCE_VERSION = /^(\d+\.\d+)\.\d{1,2}$/;
const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
/** S3 bucket naming: 3-63 lowercase letters, digits, dots and hyphens, a letter or digit at each end. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** API reference (DBInstanceClass): "Importing from Amazon S3 isn't supported on the db.t2.micro DB instance class." */
const UNSUPPORTED_CLASSES = ["db.t2.micro"];

export const instanceRestoreFromS3Operations: Operations<typeof Sdk, RdsWorld> = {
  RestoreDBInstanceFromS3(input, ctx) {
    // "Valid Values: mysql" (Engine and SourceEngine).
    if (input.Engine!.toLowerCase() !== "mysql") fail("InvalidParameterValue", RRM.s3Engine(input.Engine!));
    if (input.SourceEngine !== "mysql") fail("InvalidParameterValue", SM.sourceEngineS3(input.SourceEngine!));
    const source = SOURCE_VERSION.exec(input.SourceEngineVersion!);
    if (!source) fail("InvalidParameterValue", RRM.s3SourceVersion(input.SourceEngineVersion!));
    const major = source[1];
    if (UNSUPPORTED_CLASSES.includes(input.DBInstanceClass!)) fail("InvalidParameterCombination", RRM.s3Class(input.DBInstanceClass!));
    if (!ROLE_ARN.test(input.S3IngestionRoleArn!)) fail("InvalidParameterValue", SM.s3RoleArn(input.S3IngestionRoleArn!));
    if (!BUCKET.test(input.S3BucketName!) || input.S3BucketName!.includes("..")) fail("InvalidParameterValue", SM.s3BucketName(input.S3BucketName!));
    const { SourceEngine: _engine, SourceEngineVersion: _version, S3BucketName: _bucket, S3Prefix: _prefix, S3IngestionRoleArn: _role, ...create } = input;
    // Without EngineVersion the newest catalog version of the backup's major version (CreateDBInstance reads a major version so).
    const params = checkStandaloneCreate(ctx, { ...(create as CreateDBInstanceCommandInput), Engine: "mysql", EngineVersion: input.EngineVersion ?? major });
    if (STANDALONE_ENGINES.mysql.major(params.EngineVersion!) !== major) fail("InvalidParameterCombination", RRM.s3Major(params.EngineVersion!, input.SourceEngineVersion!));
    // The bucket is read last, as AWS reads it once the request itself is valid.
    const unreadable = ctx.settings.unreadableS3Buckets;
    if (Array.isArray(unreadable) && unreadable.includes(input.S3BucketName)) fail("InvalidS3BucketFault", SM.s3Unreadable(input.S3BucketName!));
    return { DBInstance: shapeInstance(addStandaloneInstance(ctx, params)) };
  },
};
