/**
 * The runner-neutral test context behind the fixtures: a fresh backend and, on first use, SDK clients
 * attached to it in one Region. The SDK clients are optional peers: a client whose package is not
 * installed is only an error when a test asks for it.
 */
// Through ../optional-clients.ts: each SDK client is an optional peer (`never` when missing).
import type { DocDBElasticClient, DSQLClient, RDSClient } from "../optional-clients.js";
import type { ServiceIdentity } from "../core/service-identity.js";
import { serviceIdentities, type FixtureName } from "../services/identities.js";
import { createMockBackend, enterBackend, type BackendState, type ClientClass, type MockBackend, type MockBackendOptions } from "../index.js";

/**
 * Intercept by class: `'classes'` for every installed client class of the three services, or a list of
 * client classes (`[RDSClient]`). Reaches clients the code under test makes itself (a Lambda handler's
 * module-level client); each test's calls go to that test's backend, concurrent tests included.
 */
export type InterceptOption = false | "classes" | readonly ClientClass[];

export interface MockContextOptions {
  /** Region of the clients (default `'us-east-1'`). */
  region?: string;
  /** Options of the backend (`seed`, `lifecycle`, `retries`, `quotas`, ...). */
  backend?: MockBackendOptions;
  /** Merged into every client's configuration: `{ maxAttempts: 5 }`. */
  clientConfig?: Record<string, unknown>;
  /** State to start from: what `backend.dump()` produced (a fixture file, say); a function is called per test. */
  state?: BackendState | (() => BackendState);
  /** Also intercept client classes for the test (default `false`: only the context's own clients). */
  intercept?: InterceptOption;
}

/** The clients a context offers, by fixture name. */
export interface MockClients {
  dsql: DSQLClient;
  rds: RDSClient;
  docdb: DocDBElasticClient;
}

export type ClientKind = keyof MockClients;

type SdkModule = Record<string, unknown>;
export type SdkModules = Partial<Record<ClientKind, SdkModule>>;

// The fixture names are public API: MockClients must name exactly the services' fixtures (else this fails to compile).
const _sameFixtures: [ClientKind, FixtureName] extends [FixtureName, ClientKind] ? true : never = true;

/** Each client fixture's service identity (SDK package, client class name, loader), by fixture name. */
const SDK = Object.fromEntries(serviceIdentities.map((identity) => [identity.fixture, identity])) as Record<ClientKind, ServiceIdentity>;

export const CLIENT_KINDS: ClientKind[] = serviceIdentities.map((identity) => identity.fixture);

function notInstalled(kind: ClientKind, cause?: unknown): Error {
  const pkg = SDK[kind].sdkPackage;
  return new Error(`aws-db-mock: the \`${kind}\` client needs ${pkg}; install it (npm install --save-dev ${pkg})`, { cause });
}

/** Loads one SDK client package from the user's install, or says which one to install. */
export async function loadSdk(kind: ClientKind): Promise<SdkModule> {
  try {
    return await SDK[kind].loadSdk();
  } catch (cause) {
    throw notInstalled(kind, cause);
  }
}

/** Every SDK client package that is installed (the missing ones are left out). */
export async function loadInstalledSdks(): Promise<SdkModules> {
  const loaded = await Promise.all(CLIENT_KINDS.map((kind) => SDK[kind].loadSdk().then((m) => [kind, m] as const, () => undefined)));
  return Object.fromEntries(loaded.filter((e) => e !== undefined));
}

export function newBackend(options: MockContextOptions, defaultSeed?: string): MockBackend {
  const backend = createMockBackend({ seed: defaultSeed, ...options.backend });
  const state = typeof options.state === "function" ? options.state() : options.state;
  if (state) backend.load(state);
  return backend;
}

/** The client classes `intercept` names, from the installed SDK modules. */
export function interceptedClasses(intercept: InterceptOption | undefined, modules: SdkModules): ClientClass[] {
  if (!intercept) return [];
  if (intercept !== "classes") return [...intercept];
  return CLIENT_KINDS.map((kind) => modules[kind]?.[SDK[kind].clientName] as ClientClass | undefined).filter((c) => c !== undefined);
}

/**
 * Attaches the classes `intercept` names to the backend and routes the rest of the current async flow
 * (the test) to it, so concurrent tests sharing a module-level client each reach their own backend.
 */
export function interceptClasses(backend: MockBackend, intercept: InterceptOption | undefined, modules: SdkModules): void {
  const classes = interceptedClasses(intercept, modules);
  if (classes.length === 0) return;
  enterBackend(backend);
  for (const Class of classes) backend.attach(Class);
}

/** Timed backends follow waiters in the fixtures unless `waiterTime: false`: returns the undo. */
export async function followWaitersByDefault(backend: MockBackend): Promise<() => void> {
  const wanted = backend.options.waiterTime ?? backend.lifecycle === "timed";
  return wanted ? backend.followWaiters() : () => {};
}

/** Builds a client of `kind` from its module and attaches it to the backend. */
export function attachedClient<K extends ClientKind>(kind: K, module: SdkModule | undefined, backend: MockBackend, options: MockContextOptions): MockClients[K] {
  if (!module) throw notInstalled(kind);
  const Client = module[SDK[kind].clientName] as new (config: Record<string, unknown>) => MockClients[K];
  return backend.attach(new Client({ region: options.region ?? "us-east-1", ...options.clientConfig }) as any) as MockClients[K];
}

/** Undoes `attachedClient`: the client stops being intercepted and lets go of its resources. */
export function releaseClient(backend: MockBackend, client: unknown): void {
  backend.detach(client as any);
  (client as { destroy?: () => void }).destroy?.();
}

/** One test's world: its backend, and clients made on first use. `dispose()` detaches them. */
export class MockContext implements MockClients {
  readonly backend: MockBackend;
  readonly region: string;
  private readonly made = new Map<ClientKind, unknown>();
  private disposed = false;
  private stopFollowing: () => void = () => {};

  constructor(
    private readonly options: MockContextOptions,
    private readonly modules: SdkModules,
    defaultSeed?: string,
  ) {
    this.backend = newBackend(options, defaultSeed);
    this.region = options.region ?? "us-east-1";
    interceptClasses(this.backend, options.intercept, modules);
  }

  /** Runs `fn` with class-intercepted calls answered by this context's backend (for `test.concurrent` in jest). */
  run<T>(fn: () => T): T {
    return this.backend.run(fn);
  }

  /** Makes a `timed` backend follow waiters (unless `waiterTime: false`); `dispose()` undoes it. */
  async start(): Promise<this> {
    this.stopFollowing = await followWaitersByDefault(this.backend);
    return this;
  }

  client<K extends ClientKind>(kind: K): MockClients[K] {
    if (this.disposed) throw new Error(`aws-db-mock: this test's context was disposed; its \`${kind}\` client is gone`);
    let client = this.made.get(kind) as MockClients[K] | undefined;
    if (!client) {
      client = attachedClient(kind, this.modules[kind], this.backend, this.options);
      this.made.set(kind, client);
    }
    return client;
  }

  get dsql(): DSQLClient {
    return this.client("dsql");
  }

  get rds(): RDSClient {
    return this.client("rds");
  }

  get docdb(): DocDBElasticClient {
    return this.client("docdb");
  }

  dispose(): void {
    this.disposed = true;
    this.stopFollowing();
    for (const client of this.made.values()) releaseClient(this.backend, client);
    this.made.clear();
    this.backend.detach();
    this.backend.reset();
  }
}

/** A context for one test, built with `await` (for concurrent tests, where shared hooks cannot help). */
export async function createMockContext(options: MockContextOptions = {}): Promise<MockContext> {
  return new MockContext(options, await loadInstalledSdks()).start();
}
