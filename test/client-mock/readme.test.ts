import { mockClient as original } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockClient as ours } from "../../src/client-mock/index.js";
import { readmeExamples } from "./readme-examples.js";

readmeExamples({ describe, it, beforeEach, afterEach, expect }, [
  ["aws-db-mock/client-mock", ours],
  ["aws-sdk-client-mock (the original, for parity)", original as unknown as typeof ours],
]);
