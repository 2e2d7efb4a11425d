/**
 * A fuzz environment for one service: two seeded backends (instant and timed lifecycles), their
 * clients in a primary and a secondary Region, the dump each case starts from, and the dictionary of
 * real values harvested from the seeded world.
 */
import type { BackendState, MockBackend, MockBackendOptions } from "../../../src/index.js";
import { createMockBackend } from "../../../src/index.js";
import type { ServiceRegistry } from "../../../src/core/backend.js";
import { services as registry } from "../../../src/services/registry.js";
import { genContext, type GenContext } from "./arbitraries.js";
import { Dictionary } from "./dictionary.js";
import { inputShapeOf, operationOf, type FuzzService } from "./model.js";
import { SEED_STEPS } from "./seed-world.js";

export const PRIMARY_REGION = "us-east-1";
export const SECONDARY_REGION = "eu-west-1";
export const REGIONS = [PRIMARY_REGION, SECONDARY_REGION] as const;
export type Lifecycle = "instant" | "timed";

/** Options of every fuzz backend: fixed seed and start time, so a run replays exactly. */
export const BACKEND_SEED = 1;
export const START_TIME = Date.UTC(2025, 0, 1);

export interface SeedRecord {
  command: string;
  input: Record<string, unknown>;
  ok: boolean;
}

export interface FuzzWorld {
  backend: MockBackend;
  clients: Record<string, any>;
  start: BackendState;
  seedLog: SeedRecord[];
}

export interface FuzzEnv {
  svc: FuzzService;
  worlds: Record<Lifecycle, FuzzWorld>;
  dict: Dictionary;
  gen: GenContext;
  /** Whether the operation is simulated by the backends of this environment. */
  simulated(operation: string): boolean;
}

export interface EnvOptions {
  /** Builds the backends (tests of the harness pass a backend with a planted defect). */
  makeBackend?: (options: MockBackendOptions) => MockBackend;
  /** The service definitions behind `makeBackend` (default: the mock's registry). */
  definitions?: ServiceRegistry;
}

async function seedWorld(svc: FuzzService, backend: MockBackend, dict: Dictionary | undefined, simulated: (op: string) => boolean): Promise<FuzzWorld> {
  const clients = Object.fromEntries(REGIONS.map((r) => [r, backend.attach(svc.newClient(r))]));
  const client = clients[PRIMARY_REGION];
  const outputs: any[] = [];
  const seedLog: SeedRecord[] = [];
  for (const step of SEED_STEPS[svc.key]) {
    const input = step.input(outputs);
    if (!input) {
      outputs.push(undefined);
      continue;
    }
    let out: unknown;
    try {
      out = await client.send(new svc.sdk[step.command](structuredClone(input)));
    } catch {
      out = undefined;
    }
    backend.clock.runAll();
    outputs.push(out);
    seedLog.push({ command: step.command, input, ok: out !== undefined });
    dict?.harvest(input);
    dict?.harvest(out);
  }
  if (dict) {
    // Read every list/describe that needs no input: ids, ARNs and statuses the seeding made.
    for (const command of svc.commands) {
      const op = operationOf(command);
      if (!/^(Describe|List|Get)/.test(op) || !simulated(op)) continue;
      const shape = inputShapeOf(svc, op);
      const s = shape ? svc.table.shapes[shape] : undefined;
      if (s?.type === "structure" && Object.values(s.members).some((m) => m.required && m.default === undefined)) continue;
      try {
        dict.harvest(await client.send(new svc.sdk[command]({})));
      } catch {
        /* not answerable without input: fine */
      }
    }
  }
  backend.clock.runDue();
  return { backend, clients, start: backend.dump(), seedLog };
}

export async function createFuzzEnv(svc: FuzzService, options: EnvOptions = {}): Promise<FuzzEnv> {
  const make = options.makeBackend ?? createMockBackend;
  const definitions = options.definitions ?? registry;
  const simulated = (op: string) => {
    const def = definitions[svc.clientName];
    return Boolean(def && Object.prototype.hasOwnProperty.call(def.operations, op));
  };
  const dict = new Dictionary();
  const base: MockBackendOptions = { seed: BACKEND_SEED, startTime: START_TIME, callLogLimit: 8 };
  const instant = await seedWorld(svc, make({ ...base, lifecycle: "instant" }), dict, simulated);
  const timed = await seedWorld(svc, make({ ...base, lifecycle: "timed" }), undefined, simulated);
  return { svc, worlds: { instant, timed }, dict, gen: genContext(svc.table, dict), simulated };
}
