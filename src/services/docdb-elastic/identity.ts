/** DocumentDB Elastic's identity (see core/service-identity.ts). Imports nothing of the service: scripts load it cheaply. */
import type { ServiceIdentity } from "../../core/service-identity.js";

export const docdbElasticIdentity = {
  key: "docdb-elastic",
  clientName: "DocDBElasticClient",
  sdkPackage: "@aws-sdk/client-docdb-elastic",
  loadSdk: () => import("@aws-sdk/client-docdb-elastic") as Promise<unknown> as Promise<Record<string, unknown>>,
  // The fixture predates the key: users write `({ docdb }) => ...`, so it stays `docdb`.
  fixture: "docdb",
  title: "Amazon DocumentDB Elastic Clusters",
  models: { smithy: "docdb-elastic.json", botocore: "botocore/docdb-elastic.service-2.json" },
} as const satisfies ServiceIdentity;
