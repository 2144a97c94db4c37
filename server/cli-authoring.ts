import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { WinnowError } from "../core/errors.ts";
import { runTool } from "./cli-tool.ts";

/**
 * The files a team writes by hand, from a terminal: `winnow template init|create|list`, `winnow brand rules
 * init|update|show`, `winnow manifest init` and `winnow generate`. `init` writes a commented starter (filled from the
 * brand's library with --brand); the others are thin calls of the same MCP tools. Reference: docs/reference.md.
 */
export function registerAuthoringCommands(program: Command) {
  const template = program.command("template").description("Write, create and list ad templates");
  initCommand(template, "template", "template.yaml", "Write a commented starter template spec to edit");
  template
    .command("create")
    .description("Create a template (or a new version of one) from a YAML or JSON spec file")
    .argument("<file>", "the spec (see winnow template init)")
    .option("--name <name>", "template name (required for a new template)")
    .option("--brand <brand>", "brand slug or id")
    .option("--template <id>", "add a version to this template (tpl_...) instead of creating one")
    .option("--description <text>", "what the template is for")
    .option("--note <text>", "what changed in this version")
    .option("--json", "print JSON")
    .action(async (file: string, o: Record<string, string | boolean | undefined>) => {
      const spec = await readStructured(file);
      await runTool(
        "create_template",
        {
          spec,
          ...(o.name ? { name: o.name } : {}),
          ...(o.brand ? { brand: o.brand } : {}),
          ...(o.template ? { templateId: o.template } : {}),
          ...(o.description ? { description: o.description } : {}),
          ...(o.note ? { note: o.note } : {}),
        },
        o.json === true,
      );
    });
  template
    .command("list")
    .description("List templates with their versions, slots and formats")
    .option("--brand <brand>", "only this brand's templates")
    .option("--json", "print JSON")
    .action(async (o: { brand?: string; json?: boolean }) =>
      runTool("list_templates", { limit: 100, ...(o.brand ? { brand: o.brand } : {}) }, o.json),
    );

  const brand = program.commands.find((c) => c.name() === "brand") ?? program.command("brand");
  const rules = brand.command("rules").description("Write, save and show a brand's rule set (versioned)");
  initCommand(rules, "rule_set", "rules.yaml", "Write a commented starter rule set to edit");
  rules
    .command("update")
    .description("Save a new version of a brand's rule set from a YAML or JSON file")
    .argument("<brand>", "brand slug or id")
    .argument("<file>", "the rule set (see winnow brand rules init)")
    .option("--note <text>", "why the rules changed")
    .option("--json", "print JSON")
    .action(async (ref: string, file: string, o: { note?: string; json?: boolean }) => {
      const source = await readFile(resolve(file), "utf8").catch(() => invalid("file", `${file} cannot be read`));
      await runTool("update_brand_rules", { brand: ref, source, ...(o.note ? { note: o.note } : {}) }, o.json);
    });
  rules
    .command("show")
    .description("Show a brand's rule set: each rule in plain language, then its source")
    .argument("<brand>", "brand slug or id")
    .option("--version <n>", "a specific version", positiveInt)
    .option("--json", "print JSON")
    .action(async (ref: string, o: { version?: number; json?: boolean }) =>
      runTool("get_brand_rules", { brand: ref, ...(o.version ? { version: o.version } : {}) }, o.json),
    );

  const manifest = program.command("manifest").description("Import manifests (CSV of files and their metadata)");
  initCommand(manifest, "import_manifest", "manifest.csv", "Write a starter import manifest to fill in");

  program
    .command("generate")
    .description("Make a designed set of ad variants from the brand's newest template (or --template)")
    .requiredOption("--brand <brand>", "brand slug or id")
    .requiredOption("--audience <value>", "audience slot value")
    .requiredOption("--offer <value>", "offer slot value")
    .option("--formats <list>", "formats, comma-separated: 1:1, 9:16, 1.91:1, 4:5", "1:1")
    .option("--count <n>", "how many variants", positiveInt, 4)
    .option("--tone <value>", "fix the tone (default: vary it)")
    .option("--template <id>", "template (tpl_…, latest version) or exact version (tpv_…)")
    .option("--campaign <campaign>", "campaign id or name (its budget applies)")
    .option("--seed <n>", "same seed + same template version = same variants", nonNegativeInt)
    .option("--json", "print JSON")
    .action(async (o: GenerateOpts) =>
      runTool(
        "generate_variants",
        {
          brand: o.brand,
          audience: o.audience,
          offer: o.offer,
          formats: o.formats
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
          count: o.count,
          ...(o.tone ? { tone: o.tone } : {}),
          ...(o.template ? { templateId: o.template } : {}),
          ...(o.campaign ? { campaign: o.campaign } : {}),
          ...(o.seed !== undefined ? { seed: o.seed } : {}),
        },
        o.json,
      ),
    );
}

interface GenerateOpts {
  brand: string;
  audience: string;
  offer: string;
  formats: string;
  count: number;
  tone?: string;
  template?: string;
  campaign?: string;
  seed?: number;
  json?: boolean;
}

/** `… init [file]`: the starter file, blank or (with --brand) filled from the workspace; never overwrites silently. */
function initCommand(parent: Command, kind: string, fallback: string, description: string) {
  parent
    .command("init")
    .description(`${description} (default ${fallback}; "-" prints it)`)
    .argument("[file]", "where to write it", fallback)
    .option("--brand <brand>", "fill it from this brand: its palette and its product, scene, talent and logo assets")
    .option("--force", "overwrite the file if it exists")
    .action(async (file: string, o: { brand?: string; force?: boolean }) => {
      const target = resolve(file);
      if (file !== "-" && existsSync(target) && !o.force)
        invalid("file", `${file} already exists`, "Pick another name, or pass --force to overwrite it.");
      const write = async (structured: Record<string, unknown>) => {
        const text = String(structured.text);
        if (file === "-") return text.trimEnd();
        await writeFile(target, text);
        return `Wrote ${file} (${kind}). Edit it, then: ${String(structured.next).replace(String(structured.filename), file)}\nEvery field is explained in docs/reference.md.`;
      };
      if (o.brand) return runTool("get_starter_file", { kind, brand: o.brand }, false, undefined, write);
      // Without a brand nothing is read from the workspace, so no database is opened.
      const { starterFile, StarterKind } = await import("../core/authoring/starters.ts");
      process.stdout.write(`${await write({ ...starterFile(StarterKind.parse(kind)) })}\n`);
    });
}

/** A YAML or JSON file as data, with the line of a syntax error. */
async function readStructured(file: string): Promise<unknown> {
  const text = await readFile(resolve(file), "utf8").catch(() => invalid("file", `${file} cannot be read`));
  const { parseDocument } = await import("yaml");
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) invalid("file", `${file} is not valid YAML/JSON: ${doc.errors[0]!.message.split("\n")[0]}`);
  return doc.toJS();
}

function invalid(field: string, problem: string, fix = "See winnow <command> --help."): never {
  throw new WinnowError("invalid_input", `${field}: ${problem}. ${fix}`, { field });
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`must be a whole number of at least 1 (got ${v}).`);
  return n;
}

function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`must be a whole number (got ${v}).`);
  return n;
}
