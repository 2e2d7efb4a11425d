/**
 * The model facts the generator emits (model.generated.ts): checked against members whose facts the AWS
 * models state plainly, in the committed files (which the drift check keeps equal to the generator's
 * output), in the generator's own output from the models, and on a small synthetic Smithy model.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readService, SERVICES, modelsDir } from "../../scripts/generate-constraints.js";
import { readFacts, type SmithyModel } from "../../scripts/constraints/facts.js";
import { buildFromSmithy } from "../../scripts/constraints/smithy.js";
import { mergeBotocore } from "../../scripts/constraints/botocore.js";
import { dsqlModel } from "../../src/services/dsql/model.generated.js";
import { rdsModel } from "../../src/services/rds/model.generated.js";
import { docdbElasticModel } from "../../src/services/docdb-elastic/model.generated.js";
import { operationErrors as rdsOperationErrors } from "../../src/services/rds/constraints.generated.js";

describe("committed model facts", () => {
  it("DSQL: clientToken idempotency tokens, ListClusters pages, the Cluster and Stream resources", () => {
    expect(dsqlModel.idempotencyTokens.CreateCluster).toBe("clientToken");
    expect(Object.keys(dsqlModel.idempotencyTokens)).toEqual(["CreateCluster", "CreateStream", "DeleteCluster", "DeleteClusterPolicy", "DeleteStream", "PutClusterPolicy", "UpdateCluster"]);
    expect(dsqlModel.pagination.ListClusters).toEqual({
      inputToken: "nextToken",
      outputToken: "nextToken",
      items: "clusters",
      pageSize: { member: "maxResults", min: 1, max: 100, default: 20 },
    });
    expect(dsqlModel.pagination.ListStreams.pageSize.default).toBe(10);
    expect(dsqlModel.resources.Cluster).toMatchObject({
      identifiers: { identifier: "ClusterId" },
      arn: "cluster/{identifier}",
      create: "CreateCluster",
      read: "GetCluster",
      update: "UpdateCluster",
      delete: "DeleteCluster",
      list: "ListClusters",
    });
    expect(dsqlModel.resources.Stream.identifiers).toEqual({ clusterIdentifier: "ClusterId", streamIdentifier: "StreamId" });
    expect(dsqlModel.outputTimestamps.GetCluster).toEqual(["creationTime"]);
    expect(dsqlModel.outputTimestampMembers).toEqual(["creationTime", "updatedAt"]);
  });

  it("RDS: DescribeDBClusters pages by Marker/MaxRecords 20..100, DBCluster's timestamps, no idempotency tokens", () => {
    expect(rdsModel.pagination.DescribeDBClusters).toEqual({
      inputToken: "Marker",
      outputToken: "Marker",
      items: "DBClusters",
      pageSize: { member: "MaxRecords", min: 20, max: 100, default: 100 },
    });
    expect(rdsModel.pagination.DescribeOrderableDBInstanceOptions.pageSize).toEqual({ member: "MaxRecords", min: 20, max: 1000, default: 100 });
    expect(rdsModel.pagination.DescribeEngineDefaultClusterParameters.outputToken).toBe("EngineDefaults.Marker");
    expect(rdsModel.timestamps.DBCluster).toContain("ClusterCreateTime");
    expect(rdsModel.timestamps.DBCluster).toContain("ValidTill"); // nested: CertificateDetails
    expect(rdsModel.timestamps.DBCluster).not.toContain("DBClusterIdentifier");
    expect(rdsModel.timestamps.DBClusterSnapshot).toEqual(["ClusterCreateTime", "SnapshotCreateTime"]);
    expect(rdsModel.outputTimestamps.DescribeDBClusters).toEqual(rdsModel.timestamps.DBCluster);
    expect(rdsModel.idempotencyTokens).toEqual({});
    expect(rdsModel.resources).toEqual({});
    expect(rdsModel.operationErrors).toBe(rdsOperationErrors);
    expect(rdsModel.operationErrors.DescribeDBClusters).toContain("DBClusterNotFoundFault");
  });

  it("DocDB Elastic: clientToken on CreateCluster/UpdateCluster, snapshot pages of 20..100, string times", () => {
    expect(docdbElasticModel.idempotencyTokens).toEqual({ CreateCluster: "clientToken", UpdateCluster: "clientToken" });
    expect(docdbElasticModel.pagination.ListClusterSnapshots.pageSize).toEqual({ member: "maxResults", min: 20, max: 100 });
    expect(docdbElasticModel.pagination.ListClusters.pageSize).toEqual({ member: "maxResults", min: 1, max: 100 });
    // The API models its times as strings: nothing for toOutput to convert.
    expect(docdbElasticModel.outputTimestampMembers).toEqual([]);
  });
});

describe.skipIf(!existsSync(modelsDir()))("the generator's facts from the models", () => {
  const service = (key: string) => readService(modelsDir(), SERVICES.find((s) => s.key === key)!);

  it("reads timestamps from the output side, with the members botocore and the SDK add", () => {
    const { facts, output } = service("rds");
    expect(facts.timestamps.DBCluster).toContain("ClusterCreateTime");
    expect(output.operations.get("DescribeDBClusters")).toBe("DBClusterMessage");
    expect(facts.pagination.DescribeDBClusters.pageSize).toEqual({ member: "MaxRecords", min: 20, max: 100, default: 100 });
  });

  it("reads DSQL's idempotency tokens and resources", () => {
    const { facts } = service("dsql");
    expect(facts.idempotencyTokens.CreateCluster).toBe("clientToken");
    expect(facts.resources.Stream.list).toBe("ListStreams");
  });
});

describe("facts of a synthetic model", () => {
  const ns = "example#";
  const model: SmithyModel = {
    shapes: {
      [`${ns}Svc`]: { type: "service", resources: [{ target: `${ns}Widget` }] },
      [`${ns}Widget`]: {
        type: "resource",
        identifiers: { widgetId: { target: `${ns}Id` } },
        create: { target: `${ns}CreateWidget` },
        list: { target: `${ns}ListWidgets` },
        traits: { "aws.api#arn": { template: "widget/{widgetId}" } },
      },
      [`${ns}Id`]: { type: "string" },
      [`${ns}CreateWidget`]: { type: "operation", input: { target: `${ns}CreateIn` }, output: { target: `${ns}CreateOut` } },
      [`${ns}CreateIn`]: { type: "structure", members: { token: { target: "smithy.api#String", traits: { "smithy.api#idempotencyToken": {} } } } },
      [`${ns}CreateOut`]: { type: "structure", members: { widget: { target: `${ns}WidgetData` } } },
      [`${ns}WidgetData`]: {
        type: "structure",
        members: { widgetId: { target: `${ns}Id` }, createdAt: { target: "smithy.api#Timestamp" }, history: { target: `${ns}Events` } },
      },
      [`${ns}Events`]: { type: "list", member: { target: `${ns}Event` } },
      [`${ns}Event`]: { type: "structure", members: { at: { target: "smithy.api#Timestamp" }, note: { target: "smithy.api#String" } } },
      [`${ns}ListWidgets`]: {
        type: "operation",
        input: { target: `${ns}ListIn` },
        output: { target: `${ns}ListOut` },
        traits: { "smithy.api#paginated": { inputToken: "Marker", outputToken: "Marker", pageSize: "Max", items: "Widgets" } },
      },
      [`${ns}ListIn`]: {
        type: "structure",
        members: {
          Marker: { target: "smithy.api#String" },
          Max: { target: "smithy.api#Integer", traits: { "smithy.api#documentation": "<p>Default: 50</p> <p>Constraints: Minimum 5, maximum 500</p>" } },
        },
      },
      [`${ns}ListOut`]: { type: "structure", members: { Marker: { target: "smithy.api#String" }, Widgets: { target: `${ns}WidgetList` } } },
      [`${ns}WidgetList`]: { type: "list", member: { target: `${ns}WidgetData` } },
    },
  };
  const boto = { operations: {}, shapes: {} };
  const side = (s: "input" | "output") => {
    const built = buildFromSmithy(model as never, s);
    mergeBotocore(built, boto, s);
    return built;
  };
  const facts = readFacts(model, boto, side("input"), side("output"), []);

  it("timestamps at any depth, per structure and per operation", () => {
    expect(facts.timestamps).toEqual({
      CreateOut: ["at", "createdAt"],
      Event: ["at"],
      ListOut: ["at", "createdAt"],
      WidgetData: ["at", "createdAt"],
    });
    expect(facts.outputTimestamps).toEqual({ CreateWidget: ["at", "createdAt"], ListWidgets: ["at", "createdAt"] });
  });

  it("pagination with documented limits, idempotency tokens, resources", () => {
    expect(facts.pagination).toEqual({
      ListWidgets: { inputToken: "Marker", outputToken: "Marker", items: "Widgets", pageSize: { member: "Max", min: 5, max: 500, default: 50 } },
    });
    expect(facts.idempotencyTokens).toEqual({ CreateWidget: "token" });
    expect(facts.resources).toEqual({ Widget: { identifiers: { widgetId: "Id" }, arn: "widget/{widgetId}", create: "CreateWidget", list: "ListWidgets" } });
  });
});
