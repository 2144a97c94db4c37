import type { Database } from "../../db/client.ts";
import { getAssetRow } from "../../db/repositories/assets.ts";
import { requireBrand } from "../../db/repositories/brands.ts";
import { recordEvent } from "../../db/repositories/events.ts";
import { addLineageEdges } from "../../db/repositories/lineage.ts";
import {
  bumpLatestVersion,
  getTemplate,
  getTemplateVersion,
  getTemplateVersionByNumber,
  insertTemplate,
  insertTemplateVersion,
  latestTemplateOfBrand,
  queryTemplates,
  type TemplateRow,
  type TemplateVersionRow,
  versionsOf,
} from "../../db/repositories/templates.ts";
import { REFERENCE } from "../authoring/reference-links.ts";
import { type Clock, isoNow } from "../clock.ts";
import { formatIssues, invalidInput, notFound, WinnowError } from "../errors.ts";
import { newId } from "../ids.ts";
import { decodeCursor, encodeCursor, type Page } from "../pagination.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import { TemplateSpec, type TemplateSpecInput } from "./spec.ts";

export interface CreateTemplateInput {
  /** Existing template id: adds a new version to it. Omit to create a new template. */
  templateId?: string | undefined;
  brand?: string | undefined;
  name?: string | undefined;
  description?: string | undefined;
  spec: TemplateSpecInput;
  note?: string | undefined;
  /** A winning output this version was derived from ("winner → template"). */
  derivedFromAssetId?: string | undefined;
  actor: string;
}

export interface TemplateVersionSummary {
  id: string;
  version: number;
  note: string | null;
  derivedFromAssetId: string | null;
  createdAt: string;
}

export interface TemplateView {
  id: string;
  brandId: string | null;
  name: string;
  description: string | null;
  latestVersion: number;
  createdAt: string;
  versions: TemplateVersionSummary[];
  /** Slot name → allowed value ids, from the latest version. */
  slots: Record<string, string[]>;
  formats: string[];
}

export interface ResolvedVersion {
  template: TemplateRow;
  version: TemplateVersionRow;
  spec: TemplateSpec;
}

/** Templates with immutable versions: a change is always a new version; old versions keep rendering as they did. */
export class TemplateService {
  constructor(private readonly deps: { database: Database; clock: Clock }) {}

  async create(input: CreateTemplateInput): Promise<{ template: TemplateView; version: TemplateVersionSummary }> {
    const parsed = TemplateSpec.safeParse(input.spec);
    if (!parsed.success) {
      throw new WinnowError(
        "invalid_input",
        `spec: ${formatIssues(parsed.error.issues)}. Every slot and field, with an example: ${REFERENCE.templateSpec}; a valid starter: get_starter_file {kind: "template"} or winnow template init.`,
        { field: "spec" },
      );
    }
    const { db } = this.deps.database;
    const at = isoNow(this.deps.clock);
    if (input.derivedFromAssetId && !(await getAssetRow(db, input.derivedFromAssetId))) {
      throw notFound("Asset", input.derivedFromAssetId, "derivedFromAssetId must be an existing (winning) output.");
    }
    const versionId = newId("templateVersion");
    const templateId = await db.transaction(async (tx) => {
      let template: TemplateRow | undefined;
      if (input.templateId) {
        template = await getTemplate(tx, input.templateId);
        if (!template) throw notFound("Template", input.templateId, "List templates with list_templates.");
      } else {
        if (!input.name)
          throw invalidInput("name", "is required for a new template", "Pass a name, or templateId to add a version.");
        const brandId = input.brand ? (await requireBrand(tx, input.brand)).id : null;
        template = {
          id: newId("template"),
          brandId,
          name: input.name,
          description: input.description ?? null,
          latestVersion: 0,
          createdAt: at,
        };
        await insertTemplate(tx, template);
      }
      if (!(await bumpLatestVersion(tx, template.id, template.latestVersion))) {
        throw new WinnowError("conflict", `Template ${template.id} got a new version meanwhile. Re-read it and retry.`);
      }
      const version = template.latestVersion + 1;
      await insertTemplateVersion(tx, {
        id: versionId,
        templateId: template.id,
        version,
        spec: parsed.data as unknown as Record<string, unknown>,
        derivedFromAssetId: input.derivedFromAssetId ?? null,
        note: input.note ?? null,
        createdBy: input.actor,
        createdAt: at,
      });
      if (input.derivedFromAssetId) {
        await addLineageEdges(tx, [{ fromId: input.derivedFromAssetId, relation: "promoted_to", toId: versionId }], at);
      }
      await recordEvent(tx, {
        entityType: "template_version",
        entityId: versionId,
        action: version === 1 ? "template.created" : "template.version_created",
        actor: input.actor,
        at,
        data: { templateId: template.id, version, derivedFromAssetId: input.derivedFromAssetId ?? null },
      });
      return template.id;
    });
    const template = await this.view(templateId);
    return { template, version: template.versions.find((v) => v.id === versionId)! };
  }

  /** Templates newest first; `visible` (the caller's BrandScope) keeps out other brands' templates. */
  async list(options: {
    brand?: string | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
    visible?: BrandScope | undefined;
  }): Promise<Page<TemplateView>> {
    const { db } = this.deps.database;
    const limit = options.limit ?? 25;
    const brandId = options.brand ? (await requireBrand(db, options.brand)).id : undefined;
    const after = options.cursor ? decodeCursor(options.cursor) : undefined;
    const visible = options.visible ? restrictTo(options.visible) : undefined;
    const rows = await queryTemplates(db, { brandId, visible, after, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const versions = await versionsOf(
      db,
      page.map((t) => t.id),
    );
    const last = page[page.length - 1];
    return {
      items: page.map((t) =>
        toView(
          t,
          versions.filter((v) => v.templateId === t.id),
        ),
      ),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
    };
  }

  async view(templateId: string): Promise<TemplateView> {
    const { db } = this.deps.database;
    const template = await getTemplate(db, templateId);
    if (!template) throw notFound("Template", templateId, "List templates with list_templates.");
    return toView(template, await versionsOf(db, [templateId]));
  }

  /**
   * A template version by reference: `tpv_…` is that exact version, `tpl_…` its latest, nothing → the brand's newest
   * template at its latest version.
   */
  async resolve(ref: string | undefined, brandId: string): Promise<ResolvedVersion> {
    const { db } = this.deps.database;
    let version: TemplateVersionRow | undefined;
    let template: TemplateRow | undefined;
    if (ref?.startsWith("tpv_")) {
      version = await getTemplateVersion(db, ref);
      if (!version) throw notFound("Template version", ref, "List templates with list_templates.");
      template = await getTemplate(db, version.templateId);
    } else {
      template = ref ? await getTemplate(db, ref) : await latestTemplateOfBrand(db, brandId);
      if (!template) {
        throw ref
          ? notFound("Template", ref, "List templates with list_templates.")
          : new WinnowError(
              "not_found",
              "This brand has no template yet. Create one with create_template (or run `winnow seed` for the demo).",
            );
      }
      version = await getTemplateVersionByNumber(db, template.id, template.latestVersion);
    }
    if (!template || !version) throw notFound("Template", ref ?? "(latest)");
    return { template, version, spec: TemplateSpec.parse(version.spec) };
  }
}

function toView(t: TemplateRow, versions: TemplateVersionRow[]): TemplateView {
  const latest = versions.find((v) => v.version === t.latestVersion);
  const spec = latest ? (latest.spec as unknown as TemplateSpec) : undefined;
  return {
    id: t.id,
    brandId: t.brandId,
    name: t.name,
    description: t.description,
    latestVersion: t.latestVersion,
    createdAt: t.createdAt,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      note: v.note,
      derivedFromAssetId: v.derivedFromAssetId,
      createdAt: v.createdAt,
    })),
    slots: spec ? Object.fromEntries(Object.entries(spec.slots).map(([k, d]) => [k, d!.values.map((v) => v.id)])) : {},
    formats: spec ? Object.keys(spec.layouts) : [],
  };
}
