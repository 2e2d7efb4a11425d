/**
 * The simulated services, keyed by the SDK's client name. The SDK client modules are optional
 * peers: each is loaded only when its service first answers an error, from the user's install, by
 * the loader its identity carries.
 */
import type { SdkLoaders, ServiceRegistry } from "../core/backend.js";
import type { ServiceDefinition } from "../core/service.js";
import { dsql } from "./dsql/index.js";
import { rds } from "./rds/index.js";
import { docdbElastic } from "./docdb-elastic/index.js";

const definitions: readonly ServiceDefinition<any>[] = [dsql, rds, docdbElastic];

export const services: ServiceRegistry = Object.fromEntries(definitions.map((svc) => [svc.clientName, svc]));

/** Each service's SDK loader by client name (what the backend takes), from the identities. */
export const sdkLoaders: SdkLoaders = Object.fromEntries(definitions.map((svc) => [svc.clientName, svc.loadSdk]));
