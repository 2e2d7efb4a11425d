/** A stored integration -> the SDK's Integration (tags as `Tags`, the id kept only in the ARN). */
import type { Integration } from "@aws-sdk/client-rds";
import type { IntegrationRecord } from "../world.js";

export function shapeIntegration(record: IntegrationRecord): Integration {
  const { IntegrationId: _id, TagList, CreateTime, AdditionalEncryptionContext, Errors, ...rest } = record;
  const out: Integration = { ...rest, CreateTime: new Date(CreateTime), Tags: (TagList ?? []).map((t) => ({ ...t })) };
  if (AdditionalEncryptionContext) out.AdditionalEncryptionContext = { ...AdditionalEncryptionContext };
  if (Errors) out.Errors = Errors.map((e) => ({ ...e }));
  return out;
}
