/** The public types of `aws-db-mock/client-mock`, as aws-sdk-client-mock 4.x declares them (only @smithy/types). */
import type { Client, Command, MetadataBearer } from "@smithy/types";

export type AwsCommand<Input extends ClientInput, Output extends ClientOutput, ClientInput extends object = any, ClientOutput extends MetadataBearer = any> = Command<
  ClientInput,
  Input,
  ClientOutput,
  Output,
  any
>;

export type CommandResponse<TOutput> = Partial<TOutput> | PromiseLike<Partial<TOutput>>;

/** What `rejects()` takes besides a message or an `Error`: it becomes an `Error` with these members. */
export interface AwsError extends Partial<Error>, Partial<MetadataBearer> {
  Type?: string;
  Code?: string;
  $fault?: "client" | "server";
  $service?: string;
}

export type CommandConstructor<TCmdInput extends object, TCmdOutput extends MetadataBearer> = new (input: TCmdInput) => AwsCommand<TCmdInput, TCmdOutput>;

export type FakeFn<TInput extends object, TOutput extends MetadataBearer, TConfiguration> = (input: any, getClient: () => Client<TInput, TOutput, TConfiguration>) => any;
