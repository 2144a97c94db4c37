import { WinnowError } from "../core/errors.ts";
import { type Caller, localAdmin } from "../core/people/caller.ts";
import type { Config } from "./config.ts";
import type { Services } from "./services.ts";

/**
 * The CLI's one way to run an MCP tool: open the workspace, call the tool, print its text (or its structured result
 * with --json) and close. The CLI on the server host acts as the local admin; with WINNOW_MEMBER_TOKEN set it acts as
 * that person instead (a revoked or expired token is refused). A tool error is thrown, so the CLI exits 2 with the
 * tool's message. Modules load when a command runs, so --help stays fast.
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
  const outcome = await callTool(name, args, overrides);
  const shown = json
    ? JSON.stringify(outcome.structured, null, 2)
    : render
      ? await render(outcome.structured)
      : outcome.text;
  process.stdout.write(`${shown}\n`);
}

/**
 * Calls one tool as the CLI's person through invokeTool (the one authorization point, and its audit row naming
 * them) and closes the workspace. A tool error is thrown. `seconds` is the tool's own run time.
 */
export async function callTool(
  name: string,
  args: Record<string, unknown>,
  overrides?: { importRoot?: string },
): Promise<{ structured: Record<string, unknown>; text: string; seconds: number }> {
  const [{ loadConfig }, { buildServices }, { invokeTool }, { findTool }] = await Promise.all([
    import("./config.ts"),
    import("./services.ts"),
    import("../tools/define.ts"),
    import("../tools/index.ts"),
  ]);
  const config = { ...loadConfig(), ...overrides };
  const services = await buildServices(config);
  try {
    const caller = await cliCaller(config, services);
    const started = performance.now();
    const outcome = await invokeTool(findTool(name)!, args, {
      services,
      caller,
      actor: "cli",
      surface: "cli",
      progress: async () => {},
    });
    if (outcome.isError) throw outcome.error;
    return {
      structured: outcome.structured ?? {},
      text: outcome.text,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await services.close();
  }
}

/**
 * Runs a server-host maintenance command that is not a tool (e.g. `winnow repair`) as the CLI's person, through the
 * same authorization point as the tools (a command missing from the policy table needs a workspace admin) and with
 * an audit row naming the person. `changes` says whether this run changed anything (a dry run is not recorded).
 */
export async function runCommandAs<T>(
  command: string,
  config: Config,
  services: Services,
  work: (actor: string) => Promise<T>,
  audit: { changes: boolean; summary: (result: T) => string },
): Promise<T> {
  const { guarded } = await import("../core/people/guard.ts");
  const caller = await cliCaller(config, services);
  return guarded(
    services,
    caller,
    { name: command, input: () => ({}), readOnly: !audit.changes, surface: "cli" },
    ({ actor }) => work(actor),
    audit.summary,
  );
}

export async function cliCaller(config: Config, services: Services): Promise<Caller> {
  if (!config.memberToken) return localAdmin("cli");
  const result = await services.people.authenticateToken(config.memberToken);
  if ("caller" in result) return result.caller;
  throw new WinnowError(
    "unauthorized",
    `WINNOW_MEMBER_TOKEN is ${result.refused}. Make a new one with \`winnow token create\`.`,
  );
}
