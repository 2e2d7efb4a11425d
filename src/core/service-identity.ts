/**
 * Who a simulated service is, apart from what it does: the names the SDK, the fixtures, the generator,
 * the coverage report and the benchmark know it by. Each service declares it once, in
 * `src/services/<service>/identity.ts`; everything else derives from that.
 */

/** Model files of a service under the shared AWS models directory (`AWS_MODELS_DIR`). */
export interface ServiceModelFiles {
  /** The Smithy JSON AST: `dsql.json`. */
  smithy: string;
  /** The botocore service model: `botocore/dsql.service-2.json`. */
  botocore: string;
}

export interface ServiceIdentity {
  /** Short key used in the call log, dumps and fault rules, and the folder under `src/services/`: `dsql`, `rds`, `docdb-elastic`. */
  key: string;
  /** `clientName` the SDK puts in the handler context: `DSQLClient`, `RDSClient`, `DocDBElasticClient`. */
  clientName: string;
  /** The SDK client package (an optional peer): `@aws-sdk/client-dsql`. */
  sdkPackage: string;
  /** Loads the user's installed SDK client module (rejects when the package is missing). */
  loadSdk(): Promise<Record<string, unknown>>;
  /** Name of the client fixture in aws-db-mock/vitest and /jest (`docdb` for DocDB Elastic): public API. */
  fixture: string;
  /** Human title, as AWS writes it: `Amazon Aurora DSQL`. */
  title: string;
  /** The API models the constraint generator reads. */
  models: ServiceModelFiles;
}
