import type { ServiceDefinition } from "../../core/service.js";

/** Placeholder until the service's issue lands: every command is reported as not simulated. */
export const dsql: ServiceDefinition<Record<string, never>> = {
  key: "dsql",
  clientName: "DSQLClient",
  protocol: "restJson",
  baseException: "DSQLServiceException",
  errors: {},
  constraints: { operations: {}, shapes: {} },
  allOperations: [],
  createWorld: () => ({}),
  transitions: {},
  operations: {},
};
