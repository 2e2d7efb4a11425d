export { createMockBackend, defaultBackend, resetDefaultBackend, mockMiddleware } from "./create-backend.js";
export { MockBackend } from "./core/backend.js";
export type {
  BackendState,
  CallInterceptor,
  InterceptedCall,
  MockBackendOptions,
  UnhandledCall,
} from "./core/backend.js";
export type { RecordedCall } from "./core/call-log.js";
export { Clock } from "./core/clock.js";
export type { ClockMode } from "./core/clock.js";
export type { LifecycleMode } from "./core/lifecycle.js";
export { getMockPlugin, mockMiddlewareOptions, MOCK_MIDDLEWARE_NAME } from "./core/middleware.js";
export type { MockableClient } from "./core/middleware.js";
export { MockNotImplementedError } from "./core/not-implemented.js";
