import { CreateClusterCommand, DSQLClient, GetClusterCommand, ListClustersCommand, paginateListClusters } from "@aws-sdk/client-dsql";
import { CreateClusterCommand as CreateElasticClusterCommand, DocDBElasticClient } from "@aws-sdk/client-docdb-elastic";
import { describe, expect, it } from "vitest";
import { createMockBackend } from "../../src/index.js";
import { caught } from "../helpers.js";

function setup() {
  const backend = createMockBackend({ seed: 1 });
  const dsql = backend.attach(new DSQLClient({ region: "us-east-1" }));
  const docdb = backend.attach(new DocDBElasticClient({ region: "us-east-1" }));
  return { backend, dsql, docdb };
}

describe("the call log is a record", () => {
  it("keeps each input as sent: a paginator moving its token along does not rewrite earlier pages", async () => {
    const { backend, dsql } = setup();
    for (let i = 0; i < 3; i++) await dsql.send(new CreateClusterCommand({}));
    const pages = [];
    for await (const page of paginateListClusters({ client: dsql, pageSize: 1 }, {})) pages.push(page);
    const tokens = backend.calls(ListClustersCommand).map((c) => c.input.nextToken);
    expect(tokens[0]).toBeUndefined();
    expect(tokens.slice(1)).toEqual(pages.slice(0, -1).map((p) => p.nextToken));
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("a caller changing its input object after the call does not change the record", async () => {
    const { backend, dsql } = setup();
    const input = { tags: { team: "a" }, deletionProtectionEnabled: false };
    await dsql.send(new CreateClusterCommand(input));
    input.tags.team = "b";
    expect(backend.calls()[0].input).toEqual({ tags: { team: "a" }, deletionProtectionEnabled: false });
  });

  it("calls(Command) filters by the command class, typed by its input and output, and tells two services' CreateCluster apart", async () => {
    const { backend, dsql, docdb } = setup();
    const { identifier } = await dsql.send(new CreateClusterCommand({ tags: { k: "v" } }));
    await caught(docdb.send(new CreateElasticClusterCommand({ clusterName: "c1" } as any)));
    await dsql.send(new GetClusterCommand({ identifier }));

    const creates = backend.calls(CreateClusterCommand);
    expect(creates).toHaveLength(1);
    // Typed: `input.tags` and `output.identifier` are members of CreateCluster's input and output.
    expect(creates[0].input.tags).toEqual({ k: "v" });
    expect(creates[0].output?.identifier).toBe(identifier);
    expect(creates[0]).toMatchObject({ service: "dsql", command: "CreateCluster", region: "us-east-1", attempt: 1 });
    expect(creates[0].time).toBeInstanceOf(Date);

    const elastic = backend.calls(CreateElasticClusterCommand);
    expect(elastic).toHaveLength(1);
    expect(elastic[0].service).toBe("docdb-elastic");
    expect(elastic[0].error?.name).toBe("ValidationException");
    expect(backend.calls()).toHaveLength(3);
  });
});
