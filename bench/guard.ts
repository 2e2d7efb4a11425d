/**
 * Imported first by the benchmark: the test suite's guard (no credentials in reach; opening a socket,
 * resolving a name or fetching throws). A benchmark that reached AWS would measure the network.
 */
import "../test/setup/no-network.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true"; // keep the output to the figures
