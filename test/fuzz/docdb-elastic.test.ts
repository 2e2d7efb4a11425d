import { defineFuzzSuite } from "./define-suite.js";

defineFuzzSuite("docdb-elastic", { numRuns: 300 });
