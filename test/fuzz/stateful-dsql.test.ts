import { defineStatefulSuite } from "./stateful/suite.js";
import { dsqlModel } from "./stateful/dsql.js";

defineStatefulSuite(dsqlModel, { numRuns: 40 });
