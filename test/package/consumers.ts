/**
 * Consumer projects of the packed package, for consumers.test.ts: one folder with the tarball, both
 * runners and @types/node (which the SDK's own declarations need) installed as a user installs them, then, in turn, exactly one SDK client beside them
 * (npm prunes the previous one), and the templates of test/package/consumers/ type-checked by each
 * TypeScript version. npm uses its usual cache and prefers it to the registry, so a warm cache
 * needs no network.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const repoRoot = join(import.meta.dirname, "..", "..");
const templates = join(import.meta.dirname, "consumers");

/** A client as the templates use it: each `__key__` of a template is replaced by its value. */
export interface ConsumerClient {
  pkg: string;
  values: Record<string, string>;
}

export const CLIENTS: ConsumerClient[] = [
  {
    pkg: "@aws-sdk/client-dsql",
    values: { Client: "DSQLClient", ReadCommand: "ListClustersCommand", ReadOutputItem: "ClusterSummary", readMember: "clusters", inputMember: "maxResults", inputValue: "5", fixture: "dsql" },
  },
  {
    pkg: "@aws-sdk/client-rds",
    values: { Client: "RDSClient", ReadCommand: "DescribeDBClustersCommand", ReadOutputItem: "DBCluster", readMember: "DBClusters", inputMember: "MaxRecords", inputValue: "20", fixture: "rds" },
  },
  {
    pkg: "@aws-sdk/client-docdb-elastic",
    values: {
      Client: "DocDBElasticClient",
      ReadCommand: "ListClustersCommand",
      ReadOutputItem: "ClusterInList",
      readMember: "clusters",
      inputMember: "maxResults",
      inputValue: "20",
      fixture: "docdb",
      // The waiters aws-db-mock adds for this client are typed by it too.
      rootExtra: [
        'import type { GetClusterCommandInput } from "@aws-sdk/client-docdb-elastic";',
        'import { waitUntilElasticClusterActive } from "aws-db-mock";',
        "type WaiterParams = Parameters<typeof waitUntilElasticClusterActive>;",
        'expectType<Equal<WaiterParams[0]["client"], DocDBElasticClient>>(true);',
        "expectType<Equal<WaiterParams[1], GetClusterCommandInput>>(true);",
        'export const waited = () => waitUntilElasticClusterActive({ client, maxWaitTime: 60 }, { clusterArn: "arn" });',
      ].join("\n"),
    },
  },
];

const FIXTURE_NAMES = CLIENTS.map((client) => client.values.fixture);

/** The package's entries ("aws-db-mock", "aws-db-mock/vitest", ...), from package.json "exports". */
const EXPORTED = new Set(
  Object.keys(JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).exports)
    .filter((key) => key !== "./package.json")
    .map((key) => (key === "." ? "aws-db-mock" : `aws-db-mock/${key.slice(2)}`)),
);

/** The package's entries a source file imports. */
const importedEntries = (source: string): string[] => [...source.matchAll(/(?:from|import)\s+["'](aws-db-mock(?:\/[\w/-]+)?)["']/g)].map((match) => match[1]);

/** A TypeScript compiler the suite can run: its `tsc` script, from this repository's devDependencies. */
export interface Compiler {
  name: string;
  tsc: string;
}

export function compilers(): Compiler[] {
  return ["typescript", "typescript-6", "typescript-7"].map((pkg) => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "node_modules", pkg, "package.json"), "utf8"));
    return { name: `TypeScript ${version}`, tsc: join(repoRoot, "node_modules", pkg, "bin", "tsc") };
  });
}

/** The version of a package installed in this repository, so consumers get what the suite tests with. */
const installedVersion = (pkg: string): string => JSON.parse(readFileSync(join(repoRoot, "node_modules", pkg, "package.json"), "utf8")).version;

async function npm(args: string[], cwd: string): Promise<void> {
  await run("npm", [...args, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd, timeout: 180_000 });
}

export class ConsumerProject {
  private constructor(readonly dir: string) {}

  /** Packs this repository and installs the tarball and both runners in a fresh folder. */
  static async create(): Promise<ConsumerProject> {
    const dir = mkdtempSync(join(tmpdir(), "aws-db-mock-consumer-"));
    const { stdout } = await run("npm", ["pack", "--pack-destination", dir, "--silent"], { cwd: repoRoot, timeout: 120_000 });
    const tarball = join(dir, stdout.trim().split("\n").at(-1)!);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const runners = ["vitest", "@jest/globals", "@types/node"].map((pkg) => `${pkg}@${installedVersion(pkg)}`);
    await npm(["install", tarball, ...runners], dir);
    return new ConsumerProject(dir);
  }

  /**
   * Installs exactly this client (npm prunes a client installed before) and writes the sources: every
   * template whose `aws-db-mock` imports are all entries the package exports (so a template for an
   * entry still to come waits for it).
   */
  async useClient(client: ConsumerClient): Promise<string[]> {
    await npm(["install", "--no-save", `${client.pkg}@${installedVersion(client.pkg)}`], this.dir);
    const absent = FIXTURE_NAMES.filter((name) => name !== client.values.fixture);
    const values: Record<string, string> = {
      pkg: client.pkg,
      rootExtra: "",
      absentFixtures: absent.map((name) => `expectType<Equal<AwsDbMockFixtures["${name}"], never>>(true);`).join("\n"),
      ...client.values,
    };
    const files = readdirSync(templates).filter(
      (name) => name.endsWith(".ts") && name !== "type-checks.ts" && importedEntries(readFileSync(join(templates, name), "utf8")).every((entry) => EXPORTED.has(entry)),
    );
    for (const name of files) {
      const source = readFileSync(join(templates, name), "utf8").replace(/__(\w+)__/g, (whole, key: string) => values[key] ?? whole);
      writeFileSync(join(this.dir, name), source);
    }
    copyFileSync(join(templates, "type-checks.ts"), join(this.dir, "type-checks.ts"));
    const compilerOptions = {
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      target: "es2022",
      lib: ["es2022"],
      module: "nodenext",
      moduleResolution: "nodenext",
      types: ["node"],
    };
    writeFileSync(join(this.dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: [...files, "type-checks.ts"] }, null, 2));
    return files;
  }

  /** Type-checks the project: the compiler's errors, or "" when there are none. */
  async typecheck(compiler: Compiler): Promise<string> {
    try {
      await run(process.execPath, [compiler.tsc, "-p", this.dir], { cwd: this.dir, timeout: 180_000 });
      return "";
    } catch (error: any) {
      return String(error.stdout || error.stderr || error.message).trim();
    }
  }

  /** Lists the client packages installed in the project. */
  installedClients(): string[] {
    return readdirSync(join(this.dir, "node_modules", "@aws-sdk"))
      .filter((name) => CLIENTS.some((client) => client.pkg === `@aws-sdk/${name}`))
      .map((name) => `@aws-sdk/${name}`);
  }
}
