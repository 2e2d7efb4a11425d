import type { ServiceDefinition } from "../../core/service.js";

/** Placeholder until the service's issue lands: every command is reported as not simulated. */
export const docdbElastic: ServiceDefinition<Record<string, never>> = {
  key: "docdb-elastic",
  clientName: "DocDBElasticClient",
  protocol: "restJson",
  baseException: "DocDBElasticServiceException",
  errors: {},
  constraints: { operations: {}, shapes: {} },
  allOperations: [],
  createWorld: () => ({}),
  transitions: {},
  operations: {},
};
