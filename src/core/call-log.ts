/** The record of intercepted calls: a ring buffer, so a long suite does not grow memory without bound. */
export interface RecordedCall<I extends object = Record<string, any>, O extends object = Record<string, any>> {
  /** Service key (`dsql`, `rds`, `docdb-elastic`) or, for another client, its client name. */
  service: string;
  /** Command name without the suffix: `CreateCluster` (`commandType` or `service` tell two services' apart). */
  command: string;
  region: string;
  accountId: string;
  /**
   * A copy of the input as it was sent: later changes by the caller (a paginator moving its token
   * along, say) do not reach the record.
   */
  input: I;
  /** The answer the caller got (its own object), or the error it got. */
  output?: O;
  error?: Error;
  /** Virtual time of the call. */
  time: Date;
  /** The SDK client that sent it (set by `backend.attach`; matchers filter a client's calls by it). */
  client?: object;
  /** The command's constructor (`CreateClusterCommand`): tells apart same-named commands of two services. */
  commandType?: abstract new (...args: any[]) => unknown;
  /** Which attempt of the SDK call this was: 1 first, above 1 for the client's retries. */
  attempt?: number;
}

/**
 * A deep copy of an input, cheap for the plain data SDK inputs are (objects, arrays, Dates); anything
 * else (a Uint8Array, a stream) goes through `structuredClone`, or is kept as is where it cannot be.
 */
export function copyOfInput<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== "object") return value;
  if (depth > 64) return value; // a cycle: inputs the SDK serialises have none
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyOfInput(value[i], depth + 1);
    return out as T;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const v = copyOfInput((value as Record<string, unknown>)[k], depth + 1);
      if (k === "__proto__") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      else out[k] = v;
    }
    return out as T;
  }
  if (value instanceof Date) return new Date(value.getTime()) as T;
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
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
