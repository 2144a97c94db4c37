import { readFileSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import * as z from "zod";
import { EXAMPLE_MARKER, renderReference } from "../core/authoring/reference.ts";
import { fieldRows, jsonSchemaOf } from "../core/authoring/schema-table.ts";
import { STARTER_KINDS, type StarterContext, starterFile } from "../core/authoring/starters.ts";
import { parseRuleSet } from "../core/brand/parse.ts";
import { RULE_KINDS } from "../core/brand/rules.ts";
import { importPath } from "../core/library/import.ts";
import { withHouseLayouts } from "../core/templates/layouts.ts";
import { SLOT_NAMES, TemplateSpec } from "../core/templates/spec.ts";
import { invokeTool } from "../tools/define.ts";
import { findTool } from "../tools/index.ts";
import { makeJpeg } from "./helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

const PAGE = join(import.meta.dirname, "..", "docs", "reference.md");
const page = readFileSync(PAGE, "utf8");
const examples = (kind: string) => [...page.matchAll(EXAMPLE_MARKER)].filter((m) => m[1] === kind).map((m) => m[2]!);

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace();
  // The brands the examples name (a team creates its brand before importing into it).
  for (const slug of ["acme-coffee", "your-brand"]) await call("create_brand", { slug, name: slug });
});
afterAll(async () => {
  await ws.cleanup();
});
const call = (name: string, args: Record<string, unknown>) =>
  invokeTool(findTool(name)!, args, toolContext(ws.services));

/** Writes the images a manifest names (and nothing else) and imports it through the real importer. */
async function importManifest(csv: string, folder: string) {
  const dir = join(ws.dir, folder);
  await mkdir(dir, { recursive: true });
  const rows = parseCsv(csv, { columns: true, skip_empty_lines: true }) as { file: string }[];
  for (const [i, row] of rows.entries())
    writeFileSync(join(dir, row.file), await makeJpeg(9000 + i + folder.length * 100));
  writeFileSync(join(dir, "manifest.csv"), csv);
  return { rows, report: await importPath(ws.services.library, ws.dir, join(dir, "manifest.csv"), { actor: "test" }) };
}

describe("docs/reference.md is generated from the schemas the tools use", () => {
  it("matches what the schemas and notes render (run `npm run docs:reference` after changing either)", () => {
    expect(page, "docs/reference.md is stale: run npm run docs:reference").toBe(renderReference());
  });

  it("documents every rule kind, every template slot, the manifest's file column and every export format", () => {
    for (const kind of RULE_KINDS) expect(page).toContain(`### \`${kind}\``);
    for (const slot of SLOT_NAMES) expect(page).toContain(`| \`${slot}\` |`);
    expect(page).toContain("`slots.<slot>.values[].assetId`");
    expect(page).toMatch(/\| `file` \(or `path`\) \|/);
    for (const id of ["winnow", "meta", "google_ads", "tiktok"]) expect(page).toContain(`format: "${id}"`);
  });

  it("refuses to render a schema field nobody explained", () => {
    const missing: string[] = [];
    fieldRows(jsonSchemaOf(z.object({ told: z.string().describe("explained"), untold: z.number() })), {}, missing);
    expect(missing).toEqual(["untold"]);
  });
});

describe("every example in the reference parses with the real schema", () => {
  it("has one rule example per kind, each a valid rule set of that kind", () => {
    const rules = examples("rule");
    expect(rules).toHaveLength(RULE_KINDS.length);
    const kinds = rules.map((yaml) => {
      const spec = parseRuleSet(`rules:\n${yaml.replace(/^/gm, "  ")}\n`, "yaml");
      expect(spec.rules).toHaveLength(1);
      return spec.rules[0]!.kind;
    });
    expect(kinds.sort()).toEqual([...RULE_KINDS].sort());
  });

  it("has a template example that create_template's schema accepts", () => {
    const [yaml] = examples("template");
    const spec = TemplateSpec.parse(withHouseLayouts(parseYaml(yaml!)));
    expect(Object.keys(spec.slots).sort()).toEqual([...SLOT_NAMES].sort());
  });

  it("has a manifest example the importer reads row by row", async () => {
    const [csv] = examples("manifest");
    const { rows, report } = await importManifest(csv!, "reference-example");
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(rows.length);
  });
});

describe("starter files are commented and valid as written", () => {
  const filled: StarterContext = {
    brand: { slug: "acme-coffee", name: "Acme Coffee", palette: ["#3B2416", "#F4EDE4"] },
    assets: {
      product: [
        { id: "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D", name: "product-house-blend.jpg" },
        { id: "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2E", name: "Product: Dark Roast!.png" },
      ],
      scene: [],
      talent: [{ id: "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2F", name: "talent_barista.jpg" }],
      logo: [{ id: "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2G", name: "logo.png" }],
    },
  };

  for (const [label, ctx] of [
    ["blank", {}],
    ["filled from a brand", filled],
  ] as const) {
    it(`template (${label}) parses with TemplateSpec and defines every slot`, () => {
      const file = starterFile("template", ctx);
      expect(file.text).toMatch(/^# /m);
      expect(file.text).toContain("docs/reference.md#template-spec");
      const spec = TemplateSpec.parse(withHouseLayouts(parseYaml(file.text)));
      expect(Object.keys(spec.slots).sort()).toEqual([...SLOT_NAMES].sort());
      if (ctx === filled) {
        expect(spec.slots.product!.values.map((v) => [v.id, v.label, v.assetId])).toEqual([
          ["product-house-blend", "House blend", "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D"],
          ["product-dark-roast", "Dark Roast!", "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2E"],
        ]);
        expect(spec.style.logoAssetId).toBe("ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2G");
      } else {
        expect(spec.slots.product!.values[0]!.assetId).toMatch(/^ast_REPLACE/);
      }
    });

    it(`rule set (${label}) parses with the rule-set parser`, () => {
      const file = starterFile("rule_set", ctx);
      expect(file.text).toContain("docs/reference.md#rule-sets");
      const spec = parseRuleSet(file.text, "yaml");
      expect(spec.rules.length).toBeGreaterThanOrEqual(6);
      const palette = spec.rules.find((r) => r.kind === "palette");
      expect(palette && "colors" in palette ? palette.colors : []).toEqual(
        ctx === filled ? ["#3B2416", "#F4EDE4"] : ["#3B2416", "#F4EDE4", "#D9822B"],
      );
    });
  }

  it("import manifest imports every row through the real importer", async () => {
    const { rows, report } = await importManifest(starterFile("import_manifest").text, "starter-manifest");
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(rows.length);
  });

  it("get_starter_file returns each kind, filled from the brand's library when a brand is named", async () => {
    for (const kind of STARTER_KINDS) {
      const out = await call("get_starter_file", { kind });
      expect(out.isError, out.text).toBe(false);
      expect((out.structured as { text: string }).text).toBe(starterFile(kind).text);
    }
    await call("create_brand", { slug: "north", name: "North", palette: ["#123456"] });
    const product = await ws.services.library.add({
      bytes: await makeJpeg(4242),
      filename: "product-trail-mix.jpg",
      meta: { kind: "product", brand: "north" },
      actor: "test",
    });
    const out = await call("get_starter_file", { kind: "template", brand: "north" });
    const spec = TemplateSpec.parse(withHouseLayouts(parseYaml((out.structured as { text: string }).text)));
    expect(spec.slots.product!.values).toEqual([
      { id: "product-trail-mix", label: "Trail mix", assetId: product.asset.id },
    ]);
    const bad = await call("get_starter_file", { kind: "brief" });
    expect(bad.isError).toBe(true);
    expect(bad.text).toMatch(/kind.*template, rule_set or import_manifest/);
  });
});

describe("the tools point to the reference", () => {
  it("describe_tool names the reference section of tools that take a hand-written format", async () => {
    const { describeToolTool } = await import("../server/mcp-discovery.ts");
    const { ALL_TOOLS } = await import("../tools/index.ts");
    const tool = describeToolTool({
      served: ALL_TOOLS,
      isListed: () => true,
    } as never);
    const out = await invokeTool(
      tool as never,
      { names: ["create_template", "update_brand_rules", "list_brands"] },
      toolContext(ws.services),
    );
    expect(out.isError, out.text).toBe(false);
    const refs = (out.structured as { tools: { name: string; reference: string | null }[] }).tools;
    expect(refs).toEqual([
      expect.objectContaining({ name: "create_template", reference: "docs/reference.md#template-spec" }),
      expect.objectContaining({ name: "update_brand_rules", reference: "docs/reference.md#rule-sets" }),
      expect.objectContaining({ name: "list_brands", reference: null }),
    ]);
    expect(out.text).toContain("format reference: docs/reference.md#template-spec");
  });

  it("get_brand_rules, and the errors of create_template and update_brand_rules, say where the format is", async () => {
    const none = await call("get_brand_rules", { brand: "north" });
    expect(none.text).toMatch(/get_starter_file \{kind: "rule_set".*docs\/reference\.md#rule-sets/);
    const list = await call("update_brand_rules", { brand: "north", source: "- id: x\n  kind: banned_phrase\n" });
    expect(list.text).toMatch(/line 1:1 \(root\).*docs\/reference\.md#rule-sets/);
    const saved = await call("update_brand_rules", { brand: "north", source: starterFile("rule_set").text });
    expect(saved.isError, saved.text).toBe(false);
    const got = await call("get_brand_rules", { brand: "north" });
    expect((got.structured as { reference: string }).reference).toBe("docs/reference.md#rule-sets");
    const template = await call("create_template", {
      brand: "north",
      name: "Partial",
      spec: {
        slots: { product: { values: [{ id: "p", label: "P" }] } },
        copy: Object.fromEntries(["headline", "body", "cta"].map((f) => [f, [{ when: {}, texts: ["{product}"] }]])),
      },
    });
    expect(template.text).toMatch(/missing slots audience.*docs\/reference\.md#template-spec.*get_starter_file/);
  });
});
