/** DSQL's identity (see core/service-identity.ts). Imports nothing of the service: scripts load it cheaply. */
import type { ServiceIdentity } from "../../core/service-identity.js";

export const dsqlIdentity = {
  key: "dsql",
  clientName: "DSQLClient",
  sdkPackage: "@aws-sdk/client-dsql",
  loadSdk: () => import("@aws-sdk/client-dsql") as Promise<unknown> as Promise<Record<string, unknown>>,
  fixture: "dsql",
  title: "Amazon Aurora DSQL",
  models: { smithy: "dsql.json", botocore: "botocore/dsql.service-2.json" },
} as const satisfies ServiceIdentity;
