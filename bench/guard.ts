/**
 * Imported first by the benchmark: no credentials in reach, and any attempt to open a socket, resolve
 * a name or fetch throws. A benchmark that reached AWS would measure the network, not the mock.
 */
import dns from "node:dns";
import net from "node:net";
import tls from "node:tls";

for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE"]) {
  delete process.env[name];
}
process.env.AWS_PROFILE = "aws-db-mock-bench-profile-that-does-not-exist";
process.env.AWS_EC2_METADATA_DISABLED = "true";
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true"; // keep the output to the figures
process.env.AWS_CONFIG_FILE = "/nonexistent/aws-db-mock/config";
process.env.AWS_SHARED_CREDENTIALS_FILE = "/nonexistent/aws-db-mock/credentials";

function refuse(what: string): never {
  throw new Error(`aws-db-mock bench: network access attempted (${what})`);
}

net.Socket.prototype.connect = function connect(...args: unknown[]) {
  return refuse(`net.Socket.connect ${JSON.stringify(args[0])}`);
} as typeof net.Socket.prototype.connect;
(tls as any).connect = (...args: unknown[]) => refuse(`tls.connect ${JSON.stringify(args[0])}`);
(dns as any).lookup = (host: string) => refuse(`dns.lookup ${host}`);
globalThis.fetch = ((input: unknown) => refuse(`fetch ${String(input)}`)) as typeof fetch;
