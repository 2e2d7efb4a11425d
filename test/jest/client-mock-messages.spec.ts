/**
 * The client-mock jest matchers' failure messages, compared word for word with aws-sdk-client-mock-jest's
 * own for the same calls (a file of its own: both register matchers of the same names).
 */
import { describe, expect, test } from "@jest/globals";
import { PublishCommand, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import { CreateDBClusterCommand } from "@aws-sdk/client-rds";
import { failure } from "../helpers.js";

const TOPIC = "arn:aws:sns:us-east-1:111111111111:MyTopic";
type MockClient = typeof import("../../src/client-mock/index.js").mockClient;

/** Sends the same three commands through a mock of SNSClient made by `mockClient`. */
async function scenario(mockClient: MockClient) {
  const snsMock = mockClient(SNSClient);
  snsMock.resolves({});
  const sns = new SNSClient({ region: "us-east-1" });
  await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "first" }));
  await sns.send(new SubscribeCommand({ TopicArn: TOPIC, Protocol: "sqs" }));
  await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "hello world" }));
  return snsMock;
}

/** Every matcher failing once, as a list of messages. */
function failures(snsMock: any): string[] {
  const e = expect as any;
  return [
    failure(() => e(snsMock).toHaveReceivedCommand(CreateDBClusterCommand)),
    failure(() => e(snsMock).not.toHaveReceivedCommand(PublishCommand)),
    failure(() => e(snsMock).toHaveReceivedCommandTimes(PublishCommand, 3)),
    failure(() => e(snsMock).toHaveReceivedCommandWith(PublishCommand, { Message: "nope" })),
    failure(() => e(snsMock).not.toHaveReceivedCommandWith(PublishCommand, { Message: e.stringContaining("hello") })),
    failure(() => e(snsMock).toHaveReceivedNthCommandWith(2, PublishCommand, { Message: "first" })),
    failure(() => e(snsMock).toHaveReceivedNthCommandWith(7, PublishCommand, { Message: "first" })),
    failure(() => e(snsMock).toHaveReceivedNthSpecificCommandWith(2, PublishCommand, { Message: "first" })),
    failure(() => e(snsMock).not.toHaveReceivedAnyCommand()),
    failure(() => e(snsMock).toReceiveCommandTimes(SubscribeCommand, 2)),
  ];
}

/* eslint-disable @typescript-eslint/no-require-imports -- the order of loading is the point here */
describe("the matchers' messages are aws-sdk-client-mock-jest's", () => {
  test("for the same calls, word for word", async () => {
    // The original first: its matchers are registered, then replaced by ours (same names).
    const original = require("aws-sdk-client-mock") as { mockClient: MockClient };
    require("aws-sdk-client-mock-jest");
    const theirMock = await scenario(original.mockClient);
    const theirs = failures(theirMock);
    theirMock.restore();

    const ours = require("../../src/client-mock/index.js") as { mockClient: MockClient };
    require("../../src/client-mock/jest.js");
    const ourMock = await scenario(ours.mockClient);
    const mine = failures(ourMock);
    ourMock.restore();

    expect(mine).toEqual(theirs);
    expect(mine[2]).toContain("Expected SNSClient to receive \"PublishCommand\" 3 times");
    expect(mine[2]).toContain("Calls:\n  1. PublishCommand: {\"Message\": \"first\", \"TopicArn\": \"arn:aws:sns:us-east-1:111111111111:MyTopic\"}");
  });
});

