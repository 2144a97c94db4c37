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
  /** Turns the tool's result into what is printed (e.g. after writing it to a file); default: its text. */
  render?: (structured: Record<string, unknown>) => string | Promise<string>,
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
    const shown = json
      ? JSON.stringify(outcome.structured, null, 2)
      : render
        ? await render(outcome.structured ?? {})
        : outcome.text;
    process.stdout.write(`${shown}\n`);
  } finally {
    await services.close();
  }
}
