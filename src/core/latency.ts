/**
 * A simulated delay as the SDK's request handler lives it. While the answer is late, the call's
 * `abortSignal` rejects it with the handler's `AbortError`, and the client's `requestHandler` timeouts
 * reject it with the handler's `TimeoutError` (shapes and messages of @smithy/node-http-handler 4.x:
 * `buildAbortError`, `setRequestTimeout`, `setSocketTimeout`). A rejected call never reaches the
 * simulation, so it changes no state. The delay is real time (`setTimeout`), so fake timers drive it.
 */

/** The request handler settings that bear on a late answer. */
interface HandlerTimeouts {
  requestTimeout?: number;
  throwOnRequestTimeout?: boolean;
  socketTimeout?: number;
  defaultSocketTimeout?: number;
  logger?: { warn?: (message: string) => void };
}

/** The `AbortError` the handler rejects with (`buildAbortError` of @smithy/node-http-handler). */
export function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  const error = new Error(reason && !(reason instanceof Error) ? String(reason) : "Request aborted");
  error.name = "AbortError";
  if (reason instanceof Error) (error as Error & { cause?: unknown }).cause = reason;
  return error;
}

/** Reads the client's request handler settings (the Node handler resolves them lazily). */
async function handlerTimeouts(client: object | undefined): Promise<HandlerTimeouts> {
  const handler = (client as { config?: { requestHandler?: any } } | undefined)?.config?.requestHandler;
  if (!handler || typeof handler !== "object") return {};
  try {
    return ((await handler.configProvider) ?? handler.config ?? {}) as HandlerTimeouts;
  } catch {
    return {};
  }
}

interface Deadline {
  at: number;
  /** Undefined: the handler only warns (requestTimeout without throwOnRequestTimeout). */
  error?: () => Error;
  warn?: string;
}

/** What happens before `ms` pass, earliest first. */
function deadlines(t: HandlerTimeouts, ms: number): Deadline[] {
  const out: Deadline[] = [];
  const positive = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n > 0;
  const socket = t.socketTimeout === undefined ? t.defaultSocketTimeout : t.socketTimeout;
  if (positive(socket) && socket < ms) {
    const origin = t.socketTimeout === undefined ? "service default socket timeout" : "configured by client requestHandler";
    const message = `@smithy/node-http-handler - the request socket timed out after ${socket} ms of inactivity (${origin}).`;
    out.push({ at: socket, error: () => Object.assign(new Error(message), { name: "TimeoutError" }) });
  }
  if (positive(t.requestTimeout) && t.requestTimeout < ms) {
    const level = t.throwOnRequestTimeout ? "ERROR" : "WARN";
    const message = `@smithy/node-http-handler - [${level}] a request has exceeded the configured ${t.requestTimeout} ms requestTimeout.`;
    if (t.throwOnRequestTimeout) out.push({ at: t.requestTimeout, error: () => Object.assign(new Error(message), { name: "TimeoutError", code: "ETIMEDOUT" }) });
    else out.push({ at: t.requestTimeout, warn: `${message} Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.` });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Waits `ms` (real time), or rejects as the request handler would when the caller aborts or a timeout passes. */
export function simulatedLatency(ms: number, abortSignal: AbortSignal | undefined, client: object | undefined): Promise<void> {
  if (abortSignal?.aborted) return Promise.reject(abortError(abortSignal));
  return new Promise<void>((resolve, reject) => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      for (const t of timers) clearTimeout(t);
      abortSignal?.removeEventListener("abort", onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => finish(abortError(abortSignal));
    abortSignal?.addEventListener("abort", onAbort, { once: true });
    // The answer's own delay starts now; the handler's timeouts join as soon as its settings are read.
    const started = Date.now();
    timers.push(setTimeout(() => finish(), ms));
    if (!client) return;
    void handlerTimeouts(client).then((settings) => {
      if (done) return;
      for (const d of deadlines(settings, ms)) {
        const fire = () => (d.error ? finish(d.error()) : (settings.logger ?? console).warn?.(d.warn!));
        timers.push(setTimeout(fire, Math.max(0, d.at - (Date.now() - started))));
      }
    });
  });
}
