#!/usr/bin/env node
// Runs a TypeScript file (benchmarks, scripts) through tsx: `node bin/run-ts.cjs bench/foundation.ts`, with the
// thread pool sized as the `winnow` command sizes it (see threadpool.cjs).
require("./threadpool.cjs");
const { resolve } = require("node:path");
const { pathToFileURL } = require("node:url");

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node bin/run-ts.cjs <file.ts> [args...]\n");
  process.exit(2);
}
process.argv.splice(1, 1);
(async () => {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(resolve(file)).href);
})();
