/**
 * Scale: a backend holding 100, 1,000 and 10,000 RDS DB clusters, DSQL clusters and DocumentDB
 * Elastic cluster snapshots. For each size: the time of one paginated page (the first, and the last
 * one reached through its token), which should not grow with the total, and the heap each resource
 * holds. State is built through the SDK (quotas lifted), as a user's test would build it.
 *
 *   npx tsx bench/scale.ts [--markdown] [--quick]   (10,000 included unless --quick)
 *   from bench/run.ts: `npm run bench` measures 100 and 1,000; `npm run bench -- --scale-10k` adds 10,000.
 */
import "./guard.js";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { pathToFileURL } from "node:url";
import { CreateClusterCommand as CreateDsqlCluster, DSQLClient, ListClustersCommand as ListDsqlClusters } from "@aws-sdk/client-dsql";
import { CreateDBClusterCommand, DescribeDBClustersCommand, RDSClient } from "@aws-sdk/client-rds";
import {
  CreateClusterCommand as CreateDocdbCluster,
  CreateClusterSnapshotCommand,
  DocDBElasticClient,
  ListClusterSnapshotsCommand,
} from "@aws-sdk/client-docdb-elastic";
import { createMockBackend, type MockBackend } from "../src/index.js";
import { services } from "../src/services/registry.js";
import { renderTable, type Row } from "./table.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const REGION = "us-east-1";
/** Page size: 20 is the smallest every one of the three APIs accepts (RDS MaxRecords 20-100). */
const PAGE = 20;

interface Kind {
  name: string;
  /** Makes what `create` needs (a DocDB cluster for snapshots). */
  prepare(backend: MockBackend): Promise<(i: number) => Promise<unknown>>;
  /** One page: the first (no token) or the one `token` points at. Returns the next token. */
  page(backend: MockBackend, token?: string): Promise<string | undefined>;
}

const clients = new WeakMap<MockBackend, { dsql: DSQLClient; rds: RDSClient; docdb: DocDBElasticClient }>();
function c(backend: MockBackend) {
  let found = clients.get(backend);
  if (!found) {
    found = {
      dsql: backend.attach(new DSQLClient({ region: REGION })),
      rds: backend.attach(new RDSClient({ region: REGION })),
      docdb: backend.attach(new DocDBElasticClient({ region: REGION })),
    };
    clients.set(backend, found);
  }
  return found;
}

const KINDS: Kind[] = [
  {
    name: "RDS DB clusters (DescribeDBClusters)",
    prepare: async (b) => (i) =>
      c(b).rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: `scale-${i}`, Engine: "aurora-mysql", MasterUsername: "dbadmin", MasterUserPassword: "password-123" })),
    page: async (b, token) => (await c(b).rds.send(new DescribeDBClustersCommand({ MaxRecords: PAGE, Marker: token }))).Marker,
  },
  {
    name: "DSQL clusters (ListClusters)",
    prepare: async (b) => () => c(b).dsql.send(new CreateDsqlCluster({ deletionProtectionEnabled: false })),
    page: async (b, token) => (await c(b).dsql.send(new ListDsqlClusters({ maxResults: PAGE, nextToken: token }))).nextToken,
  },
  {
    name: "DocDB Elastic snapshots (ListClusterSnapshots)",
    prepare: async (b) => {
      const out = await c(b).docdb.send(
        new CreateDocdbCluster({ clusterName: "scale", authType: "PLAIN_TEXT", adminUserName: "dbadmin", adminUserPassword: "password-123", shardCapacity: 2, shardCount: 1 }),
      );
      const clusterArn = out.cluster!.clusterArn!;
      return (i) => c(b).docdb.send(new CreateClusterSnapshotCommand({ clusterArn, snapshotName: `scale-${i}` }));
    },
    page: async (b, token) => (await c(b).docdb.send(new ListClusterSnapshotsCommand({ maxResults: PAGE, nextToken: token }))).nextToken,
  },
];

/** Every quota of every service lifted: the figures are about size, not limits. */
function unlimited(): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.values(services).map((s) => [s.key, Object.fromEntries(Object.keys(s.quotas ?? {}).map((q) => [q, 1e9]))]));
}

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function medianUs(fn: () => Promise<unknown>, rounds: number): Promise<number> {
  for (let i = 0; i < 10; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    times.push((performance.now() - t) * 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export interface ScaleFigures {
  kind: string;
  size: number;
  /** Median time of the first page, µs. */
  firstPageUs: number;
  /** Median time of the last page (reached through its token), µs. */
  lastPageUs: number;
  /** Mean time of one create while growing to `size`, µs. */
  createUs: number;
  /** Heap held per resource at this size, bytes. */
  heapPerResource: number;
  /** `JSON.stringify(backend.dump())` bytes per resource. */
  dumpPerResource: number;
}

export async function measureScale(sizes: readonly number[] = [100, 1_000, 10_000], rounds = 100): Promise<ScaleFigures[]> {
  const figures: ScaleFigures[] = [];
  for (const kind of KINDS) figures.push(...(await measureKind(kind, sizes, rounds)));
  return figures;
}

async function measureKind(kind: Kind, sizes: readonly number[], rounds: number): Promise<ScaleFigures[]> {
  const figures: ScaleFigures[] = [];
  {
    const backend = createMockBackend({ seed: 1, callLogLimit: 0, quotas: unlimited() });
    const create = await kind.prepare(backend);
    await kind.page(backend); // first-call work (world, SDK module) out of the figures
    const baseHeap = heapAfterGc();
    const baseDump = JSON.stringify(backend.dump()).length;
    let made = 0;
    for (const size of sizes) {
      const started = performance.now();
      const from = made;
      while (made < size) await create(made++);
      const createUs = ((performance.now() - started) * 1000) / Math.max(1, made - from);
      await kind.page(backend); // settle what the creates started (instant lifecycle)
      const heapPerResource = (heapAfterGc() - baseHeap) / size;
      const dumpPerResource = (JSON.stringify(backend.dump()).length - baseDump) / size;
      let last: string | undefined;
      for (let token = await kind.page(backend); token !== undefined; token = await kind.page(backend, token)) last = token;
      figures.push({
        kind: kind.name,
        size,
        firstPageUs: await medianUs(() => kind.page(backend), rounds),
        lastPageUs: last === undefined ? Number.NaN : await medianUs(() => kind.page(backend, last), rounds),
        createUs,
        heapPerResource,
        dumpPerResource,
      });
    }
    backend.reset(); // release the state before the next kind measures its heap
  }
  return figures;
}

const fmt = (n: number) => (Number.isNaN(n) ? "-" : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const bytes = (n: number) => `${Math.round(n)} B`;

/** The sizes `npm run bench` measures by default; `--scale-10k` (or `BENCH_SCALE_10K=1`) adds 10,000. */
export const DEFAULT_SIZES: readonly number[] = [100, 1_000];
export const FULL_SIZES: readonly number[] = [100, 1_000, 10_000];

/**
 * Measures and prints the scale table (a page of 20 at each size). `growth` is the last page's time
 * against the same kind's smallest size: about 1× when a page costs the same however many resources exist.
 */
export async function runScaleBench(options: { markdown?: boolean; sizes?: readonly number[]; rounds?: number } = {}): Promise<ScaleFigures[]> {
  const rounds = options.rounds ?? 100;
  const figures = await measureScale(options.sizes ?? FULL_SIZES, rounds);
  const headers: Row = ["resources", "total", "first page µs", "last page µs", "growth", "create µs", "heap / resource", "dump / resource"];
  const smallest = new Map<string, number>();
  for (const f of figures) if (!smallest.has(f.kind)) smallest.set(f.kind, f.lastPageUs);
  const rows: Row[] = figures.map((f) => [
    f.kind,
    f.size.toLocaleString("en-US"),
    fmt(f.firstPageUs),
    fmt(f.lastPageUs),
    `${(f.lastPageUs / smallest.get(f.kind)!).toFixed(1)}×`,
    fmt(f.createUs),
    bytes(f.heapPerResource),
    bytes(f.dumpPerResource),
  ]);
  console.log(`\n${options.markdown ? "### " : ""}Scale: one page of ${PAGE} as the backend grows (median of ${rounds} calls; heap measured after gc)\n`);
  console.log(renderTable(headers, rows, options.markdown ?? false));
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  runScaleBench({ markdown: process.argv.includes("--markdown"), sizes: process.argv.includes("--quick") ? DEFAULT_SIZES : FULL_SIZES }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
