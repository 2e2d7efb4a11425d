/** RDS's identity (see core/service-identity.ts). Imports nothing of the service: scripts load it cheaply. */
import type { ServiceIdentity } from "../../core/service-identity.js";

export const rdsIdentity = {
  key: "rds",
  clientName: "RDSClient",
  sdkPackage: "@aws-sdk/client-rds",
  loadSdk: () => import("@aws-sdk/client-rds") as Promise<unknown> as Promise<Record<string, unknown>>,
  fixture: "rds",
  title: "Amazon RDS",
  models: { smithy: "rds.json", botocore: "botocore/rds.service-2.json" },
} as const satisfies ServiceIdentity;
