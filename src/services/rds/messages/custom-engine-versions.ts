/** Messages of custom engine versions. */
export const CEM = {
  notFound: (key: string) => `Custom engine version ${key} not found (Engine and EngineVersion).`,
  exists: (key: string) => `Custom engine version ${key} already exists.`,
  quota: (limit: number) => `Cannot create more than ${limit} custom engine versions in this account and Region (quota customEngineVersions).`,
  engine: (engine: string, valid: string) => `Engine ${engine} does not take custom engine versions; valid engines are ${valid}.`,
  versionName: (version: string, form: string) => `EngineVersion ${version} is not a valid custom engine version name: use ${form}.`,
  required: (member: string, engine: string) => `${member} is required to create a custom engine version for ${engine}.`,
  imageAndLatest: () => "Give ImageId or UseAwsProvidedLatestImage, not both.",
  sourceAndManifest: () => "Manifest cannot be given with SourceCustomDbEngineVersionIdentifier: the new CEV keeps its source's manifest.",
  manifest: () => "Manifest is not a JSON object.",
  source: (value: string) => `SourceCustomDbEngineVersionIdentifier ${value} is not the ARN of a custom engine version of this account and Region.`,
  state: (key: string, status: string, allowed: string) => `Custom engine version ${key} is in status ${status}; it must be ${allowed}.`,
} as const;
