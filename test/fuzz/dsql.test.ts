import { defineFuzzSuite } from "./define-suite.js";

defineFuzzSuite("dsql", { numRuns: 300 });
