/**
 * The simulated services, keyed by the SDK's client name. The SDK client modules are optional
 * peers: each is loaded only when its service first answers an error, from the user's install.
 */
import type { SdkLoaders, ServiceRegistry } from "../core/backend.js";
import { dsql } from "./dsql/index.js";
import { rds } from "./rds/index.js";
import { docdbElastic } from "./docdb-elastic/index.js";

export const services: ServiceRegistry = {
  [dsql.clientName]: dsql,
  [rds.clientName]: rds,
  [docdbElastic.clientName]: docdbElastic,
};

type SdkModule = Record<string, unknown>;

export const sdkLoaders: SdkLoaders = {
  DSQLClient: () => import("@aws-sdk/client-dsql") as Promise<unknown> as Promise<SdkModule>,
  RDSClient: () => import("@aws-sdk/client-rds") as Promise<unknown> as Promise<SdkModule>,
  DocDBElasticClient: () => import("@aws-sdk/client-docdb-elastic") as Promise<unknown> as Promise<SdkModule>,
};
