/**
 * The backend's clock. `virtual` (the default) moves only when the test says so; `system` follows
 * `Date.now()` (so fake timers drive it) plus whatever `advance`/`set` added. Scheduled tasks are
 * data (JSON-safe) and run in time order through a runner the backend supplies.
 */
export type ClockMode = "virtual" | "system";

export interface ScheduledTask<P = unknown> {
  at: number;
  seq: number;
  /** One pending task per key: scheduling a key again replaces its task. */
  key: string;
  payload: P;
}

export interface ClockState {
  mode: ClockMode;
  /** Virtual time, or the offset from `Date.now()` in `system` mode. */
  time: number;
  seq: number;
  tasks: ScheduledTask[];
}

export class Clock {
  private time: number;
  private seq = 0;
  private tasks: ScheduledTask[] = [];
  private running = false;
  /** Set by the backend: applies one task's payload to state. */
  runner: (task: ScheduledTask) => void = () => {};

  constructor(
    readonly mode: ClockMode = "virtual",
    start: number = Date.now(),
  ) {
    this.time = mode === "system" ? start - Date.now() : start;
  }

  /** Current time in epoch milliseconds. */
  now(): number {
    return this.mode === "system" ? Date.now() + this.time : this.time;
  }

  /** Current time as a Date. */
  date(): Date {
    return new Date(this.now());
  }

  /** Move forward by `ms`, running every task that falls due, each at its own time. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`clock.advance(ms) needs a number of milliseconds >= 0, got ${ms}`);
    const target = this.now() + ms;
    this.drain(target);
    this.moveTo(target);
  }

  /** Jump to a point in time (either direction), running what falls due on the way. */
  set(date: Date | number): void {
    const target = typeof date === "number" ? date : date.getTime();
    if (!Number.isFinite(target)) throw new RangeError("clock.set(date) needs a valid Date or epoch milliseconds");
    if (target > this.now()) this.drain(target);
    this.moveTo(target);
  }

  /** Run every task that is due now. Called before each intercepted call. */
  runDue(): void {
    if (this.tasks.length > 0 && this.tasks[0].at <= this.now()) this.drain(this.now());
  }

  /** Advance until nothing is scheduled: every pending transition settles. */
  runAll(): void {
    for (let guard = 0; this.tasks.length > 0 && guard < 10_000; guard++) {
      this.advance(Math.max(0, this.tasks[this.tasks.length - 1].at - this.now()));
    }
  }

  /** Tasks not yet run, soonest first. */
  pending(): readonly ScheduledTask[] {
    return this.tasks;
  }

  schedule(key: string, delayMs: number, payload: unknown): void {
    this.cancel(key);
    const task: ScheduledTask = { at: this.now() + delayMs, seq: this.seq++, key, payload };
    // Keep the queue sorted by (at, seq): binary search for the insertion point.
    let lo = 0;
    let hi = this.tasks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tasks[mid].at <= task.at) lo = mid + 1;
      else hi = mid;
    }
    this.tasks.splice(lo, 0, task);
  }

  cancel(key: string): void {
    const i = this.tasks.findIndex((t) => t.key === key);
    if (i >= 0) this.tasks.splice(i, 1);
  }

  find(key: string): ScheduledTask | undefined {
    return this.tasks.find((t) => t.key === key);
  }

  dump(): ClockState {
    return { mode: this.mode, time: this.time, seq: this.seq, tasks: structuredClone(this.tasks) };
  }

  load(state: ClockState): void {
    this.time = state.mode === this.mode ? state.time : state.mode === "system" ? Date.now() + state.time : state.time - Date.now();
    this.seq = state.seq;
    this.tasks = structuredClone(state.tasks);
  }

  clear(): void {
    this.tasks = [];
  }

  private moveTo(target: number): void {
    this.time = this.mode === "system" ? target - Date.now() : target;
  }

  private drain(until: number): void {
    if (this.running) return; // a task's runner never re-enters the queue it is being run from
    this.running = true;
    try {
      while (this.tasks.length > 0 && this.tasks[0].at <= until) {
        const task = this.tasks.shift()!;
        if (task.at > this.now()) this.moveTo(task.at);
        this.runner(task);
      }
    } finally {
      this.running = false;
    }
  }
}
