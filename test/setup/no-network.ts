/**
 * Installed before every test file: no AWS credentials anywhere, a profile that does not exist, and a
 * guard that records (and refuses) any attempt to open a socket, resolve a name or fetch. Tests
 * assert `networkAttempts()` stays empty.
 */
import dns from "node:dns";
import net from "node:net";
import tls from "node:tls";

for (const name of [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_ROLE_ARN",
]) {
  delete process.env[name];
}
process.env.AWS_PROFILE = "aws-db-mock-profile-that-does-not-exist";
process.env.AWS_EC2_METADATA_DISABLED = "true";
process.env.AWS_CONFIG_FILE = "/nonexistent/aws-db-mock/config";
process.env.AWS_SHARED_CREDENTIALS_FILE = "/nonexistent/aws-db-mock/credentials";

const attempts: string[] = [];
(globalThis as any).__awsDbMockNetworkAttempts = attempts;

function refuse(what: string): never {
  attempts.push(what);
  throw new Error(`aws-db-mock test guard: network access attempted (${what})`);
}

net.Socket.prototype.connect = function connect(...args: unknown[]) {
  return refuse(`net.Socket.connect ${JSON.stringify(args[0])}`);
} as typeof net.Socket.prototype.connect;
(tls as any).connect = (...args: unknown[]) => refuse(`tls.connect ${JSON.stringify(args[0])}`);
(dns as any).lookup = (host: string) => refuse(`dns.lookup ${host}`);
globalThis.fetch = ((input: unknown) => refuse(`fetch ${String(input)}`)) as typeof fetch;
