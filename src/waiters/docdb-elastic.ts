/**
 * Waiters for Amazon DocumentDB Elastic Clusters, which the SDK does not ship. Built like the SDK's
 * own generated waiters (`createWaiter` polling one command, `checkExceptions` for the `waitUntil`
 * form), they work against AWS and against the mock alike: in the `instant` lifecycle the first poll
 * succeeds; in `timed` they succeed once the backend clock has moved past the transition.
 *
 *   await waitUntilClusterActive({ client, maxWaitTime: 60 }, { clusterArn });
 */
import {
  GetClusterCommand,
  GetClusterSnapshotCommand,
  type DocDBElasticClient,
  type DocDBElasticServiceException,
  type GetClusterCommandInput,
  type GetClusterCommandOutput,
  type GetClusterSnapshotCommandInput,
  type GetClusterSnapshotCommandOutput,
} from "@aws-sdk/client-docdb-elastic";
import { checkExceptions, createWaiter, WaiterState, type WaiterConfiguration, type WaiterResult } from "@smithy/core/client";

/** Poll delays in seconds: Smithy's waiter defaults (as the DSQL waiters use), backing off to 2 minutes. */
const DEFAULTS = { minDelay: 2, maxDelay: 120 };

/** Cluster statuses from which ACTIVE will not come without another call (or ever). */
const CLUSTER_NOT_GOING_ACTIVE = new Set([
  "DELETING",
  "STOPPING",
  "STOPPED",
  "VPC_ENDPOINT_LIMIT_EXCEEDED",
  "IP_ADDRESS_LIMIT_EXCEEDED",
  "INVALID_SECURITY_GROUP_ID",
  "INVALID_SUBNET_ID",
  "INACCESSIBLE_ENCRYPTION_CREDS",
  "INACCESSIBLE_SECRET_ARN",
  "INACCESSIBLE_VPC_ENDPOINT",
  "INCOMPATIBLE_NETWORK",
]);

type Check<I> = (client: DocDBElasticClient, input: I) => Promise<{ state: WaiterState; reason?: unknown }>;

const errorName = (e: unknown) => (e as { name?: string } | undefined)?.name;

const clusterActive: Check<GetClusterCommandInput> = async (client, input) => {
  try {
    const result = await client.send(new GetClusterCommand(input));
    const status = result.cluster?.status;
    if (status === "ACTIVE") return { state: WaiterState.SUCCESS, reason: result };
    if (status && CLUSTER_NOT_GOING_ACTIVE.has(status)) return { state: WaiterState.FAILURE, reason: result };
    return { state: WaiterState.RETRY, reason: result };
  } catch (error) {
    if (errorName(error) === "ResourceNotFoundException" || errorName(error) === "ValidationException") {
      return { state: WaiterState.FAILURE, reason: error };
    }
    return { state: WaiterState.RETRY, reason: error };
  }
};

const clusterDeleted: Check<GetClusterCommandInput> = async (client, input) => {
  try {
    const result = await client.send(new GetClusterCommand(input));
    return { state: WaiterState.RETRY, reason: result };
  } catch (error) {
    if (errorName(error) === "ResourceNotFoundException") return { state: WaiterState.SUCCESS, reason: error };
    if (errorName(error) === "ValidationException") return { state: WaiterState.FAILURE, reason: error };
    return { state: WaiterState.RETRY, reason: error };
  }
};

const snapshotActive: Check<GetClusterSnapshotCommandInput> = async (client, input) => {
  try {
    const result = await client.send(new GetClusterSnapshotCommand(input));
    const status = result.snapshot?.status;
    if (status === "ACTIVE") return { state: WaiterState.SUCCESS, reason: result };
    if (status === "DELETING") return { state: WaiterState.FAILURE, reason: result };
    return { state: WaiterState.RETRY, reason: result };
  } catch (error) {
    if (errorName(error) === "ResourceNotFoundException" || errorName(error) === "ValidationException") {
      return { state: WaiterState.FAILURE, reason: error };
    }
    return { state: WaiterState.RETRY, reason: error };
  }
};

/**
 * Wait until an elastic cluster is ACTIVE. Fails when the cluster is deleting, stopping or stopped,
 * in a failed state, or does not exist.
 * @deprecated Use waitUntilClusterActive instead: waitForClusterActive does not throw in non-success cases.
 */
export const waitForClusterActive = async (
  params: WaiterConfiguration<DocDBElasticClient>,
  input: GetClusterCommandInput,
): Promise<WaiterResult<GetClusterCommandOutput | DocDBElasticServiceException>> =>
  createWaiter({ ...DEFAULTS, ...params }, input, clusterActive) as Promise<WaiterResult<GetClusterCommandOutput | DocDBElasticServiceException>>;

/** Wait until an elastic cluster is ACTIVE; throws when the wait fails, times out or is aborted. */
export const waitUntilClusterActive = async (
  params: WaiterConfiguration<DocDBElasticClient>,
  input: GetClusterCommandInput,
): Promise<WaiterResult<GetClusterCommandOutput>> =>
  checkExceptions(await createWaiter({ ...DEFAULTS, ...params }, input, clusterActive)) as WaiterResult<GetClusterCommandOutput>;

/**
 * Wait until an elastic cluster no longer exists (GetCluster answers ResourceNotFoundException).
 * @deprecated Use waitUntilClusterDeleted instead: waitForClusterDeleted does not throw in non-success cases.
 */
export const waitForClusterDeleted = async (
  params: WaiterConfiguration<DocDBElasticClient>,
  input: GetClusterCommandInput,
): Promise<WaiterResult<GetClusterCommandOutput | DocDBElasticServiceException>> =>
  createWaiter({ ...DEFAULTS, ...params }, input, clusterDeleted) as Promise<WaiterResult<GetClusterCommandOutput | DocDBElasticServiceException>>;

/** Wait until an elastic cluster no longer exists; throws when the wait fails, times out or is aborted. */
export const waitUntilClusterDeleted = async (
  params: WaiterConfiguration<DocDBElasticClient>,
  input: GetClusterCommandInput,
): Promise<WaiterResult<GetClusterCommandOutput | DocDBElasticServiceException>> =>
  checkExceptions(await createWaiter({ ...DEFAULTS, ...params }, input, clusterDeleted)) as WaiterResult<GetClusterCommandOutput | DocDBElasticServiceException>;

/**
 * Wait until an elastic cluster snapshot is ACTIVE. Fails when it is being deleted or does not exist.
 * @deprecated Use waitUntilClusterSnapshotActive instead: waitForClusterSnapshotActive does not throw in non-success cases.
 */
export const waitForClusterSnapshotActive = async (
  params: WaiterConfiguration<DocDBElasticClient>,
  input: GetClusterSnapshotCommandInput,
): Promise<WaiterResult<GetClusterSnapshotCommandOutput | DocDBElasticServiceException>> =>
  createWaiter({ ...DEFAULTS, ...params }, input, snapshotActive) as Promise<WaiterResult<GetClusterSnapshotCommandOutput | DocDBElasticServiceException>>;

/** Wait until an elastic cluster snapshot is ACTIVE; throws when the wait fails, times out or is aborted. */
export const waitUntilClusterSnapshotActive = async (
  params: WaiterConfiguration<DocDBElasticClient>,
  input: GetClusterSnapshotCommandInput,
): Promise<WaiterResult<GetClusterSnapshotCommandOutput>> =>
  checkExceptions(await createWaiter({ ...DEFAULTS, ...params }, input, snapshotActive)) as WaiterResult<GetClusterSnapshotCommandOutput>;
