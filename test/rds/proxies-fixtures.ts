/** Shared set-up for the RDS Proxy tests: valid CreateDBProxy inputs and small helpers. */
import {
  CreateDBProxyCommand,
  CreateDBProxyEndpointCommand,
  DescribeDBProxyTargetsCommand,
  RDSClient,
  type CreateDBProxyCommandInput,
  type CreateDBProxyEndpointCommandInput,
} from "@aws-sdk/client-rds";

export const ACCOUNT = "123456789012";
export const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:proxy-creds-AbCdEf`;
export const SECRET_2 = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:other-creds-GhIjKl`;
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/proxy-secrets`;
export const SUBNETS = ["subnet-0a1b2c3d4e5f60718", "subnet-1a2b3c4d5e6f70819"];
export const PROXY_ARN = new RegExp(`^arn:aws:rds:us-east-1:${ACCOUNT}:db-proxy:prx-[0-9a-f]{17}$`);

export function proxyInput(name: string, extra: Partial<CreateDBProxyCommandInput> = {}): CreateDBProxyCommandInput {
  return { DBProxyName: name, EngineFamily: "POSTGRESQL", RoleArn: ROLE, VpcSubnetIds: SUBNETS, Auth: [{ SecretArn: SECRET }], ...extra };
}

export async function createProxy(client: RDSClient, name: string, extra: Partial<CreateDBProxyCommandInput> = {}) {
  return (await client.send(new CreateDBProxyCommand(proxyInput(name, extra)))).DBProxy!;
}

export async function createEndpoint(client: RDSClient, proxy: string, name: string, extra: Partial<CreateDBProxyEndpointCommandInput> = {}) {
  const out = await client.send(new CreateDBProxyEndpointCommand({ DBProxyName: proxy, DBProxyEndpointName: name, VpcSubnetIds: SUBNETS, ...extra }));
  return out.DBProxyEndpoint!;
}

export async function targetsOf(client: RDSClient, proxy: string) {
  return (await client.send(new DescribeDBProxyTargetsCommand({ DBProxyName: proxy }))).Targets ?? [];
}
