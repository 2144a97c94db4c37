import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Clock } from "../../core/clock.ts";
import { silentLogger } from "../../core/log.ts";
import { type Caller, localAdmin } from "../../core/people/caller.ts";
import { type Config, loadConfig } from "../../server/config.ts";
import { buildServices, type Services } from "../../server/services.ts";

export interface TestWorkspace {
  dir: string;
  config: Config;
  services: Services;
  cleanup(): Promise<void>;
}

/** A real libSQL file in a fresh temp dir, with services built on it. */
export async function createTestWorkspace(
  env: Record<string, string> = {},
  options: { clock?: Clock } = {},
): Promise<TestWorkspace> {
  const dir = mkdtempSync(join(tmpdir(), "winnow-test-"));
  const config = loadConfig(
    {
      WINNOW_DATA_DIR: join(dir, "data"),
      WINNOW_IMPORT_ROOT: dir,
      WINNOW_AUTO_SEED: "0",
      // The demo loop seed step (server/seed/demo-loop.ts) is opt-in for tests: pass WINNOW_DEMO_LOOP: "1".
      WINNOW_DEMO_LOOP: "0",
      LOG_LEVEL: "error",
      ...env,
    },
    dir,
  );
  const services = await buildServices(config, {
    logger: silentLogger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    dir,
    config,
    services,
    async cleanup() {
      await services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Test context for invoking tools directly (the same path the MCP server and Slack agent use), as the local admin
 * unless a caller is given.
 */
export const toolContext = (services: Services, actor = "test", caller: Caller = localAdmin("test")) => ({
  services,
  caller,
  actor,
  progress: async () => {},
});
