/** Messages of zero-ETL integrations. */
export const IM = {
  notFound: (id: string) => `Integration ${id} not found.`,
  nameTaken: (name: string) => `An integration named ${name} already exists.`,
  quota: (limit: number) => `Cannot create more than ${limit} zero-ETL integrations in this account and Region (quota integrations).`,
  sourceRegion: (arn: string, region: string) => `SourceArn ${arn} must name a DB cluster or DB instance of this account in ${region}.`,
  sourceEngine: (id: string, engine: string) => `The source ${id} (${engine}) cannot be the source of a zero-ETL integration.`,
  target: (arn: string) => `TargetArn ${arn} is not the ARN of an Amazon Redshift namespace (redshift or redshift-serverless) or of an AWS Glue catalog.`,
  targetRegion: (arn: string, region: string) => `TargetArn ${arn} must be in the source's Region ${region}.`,
  pairTaken: (name: string) => `Integration ${name} already replicates this source to this target.`,
  contextWithoutKey: () => "AdditionalEncryptionContext can be given only with KMSKeyId.",
  state: (name: string, status: string, allowed: string) => `Integration ${name} is in status ${status}; it must be ${allowed}.`,
  renameTaken: (name: string) => `Another integration is named ${name} (IntegrationName).`,
  nothingToModify: () => "Give at least one of IntegrationName, DataFilter and Description.",
} as const;
