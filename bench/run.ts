/**
 * `npm run bench`: what aws-db-mock costs per call and per test, through real SDK clients, against the
 * floor (the SDK alone) and against aws-sdk-client-mock. Method and latest figures: docs/benchmarks.md.
 *
 *   npm run bench                  full run (about 30 s)
 *   npm run bench -- --quick       fewer, shorter rounds (a smoke run)
 *   npm run bench -- --markdown    tables in Markdown
 *   npm run bench -- --scale-10k   the scale section at 100, 1,000 and 10,000 resources (or BENCH_SCALE_10K=1)
 *   npm run bench -- --no-scale    without the scale section
 */
import "./guard.js";
import { services } from "../src/services/registry.js";
import { measureBreakdown, SECTIONS, type Breakdown } from "./breakdown.js";
import { CASES, REGION, type ServiceCase } from "./cases.js";
import { availableParallelism, loadavg } from "node:os";
import { compare, DEFAULT_OPTIONS, pairedDiff, pairedRatio, QUICK_OPTIONS, type Measurement } from "./harness.js";
import { measureMemory, type MemoryFigures } from "./memory.js";
import { DEFAULT_SIZES, FULL_SIZES, runScaleBench } from "./scale.js";
import { listMode, prepareRead, readVariants, setupVariants, type PreparedRead } from "./scenarios.js";
import { kb, ratio, renderTable, us, type Row } from "./table.js";

const args = new Set(process.argv.slice(2));
const options = args.has("--quick") ? QUICK_OPTIONS : DEFAULT_OPTIONS;
/** The breakdown's sections are short and steady: fewer, shorter rounds. */
const sectionOptions = args.has("--quick") ? QUICK_OPTIONS : { warmupMs: 100, rounds: 7, roundMs: 30 };
const markdown = args.has("--markdown");
/** Scale: 100 and 1,000 resources by default (about 15 s); 10,000 on request (about a minute more). */
const scaleSizes = args.has("--no-scale")
  ? []
  : args.has("--quick")
    ? [100]
    : args.has("--scale-10k") || process.env.BENCH_SCALE_10K === "1"
      ? FULL_SIZES
      : DEFAULT_SIZES;

/** Targets from the foundation issue. */
// An unbounded log would grow about 1 KB per call; allow 256 KB of noise (JIT code, caches) in total.
const TARGET = { ratioToFloor: 1.25, setupUs: 250, growthTotalBytes: 256 * 1024 };

type Variants = Record<"floor" | "aws-db-mock" | "aws-sdk-client-mock", Measurement>;

interface ReadResult {
  c: ServiceCase;
  prepared: PreparedRead;
  plain: Variants;
  cached: Variants;
  breakdown: Breakdown;
}

function print(title: string, headers: Row, rows: readonly Row[], note?: string) {
  console.log(`\n${markdown ? "### " : ""}${title}\n`);
  console.log(renderTable(headers, rows, markdown));
  if (note) console.log(`\n${note}`);
}

async function measureReads(): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for (const c of CASES) {
    const prepared = await prepareRead(c);
    const plain = await compare(readVariants(c, prepared, false), options);
    const cached = await compare(readVariants(c, prepared, true), options);
    const breakdown = await measureBreakdown(c, prepared, sectionOptions);
    results.push({ c, prepared, plain, cached, breakdown });
  }
  return results;
}

function readRows(results: readonly ReadResult[]): Row[] {
  const rows: Row[] = [];
  for (const { c, prepared, plain, cached } of results) {
    for (const [variant, m] of [["default", plain], ["cacheMiddleware", cached]] as const) {
      const own = pairedDiff(m["aws-db-mock"], m.floor);
      rows.push([
        c.label,
        variant,
        us(m.floor.us),
        us(m["aws-db-mock"].us),
        ratio(pairedRatio(m["aws-db-mock"], m.floor)),
        us(own),
        us(m["aws-sdk-client-mock"].us),
        prepared.mode,
      ]);
    }
  }
  return rows;
}

async function measureSetup() {
  const rows: Row[] = [];
  const figures: number[] = [];
  for (const c of CASES) {
    const mode = await listMode(c);
    // Each setup allocates a client's worth of heap, so GC pauses land in random rounds: more rounds.
    const m = await compare(setupVariants(c, mode), { ...options, rounds: options.rounds + 4 });
    const scope = { accountId: "123456789012", region: REGION };
    const world = await compare({ createWorld: () => services[c.clientName].createWorld(scope) }, sectionOptions);
    figures.push(m["aws-db-mock"].us);
    rows.push([
      c.list.label,
      us(m.floor.us),
      us(m["aws-db-mock"].us),
      us(pairedDiff(m["aws-db-mock"], m.floor)),
      us(world.createWorld.us),
      us(m["aws-sdk-client-mock"].us),
      mode,
    ]);
  }
  return { rows, worst: Math.max(...figures) };
}

function verdict(ok: boolean) {
  return ok ? "ok" : "OVER TARGET";
}

async function main() {
  const started = Date.now();
  const cpus = availableParallelism();
  const load = loadavg()[0];
  console.log(`aws-db-mock bench: Node ${process.version}, ${cpus} CPUs, load ${load.toFixed(1)}; ${options.rounds} rounds of ~${options.roundMs} ms per variant, median reported`);
  if (load > cpus * 0.75) console.log("warning: the machine is busy; absolute figures will be high and noisy (ratios hold up better)");

  const reads = await measureReads();
  print(
    "Per call (µs per call, median)",
    ["command", "client", "floor", "aws-db-mock", "ratio", "mock's own", "aws-sdk-client-mock", "answered by"],
    readRows(reads),
    "floor: the same client with a bare middleware answering at the mock's step. ratio and mock's own (aws-db-mock - floor)\nare medians of round-by-round figures: each round of both ran back to back.",
  );
  print(
    "The backend alone: backend.handle() without an SDK client, and where its time goes (µs)",
    ["command", "handle()", ...SECTIONS, "rest", "answered by"],
    reads.map((r) => [
      r.c.label,
      us(r.breakdown.total),
      ...SECTIONS.map((name) => (r.breakdown.sections[name] === undefined ? "-" : us(r.breakdown.sections[name]))),
      us(r.breakdown.rest),
      r.prepared.mode,
    ]),
    "Each section timed alone, interleaved with handle(); rest = handle() - sections: async plumbing, call log, lookups.",
  );

  const setup = await measureSetup();
  print(
    "Per-test setup (µs: new backend + new client + attach + one call)",
    ["one call", "floor (client + one call)", "aws-db-mock", "mock's own", "of which createWorld", "aws-sdk-client-mock", "answered by"],
    setup.rows,
  );

  const memoryCase = reads.find((r) => r.prepared.mode === "simulated") ?? reads[0];
  const memory: MemoryFigures = await measureMemory(memoryCase.c, memoryCase.prepared, args.has("--quick") ? 20_000 : 200_000);
  print(
    `Memory (${memoryCase.c.label}, callLogLimit ${memory.callLogLimit})`,
    ["figure", "value"],
    [
      [`heap held by a full call log, per 1,000 calls`, kb(memory.fullLogPer1000)],
      [`heap growth over ${memory.extraCalls.toLocaleString("en-US")} more calls, per 1,000 calls`, kb(memory.growthPer1000)],
      ["entries in calls() at the end", String(memory.logged)],
    ],
  );

  if (scaleSizes.length > 0) await runScaleBench({ markdown, sizes: scaleSizes, rounds: args.has("--quick") ? 20 : 100 });

  const worstRatio = Math.max(...reads.map((r) => pairedRatio(r.plain["aws-db-mock"], r.plain.floor)));
  const cacheBeatsStub = reads.every((r) => r.cached["aws-db-mock"].us < r.cached["aws-sdk-client-mock"].us);
  print(
    "Targets",
    ["target", "measured", "verdict"],
    [
      [`aws-db-mock / floor <= ${TARGET.ratioToFloor} (default client)`, ratio(worstRatio), verdict(worstRatio <= TARGET.ratioToFloor)],
      ["cacheMiddleware: aws-db-mock faster than aws-sdk-client-mock", cacheBeatsStub ? "yes" : "no", verdict(cacheBeatsStub)],
      [`per-test setup < ${TARGET.setupUs} µs`, `${us(setup.worst)} µs`, verdict(setup.worst < TARGET.setupUs)],
      [
        "call log capped (no heap growth)",
        `${kb(memory.growthPer1000)} / 1,000 calls`,
        verdict((memory.growthPer1000 * memory.extraCalls) / 1000 < TARGET.growthTotalBytes && memory.logged === memory.callLogLimit),
      ],
    ],
  );
  console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
