/**
 * Waiters for Amazon DocumentDB Elastic Clusters, which the SDK does not ship. Built like the SDK's
 * own generated waiters (`createWaiter` polling one command, `checkExceptions` for the `waitUntil`
 * form), they work against AWS and against the mock alike: in the `instant` lifecycle the first poll
 * succeeds; in `timed` they succeed once the backend clock has moved past the transition.
 *
 *   await waitUntilClusterActive({ client, maxWaitTime: 60 }, { clusterArn });
 */
// The client's types through ../optional-clients.ts: the package is an optional peer.
import type {
  DocDBElasticClient,
  DocDBElasticServiceException,
  DocDBElasticGetClusterInput as GetClusterCommandInput,
  DocDBElasticGetClusterOutput as GetClusterCommandOutput,
  DocDBElasticGetClusterSnapshotInput as GetClusterSnapshotCommandInput,
  DocDBElasticGetClusterSnapshotOutput as GetClusterSnapshotCommandOutput,
} from "../optional-clients.js";
import type { WaiterConfiguration, WaiterResult, WaiterState } from "@smithy/core/client";

// Loaded on the first wait, so importing aws-db-mock needs neither the DocDB Elastic client nor a
// particular @smithy/core: the waiter utilities live in `@smithy/core/client` today and in
// `@smithy/util-waiter` in older SDKs.
type WaiterKit = Pick<typeof import("@smithy/core/client"), "createWaiter" | "checkExceptions">;
const LEGACY_WAITER = "@smithy/util-waiter";
let kit: Promise<WaiterKit> | undefined;
const waiterKit = () =>
  (kit ??= import("@smithy/core/client").catch(() => import(/* @vite-ignore */ LEGACY_WAITER) as Promise<WaiterKit>));
const sdk = () => import("@aws-sdk/client-docdb-elastic");

const SUCCESS = "SUCCESS" as WaiterState;
const FAILURE = "FAILURE" as WaiterState;
const RETRY = "RETRY" as WaiterState;

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

async function waitOrThrow<I>(params: WaiterConfiguration<DocDBElasticClient>, input: I, check: Check<I>): Promise<WaiterResult> {
  const { createWaiter, checkExceptions } = await waiterKit();
  return checkExceptions(await createWaiter({ ...DEFAULTS, ...params }, input, check));
}

const errorName = (e: unknown) => (e as { name?: string } | undefined)?.name;

/**
 * Polls a Get command until the resource's status is ACTIVE; a status in `failing`, or the resource
 * missing or malformed (ResourceNotFoundException, ValidationException), fails the wait.
 */
function untilActive<I>(
  send: (client: DocDBElasticClient, input: I) => Promise<{ cluster?: { status?: string }; snapshot?: { status?: string } }>,
  failing: ReadonlySet<string>,
): Check<I> {
  return async (client, input) => {
    try {
      const result = await send(client, input);
      const status = (result.cluster ?? result.snapshot)?.status;
      if (status === "ACTIVE") return { state: SUCCESS, reason: result };
      if (status && failing.has(status)) return { state: FAILURE, reason: result };
      return { state: RETRY, reason: result };
    } catch (error) {
      if (errorName(error) === "ResourceNotFoundException" || errorName(error) === "ValidationException") {
        return { state: FAILURE, reason: error };
      }
      return { state: RETRY, reason: error };
    }
  };
}

const getCluster = async (client: DocDBElasticClient, input: GetClusterCommandInput) => client.send(new (await sdk()).GetClusterCommand(input));

const clusterActive = untilActive(getCluster, CLUSTER_NOT_GOING_ACTIVE);

const snapshotActive = untilActive(
  async (client, input: GetClusterSnapshotCommandInput) => client.send(new (await sdk()).GetClusterSnapshotCommand(input)),
  new Set(["DELETING"]),
);

const clusterDeleted: Check<GetClusterCommandInput> = async (client, input) => {
  try {
    return { state: RETRY, reason: await getCluster(client, input) };
  } catch (error) {
    if (errorName(error) === "ResourceNotFoundException") return { state: SUCCESS, reason: error };
    if (errorName(error) === "ValidationException") return { state: FAILURE, reason: error };
    return { state: RETRY, reason: error };
  }
};

/** Wait until an elastic cluster is ACTIVE; throws when the wait fails, times out or is aborted. */
export const waitUntilClusterActive = async (
  params: WaiterConfiguration<DocDBElasticClient>,
  input: GetClusterCommandInput,
): Promise<WaiterResult<GetClusterCommandOutput>> =>
  waitOrThrow(params, input, clusterActive) as Promise<WaiterResult<GetClusterCommandOutput>>;

/** Wait until an elastic cluster no longer exists; throws when the wait fails, times out or is aborted. */
export const waitUntilClusterDeleted = async (
  params: WaiterConfiguration<DocDBElasticClient>,
  input: GetClusterCommandInput,
): Promise<WaiterResult<GetClusterCommandOutput | DocDBElasticServiceException>> =>
  waitOrThrow(params, input, clusterDeleted) as Promise<WaiterResult<GetClusterCommandOutput | DocDBElasticServiceException>>;

/** Wait until an elastic cluster snapshot is ACTIVE; throws when the wait fails, times out or is aborted. */
export const waitUntilClusterSnapshotActive = async (
  params: WaiterConfiguration<DocDBElasticClient>,
  input: GetClusterSnapshotCommandInput,
): Promise<WaiterResult<GetClusterSnapshotCommandOutput>> =>
  waitOrThrow(params, input, snapshotActive) as Promise<WaiterResult<GetClusterSnapshotCommandOutput>>;
