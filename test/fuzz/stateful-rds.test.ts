import { defineStatefulSuite } from "./stateful/suite.js";
import { rdsModel } from "./stateful/rds.js";

defineStatefulSuite(rdsModel, { numRuns: 40 });
