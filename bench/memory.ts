/**
 * Memory of the call log: the heap a backend holds once its log is full (`callLogLimit`, default
 * 1,000 calls), and the heap growth over many more calls, which must be about zero (the log is a ring
 * buffer). Uses a `cacheMiddleware` client so that 200k calls take about a second.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createMockBackend } from "../src/index.js";
import type { ServiceCase } from "./cases.js";
import type { PreparedRead } from "./scenarios.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export interface MemoryFigures {
  callLogLimit: number;
  /** Heap held by a full call log, bytes per 1,000 calls. */
  fullLogPer1000: number;
  /** Calls made after the log was full. */
  extraCalls: number;
  /** Heap growth over `extraCalls`, bytes per 1,000 calls (about 0 when the cap holds). */
  growthPer1000: number;
  /** Entries in `calls()` at the end. */
  logged: number;
}

export async function measureMemory(c: ServiceCase, prepared: PreparedRead, extraCalls = 200_000): Promise<MemoryFigures> {
  const callLogLimit = 1000;
  const options = prepared.mode === "simulated" ? { seed: 1, callLogLimit } : { seed: 1, callLogLimit, onUnhandled: () => prepared.output };
  const backend = createMockBackend(options);
  const client = backend.attach(c.newClient(true));
  const input = prepared.mode === "simulated" ? await c.create(client) : prepared.input;
  const call = () => client.send(new c.read(input));
  for (let i = 0; i < 50; i++) await call(); // first-call work (world, context, SDK module) out of the figure
  backend.reset();
  const freshInput = prepared.mode === "simulated" ? await c.create(client) : input;
  const send = () => client.send(new c.read(freshInput));

  const empty = heapAfterGc();
  for (let i = 0; i < callLogLimit; i++) await send();
  const full = heapAfterGc();
  for (let i = 0; i < extraCalls; i++) await send();
  const after = heapAfterGc();
  return {
    callLogLimit,
    fullLogPer1000: ((full - empty) * 1000) / callLogLimit,
    extraCalls,
    growthPer1000: ((after - full) * 1000) / extraCalls,
    logged: backend.calls().length,
  };
}
