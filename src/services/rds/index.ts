import type { ServiceDefinition } from "../../core/service.js";

/** Placeholder until the service's issue lands: every command is reported as not simulated. */
export const rds: ServiceDefinition<Record<string, never>> = {
  key: "rds",
  clientName: "RDSClient",
  protocol: "awsQuery",
  baseException: "RDSServiceException",
  errors: {},
  constraints: { operations: {}, shapes: {} },
  allOperations: [],
  createWorld: () => ({}),
  transitions: {},
  operations: {},
};
