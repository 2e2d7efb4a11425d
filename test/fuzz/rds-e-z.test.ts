import { defineFuzzSuite } from "./define-suite.js";

// RDS has ~170 commands: split in two files so vitest runs them on both cores.
defineFuzzSuite("rds", { numRuns: 250, include: (c) => c >= "E", label: "rds-e-z" });
