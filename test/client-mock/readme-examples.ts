/**
 * aws-sdk-client-mock's README examples (4.x), run as written against aws-db-mock/client-mock with an
 * SNS client (a service the library does not simulate): the drop-in must behave as the original, so
 * every example runs against both, with the same expectations. Runner-neutral: vitest and jest run it.
 */
import { ListTopicsCommand, paginateListTopics, PublishCommand, SNS, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import type { mockClient as ours, AwsClientStub } from "../../src/client-mock/index.js";
import { handler } from "../fixtures/sns-lambda.js";
import { caught, networkAttempts } from "../helpers.js";

const TOPIC = "arn:aws:sns:us-east-1:111111111111:MyTopic";

/** The test functions of the runner (vitest's or jest's). */
export interface Runner {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => Promise<void> | void): void;
  beforeEach(fn: () => void): void;
  afterEach(fn: () => void): void;
  expect: any;
}

export function readmeExamples({ describe, it, beforeEach, afterEach, expect }: Runner, implementations: [string, typeof ours][]): void {
  for (const [name, mockClient] of implementations) describe(name, () => {
    let snsMock: AwsClientStub<SNSClient>;
    let sns: SNSClient;
    beforeEach(() => {
      snsMock = mockClient(SNSClient);
      sns = new SNSClient({ region: "us-east-1" });
    });
    afterEach(() => {
      snsMock.restore();
      expect(networkAttempts()).toEqual([]);
    });

    describe("Mock", () => {
      it("by default, send() returns undefined", async () => {
        expect(await sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }))).toBeUndefined();
      });

      it("mocks one instance only", async () => {
        snsMock.restore();
        const mine = new SNSClient({ region: "us-east-1" });
        const mineMock = mockClient(mine);
        mineMock.resolves({ MessageId: "only-mine" });
        expect(await mine.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }))).toEqual({ MessageId: "only-mine" });
        expect(Object.hasOwn(SNSClient.prototype, "send")).toBe(false);
        mineMock.restore();
        expect(Object.hasOwn(mine, "send")).toBe(false);
      });

      it("onAnyCommand().resolves() is the same as resolves()", async () => {
        snsMock.onAnyCommand().resolves({});
        expect(await sns.send(new SubscribeCommand({ TopicArn: TOPIC, Protocol: "sqs" }))).toEqual({});
        snsMock.reset();
        snsMock.resolves({});
        expect(await sns.send(new SubscribeCommand({ TopicArn: TOPIC, Protocol: "sqs" }))).toEqual({});
      });

      it("on(Command) answers that command only", async () => {
        snsMock.on(PublishCommand).resolves({ MessageId: "12345678-1111-2222-3333-111122223333" });
        expect(await sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }))).toEqual({ MessageId: "12345678-1111-2222-3333-111122223333" });
        expect(await sns.send(new SubscribeCommand({ TopicArn: TOPIC, Protocol: "sqs" }))).toBeUndefined();
      });

      it("on(Command, input) matches a partial input; strict wants all of it", async () => {
        snsMock.on(PublishCommand, { TopicArn: TOPIC, Message: "My message" }).resolves({ MessageId: "12345678-4444-5555-6666-111122223333" });
        expect(await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "My message", Subject: "s" }))).toEqual({ MessageId: "12345678-4444-5555-6666-111122223333" });
        expect(await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "Other" }))).toBeUndefined();
        snsMock.reset();
        snsMock.on(PublishCommand, { Message: "My message" }, true).resolves({ MessageId: "strict" });
        expect(await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "My message" }))).toBeUndefined();
        expect(await sns.send(new PublishCommand({ Message: "My message" }))).toEqual({ MessageId: "strict" });
      });

      it("onAnyCommand(input) matches any command with that input", async () => {
        snsMock.onAnyCommand({ TopicArn: TOPIC, Message: "My message" }).resolves({ MessageId: "12345678-4444-5555-6666-111122223333" });
        expect(await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "My message" }))).toEqual({ MessageId: "12345678-4444-5555-6666-111122223333" });
        expect(await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "Other" }))).toBeUndefined();
      });

      it("multiple behaviours: the most specific defined last wins", async () => {
        snsMock
          .resolves({ MessageId: "12345678-1111-2222-3333-111122223333" })
          .on(PublishCommand)
          .resolves({ MessageId: "12345678-4444-5555-6666-111122223333" })
          .on(PublishCommand, { TopicArn: TOPIC, Message: "My message" })
          .resolves({ MessageId: "12345678-7777-8888-9999-111122223333" });
        expect(await sns.send(new SubscribeCommand({ TopicArn: TOPIC, Protocol: "sqs" }))).toEqual({ MessageId: "12345678-1111-2222-3333-111122223333" });
        expect(await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "Other" }))).toEqual({ MessageId: "12345678-4444-5555-6666-111122223333" });
        expect(await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "My message" }))).toEqual({ MessageId: "12345678-7777-8888-9999-111122223333" });
      });

      it("chained behaviours for consecutive calls", async () => {
        snsMock
          .on(PublishCommand)
          .resolvesOnce({ MessageId: "12345678-1111-1111-1111-111122223333" })
          .resolvesOnce({ MessageId: "12345678-2222-2222-2222-111122223333" })
          .resolves({ MessageId: "12345678-3333-3333-3333-111122223333" });
        const ids = [];
        for (let i = 0; i < 4; i++) ids.push((await sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }))).MessageId);
        expect(ids).toEqual([
          "12345678-1111-1111-1111-111122223333",
          "12345678-2222-2222-2222-111122223333",
          "12345678-3333-3333-3333-111122223333",
          "12345678-3333-3333-3333-111122223333",
        ]);
      });

      it("rejects with a message, an Error or an object, always as an Error", async () => {
        snsMock.rejects("mocked rejection");
        const fromText = await caught(sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC })));
        expect(fromText).toBeInstanceOf(Error);
        expect(fromText.message).toBe("mocked rejection");

        const throttlingError = new Error("mocked rejection");
        throttlingError.name = "ThrottlingException";
        snsMock.rejects(throttlingError);
        expect(await caught(sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC })))).toBe(throttlingError);

        snsMock.rejects({ name: "NotFound", message: "no topic", $metadata: { httpStatusCode: 404 } });
        const fromObject = await caught(sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC })));
        expect(fromObject).toBeInstanceOf(Error);
        expect([fromObject.name, fromObject.message, fromObject.$metadata.httpStatusCode]).toEqual(["NotFound", "no topic", 404]);
      });

      it("rejectsOnce chains before rejects", async () => {
        snsMock.on(PublishCommand).rejectsOnce("first mocked rejection").rejectsOnce("second mocked rejection").rejects("default mocked rejection");
        const messages = [];
        for (let i = 0; i < 3; i++) messages.push((await caught(sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC })))).message);
        expect(messages).toEqual(["first mocked rejection", "second mocked rejection", "default mocked rejection"]);
      });

      it("callsFake answers from the input; a throw becomes a rejection", async () => {
        snsMock.callsFake((input) => {
          if (input.Message === "My message") {
            return { MessageId: "12345678-1111-2222-3333-111122223333" };
          } else {
            throw new Error("mocked rejection");
          }
        });
        expect(await sns.send(new PublishCommand({ Message: "My message", TopicArn: TOPIC }))).toEqual({ MessageId: "12345678-1111-2222-3333-111122223333" });
        expect((await caught(sns.send(new PublishCommand({ Message: "Other", TopicArn: TOPIC })))).message).toBe("mocked rejection");
      });

      it("callsFake with getClient reads the client's configuration", async () => {
        snsMock.on(PublishCommand).callsFake(async (input, getClient) => {
          const client = getClient();
          const region = await client.config.region();
          return { MessageId: region.substring(0, 2) };
        });
        const eu = new SNSClient({ region: "eu-west-1" });
        expect(await eu.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }))).toEqual({ MessageId: "eu" });
      });

      it("callsFakeOnce chains before callsFake", async () => {
        snsMock
          .callsFakeOnce(() => ({ MessageId: "111" }))
          .callsFakeOnce(() => ({ MessageId: "222" }))
          .callsFake(() => ({ MessageId: "000" }));
        const ids = [];
        for (let i = 0; i < 3; i++) ids.push((await sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }))).MessageId);
        expect(ids).toEqual(["111", "222", "000"]);
      });

      it("SDK v2-style calls on the aggregated client are mocked through SNSClient", async () => {
        snsMock.on(PublishCommand).resolves({ MessageId: "12345678-1111-2222-3333-111122223333" });
        const v2 = new SNS({ region: "us-east-1" });
        const result = await v2.publish({ TopicArn: TOPIC, Message: "My message" });
        expect(result.MessageId).toBe("12345678-1111-2222-3333-111122223333");
      });

      it("paginated operations: mock the command", async () => {
        snsMock.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: "a" }, { TopicArn: "b" }] });
        const items = [];
        for await (const page of paginateListTopics({ client: sns }, {})) items.push(...(page.Topics || []));
        expect(items).toEqual([{ TopicArn: "a" }, { TopicArn: "b" }]);
      });
    });

    describe("Inspect", () => {
      it("calls(), call(n), commandCalls(Command, input?, strict?) and the send stub", async () => {
        snsMock.resolves({});
        await sns.send(new PublishCommand({ Message: "My message", TopicArn: TOPIC }));
        await sns.send(new SubscribeCommand({ TopicArn: TOPIC, Protocol: "sqs" }));
        await sns.send(new PublishCommand({ Message: "Other", TopicArn: TOPIC }));
        expect(snsMock.calls()).toHaveLength(3);
        expect(snsMock.call(0).args[0].input).toEqual({ Message: "My message", TopicArn: TOPIC });
        expect(snsMock.call(1).args[0]).toBeInstanceOf(SubscribeCommand);
        expect(snsMock.commandCalls(PublishCommand).map((c) => c.args[0].input.Message)).toEqual(["My message", "Other"]);
        expect(snsMock.commandCalls(PublishCommand, { Message: "My message" })).toHaveLength(1);
        expect(snsMock.commandCalls(PublishCommand, { Message: "My message" }, true)).toHaveLength(0);
        expect(snsMock.commandCall(-1, PublishCommand).args[0].input.Message).toBe("Other");
        const snsSendStub = snsMock.send;
        expect(snsSendStub.callCount).toBe(3);
        expect(snsSendStub.getCall(0)!.thisValue).toBe(sns);
        expect(snsSendStub.lastCall!.args[0]).toBeInstanceOf(PublishCommand);
        expect(await snsSendStub.firstCall!.returnValue).toEqual({});
      });
    });

    describe("Reset and restore", () => {
      it("reset() drops behaviours and history, resetHistory() only history, restore() the mock", async () => {
        snsMock.on(PublishCommand).resolves({ MessageId: "1" });
        await sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }));
        snsMock.resetHistory();
        expect(snsMock.calls()).toHaveLength(0);
        expect(await sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }))).toEqual({ MessageId: "1" });
        snsMock.reset();
        expect(snsMock.calls()).toHaveLength(0);
        expect(await sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }))).toBeUndefined();
        expect(snsMock.calls()).toHaveLength(1);
        snsMock.restore();
        expect(Object.hasOwn(SNSClient.prototype, "send")).toBe(false);
      });

      it("mocking a class again replaces the earlier mock", async () => {
        snsMock.resolves({ MessageId: "old" });
        const again = mockClient(SNSClient);
        again.resolves({ MessageId: "new" });
        expect(await sns.send(new PublishCommand({ Message: "x", TopicArn: TOPIC }))).toEqual({ MessageId: "new" });
        again.restore();
        expect(Object.hasOwn(SNSClient.prototype, "send")).toBe(false);
      });
    });

    describe("AWS Lambda example", () => {
      it("SNS publish", async () => {
        snsMock.on(PublishCommand).resolves({ MessageId: "12345678-1111-2222-3333-111122223333" });
        const result = await handler({ messages: ["one", "two", "three"] });
        expect(result).toEqual(["12345678-1111-2222-3333-111122223333", "12345678-1111-2222-3333-111122223333", "12345678-1111-2222-3333-111122223333"]);
      });

      it("SNS publish with different message IDs", async () => {
        snsMock
          .on(PublishCommand)
          .resolvesOnce({ MessageId: "12345678-1111-1111-1111-111122223333" })
          .resolvesOnce({ MessageId: "12345678-2222-2222-2222-111122223333" })
          .resolvesOnce({ MessageId: "12345678-3333-3333-3333-111122223333" });
        const result = await handler({ messages: ["one", "two", "three"] });
        expect(result).toEqual(["12345678-1111-1111-1111-111122223333", "12345678-2222-2222-2222-111122223333", "12345678-3333-3333-3333-111122223333"]);
      });
    });
  });
}
