import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "core/**/*.test.ts",
      "db/**/*.test.ts",
      "tools/**/*.test.ts",
      "server/**/*.test.ts",
      "agents/**/*.test.ts",
      "slack-app/**/*.test.ts",
      "connectors/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
