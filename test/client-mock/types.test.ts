/**
 * The types of aws-db-mock/client-mock, as aws-sdk-client-mock's own type tests (test-d/types.ts) state
 * them: checked by `tsc --noEmit` (each @ts-expect-error must meet an error); the calls also run.
 */
import { ListTopicsCommand, PublishCommand, SNSClient, type PublishCommandOutput } from "@aws-sdk/client-sns";
import { afterEach, expect, it } from "vitest";
import { mockClient, type AwsClientStub } from "../../src/client-mock/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typeIs = <A, B>(equal: Equal<A, B>) => equal;

let stub: AwsClientStub<SNSClient> | undefined;
afterEach(() => stub?.restore());

it("carries the command's input and output types, as aws-sdk-client-mock's do", async () => {
  stub = mockClient(SNSClient);
  typeIs<typeof stub, AwsClientStub<SNSClient>>(true);

  stub.on(PublishCommand);
  stub.on(PublishCommand, { TopicArn: "", Message: "" });
  stub.on(PublishCommand, { Message: "" });
  stub.on(PublishCommand).resolves({});
  stub.on(PublishCommand).resolves({ MessageId: "" });

  // @ts-expect-error not a client
  expect(() => mockClient({})).toThrow("mockClient expects an AWS SDK v3 client class (SNSClient) or a client instance");
  // @ts-expect-error a command is not a client
  void (() => mockClient(PublishCommand));
  // @ts-expect-error not a command
  void (() => stub!.on({}));
  // @ts-expect-error ListTopics takes no TopicArn nor Message
  stub.on(ListTopicsCommand, { TopicArn: "", Message: "" });
  // @ts-expect-error Topics is not a member of Publish's output
  stub.on(PublishCommand).resolves({ MessageId: "", Topics: [] });

  await new SNSClient({ region: "us-east-1" }).send(new PublishCommand({ Message: "x", TopicArn: "t" }));
  const [call] = stub.commandCalls(PublishCommand);
  typeIs<typeof call.args[0], PublishCommand>(true);
  typeIs<typeof call.returnValue, Promise<PublishCommandOutput>>(true);
  expect(call.args[0]).toBeInstanceOf(PublishCommand);
});
