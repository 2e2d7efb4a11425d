/** RDS event notification subscriptions through the real client: rules, faults, sequences, tags. */
import {
  AddSourceIdentifierToSubscriptionCommand,
  AddTagsToResourceCommand,
  CreateEventSubscriptionCommand,
  DeleteEventSubscriptionCommand,
  DescribeEventSubscriptionsCommand,
  EventSubscriptionQuotaExceededFault,
  ListTagsForResourceCommand,
  ModifyEventSubscriptionCommand,
  RemoveSourceIdentifierFromSubscriptionCommand,
  SNSInvalidTopicFault,
  SNSNoAuthorizationFault,
  SourceNotFoundFault,
  SubscriptionAlreadyExistFault,
  SubscriptionCategoryNotFoundFault,
  SubscriptionNotFoundFault,
  RDSClient,
  type CreateEventSubscriptionCommandInput,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { createMockBackend, type PolicyStatement } from "../../src/index.js";
import { caught } from "../helpers.js";
import { createCluster, createInstance, expectFault, setup } from "./clusters-fixtures.js";

const TOPIC = "arn:aws:sns:us-east-1:123456789012:rds-events";
const ES_ARN = "arn:aws:rds:us-east-1:123456789012:es:";
const create = (input: Partial<CreateEventSubscriptionCommandInput> = {}) =>
  new CreateEventSubscriptionCommand({ SubscriptionName: "sub1", SnsTopicArn: TOPIC, ...input });

describe("event subscriptions", () => {
  it("creates, describes, modifies and deletes a subscription", async () => {
    const { client } = setup();
    await createCluster(client, "c1");
    const out = await client.send(
      create({ SubscriptionName: "Sub1", SourceType: "db-cluster", SourceIds: ["C1"], EventCategories: ["creation", "deletion"], Tags: [{ Key: "k", Value: "v" }] }),
    );
    expect(out.EventSubscription).toEqual({
      CustomerAwsId: "123456789012",
      CustSubscriptionId: "sub1",
      SnsTopicArn: TOPIC,
      Status: "active",
      SubscriptionCreationTime: "2025-06-01 12:00:00.000",
      SourceType: "db-cluster",
      SourceIdsList: ["c1"],
      EventCategoriesList: ["creation", "deletion"],
      Enabled: true,
      EventSubscriptionArn: `${ES_ARN}sub1`,
    });
    const described = await client.send(new DescribeEventSubscriptionsCommand({ SubscriptionName: "SUB1" }));
    expect(described.EventSubscriptionsList).toEqual([out.EventSubscription]);
    const modified = await client.send(
      new ModifyEventSubscriptionCommand({ SubscriptionName: "sub1", Enabled: false, EventCategories: ["failover"], SnsTopicArn: `${TOPIC}-2` }),
    );
    expect(modified.EventSubscription).toMatchObject({ Enabled: false, EventCategoriesList: ["failover"], SnsTopicArn: `${TOPIC}-2`, SourceIdsList: ["c1"] });
    const deleted = await client.send(new DeleteEventSubscriptionCommand({ SubscriptionName: "sub1" }));
    expect(deleted.EventSubscription).toMatchObject({ CustSubscriptionId: "sub1", Status: "deleting" });
    expect((await client.send(new DescribeEventSubscriptionsCommand({}))).EventSubscriptionsList).toEqual([]);
    // Deleted and re-created under the same name: a new subscription, without the old one's settings.
    const again = await client.send(create());
    expect(again.EventSubscription).toMatchObject({ CustSubscriptionId: "sub1", Enabled: true });
    expect(again.EventSubscription!.SourceType).toBeUndefined();
    expect(again.EventSubscription!.EventCategoriesList).toBeUndefined();
  });

  it("adds and removes source identifiers", async () => {
    const { backend, client } = setup();
    await createCluster(client, "c1");
    await createInstance(client, "c1", "i1");
    await client.send(create({ SourceType: "db-instance" }));
    const added = await client.send(new AddSourceIdentifierToSubscriptionCommand({ SubscriptionName: "sub1", SourceIdentifier: "I1" }));
    expect(added.EventSubscription!.SourceIdsList).toEqual(["i1"]);
    // Adding it again changes nothing.
    await client.send(new AddSourceIdentifierToSubscriptionCommand({ SubscriptionName: "sub1", SourceIdentifier: "i1" }));
    const add = (SourceIdentifier: string, SubscriptionName = "sub1") => () =>
      client.send(new AddSourceIdentifierToSubscriptionCommand({ SubscriptionName, SourceIdentifier }));
    await expectFault(backend, add("c1"), { name: "SourceNotFoundFault", status: 404, message: "c1", Class: SourceNotFoundFault });
    await expectFault(backend, add("i1", "nope"), { name: "SubscriptionNotFoundFault", status: 404, message: "nope", Class: SubscriptionNotFoundFault });
    const removed = await client.send(new RemoveSourceIdentifierFromSubscriptionCommand({ SubscriptionName: "sub1", SourceIdentifier: "i1" }));
    expect(removed.EventSubscription!.SourceIdsList).toBeUndefined();
    await expectFault(backend, () => client.send(new RemoveSourceIdentifierFromSubscriptionCommand({ SubscriptionName: "sub1", SourceIdentifier: "i1" })), {
      name: "SourceNotFoundFault",
      status: 404,
      message: "i1",
      Class: SourceNotFoundFault,
    });
    await client.send(create({ SubscriptionName: "untyped" }));
    await expectFault(backend, add("i1", "untyped"), { name: "SourceNotFoundFault", status: 404, message: "SourceType", Class: SourceNotFoundFault });
  });

  it("applies the documented rules of CreateEventSubscription", async () => {
    const { backend, client } = setup({ quotas: { rds: { eventSubscriptions: 2 } } });
    await createCluster(client, "c1");
    const fault = (input: Partial<CreateEventSubscriptionCommandInput>, expected: Parameters<typeof expectFault>[2]) =>
      expectFault(backend, () => client.send(create(input)), expected);
    await fault({ SubscriptionName: "1sub" }, { name: "InvalidParameterValue", status: 400, message: "SubscriptionName" });
    await fault({ SubscriptionName: "a".repeat(256) }, { name: "InvalidParameterValue", status: 400, message: "SubscriptionName" });
    await fault({ SubscriptionName: "has_underscore" }, { name: "InvalidParameterValue", status: 400, message: "SubscriptionName" });
    await fault({ SnsTopicArn: "not-an-arn" }, { name: "SNSInvalidTopicFault", status: 400, message: "not-an-arn", Class: SNSInvalidTopicFault });
    await fault({ SnsTopicArn: "arn:aws:sqs:us-east-1:123456789012:q" }, { name: "SNSInvalidTopicFault", status: 400, message: "SNS", Class: SNSInvalidTopicFault });
    await fault({ SnsTopicArn: "arn:aws:sns:eu-west-1:123456789012:t" }, { name: "SNSInvalidTopicFault", status: 400, message: "Region", Class: SNSInvalidTopicFault });
    await fault({ SnsTopicArn: "arn:aws:sns:us-east-1:210987654321:t" }, { name: "SNSNoAuthorizationFault", status: 400, message: "210987654321", Class: SNSNoAuthorizationFault });
    await fault({ SourceType: "db-table" }, { name: "InvalidParameterValue", status: 400, message: "db-table" });
    await fault({ SourceType: "db-cluster-snapshot", EventCategories: ["creation"] }, {
      name: "SubscriptionCategoryNotFoundFault",
      status: 404,
      message: "creation",
      Class: SubscriptionCategoryNotFoundFault,
    });
    await fault({ EventCategories: ["backup"] }, { name: "InvalidParameterCombination", status: 400, message: "If SourceType is null, Categories must also be null." });
    await fault({ SourceType: "db-instance", EventCategories: ["no such category"] }, { name: "SubscriptionCategoryNotFoundFault", status: 404, message: "no such category" });
    await fault({ SourceIds: ["c1"] }, { name: "InvalidParameterCombination", status: 400, message: "SourceType" });
    await fault({ SourceType: "db-cluster", SourceIds: ["c1", "c9"] }, { name: "SourceNotFoundFault", status: 404, message: "Could not find source :c9", Class: SourceNotFoundFault });
    await fault({ SourceType: "db-parameter-group", SourceIds: ["no-such-group"] }, { name: "SourceNotFoundFault", status: 404, message: "no-such-group" });
    await fault({ SourceType: "db-snapshot", SourceIds: ["s1"] }, { name: "SourceNotFoundFault", status: 404, message: "s1" });
    await client.send(create({ SourceType: "db-instance", EventCategories: ["backup"] }));
    await fault({ SubscriptionName: "SUB1" }, { name: "SubscriptionAlreadyExistFault", status: 400, message: "sub1", Class: SubscriptionAlreadyExistFault });
    await client.send(create({ SubscriptionName: "sub2" }));
    await fault({ SubscriptionName: "sub3" }, { name: "EventSubscriptionQuotaExceededFault", status: 400, message: "2", Class: EventSubscriptionQuotaExceededFault });
  });

  it("applies the documented rules of Modify, Delete and Describe", async () => {
    const { backend, client } = setup();
    await client.send(create({ SourceType: "db-instance", EventCategories: ["availability"] }));
    const modify = (input: Record<string, unknown>) => () => client.send(new ModifyEventSubscriptionCommand({ SubscriptionName: "sub1", ...input }));
    await expectFault(backend, modify({ SubscriptionName: "nope" }), { name: "SubscriptionNotFoundFault", status: 404, message: "nope" });
    await expectFault(backend, modify({ SnsTopicArn: "arn:aws:sns:us-east-1:123456789012:" }), { name: "SNSInvalidTopicFault", status: 400, message: "SNS" });
    // The kept category must fit the new source type.
    await expectFault(backend, modify({ SourceType: "db-cluster-snapshot" }), { name: "SubscriptionCategoryNotFoundFault", status: 404, message: "availability" });
    await client.send(create({ SubscriptionName: "untyped" }));
    await expectFault(backend, () => client.send(new ModifyEventSubscriptionCommand({ SubscriptionName: "untyped", EventCategories: ["backup"] })), {
      name: "InvalidParameterCombination",
      status: 400,
      message: "Categories must also be null",
    });
    const out = await client.send(new ModifyEventSubscriptionCommand({ SubscriptionName: "sub1", SourceType: "db-cluster-snapshot", EventCategories: [] }));
    expect(out.EventSubscription).toMatchObject({ SourceType: "db-cluster-snapshot" });
    expect(out.EventSubscription!.EventCategoriesList).toBeUndefined();
    await expectFault(backend, () => client.send(new DeleteEventSubscriptionCommand({ SubscriptionName: "nope" })), { name: "SubscriptionNotFoundFault", status: 404, message: "nope" });
    await expectFault(backend, () => client.send(new DescribeEventSubscriptionsCommand({ SubscriptionName: "nope" })), { name: "SubscriptionNotFoundFault", status: 404, message: "nope" });
    await expectFault(backend, () => client.send(new DescribeEventSubscriptionsCommand({ Filters: [{ Name: "x", Values: ["y"] }] })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "filter",
    });
  });

  it("lists subscriptions in name order with MaxRecords and Marker", async () => {
    const { client } = setup();
    for (let i = 0; i < 20; i++) await client.send(create({ SubscriptionName: `s${String(i).padStart(2, "0")}` }));
    const first = await client.send(new DescribeEventSubscriptionsCommand({ MaxRecords: 20 }));
    expect(first.EventSubscriptionsList).toHaveLength(20);
    expect(first.Marker).toBeUndefined();
    await client.send(new DeleteEventSubscriptionCommand({ SubscriptionName: "s00" }));
    await client.send(create({ SubscriptionName: "zz" }));
    const page = await client.send(new DescribeEventSubscriptionsCommand({ MaxRecords: 20 }));
    expect(page.EventSubscriptionsList!.at(-1)!.CustSubscriptionId).toBe("zz");
  });

  it("takes tags on creation and through the tagging commands (es: ARNs)", async () => {
    const { backend, client } = setup();
    await client.send(create({ Tags: [{ Key: "team", Value: "db" }] }));
    const arn = `${ES_ARN}sub1`;
    await client.send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: "env", Value: "test" }] }));
    expect((await client.send(new ListTagsForResourceCommand({ ResourceName: arn }))).TagList).toEqual([
      { Key: "team", Value: "db" },
      { Key: "env", Value: "test" },
    ]);
    await expectFault(backend, () => client.send(new ListTagsForResourceCommand({ ResourceName: `${ES_ARN}nope` })), {
      name: "InvalidParameterValue",
      status: 400,
      message: "nope",
    });
  });

  it("is authorized on the subscription's es: ARN, tags on create need rds:AddTagsToResource, and rds:es-tag applies", async () => {
    const principal = "arn:aws:sts::123456789012:assumed-role/DbOps/ci";
    const attach = (...Statement: PolicyStatement[]) => {
      const backend = createMockBackend({ seed: 1 });
      const rds = backend.attach(new RDSClient({ region: "us-east-1" }), { iam: { principal, policies: [{ Version: "2012-10-17", Statement }] } });
      return { backend, admin: backend.attach(new RDSClient({ region: "us-east-1" })), rds };
    };
    const denied = async (call: Promise<unknown>) => {
      const error = await caught(call);
      expect(error.name).toBe("AccessDenied");
      expect(error.$metadata.httpStatusCode).toBe(403);
      return error.message as string;
    };
    const env = attach({ Effect: "Allow", Action: "rds:CreateEventSubscription", Resource: `${ES_ARN}sub1` });
    await env.rds.send(create());
    expect(await denied(env.rds.send(create({ SubscriptionName: "sub2" })))).toContain(`rds:CreateEventSubscription on resource: ${ES_ARN}sub2`);
    expect(await denied(env.rds.send(create({ SubscriptionName: "sub1", Tags: [{ Key: "a", Value: "b" }] })))).toContain("rds:AddTagsToResource");
    const tagged = attach({ Effect: "Allow", Action: "rds:ModifyEventSubscription", Resource: "*", Condition: { StringEquals: { "rds:es-tag/team": "db" } } });
    await tagged.admin.send(create({ Tags: [{ Key: "team", Value: "db" }] }));
    await tagged.admin.send(create({ SubscriptionName: "other" }));
    await tagged.rds.send(new ModifyEventSubscriptionCommand({ SubscriptionName: "sub1", Enabled: false }));
    expect(await denied(tagged.rds.send(new ModifyEventSubscriptionCommand({ SubscriptionName: "other", Enabled: false })))).toContain(`${ES_ARN}other`);
  });
});
