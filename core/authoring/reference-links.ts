/** Where the authoring reference documents each format; tool descriptions, describe_tool and errors point here. */
export const REFERENCE_PAGE = "docs/reference.md";

export const REFERENCE = {
  ruleSets: `${REFERENCE_PAGE}#rule-sets`,
  templateSpec: `${REFERENCE_PAGE}#template-spec`,
  manifests: `${REFERENCE_PAGE}#import-manifests`,
  metricExports: `${REFERENCE_PAGE}#metric-exports`,
} as const;

/** The reference section for tools that take (or return) a hand-written format. */
export const TOOL_REFERENCE: Record<string, string> = {
  update_brand_rules: REFERENCE.ruleSets,
  get_brand_rules: REFERENCE.ruleSets,
  check_brand_rules: REFERENCE.ruleSets,
  create_template: REFERENCE.templateSpec,
  list_templates: REFERENCE.templateSpec,
  generate_variants: REFERENCE.templateSpec,
  import_assets: REFERENCE.manifests,
  ingest_metrics: REFERENCE.metricExports,
  get_starter_file: REFERENCE_PAGE,
};
