import { readFile } from "node:fs/promises";
import { stringify } from "yaml";
import type { Database } from "../../db/client.ts";
import { type BrandRow, listBrands, requireBrand } from "../../db/repositories/brands.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import {
  getRuleSet,
  insertRuleSet,
  latestRuleSet,
  listRuleSetVersions,
  maxVersion,
  type RuleSetRow,
  ruleSetVersion,
} from "../../db/repositories/rules.ts";
import { type Clock, isoNow } from "../clock.ts";
import { invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import { type CompiledRuleSet, compileRuleSet } from "./compile.ts";
import { parseRuleSet, type RuleSourceFormat } from "./parse.ts";
import { Rule, type RuleSetSpec } from "./rules.ts";

export interface RuleSetSummary {
  id: string;
  brandId: string;
  version: number;
  format: string;
  createdBy: string;
  note: string | null;
  createdAt: string;
  ruleCount: number;
  ruleIds: string[];
}

export interface SaveInput {
  brand: string;
  source: string;
  format?: RuleSourceFormat | undefined;
  actor: string;
  note?: string | undefined;
  /** The version the editor read; saving fails when someone saved a newer one meanwhile. */
  expectedVersion?: number | undefined;
}

export interface PatchInput {
  brand: string;
  upsert?: unknown[] | undefined;
  remove?: string[] | undefined;
  actor: string;
  note?: string | undefined;
  expectedVersion?: number | undefined;
}

/**
 * Versioned rule sets per brand. Every save is a new immutable row (source text kept as written), so a compiled rule
 * set can be cached by id forever and a generation run pinned to an id never sees a later edit.
 */
export class RuleSetStore {
  private readonly cache = new Map<string, CompiledRuleSet>();

  constructor(private readonly deps: { database: Database; clock: Clock }) {}

  async save(input: SaveInput): Promise<RuleSetSummary> {
    const spec = parseRuleSet(input.source, input.format);
    return this.persist(input, spec, input.source, input.format ?? (/^\s*[{[]/.test(input.source) ? "json" : "yaml"));
  }

  /** Patch: upsert rules by id and remove ids; the result is stored as YAML source of the full rule set. */
  async patch(input: PatchInput): Promise<RuleSetSummary> {
    const { db } = this.deps.database;
    const brand = await requireBrand(db, input.brand);
    const current = await latestRuleSet(db, brand.id);
    const rules: unknown[] = current ? [...(current.rules as RuleSetSpec).rules] : [];
    for (const id of input.remove ?? []) {
      const at = rules.findIndex((r) => (r as { id: string }).id === id);
      if (at < 0)
        throw invalidInput("remove", `rule "${id}" is not in the current rule set`, "List rules with get_brand_rules.");
      rules.splice(at, 1);
    }
    (input.upsert ?? []).forEach((raw, i) => {
      const parsed = Rule.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw invalidInput(`upsert.${i}.${issue.path.join(".")}`, issue.message, "Fix that field of the rule.");
      }
      const at = rules.findIndex((r) => (r as { id: string }).id === parsed.data.id);
      if (at >= 0) rules[at] = parsed.data;
      else rules.push(parsed.data);
    });
    const base = current ? (current.rules as RuleSetSpec) : { rules: [] };
    const source = stringify({ ...base, rules }, { lineWidth: 0 });
    const spec = parseRuleSet(source, "yaml");
    return this.persist({ ...input, brand: brand.id }, spec, source, "yaml");
  }

  async importFile(path: string, brand: string, actor: string, note?: string): Promise<RuleSetSummary> {
    const source = await readFile(path, "utf8").catch(() => {
      throw invalidInput("path", `cannot read ${path}`, "Pass a readable YAML or JSON rule file.");
    });
    const format: RuleSourceFormat = /\.json$/i.test(path) ? "json" : "yaml";
    return this.save({ brand, source, format, actor, note: note ?? `imported from ${path}` });
  }

  private async persist(
    input: { brand: string; actor: string; note?: string | undefined; expectedVersion?: number | undefined },
    spec: RuleSetSpec,
    source: string,
    format: string,
  ): Promise<RuleSetSummary> {
    const { db } = this.deps.database;
    const brand = await requireBrand(db, input.brand);
    const at = isoNow(this.deps.clock);
    const id = newId("ruleSet");
    let version = 0;
    try {
      await db.transaction(async (tx) => {
        const current = await maxVersion(tx, brand.id);
        if (input.expectedVersion !== undefined && input.expectedVersion !== current) {
          throw new WinnowError(
            "conflict",
            `expectedVersion: rule set of ${brand.slug} is at version ${current}, not ${input.expectedVersion}. Re-read it with get_brand_rules and apply your change to the newest version.`,
            { field: "expectedVersion", current },
          );
        }
        version = current + 1;
        await insertRuleSet(tx, {
          id,
          brandId: brand.id,
          version,
          format,
          source,
          rules: spec,
          createdBy: input.actor,
          note: input.note ?? null,
          createdAt: at,
        });
        await recordEvent(tx, {
          entityType: "brand_rule_set",
          entityId: id,
          action: "brand_rules.saved",
          actor: input.actor,
          at,
          data: { brandId: brand.id, version, ruleIds: spec.rules.map((r) => r.id), note: input.note ?? null },
        });
      });
    } catch (error) {
      if (/UNIQUE constraint failed/i.test(String((error as Error).message))) {
        throw new WinnowError(
          "conflict",
          `Another rule-set version of ${brand.slug} was saved at the same moment. Retry.`,
        );
      }
      throw error;
    }
    return summarize({
      id,
      brandId: brand.id,
      version,
      format,
      source,
      rules: spec,
      createdBy: input.actor,
      note: input.note ?? null,
      createdAt: at,
    });
  }

  /** The brand a call means: the one named, or the workspace's only brand when none is named. */
  async resolveBrand(ref: string | undefined): Promise<BrandRow> {
    const { db } = this.deps.database;
    if (ref) return requireBrand(db, ref);
    const all = await listBrands(db);
    if (all.length === 1) return all[0]!;
    throw invalidInput(
      "brand",
      all.length ? `is required: this workspace has ${all.length} brands` : "is required: no brands exist yet",
      all.length ? `Pass one of: ${all.map((b) => b.slug).join(", ")}.` : "Create a brand first.",
    );
  }

  async get(brand: string, version?: number): Promise<{ brand: BrandRow; row: RuleSetRow | undefined }> {
    const { db } = this.deps.database;
    const b = await requireBrand(db, brand);
    const row = version === undefined ? await latestRuleSet(db, b.id) : await ruleSetVersion(db, b.id, version);
    if (version !== undefined && !row) throw notFound("Rule-set version", `${b.slug}@${version}`);
    return { brand: b, row };
  }

  versions(brandId: string, limit?: number) {
    return listRuleSetVersions(this.deps.database.db, brandId, limit);
  }

  /** The compiled rule set for an id, built once and cached (rule-set rows never change). */
  async compiled(ruleSetId: string): Promise<CompiledRuleSet> {
    const hit = this.cache.get(ruleSetId);
    if (hit) return hit;
    const row = await getRuleSet(this.deps.database.db, ruleSetId);
    if (!row) throw notFound("Rule set", ruleSetId, "Pin a rule set with pinRuleSet(brandId) first.");
    const compiled = compileRuleSet(row.rules as RuleSetSpec, {
      ruleSetId: row.id,
      version: row.version,
      brandId: row.brandId,
    });
    this.cache.set(ruleSetId, compiled);
    return compiled;
  }
}

export function summarize(row: RuleSetRow): RuleSetSummary {
  const spec = row.rules as RuleSetSpec;
  return {
    id: row.id,
    brandId: row.brandId,
    version: row.version,
    format: row.format,
    createdBy: row.createdBy,
    note: row.note,
    createdAt: row.createdAt,
    ruleCount: spec.rules.length,
    ruleIds: spec.rules.map((r) => r.id),
  };
}
