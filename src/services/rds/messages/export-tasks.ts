/** Messages of exports to Amazon S3. */
export const XTM = {
  notFound: (id: string) => `Export task ${id} not found (ExportTaskIdentifier).`,
  exists: (id: string) => `An export task with identifier ${id} already exists.`,
  source: (arn: string) => `SourceArn ${arn} is not the ARN of a DB snapshot, DB cluster snapshot or DB cluster of this account and Region.`,
  sourceState: (kind: string, id: string, status: string) => `The ${kind} ${id} is in status ${status}; only an available source can be exported.`,
  bucket: (name: string) =>
    `S3BucketName ${JSON.stringify(name)} is not a valid bucket name: 3 to 63 lowercase letters, digits, dots and hyphens, beginning and ending with a letter or digit.`,
  role: (arn: string) => `IamRoleArn ${arn} is not the ARN of an IAM role (arn:aws:iam::ACCOUNT:role/NAME).`,
  exportOnly: (entry: string, engine: string, rule: string) => `ExportOnly entry ${JSON.stringify(entry)} is not valid for ${engine}: ${rule}.`,
  cancelState: (id: string, status: string) => `Export task ${id} is in status ${status}; only a STARTING or IN_PROGRESS task can be canceled.`,
  sourceType: (value: string) => `SourceType ${value} is not valid; valid values are SNAPSHOT and CLUSTER.`,
} as const;
