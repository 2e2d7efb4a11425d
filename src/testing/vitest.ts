/** vitest entry point: matchers and fixtures (filled by the testing toolkit). */
export { createMockBackend } from "../index.js";
