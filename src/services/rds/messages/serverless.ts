/** Messages of the Data API, Aurora Serverless v1 capacity and Serverless v2 platform versions. */
export const XM = {
  dataApiNotFound: (arn: string) => `DB cluster ${arn} not found (ResourceArn: the ARN of a DB cluster of this account and Region).`,
  dataApiEngine: (id: string, engine: string) => `The HTTP endpoint (RDS Data API) is available only for Aurora DB clusters; DB cluster ${id} runs ${engine}.`,
  dataApiServerlessV1: (id: string) =>
    `DB cluster ${id} is an Aurora Serverless v1 cluster: enable or disable its HTTP endpoint with the EnableHttpEndpoint parameter of ModifyDBCluster.`,
  dataApiState: (id: string, status: string) => `DB cluster ${id} is in state ${status}; its HTTP endpoint can change only while it is available.`,
  capacityEngineMode: (id: string, mode: string) => `ModifyCurrentDBClusterCapacity applies only to Aurora Serverless v1 DB clusters; DB cluster ${id} is in the ${mode} engine mode.`,
  capacityValue: (capacity: number, engine: string, valid: string) => `Capacity ${capacity} is not valid for ${engine}; valid values are ${valid}.`,
  capacityTimeoutAction: (value: string, valid: string) => `TimeoutAction ${value} is not valid; valid values are ${valid}.`,
  capacityState: (id: string, status: string) => `DB cluster ${id} is in state ${status}; its capacity can change only while it is available.`,
  platformMaxRecords: (size: number, min: number, max: number) => `MaxRecords ${size} is not valid: it must be from ${min} to ${max}.`,
  platformEngine: (engine: string, valid: string) => `Engine ${engine} is not valid; valid values are ${valid}.`,
} as const;
