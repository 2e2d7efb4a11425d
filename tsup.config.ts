import { defineConfig, type Options } from "tsup";

// In CommonJS output, load the optional SDK peers with require(): a dynamic import() inside CJS
// needs --experimental-vm-modules under jest.
const cjsRequiresPeers: Options["esbuildOptions"] = (options, context) => {
  if (context.format === "cjs") options.supported = { ...options.supported, "dynamic-import": false };
};

// The SDK clients are peers: always external, so the exception classes the mock throws are the
// very classes the user's code imports. The testing entries import the root entry as an external
// (`aws-db-mock`), so one backend module exists however the package is loaded.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    sourcemap: true,
    clean: true,
    target: "node18",
    splitting: false,
    external: [/^@aws-sdk\//, /^@smithy\//],
    esbuildOptions: cjsRequiresPeers,
  },
  {
    entry: { "testing/vitest": "src/testing/vitest.ts", "testing/jest": "src/testing/jest.ts" },
    format: ["esm", "cjs"],
    sourcemap: true,
    target: "node18",
    splitting: false,
    external: [/^@aws-sdk\//, /^@smithy\//, "aws-db-mock", "vitest", "@jest/globals", "jest"],
    // The fixtures load the SDK clients lazily too: jest runs the CommonJS build without vm modules.
    esbuildOptions: cjsRequiresPeers,
    esbuildPlugins: [
      {
        // Imports of the root entry from src/testing resolve to the published root entry.
        name: "root-entry-external",
        setup(build) {
          build.onResolve({ filter: /^\.\.\/index(\.js)?$/ }, () => ({ path: "aws-db-mock", external: true }));
        },
      },
    ],
  },
  {
    // aws-sdk-client-mock's API: the root entry is external as above, and the runner entries import the
    // client-mock entry as an external too, so one AwsStub class exists.
    entry: {
      "client-mock/index": "src/client-mock/index.ts",
      "client-mock/vitest": "src/client-mock/vitest.ts",
      "client-mock/jest": "src/client-mock/jest.ts",
    },
    format: ["esm", "cjs"],
    sourcemap: true,
    target: "node18",
    splitting: false,
    external: [/^@aws-sdk\//, /^@smithy\//, "aws-db-mock", "aws-db-mock/client-mock", "vitest", "@jest/globals", "jest"],
    esbuildOptions: cjsRequiresPeers,
    esbuildPlugins: [
      {
        name: "entries-external",
        setup(build) {
          build.onResolve({ filter: /^\.\.\/index(\.js)?$/ }, () => ({ path: "aws-db-mock", external: true }));
          build.onResolve({ filter: /^\.\/index(\.js)?$/ }, (args) =>
            args.importer.includes("client-mock") ? { path: "aws-db-mock/client-mock", external: true } : undefined,
          );
        },
      },
    ],
  },
  {
    // Declarations for all entries in one pass: the root and the testing entries then share one
    // declaration of MockBackend (and every other type), so a backend from `aws-db-mock/vitest` is the
    // root's MockBackend to the type checker too.
    entry: {
      index: "src/index.ts",
      "testing/vitest": "src/testing/vitest.ts",
      "testing/jest": "src/testing/jest.ts",
      "client-mock/index": "src/client-mock/index.ts",
      "client-mock/vitest": "src/client-mock/vitest.ts",
      "client-mock/jest": "src/client-mock/jest.ts",
    },
    format: ["esm", "cjs"],
    dts: { only: true },
    external: [/^@aws-sdk\//, /^@smithy\//, "vitest", "@jest/globals", "jest"],
  },
]);
