/** aws-db-mock/client-mock/vitest: aws-sdk-client-mock-jest/vitest's matchers, names and messages. */
import { PublishCommand, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import { ListClustersCommand } from "@aws-sdk/client-dsql";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockClient, type AwsClientStub } from "../../src/client-mock/index.js";
import { ordinalOf } from "../../src/client-mock/vitest.js";
import "../../src/testing/vitest.js";
import { dsqlSetup, failure } from "../helpers.js";

const TOPIC = "arn:aws:sns:us-east-1:111111111111:MyTopic";
let snsMock: AwsClientStub<SNSClient>;
let sns: SNSClient;

beforeEach(async () => {
  snsMock = mockClient(SNSClient);
  snsMock.resolves({});
  sns = new SNSClient({ region: "us-east-1" });
  await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "first" }));
  await sns.send(new SubscribeCommand({ TopicArn: TOPIC, Protocol: "sqs" }));
  await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "hello world" }));
});
afterEach(() => snsMock.restore());

describe("the README's matcher examples pass", () => {
  it("as documented", () => {
    expect(snsMock).toHaveReceivedCommand(PublishCommand);
    expect(snsMock).toHaveReceivedAnyCommand();
    expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 2);
    expect(snsMock).toHaveReceivedCommandWith(PublishCommand, { Message: "hello world" });
    expect(snsMock).toHaveReceivedCommandWith(PublishCommand, { Message: expect.stringContaining("hello") });
    expect(snsMock).toHaveReceivedNthCommandWith(3, PublishCommand, { Message: "hello world" });
    expect(snsMock).toHaveReceivedNthSpecificCommandWith(2, PublishCommand, { Message: "hello world" });
  });

  it("and their aliases, negations and the extra matchers", () => {
    expect(snsMock).toReceiveCommandTimes(PublishCommand, 2);
    expect(snsMock).toReceiveNthCommandWith(1, PublishCommand, { Message: "first" });
    expect(snsMock).not.toHaveReceivedNthCommandWith(2, PublishCommand, { Message: "first" });
    expect(snsMock).toHaveReceivedCommandOnce(SubscribeCommand);
    expect(snsMock).not.toHaveReceivedCommandOnce(PublishCommand);
    expect(snsMock).toHaveReceivedCommandExactlyOnceWith(SubscribeCommand, { Protocol: "sqs" });
    expect(snsMock).not.toHaveReceivedCommandExactlyOnceWith(PublishCommand, { Message: "first" });
    expect(snsMock).toHaveReceivedLastCommandWith(PublishCommand, { Message: "hello world" });
    // aws-sdk-client-mock-vitest's argument order: (Command, n, input), counting that command's calls.
    expect(snsMock).toHaveReceivedNthCommandWith(PublishCommand, 2, { Message: "hello world" });
  });
});

describe("failure messages, as aws-sdk-client-mock-jest/vitest words them", () => {
  it("toHaveReceivedCommand and toHaveReceivedAnyCommand", () => {
    expect(failure(() => expect(snsMock).not.toHaveReceivedCommand(PublishCommand))).toBe("expected SNSClient to not receive PublishCommand at least once");
    snsMock.resetHistory();
    expect(failure(() => expect(snsMock).toHaveReceivedCommand(PublishCommand))).toBe("expected SNSClient to receive PublishCommand at least once");
    expect(failure(() => expect(snsMock).toHaveReceivedAnyCommand())).toBe("expected SNSClient to receive any command at least once");
  });

  it("toHaveReceivedCommandTimes", () => {
    expect(failure(() => expect(snsMock).toHaveReceivedCommandTimes(PublishCommand, 3))).toBe("expected SNSClient to receive PublishCommand 3 times, but got 2 times");
  });

  it("toHaveReceivedCommandWith lists each call with a diff", () => {
    const message = failure(() => expect(snsMock).toHaveReceivedCommandWith(PublishCommand, { Message: "nope" }));
    expect(message.startsWith('expected SNSClient to receive PublishCommand with arguments [{\n  "Message": "nope",\n}]\n\nReceived:')).toBe(true);
    expect(message).toContain("Received:");
    expect(message).toContain("  1st call:");
    expect(message).toContain("  2nd call:");
    expect(message).toContain('+   "Message": "hello world",');
    expect(message).toContain("Number of calls: 2");
  });

  it("toHaveReceivedNthCommandWith, when there is no such call", () => {
    const message = failure(() => expect(snsMock).toHaveReceivedNthCommandWith(5, PublishCommand, { Message: "x" }));
    expect(message.trim()).toBe('expected SNSClient to receive 5th PublishCommand with arguments [{\n  "Message": "x",\n}], but SNSClient has only received PublishCommand 2 times');
  });

  it("the extra matchers use aws-sdk-client-mock-vitest's words", () => {
    expect(failure(() => expect(snsMock).toHaveReceivedCommandOnce(PublishCommand)).split("\n")[0]).toBe('expected "PublishCommand" to be called once, but got 2 times');
    expect(failure(() => expect(snsMock).toHaveReceivedLastCommandWith(PublishCommand, { Message: "x" }))).toMatch(
      /^expected last "PublishCommand" to be called with arguments: Object \{\n  "Message": "x",\n\}\n\nReceived:\n\n   1st PublishCommand call\n/,
    );
  });

  it("a value that is not a client mock is refused as the original refuses it", () => {
    expect(() => expect({}).toHaveReceivedAnyCommand()).toThrow("The actual must be a client mock instance");
  });
});

describe("alongside aws-db-mock/vitest's matchers of the same names", () => {
  it("an attached client goes to the library's matcher; a stub to the client-mock one", async () => {
    const { dsql } = dsqlSetup();
    await dsql.send(new ListClustersCommand({}));
    expect(dsql).toHaveReceivedCommand(ListClustersCommand);
    expect(dsql).toHaveReceivedNthCommandWith(ListClustersCommand, 1, {});
    expect(snsMock).toHaveReceivedCommand(PublishCommand);
    expect(failure(() => expect(dsql).toHaveReceivedCommandTimes(ListClustersCommand, 2))).toContain("Expected 2 ListClustersCommand calls, received 1.");
  });
});

it("ordinalOf", () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinalOf)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"]);
});
