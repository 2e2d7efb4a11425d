/** aws-db-mock/client-mock under jest: aws-sdk-client-mock's README examples, and the simulation behind it. */
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { PublishCommand, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import { CreateDBClusterCommand, DBClusterNotFoundFault, DescribeDBClustersCommand, RDSClient } from "@aws-sdk/client-rds";
import { mockClient, type AwsClientStub } from "../../src/client-mock/index.js";
import "../../src/client-mock/jest.js";
import { mockClient as original } from "aws-sdk-client-mock";
import { caught, networkAttempts } from "../helpers.js";
import { readmeExamples } from "../client-mock/readme-examples.js";

const TOPIC = "arn:aws:sns:us-east-1:111111111111:MyTopic";

describe("README examples under jest", () => {
  let snsMock: AwsClientStub<SNSClient> | undefined;
  beforeEach(() => {
    snsMock = undefined;
  });
  afterEach(() => {
    snsMock?.restore();
    expect(networkAttempts()).toEqual([]);
  });

  test("chained behaviours and the matchers", async () => {
    const mock = (snsMock = mockClient(SNSClient));
    mock
      .on(PublishCommand)
      .resolvesOnce({ MessageId: "12345678-1111-1111-1111-111122223333" })
      .resolves({ MessageId: "12345678-3333-3333-3333-111122223333" });
    const sns = new SNSClient({ region: "us-east-1" });
    const first = await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "hello world" }));
    const second = await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "again" }));
    expect([first.MessageId, second.MessageId]).toEqual(["12345678-1111-1111-1111-111122223333", "12345678-3333-3333-3333-111122223333"]);
    expect(mock).toHaveReceivedCommand(PublishCommand);
    expect(mock).toHaveReceivedAnyCommand();
    expect(mock).toHaveReceivedCommandTimes(PublishCommand, 2);
    expect(mock).toHaveReceivedCommandWith(PublishCommand, { Message: "hello world" });
    expect(mock).toHaveReceivedCommandWith(PublishCommand, { Message: expect.stringContaining("hello") });
    expect(mock).toHaveReceivedNthCommandWith(2, PublishCommand, { Message: "again" });
    expect(mock).toHaveReceivedNthSpecificCommandWith(2, PublishCommand, { Message: "again" });
    expect(mock).not.toHaveReceivedCommandOnce(PublishCommand);
    expect(mock).not.toHaveReceivedCommand(SubscribeCommand);
    expect(mock).not.toHaveReceivedCommandExactlyOnceWith(PublishCommand, { Message: "again" });
  });

  test("a simulated service answers from the simulation", async () => {
    const rdsMock = mockClient(RDSClient);
    try {
      const rds = new RDSClient({ region: "us-east-1" });
      await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: "orders", Engine: "aurora-postgresql", MasterUsername: "dbadmin", MasterUserPassword: "secret-password-1" }));
      expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters?.map((c) => c.Status)).toEqual(["available"]);
      expect(await caught(rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "nope" })))).toBeInstanceOf(DBClusterNotFoundFault);
      expect(rdsMock).toHaveReceivedCommandTimes(DescribeDBClustersCommand, 2);
    } finally {
      rdsMock.restore();
    }
  });
});

// The README's examples under jest, against the drop-in and the original alike.
readmeExamples({ describe, it: test, beforeEach, afterEach, expect }, [
  ["aws-db-mock/client-mock", mockClient],
  ["aws-sdk-client-mock (the original, for parity)", original as unknown as typeof mockClient],
]);
