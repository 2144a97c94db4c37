#!/usr/bin/env node
// Entry for the `winnow` command: sizes libuv's thread pool (see threadpool.cjs), then runs the TypeScript CLI
// through tsx, so there is no build step.
require("./threadpool.cjs");

(async () => {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../server/cli.ts");
})();
