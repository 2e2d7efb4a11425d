export { backendOf, createMockBackend, defaultBackend, resetDefaultBackend, mockMiddleware } from "./create-backend.js";
export { MockBackend } from "./core/backend.js";
export type { BackendState, MockBackendOptions, UnhandledCall } from "./core/backend-options.js";
export type { Call, CallExtras, CallInterceptor, InterceptedCall } from "./core/call.js";
export type { RecordedCall } from "./core/call-log.js";
export { Clock } from "./core/clock.js";
export type { ClockMode } from "./core/clock.js";
export type { LifecycleMode } from "./core/lifecycle.js";
export { getMockPlugin, mockMiddlewareOptions, MOCK_MIDDLEWARE_NAME } from "./core/middleware.js";
export type { FaultCall, FaultError, FaultHandle, FaultInjector, FaultRule } from "./core/fault-injection.js";
export type { CommandClass, CommandInput, CommandSelector, OverrideBehavior, OverrideError, Overrides } from "./core/overrides.js";
export type { RetriesOption, RetryOptions } from "./core/retry.js";
export type { MockableClient } from "./core/middleware.js";
export type { ClassAttachOptions, ClientClass } from "./core/class-intercept.js";
export { enterBackend } from "./core/class-intercept.js";
export { MockNotImplementedError } from "./core/not-implemented.js";
export type { IamOptions, IamRecorder, IamRequestRecord } from "./core/iam/authorizer.js";
export type { DecidingStatement, DecisionReason, PolicyKind } from "./core/iam/evaluate.js";
export type { PolicyDocument, PolicyInput, PolicyStatement } from "./core/iam/policy.js";
// DocDB Elastic waiters (the SDK ships none), named apart from the DSQL client's own waiters.
export {
  waitUntilClusterActive as waitUntilElasticClusterActive,
  waitUntilClusterDeleted as waitUntilElasticClusterDeleted,
  waitUntilClusterSnapshotActive as waitUntilElasticClusterSnapshotActive,
} from "./waiters/docdb-elastic.js";
export { schedulePendingMaintenanceAction } from "./services/docdb-elastic/maintenance.js";
export type { MaintenanceActionName, ScheduledMaintenanceAction } from "./services/docdb-elastic/maintenance.js";
