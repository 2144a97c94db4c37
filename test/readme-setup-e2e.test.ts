import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { type CliRun, runWinnow } from "./helpers/cli.ts";
import { makeJpeg, makePng } from "./helpers/images.ts";

/**
 * The README's "Set up your team" section, followed word for word from an empty database: every ```sh block of the
 * section is parsed (continuations, `;`, quotes, `export`) and each `winnow …` command runs through the real CLI in a
 * temp dir; the ```csv block is the manifest the import step reads, beside photos made for it. A change to the README
 * whose steps no longer work, or a step this test cannot read, fails here.
 */
const README = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "winnow-readme-setup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setupSection(): string {
  const start = README.indexOf("### Set up your team");
  expect(start, "README has a 'Set up your team' section").toBeGreaterThan(-1);
  const rest = README.slice(start + 1);
  const end = rest.search(/\n#{2,4} /);
  return end === -1 ? rest : rest.slice(0, end);
}

function blocks(section: string, lang: string): string[] {
  return [...section.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\\n\`\`\``, "g"))].map((m) => m[1]!);
}

/** Shell words of one command: double and single quotes, backslash escapes; no globbing or substitution needed. */
function words(command: string): string[] {
  const out: string[] = [];
  let word = "";
  let quote: string | null = null;
  let started = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < command.length) word += command[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      started = true;
    } else if (/\s/.test(c)) {
      if (started) out.push(word);
      word = "";
      started = false;
    } else {
      word += c;
      started = true;
    }
  }
  if (quote) throw new Error(`unclosed quote in: ${command}`);
  if (started) out.push(word);
  return out;
}

/** The commands of a block: continuation lines joined, comments dropped, `a; b` split (outside quotes). */
function commands(block: string): string[] {
  const joined = block.replace(/\\\n\s*/g, " ");
  const out: string[] = [];
  for (const line of joined.split("\n")) {
    let current = "";
    let quote: string | null = null;
    for (const c of line) {
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "#" && /(^|\s)$/.test(current)) break;
      else if (c === ";") {
        out.push(current.trim());
        current = "";
        continue;
      }
      current += c;
    }
    out.push(current.trim());
  }
  return out.filter(Boolean);
}

describe("README: Set up your team, word for word, from an empty database", () => {
  const env: Record<string, string> = {};
  const runs: { command: string; run: CliRun }[] = [];
  const section = setupSection();
  const shellBlocks = blocks(section, "sh");
  const [manifest] = blocks(section, "csv");

  it("has the steps this test follows: shell blocks with winnow commands and a manifest", () => {
    expect(shellBlocks.length).toBeGreaterThanOrEqual(5);
    expect(manifest).toBeDefined();
  });

  it("runs every command of every block, in order, each succeeding", async () => {
    for (const block of shellBlocks) {
      for (const command of commands(block)) {
        const [program, ...args] = words(command);
        if (program === "export") {
          for (const assignment of args) {
            const [name, ...value] = assignment.split("=");
            env[name!] = value.join("=");
          }
          continue;
        }
        expect(program, `a README set-up step this test cannot run: ${command}`).toBe("winnow");
        if (args[0] === "import") await writePhotos(args[1]!);
        const run = await runWinnow(args, { cwd: dir, dataDir: join(dir, "data"), env });
        runs.push({ command, run });
        expect(run.code, `${command}\n${run.stderr}${run.stdout}`).toBe(0);
      }
    }
    expect(env.WINNOW_AUTO_SEED).toBe("false");
  }, 900_000);

  /** The team's own files: the README's manifest beside one image per row it names. */
  async function writePhotos(manifestPath: string) {
    const target = join(dir, manifestPath);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${manifest}\n`);
    const rows = parseCsv(manifest!, { columns: true, skip_empty_lines: true }) as { file: string }[];
    for (const [i, row] of rows.entries()) {
      const file = join(dirname(target), row.file);
      writeFileSync(file, row.file.endsWith(".png") ? await makePng(60 + i, 400, 200) : await makeJpeg(600 + i, 512));
    }
  }

  const output = (prefix: string) => {
    const found = runs.find((r) => r.command.startsWith(prefix));
    expect(found, `the README runs ${prefix}`).toBeDefined();
    return found!.run.stdout;
  };

  it("ends with the brand, its people, the photos, a rule set, a template, checked ads and a personal token", () => {
    expect(output("winnow brand create acme-coffee")).toMatch(/Acme Coffee \[acme-coffee\]/);
    expect(output("winnow member list acme-coffee")).toMatch(/dana@acme\.example/);
    const rows = parseCsv(manifest!, { columns: true, skip_empty_lines: true }) as unknown[];
    expect(output("winnow import")).toMatch(new RegExp(`^Imported ${rows.length} asset\\(s\\), skipped 0 duplicate`));
    expect(output("winnow brand rules update")).toMatch(/^Saved rule set v1 \(\d+ rules\)/);
    expect(output("winnow brand rules show")).toMatch(/acme-coffee rules v1/);
    // The template starter lists the brand's own photos: the ads below place them.
    const template = readFileSync(join(dir, "template.yaml"), "utf8");
    expect(template).toMatch(/id: house-blend, label: "House Blend", assetId: ast_/);
    expect(template).toMatch(/logoAssetId: ast_\w+ {2}# Acme logo/);
    expect(output("winnow template create")).toMatch(/^Template Morning ritual \(tpl_/);
    const generated = output("winnow generate");
    const made = Number(/^Made (\d+) variant\(s\)/.exec(generated)?.[1]);
    expect(made, generated).toBeGreaterThan(0);
    expect(generated).not.toMatch(/skipped: missing image/);
    expect(generated).not.toMatch(/flagged: made without an image/);
    expect(output("winnow token create")).toMatch(/^wnw_/);
  });
});
