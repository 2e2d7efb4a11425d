/** A stored CEV -> the SDK's DBEngineVersion. */
import type { DBEngineVersion } from "@aws-sdk/client-rds";
import type { CustomEngineVersionRecord } from "../world.js";

export function shapeCev(record: CustomEngineVersionRecord): DBEngineVersion {
  const { CreateTime, TagList, DatabaseInstallationFiles, Image, ...rest } = record;
  const out: DBEngineVersion = { ...rest, CreateTime: new Date(CreateTime), TagList: (TagList ?? []).map((t) => ({ ...t })) };
  if (DatabaseInstallationFiles) out.DatabaseInstallationFiles = [...DatabaseInstallationFiles];
  if (Image) out.Image = { ...Image };
  return out;
}
