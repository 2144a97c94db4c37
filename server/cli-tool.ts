/**
 * The CLI's one way to run an MCP tool: open the workspace, call the tool as actor "cli", print its text (or its
 * structured result with --json) and close. A tool error is thrown, so the CLI exits 2 with the tool's message.
 * Modules load when a command runs, so --help stays fast.
 */
export async function runTool(
  name: string,
  args: Record<string, unknown>,
  json?: boolean,
  /** Settings this one command needs otherwise, e.g. `winnow ingest` reading a file where the user keeps it. */
  overrides?: { importRoot?: string },
) {
  const [{ loadConfig }, { buildServices }, { invokeTool }, { findTool }] = await Promise.all([
    import("./config.ts"),
    import("./services.ts"),
    import("../tools/define.ts"),
    import("../tools/index.ts"),
  ]);
  const services = await buildServices({ ...loadConfig(), ...overrides });
  try {
    const outcome = await invokeTool(findTool(name)!, args, { services, actor: "cli", progress: async () => {} });
    if (outcome.isError) throw outcome.error;
    process.stdout.write(`${json ? JSON.stringify(outcome.structured, null, 2) : outcome.text}\n`);
  } finally {
    await services.close();
  }
}
