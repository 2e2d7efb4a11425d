/** The record of intercepted calls: a ring buffer, so a long suite does not grow memory without bound. */
export interface RecordedCall {
  /** Service key (`dsql`, `rds`, `docdb-elastic`) or, for another client, its client name. */
  service: string;
  /** Command name without the suffix: `CreateCluster`. */
  command: string;
  region: string;
  accountId: string;
  /** The input object the caller passed (by reference). */
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
  error?: Error;
  /** Virtual time of the call. */
  time: Date;
  /** The SDK client that sent it (set by `backend.attach`; matchers filter a client's calls by it). */
  client?: object;
  /** The command's constructor (`CreateClusterCommand`): tells apart same-named commands of two services. */
  commandType?: abstract new (...args: any[]) => unknown;
  /** Which attempt of the SDK call this was, 1 first (above 1 only with `retries`). */
  attempt?: number;
}

export class CallLog {
  private items: RecordedCall[] = [];
  /** Each item's time in epoch ms, same index: the `Date` is made only when `all()` hands it out. */
  private times: number[] = [];
  private start = 0;

  constructor(private readonly limit: number) {}

  /** Records `call` (its `time` filled in from `time` later, by `all()`). */
  push(call: RecordedCall, time: number): void {
    if (this.limit <= 0) return;
    if (this.items.length < this.limit) {
      this.items.push(call);
      this.times.push(time);
      return;
    }
    this.items[this.start] = call;
    this.times[this.start] = time;
    this.start = (this.start + 1) % this.limit;
  }

  /** Oldest first. */
  all(): RecordedCall[] {
    const { items, times } = this;
    for (let i = 0; i < items.length; i++) if (items[i].time === undefined) items[i].time = new Date(times[i]);
    return this.start === 0 ? items.slice() : [...items.slice(this.start), ...items.slice(0, this.start)];
  }

  clear(): void {
    this.items = [];
    this.times = [];
    this.start = 0;
  }
}
