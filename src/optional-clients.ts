/**
 * The SDK client packages are optional peers: a project may install any one of them, or two, or all.
 * Their types reach the package's public declarations only through this file, so a project without a
 * client still type-checks with `skipLibCheck: false`: in the emitted .d.ts files each import of a
 * client package is marked `@ts-ignore` (scripts/mark-optional-imports.js, run by `npm run build`;
 * here every client is installed), a missing package then types as `any`, and `IfInstalled` turns
 * that `any` into `never`. For an installed client the types are the SDK's own, exactly.
 * Public types that name a client must come from here, never from the client package.
 */
import type * as Dsql from "@aws-sdk/client-dsql";
import type * as Rds from "@aws-sdk/client-rds";
import type * as DocDBElastic from "@aws-sdk/client-docdb-elastic";

/** `T` when `Module` resolved to a package, `never` when it is missing (an unresolved import is `any`). */
type IfInstalled<Module, T> = 0 extends 1 & Module ? never : T;

type DsqlModule = typeof Dsql;
type RdsModule = typeof Rds;
type DocDBElasticModule = typeof DocDBElastic;

export type DSQLClient = IfInstalled<DsqlModule, Dsql.DSQLClient>;
export type RDSClient = IfInstalled<RdsModule, Rds.RDSClient>;
export type DocDBElasticClient = IfInstalled<DocDBElasticModule, DocDBElastic.DocDBElasticClient>;
export type DocDBElasticServiceException = IfInstalled<DocDBElasticModule, DocDBElastic.DocDBElasticServiceException>;
export type DocDBElasticGetClusterInput = IfInstalled<DocDBElasticModule, DocDBElastic.GetClusterCommandInput>;
export type DocDBElasticGetClusterOutput = IfInstalled<DocDBElasticModule, DocDBElastic.GetClusterCommandOutput>;
export type DocDBElasticGetClusterSnapshotInput = IfInstalled<DocDBElasticModule, DocDBElastic.GetClusterSnapshotCommandInput>;
export type DocDBElasticGetClusterSnapshotOutput = IfInstalled<DocDBElasticModule, DocDBElastic.GetClusterSnapshotCommandOutput>;
