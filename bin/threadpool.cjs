// libuv's thread pool runs every sharp pipeline and every file read and write. Its default of 4 threads lets four
// image pipelines hold it while the file reads and writes of the next adds queue behind them, so an import leaves
// the CPU idle; 16 (or 4 per core) keeps it busy, as each decode slot (core/media/image.ts) can hold two threads.
// libuv reads this once, when the pool starts, and an ES module entry is itself read through the pool, which is why
// the entries are CommonJS files that set it first. A value set in the environment wins.
const { availableParallelism } = require("node:os");

process.env.UV_THREADPOOL_SIZE ??= String(Math.max(16, 4 * availableParallelism()));
