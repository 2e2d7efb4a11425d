/**
 * Each service's identity is declared once (src/services/<service>/identity.ts): the registry, the
 * fixtures and the generator derive from it, and the public fixture names stay what users write.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serviceIdentities } from "../../src/services/identities.js";
import { sdkLoaders, services } from "../../src/services/registry.js";
import { CLIENT_KINDS } from "../../src/testing/context.js";
import { modelsDir, SERVICES } from "../../scripts/generate-constraints.js";

describe("service identities", () => {
  it("keep the public fixture names: dsql, rds, docdb", () => {
    expect(CLIENT_KINDS).toEqual(["dsql", "rds", "docdb"]);
    expect(serviceIdentities.map((i) => [i.key, i.fixture])).toEqual([
      ["dsql", "dsql"],
      ["rds", "rds"],
      ["docdb-elastic", "docdb"],
    ]);
  });

  it("are the services' definitions' identities, keyed by client name", () => {
    expect(Object.keys(services)).toEqual(serviceIdentities.map((i) => i.clientName));
    for (const identity of serviceIdentities) {
      const svc = services[identity.clientName];
      expect([svc.key, svc.sdkPackage, svc.title, svc.fixture, svc.models]).toEqual([identity.key, identity.sdkPackage, identity.title, identity.fixture, identity.models]);
      expect(sdkLoaders[identity.clientName]).toBe(identity.loadSdk);
    }
  });

  it("load the SDK module that exports the client class", async () => {
    for (const identity of serviceIdentities) {
      const sdk = await identity.loadSdk();
      expect(typeof sdk[identity.clientName]).toBe("function");
    }
  });

  it("name the model files the generator reads", () => {
    expect(SERVICES.map((s) => s.key)).toEqual(serviceIdentities.map((i) => i.key));
    if (!existsSync(modelsDir())) return;
    for (const { models } of serviceIdentities) {
      expect(existsSync(join(modelsDir(), models.smithy))).toBe(true);
      expect(existsSync(join(modelsDir(), models.botocore))).toBe(true);
    }
  });
});
