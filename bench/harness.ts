/**
 * A small timing harness: each variant is warmed up and calibrated to a batch size that lasts about
 * `roundMs`, then the variants' rounds are interleaved (a, b, c, a, b, c, ...) so that drift in the
 * machine's speed or in the heap affects them alike. The figure is the median round, in µs per call.
 */
export type Task = () => Promise<unknown> | unknown;

export interface HarnessOptions {
  /** Time spent running each variant before measuring (JIT, caches, first-call work). */
  warmupMs: number;
  /** Measured rounds per variant; the median is reported. */
  rounds: number;
  /** Target duration of one round. */
  roundMs: number;
}

export const DEFAULT_OPTIONS: HarnessOptions = { warmupMs: 150, rounds: 7, roundMs: 70 };
export const QUICK_OPTIONS: HarnessOptions = { warmupMs: 50, rounds: 3, roundMs: 25 };

export interface Measurement {
  /** Median µs per call. */
  us: number;
  /** Fastest and slowest round, µs per call: how noisy the figure is. */
  min: number;
  max: number;
  /** Calls per round. */
  batch: number;
  /** Every round's µs per call, in the order run (round i of each variant ran back to back). */
  rounds: number[];
}

const nowNs = () => process.hrtime.bigint();

async function runBatch(task: Task, n: number): Promise<number> {
  const start = nowNs();
  for (let i = 0; i < n; i++) await task();
  return Number(nowNs() - start) / 1000 / n;
}

/** Runs `task` for about `ms`; returns an estimate of µs per call. */
async function warmup(task: Task, ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  let calls = 0;
  const start = nowNs();
  do {
    for (let i = 0; i < 10; i++) await task();
    calls += 10;
  } while (Date.now() < deadline);
  return Number(nowNs() - start) / 1000 / calls;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Measures every variant with interleaved rounds; returns the measurements by variant name. */
export async function compare<K extends string>(variants: Record<K, Task>, options: HarnessOptions = DEFAULT_OPTIONS): Promise<Record<K, Measurement>> {
  const names = Object.keys(variants) as K[];
  const batches = {} as Record<K, number>;
  for (const name of names) {
    const estimate = await warmup(variants[name], options.warmupMs);
    batches[name] = Math.max(10, Math.round((options.roundMs * 1000) / Math.max(estimate, 0.01)));
  }
  const rounds = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < options.rounds; r++) {
    for (const name of names) rounds[name].push(await runBatch(variants[name], batches[name]));
  }
  const result = {} as Record<K, Measurement>;
  for (const name of names) {
    const values = rounds[name];
    result[name] = { us: median(values), min: Math.min(...values), max: Math.max(...values), batch: batches[name], rounds: values };
  }
  return result;
}

/**
 * The median of round-by-round ratios a/b. Round i of both variants ran back to back, so a burst of
 * load elsewhere on the machine inflates both sides of a ratio alike: steadier than median(a)/median(b).
 */
export function pairedRatio(a: Measurement, b: Measurement): number {
  return median(a.rounds.map((value, i) => value / b.rounds[i]));
}

/** The median of round-by-round differences a - b (µs per call), steadied the same way. */
export function pairedDiff(a: Measurement, b: Measurement): number {
  return median(a.rounds.map((value, i) => value - b.rounds[i]));
}
