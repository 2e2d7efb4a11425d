import { defineStatefulSuite } from "./stateful/suite.js";
import { docdbElasticModel } from "./stateful/docdb-elastic.js";

defineStatefulSuite(docdbElasticModel, { numRuns: 40 });
