/**
 * `npm run bundle`: builds the Claude Desktop bundle (dist/winnow.mcpb).
 * 1. Lists Winnow's tools and prompts through a real MCP client (the exact schemas clients see) → snapshot.json,
 *    and refreshes the tools/prompts sections of manifest.json.
 * 2. Bundles server/proxy/entry.ts with esbuild into one pure-JS file (no node_modules, no native .node modules).
 * 3. Validates the manifest and packs the folder with the official `mcpb` CLI.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Client, InMemoryTransport } from "@modelcontextprotocol/client";
import { build } from "esbuild";
import sharp from "sharp";
import { silentLogger } from "../../core/log.ts";
import { loadConfig } from "../config.ts";
import { createMcpServer, SERVER_INFO } from "../mcp.ts";
import { logoSvg } from "../seed/images.ts";
import { buildServices } from "../services.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

async function snapshotSurface() {
  const dir = mkdtempSync(join(tmpdir(), "winnow-bundle-"));
  const services = await buildServices(loadConfig({ WINNOW_DATA_DIR: dir, WINNOW_AUTO_SEED: "0" }, dir), {
    logger: silentLogger,
  });
  try {
    const server = createMcpServer(services);
    const [a, b] = InMemoryTransport.createLinkedPair();
    await server.connect(b);
    const client = new Client({ name: "winnow-bundle-build", version: SERVER_INFO.version });
    await client.connect(a);
    const { tools } = await client.listTools();
    const { prompts } = await client.listPrompts();
    await client.close();
    return { version: SERVER_INFO.version, tools, prompts };
  } finally {
    await services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface BundleOptions {
  /** Staging folder (default dist/bundle) and the packed file (default dist/winnow.mcpb). */
  outDir?: string;
  target?: string;
  /** Rewrite the tools/prompts sections of the project's manifest.json (what `npm run bundle` does). */
  updateManifest?: boolean;
}

export async function buildBundle(options: BundleOptions = {}) {
  const out = options.outDir ?? join(root, "dist", "bundle");
  const target = options.target ?? join(root, "dist", "winnow.mcpb");
  const snapshot = await snapshotSurface();
  const manifestPath = join(root, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  manifest.version = SERVER_INFO.version;
  manifest.tools = snapshot.tools.map((t) => ({ name: t.name, description: t.description ?? t.title ?? t.name }));
  manifest.prompts = snapshot.prompts.map((p) => ({
    name: p.name,
    description: p.description ?? p.name,
    arguments: (p.arguments ?? []).map((a) => a.name),
    text: `Use the Winnow prompt ${p.name} with ${(p.arguments ?? []).map((a) => `\${arguments.${a.name}}`).join(", ") || "no arguments"}.`,
  }));
  if (options.updateManifest !== false) writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "server"), { recursive: true });
  await build({
    entryPoints: [join(root, "server/proxy/entry.ts")],
    outfile: join(out, "server/index.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node18",
    minify: false,
    legalComments: "none",
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __winnowCreateRequire } from 'node:module'; const require = __winnowCreateRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
  writeFileSync(join(out, "server/snapshot.json"), JSON.stringify(snapshot));
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await sharp(logoSvg("#FF5A1F", "#15171C"))
    .extract({ left: 60, top: 40, width: 400, height: 400 })
    .resize(512, 512)
    .png()
    .toFile(join(out, "icon.png"));
  writeFileSync(
    join(out, "README.md"),
    "# Winnow for Claude Desktop\n\nA thin stdio proxy to a running Winnow server. Start Winnow with `npm start`, then set the server URL (default http://127.0.0.1:8787/mcp) and, when the server has one, its WINNOW_TOKEN in the extension settings.\n",
  );
  const mcpb = join(root, "node_modules", ".bin", "mcpb");
  execFileSync(mcpb, ["validate", join(out, "manifest.json")], { stdio: ["ignore", "inherit", "inherit"] });
  rmSync(target, { force: true });
  execFileSync(mcpb, ["pack", out, target], { stdio: ["ignore", "ignore", "inherit"] });
  return { bundle: target, dir: out, tools: snapshot.tools.length, prompts: snapshot.prompts.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await buildBundle();
  process.stdout.write(`Built ${result.bundle} (${result.tools} tools, ${result.prompts} prompts)\n`);
}
