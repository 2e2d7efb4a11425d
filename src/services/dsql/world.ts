/**
 * The state of Aurora DSQL in one account and Region. Records keep the SDK's member names (shaping an
 * output is mostly a copy) with timestamps as epoch milliseconds. Multi-Region peers live in the
 * worlds of their own Regions; a cluster only holds their ARNs. Types only: `createWorld` is in
 * create-world.ts.
 */
import type { StreamFormat, StreamOrdering } from "@aws-sdk/client-dsql";
import type { CallContext } from "../../core/service.js";

export type ClusterStatus =
  | "CREATING"
  | "ACTIVE"
  | "IDLE"
  | "INACTIVE"
  | "UPDATING"
  | "DELETING"
  | "DELETED"
  | "FAILED"
  | "PENDING_SETUP"
  | "PENDING_DELETE";

export type StreamStatus = "CREATING" | "ACTIVE" | "DELETING" | "DELETED" | "FAILED" | "IMPAIRED";

export interface EncryptionRecord {
  encryptionType: "AWS_OWNED_KMS_KEY" | "CUSTOMER_MANAGED_KMS_KEY";
  kmsKeyArn?: string;
  encryptionStatus: "ENABLED" | "UPDATING" | "KMS_KEY_INACCESSIBLE" | "ENABLING";
}

export interface PolicyRecord {
  document: string;
  /** Issued from the cluster's `policyVersions` counter: "1", "2", ... */
  version: string;
}

export interface ClusterRecord {
  identifier: string;
  arn: string;
  status: ClusterStatus;
  creationTime: number;
  deletionProtectionEnabled: boolean;
  encryptionDetails: EncryptionRecord;
  /** Present on multi-Region clusters. `clusters` holds the peers' ARNs (never the cluster's own). */
  multiRegionProperties?: { witnessRegion: string; clusters: string[] };
  tags: Record<string, string>;
  endpoint: string;
  policy?: PolicyRecord;
  /** How many policy versions were ever issued (versions keep counting after a delete). */
  policyVersions: number;
}

export interface StreamRecord {
  clusterIdentifier: string;
  streamIdentifier: string;
  arn: string;
  status: StreamStatus;
  creationTime: number;
  ordering: StreamOrdering;
  format: StreamFormat;
  targetDefinition: { kinesis: { streamArn: string; roleArn: string } };
  tags: Record<string, string>;
}

/** What a retry with the same client token is answered with. */
export interface IdempotencyRecord {
  /** Canonical JSON of the input (defaults filled in, clientToken left out). */
  fingerprint: string;
  /** What the first call acted on (named by a ConflictException when the token is reused). */
  resourceType: "cluster" | "stream" | "policy";
  resourceId: string;
  /** The original output in state form (timestamps as epoch ms). */
  output: Record<string, unknown>;
}

export interface DsqlWorld {
  clusters: Record<string, ClusterRecord>;
  /** Keyed by stream identifier (unique across clusters). */
  streams: Record<string, StreamRecord>;
  /** `Operation/clientToken` -> the first successful answer. */
  idempotency: Record<string, IdempotencyRecord>;
}

export type DsqlContext = CallContext<DsqlWorld>;
