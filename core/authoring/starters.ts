import * as z from "zod";

/**
 * Starter files a team edits instead of writing a format from nothing: a template spec, a brand rule set and an import
 * manifest. Each is commented and valid as written (tests parse them with the real schemas). With a brand's library
 * at hand the template names the team's own product, scene, talent and logo assets, so it renders real ads at once.
 */
export const STARTER_KINDS = ["template", "rule_set", "import_manifest"] as const;
export const StarterKind = z.enum(STARTER_KINDS, { error: "must be template, rule_set or import_manifest" });
export type StarterKind = z.infer<typeof StarterKind>;

export interface StarterAsset {
  id: string;
  name: string;
}

/** What a starter can be filled with: a brand and its library, when known. */
export interface StarterContext {
  brand?: { slug: string; name: string; palette: string[] } | undefined;
  assets?: { product: StarterAsset[]; scene: StarterAsset[]; talent: StarterAsset[]; logo: StarterAsset[] };
}

export interface StarterFile {
  kind: StarterKind;
  filename: string;
  format: "yaml" | "csv";
  text: string;
  /** The command or tool call that takes the edited file. */
  next: string;
}

export function starterFile(kind: StarterKind, ctx: StarterContext = {}): StarterFile {
  const brand = ctx.brand?.slug ?? "your-brand";
  switch (kind) {
    case "template":
      return {
        kind,
        filename: "template.yaml",
        format: "yaml",
        text: starterTemplate(ctx),
        next: `winnow template create template.yaml --brand ${brand} --name "My first template" (or create_template with the parsed file as spec)`,
      };
    case "rule_set":
      return {
        kind,
        filename: "rules.yaml",
        format: "yaml",
        text: starterRuleSet(ctx),
        next: `winnow brand rules update ${brand} rules.yaml (or update_brand_rules with the file as source)`,
      };
    case "import_manifest":
      return {
        kind,
        filename: "manifest.csv",
        format: "csv",
        text: starterManifest(ctx),
        next: "put the photos beside manifest.csv, then: winnow import manifest.csv (or import_assets with its path)",
      };
  }
}

/** A slug a slot value id accepts, from an asset name ("Product - House Blend.jpg" → product-house-blend). */
export function valueId(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/\.[a-z0-9]{2,5}$/, "")
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || "value";
  let id = /^[a-z0-9]/.test(base) ? base : `v-${base}`;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const q = (s: string) => JSON.stringify(s);

/** Copy words from a file-like asset name: "product-house_blend.jpg" → "House blend". */
function labelOf(name: string, slot: string): string {
  const words = name
    .replace(/\.[a-z0-9]{2,5}$/i, "")
    .replace(/[-_]+/g, " ")
    .replace(new RegExp(`^${slot}[\\s:]+`, "i"), "")
    .trim();
  const label = words || name;
  return (label.charAt(0).toUpperCase() + label.slice(1)).slice(0, 120);
}

function imageValues(slot: "product" | "scene" | "talent", assets: StarterAsset[] | undefined, fallback: string[]) {
  const taken = new Set<string>();
  if (assets?.length) {
    return assets
      .slice(0, 12)
      .map((a) => `      - { id: ${valueId(a.name, taken)}, label: ${q(labelOf(a.name, slot))}, assetId: ${a.id} }`)
      .join("\n");
  }
  return fallback.join("\n").replaceAll("SLOT", slot);
}

function starterTemplate(ctx: StarterContext): string {
  const a = ctx.assets;
  const logo = a?.logo[0];
  const products = imageValues("product", a?.product, [
    "      # No product photos found for the brand yet: import them (winnow import ./photos --brand <slug> --kind product)",
    "      # and run `winnow template init --brand <slug>` again, or put the asset id printed by the import here.",
    "      - { id: house-blend, label: House Blend, assetId: ast_REPLACE_WITH_PRODUCT_PHOTO_ID }",
  ]);
  const scenes = imageValues("scene", a?.scene, [
    "      # A scene without assetId renders on the brand colour and is flagged; give it a photo id to place one.",
    "      - { id: kitchen, label: the kitchen table }",
  ]);
  const talent = imageValues("talent", a?.talent, [
    "      # Talent without assetId renders without a portrait and is flagged.",
    "      - { id: none, label: our team }",
  ]);
  return `# Winnow template spec — a starter to edit. Reference: docs/reference.md#template-spec
# Create it with: winnow template create template.yaml --brand <slug> --name "…"  (or create_template {spec})
# Every template defines all nine slots: audience, offer, tone, format, hook, cta, product, scene, talent.
# A slot lists its allowed values; generate_variants fixes audience and offer from the brief and varies the rest.
# Value ids are lower-case slugs; labels are the words substituted for {slot} in copy.
slots:
  audience:
    values:
      - { id: gen-z, label: Gen Z coffee drinkers }
  offer:
    values:
      # offerType names the kind of offer for brand rules (required disclaimers); disclaimer is drawn as small print.
      - { id: first-order-10-off, label: 10% off your first order, offerType: discount, disclaimer: Terms apply. }
  tone:
    values:
      - { id: warm, label: warm }
      - { id: bold, label: bold }
  format:
    # Formats: 1:1 (1080×1080), 9:16 (1080×1920), 1.91:1 (1200×628), 4:5 (1080×1350). House layouts are used
    # unless you add a layouts: section (see the reference).
    values:
      - { id: "1:1", label: square }
      - { id: "9:16", label: story }
  hook:
    values:
      - { id: ritual, label: your morning ritual }
      - { id: taste, label: roasted this week }
  cta:
    values:
      - { id: order-now, label: Order now }
  product:
    # image: required (the default) — a variant whose product has no usable photo is skipped, never shipped blank.
    image: required
    values:
${products}
  scene:
    image: optional
    values:
${scenes}
  talent:
    image: optional
    values:
${talent}
# Copy banks: the most specific rule whose \`when\` matches the chosen slot values wins; each field needs one
# fallback rule with an empty \`when\`. {slot} placeholders take the chosen value's label.
copy:
  headline:
    - { when: {}, texts: ["{product}, fresh"] }
    - { when: { hook: ritual }, texts: ["Your ritual: {product}", "Mornings, sorted"] }
    - { when: { hook: taste }, texts: ["{product}, just roasted"] }
  body:
    - { when: {}, texts: ["{offer}. Fresh beans, delivered."] }
  cta:
    - { when: {}, texts: ["{cta}"] }
style:
  # Colours not set here come from the brand palette (primary, ink, paper, accent = palette 1, 2, 3, 5).
${logo ? `  logoAssetId: ${logo.id}  # ${logo.name}` : "  # logoAssetId: ast_…   # your logo asset (kind logo); without it every variant is flagged"}
  logoImage: optional
`;
}

function starterRuleSet(ctx: StarterContext): string {
  const palette = ctx.brand?.palette.length ? ctx.brand.palette : ["#3B2416", "#F4EDE4", "#D9822B"];
  return `# Winnow brand rule set — a starter to edit. Reference: docs/reference.md#rule-sets
# Save it with: winnow brand rules update <brand> rules.yaml  (or update_brand_rules {brand, source})
# Every save is a new version. Each rule has an id (unique), a kind, a severity (block | warn, default block) and a
# fix (what to do when it fails). Unknown fields are errors, with their line number.
${ctx.brand ? `brand: ${ctx.brand.slug}\n` : ""}rules:
  # Words that may never appear (matched through leetspeak, look-alikes and separators: "r.i.s.k free").
  - id: banned-words
    kind: banned_phrase
    phrases: [guaranteed, miracle, risk-free]
    replacements: { guaranteed: designed }
    fix: Remove the banned wording or use the suggested word.

  # Small print that copy triggers: "10% off" (percent_off) needs "Terms apply." in the disclaimer.
  - id: disclaimer-offers
    kind: required_disclaimer
    triggers:
      builtin: [percent_off, money_off]
    text: Terms apply.
    accept: [T&Cs apply.]
    fix: Add "Terms apply." to the disclaimer.

  # Claims that need evidence on file (substantiation ids), except harmless phrases.
  - id: claims
    kind: claim
    phrases: [best, "#1", clinically proven]
    except: [personal best]
    fix: Attach a substantiation id or soften the claim.

  # Voice: off-tone words, exclamation marks and shouting.
  - id: voice
    kind: tone
    severity: warn
    offTone: [cheap, hurry, act now]
    maxExclamations: 1
    fix: Keep it warm and plain-spoken.

  # Copy length per field, and for the whole ad (field: total) per platform or format.
  - id: copy-length
    kind: copy_length
    limits:
      - { field: headline, max: 40 }
      - { field: body, max: 125 }
      - { field: total, max: 200 }
    fix: Shorten the copy.

  # Brand colours, measured with ΔE2000 on the rendered ad (product photos are left out).
  - id: palette
    kind: palette
    severity: warn
    colors: [${palette.map((c) => q(c)).join(", ")}]
    neutrals: ["#FFFFFF", "#111111"]
    fix: Use brand colours for backgrounds, panels and buttons.

  # Every input photo must have valid rights and be reviewed; warns 14 days before rights expire.
  - id: input-rights
    kind: input_rights
    warnWithinDays: 14
    fix: Renew the rights or pick another photo.

  # More kinds (see the reference): logo (presence, size, clear space, position) and safe_zone (text margins).
`;
}

function starterManifest(ctx: StarterContext): string {
  const brand = ctx.brand?.slug ?? "your-brand";
  return [
    "file,name,kind,brand,owner,rights_holder,rights_expires_at,category,notes",
    `product-house-blend.jpg,House Blend bag,product,${brand},studio@example.com,Acme Studio,2027-12-31,coffee,front of bag`,
    `logo.png,Primary logo,logo,${brand},brand@example.com,${ctx.brand?.name ?? "Your brand"},,,`,
    "",
  ].join("\n");
}
