import { realpath, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import type { ImportReport } from "../core/library/import.ts";
import { AssetKind } from "../core/library/types.ts";
import { registerAuthoringCommands } from "./cli-authoring.ts";
import { registerExperimentCommands } from "./cli-experiments.ts";
import { registerPeopleCommands } from "./cli-people.ts";
import { registerTeamCommands } from "./cli-team.ts";

// Commands load their modules when they run, so `--help` and usage errors answer without loading sharp, libSQL & co.
const load = {
  config: () => import("./config.ts"),
  services: () => import("./services.ts"),
  start: () => import("./start.ts"),
};

const program = new Command("winnow")
  .description("Winnow: a creative loop for marketing teams — generate, tag, check, review, test, learn, promote.")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride()
  .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

program
  .command("serve")
  .description("Serve MCP over Streamable HTTP at /mcp, the JSON API and health check (seeds an empty database first)")
  .option("-p, --port <port>", "port to listen on (overrides PORT)", parsePort)
  .option("-H, --host <host>", "interface to bind (overrides HOST; non-loopback needs WINNOW_TOKEN)")
  .action(async (opts: { port?: number; host?: string }) => {
    const { assertSafeBinding, loadConfig } = await load.config();
    const config = loadConfig({
      ...process.env,
      ...(opts.port !== undefined ? { PORT: String(opts.port) } : {}),
      ...(opts.host ? { HOST: opts.host } : {}),
    });
    assertSafeBinding(config);
    await (await load.start()).startHttpServer(config);
  });

program
  .command("mcp")
  .description("Serve MCP over stdio for Claude Desktop and AI IDEs (stdout carries only protocol messages)")
  .action(async () => {
    const [{ loadConfig }, { startStdioServer }] = await Promise.all([load.config(), load.start()]);
    await startStdioServer(loadConfig());
  });

program
  .command("import")
  .description("Import an image, a folder (recursive) or a CSV/JSON manifest of metadata into the library")
  .argument("<path>", "file, folder or manifest (.csv/.json) to import")
  .option("--root <dir>", "import root: nothing outside it is read (default: the folder itself, or the file's folder)")
  .option("--brand <slug>", "brand slug or id for every imported asset")
  .option("--kind <kind>", `asset kind (${AssetKind.options.join(", ")})`, parseKind)
  .option("--owner <owner>", "owner for every imported asset")
  .option("--json", "print the report as JSON")
  .action(
    async (path: string, opts: { root?: string; brand?: string; kind?: AssetKind; owner?: string; json?: boolean }) => {
      const target = resolve(path);
      const isDir = (await stat(target).catch(() => undefined))?.isDirectory();
      const root = resolve(opts.root ?? (isDir ? target : dirname(target)));
      const defaults = {
        ...(opts.brand ? { brand: opts.brand } : {}),
        ...(opts.kind ? { kind: opts.kind } : {}),
        ...(opts.owner ? { owner: opts.owner } : {}),
      };
      // Through import_assets, so the import is authorized and audited as the CLI's person like any tool call.
      const { callTool } = await import("./cli-tool.ts");
      const { structured, seconds } = await callTool(
        "import_assets",
        { path: target, ...(Object.keys(defaults).length ? { defaults } : {}) },
        { importRoot: root },
      );
      // The tool names files relative to the import root; on the server host the CLI names them where they are.
      const realRoot = await realpath(root);
      const report = structured as unknown as ImportReport;
      const placed = <R extends { file: string }>(rows: R[]) =>
        rows.map((r) => ({ ...r, file: join(realRoot, r.file) }));
      const local = {
        imported: placed(report.imported),
        duplicates: placed(report.duplicates),
        failed: placed(report.failed),
      };
      if (opts.json) process.stdout.write(`${JSON.stringify({ ...local, seconds }, null, 2)}\n`);
      else {
        const { renderImportReport } = await import("../core/library/import-report.ts");
        const shown = (file: string) => relative(process.cwd(), file) || file;
        process.stdout.write(`${renderImportReport(local, { file: shown, seconds })}\n`);
      }
      if (local.failed.length && !local.imported.length && !local.duplicates.length) process.exitCode = 2;
    },
  );

program
  .command("export")
  .description("Export the library portably: library.json, assets.csv, files/ and thumbnails/")
  .argument("<dir>", "output folder (created if missing)")
  .action(async (dir: string) => {
    const { config, services } = await openWorkspace();
    const [{ exportLibrary }, { runCommandAs }] = await Promise.all([
      import("../core/library/export.ts"),
      import("./cli-tool.ts"),
    ]);
    try {
      // Every brand's library leaves the server: a workspace admin's job, on the record.
      const report = await runCommandAs(
        "export",
        config,
        services,
        () => exportLibrary(services.database.db, services.blobs, resolve(dir), services.clock.now().toISOString()),
        { changes: true, summary: (r) => `exported ${r.assets} asset(s)` },
      );
      process.stdout.write(`Exported ${report.assets} asset(s) to ${report.dir}\n`);
    } finally {
      await services.close();
    }
  });

program
  .command("seed")
  .description(
    "Create (or complete) the demo workspace: the Kestrel Run Co. brand, its products, talent, scenes and logos",
  )
  .action(async () => {
    const { config, services } = await openWorkspace();
    const [{ seedDemoWorkspace }, { runCommandAs }] = await Promise.all([
      import("./seed/seed.ts"),
      import("./cli-tool.ts"),
    ]);
    try {
      const ctx = await runCommandAs("seed", config, services, () => seedDemoWorkspace(services), {
        changes: true,
        summary: (r) => `seeded the demo brand with ${r.assetIds.size} asset(s)`,
      });
      process.stdout.write(`Seeded demo brand ${ctx.brandId} with ${ctx.assetIds.size} asset(s).\n`);
    } finally {
      await services.close();
    }
  });

program
  .command("repair")
  .description(
    "Find and fix stored JSON that breaks pages and reports (malformed, too deep or too large); originals are kept in <data dir>/quarantine",
  )
  .option("--dry-run", "report damaged rows without changing them")
  .option("--json", "print the report as JSON")
  .action(async (opts: { dryRun?: boolean; json?: boolean }) => {
    const [{ loadConfig }, { buildServices }, { runCommandAs }] = await Promise.all([
      load.config(),
      load.services(),
      import("./cli-tool.ts"),
    ]);
    const config = loadConfig();
    const services = await buildServices(config);
    const { repairStoredJson, renderRepairReport } = await import("../core/maintenance/repair.ts");
    try {
      // Not a tool: authorized (workspace admins only) and audited as the CLI's person all the same.
      const report = await runCommandAs(
        "repair",
        config,
        services,
        (actor) =>
          repairStoredJson(services.database, services.clock, {
            actor,
            dryRun: opts.dryRun === true,
            quarantineDir: resolve(services.config.dataDir, "quarantine"),
          }),
        {
          changes: opts.dryRun !== true,
          summary: (r) => `repaired ${r.damaged.length} damaged JSON value(s) in ${r.columnsScanned} column(s)`,
        },
      );
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderRepairReport(report));
    } finally {
      await services.close();
    }
  });

/** The workspace as the CLI opens it, with the config (whose WINNOW_MEMBER_TOKEN says who runs the command). */
async function openWorkspace() {
  const [{ loadConfig }, { buildServices }] = await Promise.all([load.config(), load.services()]);
  const config = loadConfig();
  return { config, services: await buildServices(config) };
}

program
  .command("jobs")
  .description("List scheduler job runs (ingest metrics, allocations, prune, promote...) with status and last error")
  .option("--status <status>", "only pending | running | succeeded | failed")
  .option("--limit <n>", "how many (1-100)", "25")
  .option("--json", "print JSON")
  .action(async (opts: { status?: string; limit: string; json?: boolean }) => {
    const { runTool } = await import("./cli-tool.ts");
    await runTool("list_jobs", { status: opts.status, limit: Number(opts.limit) }, opts.json);
  });

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("must be an integer between 0 and 65535.");
  return n;
}

function parseKind(value: string): AssetKind {
  const parsed = AssetKind.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`must be one of ${AssetKind.options.join(", ")}.`);
  return parsed.data;
}

registerTeamCommands(program);
registerAuthoringCommands(program);
registerExperimentCommands(program);
registerPeopleCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every usage error exits 2.
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  // Internal errors: the detail goes to the structured log on stderr under an id; the line names only the id.
  const { createLogger } = await import("../core/log.ts");
  const { publicError } = await import("../core/public-error.ts");
  const err = publicError(error, createLogger("error"), { surface: "cli" });
  process.stderr.write(`winnow: ${err.message}\n`);
  const usage = ["invalid_input", "not_found", "forbidden", "duplicate", "conflict"];
  process.exit(usage.includes(err.code) ? 2 : 1);
}
