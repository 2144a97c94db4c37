import type { RuleKind } from "../brand/rules.ts";

/**
 * The hand-written half of docs/reference.md: what each field means, keyed by its path in the schema, what each rule
 * kind catches and one example each. The other half (names, types, required, defaults, limits) is read from the zod
 * schemas. Every example is parsed with the real schema by test/reference-docs.test.ts.
 */

/** Fields every rule has. */
export const RULE_BASE_NOTES: Record<string, string> = {
  id: "Your name for the rule, unique in the set; findings and patches (`upsert`/`remove`) refer to it.",
  kind: "Which check this is (the section heading).",
  severity:
    "`block`: a failing ad is repaired once, then dropped, never shipped; `check_brand_rules` says it fails. `warn`: reported, not blocking.",
  fix: "What to do when the rule fails, shown with every finding (and to the model repairing copy).",
  description: "Why the rule exists; shown in `get_brand_rules`.",
};

export const RULE_SET_NOTES: Record<string, string> = {
  brand: "The brand slug the set is for (informational; the brand is the one you save it to).",
  description: "What the set is for.",
  rules: "The rules, in any order; each is one of the kinds below. Root key `rules:` — a bare list is an error.",
};

interface KindNotes {
  catches: string;
  fields: Record<string, string>;
  example: string;
}

export const RULE_KIND_NOTES: Record<RuleKind, KindNotes> = {
  banned_phrase: {
    catches:
      "Words and phrases that may never appear in any copy field. Matching is whole-word through one normaliser: case, accents, full-width and 𝐛𝐨𝐥𝐝 letters, Cyrillic/Greek look-alikes, zero-width characters, leetspeak (`fr33`), stretched letters and any separator (`r.i.s.k f.r.e.e`).",
    fields: {
      phrases: "Words or phrases to ban.",
      patterns:
        "Regular expressions (case-insensitive, Unicode) run on the normalised text: lower case, single spaces. Patterns that can backtrack catastrophically are refused.",
      replacements: "Banned phrase → the word to use instead; used by the automatic repair and shown in the fix.",
    },
    example: `- id: banned-words
  kind: banned_phrase
  phrases: [guaranteed, miracle, risk-free]
  patterns: ["\\\\bon\\\\s+cloud\\\\w*"]
  replacements: { guaranteed: designed }
  fix: Remove the banned wording or use the suggested word.`,
  },
  required_disclaimer: {
    catches:
      "Copy that needs small print without carrying it: when any field matches a trigger (or the offer type is listed) and no field contains `text` or one of `accept`, the ad fails. A disclaimer's own words never trigger another rule.",
    fields: {
      offerTypes:
        "Offer types that always need this disclaimer (the `offerType` of a template's offer value, or one passed to `check_brand_rules`).",
      triggers:
        "What in the copy itself makes the disclaimer necessary; any field matching is enough. Give `triggers` or `offerTypes` (or both).",
      "triggers.builtin":
        "Vetted trigger patterns: `percent_off` (20% off), `money_off` ($10 off), `price` ($49), `free_shipping`, `free_offer`, `financing`, `apr`, `monthly_payment`, `trial`, `subscription`.",
      "triggers.phrases": "Your own trigger words, matched like banned phrases.",
      "triggers.patterns": "Your own trigger regexes on the normalised text.",
      "triggers.except": "Wordings that contain a trigger but offer nothing (`100% cotton`).",
      text: "The disclaimer that must appear (in any field, usually `disclaimer`).",
      accept: "Other wordings legal accepts as the same disclaimer.",
    },
    example: `- id: disclaimer-offers
  kind: required_disclaimer
  offerTypes: [discount]
  triggers:
    builtin: [percent_off, money_off]
    phrases: [buy one get one]
    except: ["100% cotton"]
  text: Terms apply.
  accept: [T&Cs apply.]
  fix: Add "Terms apply." to the disclaimer.`,
  },
  claim: {
    catches:
      "Claims that need evidence on file (`best`, `#1`, `clinically proven`): the ad fails unless the check is given a substantiation id registered for that claim.",
    fields: {
      phrases: "Claim words and phrases, matched like banned phrases.",
      patterns: "Claim regexes on the normalised text.",
      except: "Phrases that contain a claim word but claim nothing (`personal best`).",
      substantiations:
        "Claim phrase → the evidence ids that back it; when a claim has none listed, any substantiation id attached to the check is accepted.",
    },
    example: `- id: claims
  kind: claim
  phrases: [best, "#1", clinically proven]
  except: [personal best]
  substantiations: { clinically proven: [SUB-2027-01] }
  fix: Attach a substantiation id or soften the claim.`,
  },
  tone: {
    catches:
      "Copy off the brand's voice: off-tone words, too many exclamation marks, SHOUTING (share of letters in all-caps words of 4+ letters); with `judge: llm` a model scores the copy against `voice`.",
    fields: {
      judge: "`lexicon` (offline, the fields below) or `llm` (a configured model scores against `voice`).",
      voice: "The brand's voice in a sentence or two, for the `llm` judge.",
      offTone: "Words or phrases that are off-voice.",
      maxOffTone: "How many off-tone hits are tolerated.",
      maxExclamations: "Most exclamation marks in the whole ad.",
      maxUppercaseRatio: "Largest share of letters in ALL-CAPS words.",
      minScore: "The `llm` judge's lowest passing on-brand score.",
    },
    example: `- id: voice
  kind: tone
  severity: warn
  offTone: [cheap, hurry, act now]
  maxExclamations: 1
  maxUppercaseRatio: 0.3
  fix: Keep it warm and plain-spoken.`,
  },
  copy_length: {
    catches:
      "Copy too long (or too short) for a field or for the whole ad, per platform and format; per measure the most specific limit (platform, then format) wins.",
    fields: {
      limits: "One or more limits.",
      "limits[].field": "`headline`, `body`, `cta`, `disclaimer`, or `total` for the whole ad.",
      "limits[].max": "Most characters.",
      "limits[].min": "Fewest characters.",
      "limits[].platforms": "Only for these platforms (e.g. `google`, `meta`); all when left out.",
      "limits[].formats": 'Only for these formats (as the checker names them, e.g. `"1080x1920"`); all when left out.',
      "limits[].include": "For `field: total`: the fields added up (all four by default).",
    },
    example: `- id: copy-length
  kind: copy_length
  limits:
    - { field: headline, max: 40 }
    - { field: body, max: 90, platforms: [google] }
    - { field: total, max: 160, include: [headline, body, cta] }
  fix: Shorten the copy.`,
  },
  palette: {
    catches:
      "Rendered ads whose dominant colours are off-palette: each colour covering at least `minShare` of the measured pixels must be within `maxDeltaE` (CIEDE2000) of a brand colour or neutral, and off-palette colours may cover at most `maxOffPaletteShare`.",
    fields: {
      colors: "Brand colours as `#RRGGBB`.",
      neutrals: "Colours always allowed (white, off-black).",
      maxDeltaE: "How far (ΔE2000) a colour may be from the nearest allowed one.",
      minShare: "A colour counts as dominant from this share of the measured pixels.",
      maxOffPaletteShare: "Largest total share of off-palette dominant colours.",
      exclude: "Layout boxes left out of the measurement (product photography keeps its own colours).",
    },
    example: `- id: palette
  kind: palette
  severity: warn
  colors: ["#3B2416", "#F4EDE4", "#D9822B"]
  neutrals: ["#FFFFFF", "#111111"]
  maxDeltaE: 12
  fix: Use brand colours for backgrounds, panels and buttons.`,
  },
  logo: {
    catches:
      "Rendered ads where the logo is missing, too small, crowded (clear space) or in the wrong corner; the logo counts as drawn when enough of its box is within ΔE2000 15 of a logo colour.",
    fields: {
      box: "The layout box that holds the logo.",
      colors: "The logo's colours as `#RRGGBB`.",
      minWidthRatio: "Smallest logo width as a share of the ad's width.",
      clearSpace: "Free space on every side, as a multiple of the logo's height.",
      positions: "Where the logo may sit.",
      minCoverage: "Share of the logo box that must be in a logo colour.",
    },
    example: `- id: logo
  kind: logo
  colors: ["#3B2416"]
  minWidthRatio: 0.08
  clearSpace: 0.25
  positions: [bottom-right, top-right]
  fix: Place the logo in a corner with clear space around it.`,
  },
  safe_zone: {
    catches:
      "Text boxes that reach into a platform's unsafe margins (stories cover the top and bottom with their own interface).",
    fields: {
      zones: 'Unsafe margins per format (`"1080x1920"`), `default` for the rest.',
      "zones.<name>": "The margins of that format, as fractions of the frame.",
      textBoxes: "The layout boxes that must stay inside the safe area.",
    },
    example: `- id: safe-zones
  kind: safe_zone
  zones:
    default: { top: 0.05, right: 0.05, bottom: 0.05, left: 0.05 }
    "1080x1920": { top: 0.14, right: 0.06, bottom: 0.2, left: 0.06 }
  fix: Move text inside the safe area.`,
  },
  input_rights: {
    catches:
      "Input photos (product, scene, talent, logo) that may not be used: unknown, waiting for review, retired, replaced by a newer product version, or with expired rights; warns before rights expire.",
    fields: {
      warnWithinDays: "Warn this many days before an input's rights expire.",
    },
    example: `- id: input-rights
  kind: input_rights
  warnWithinDays: 14
  fix: Renew the rights or pick another photo.`,
  },
};

export const TEMPLATE_NOTES: Record<string, string> = {
  slots: "All nine slots, each with its allowed values (see the slot table above).",
  "slots.<slot>.description": "What the slot is for.",
  "slots.<slot>.values": "The values generation may choose; at least one.",
  "slots.<slot>.values[].id": "Stable id: what briefs, copy rules and results name (`gen-z`, `spring-20-off`, `1:1`).",
  "slots.<slot>.values[].label": "The words substituted for `{slot}` in copy.",
  "slots.<slot>.values[].assetId":
    "product, scene, talent: the library image placed in the ad (`ast_…`, from `winnow import` or `list_assets`). A product value without it is skipped at generation (see `image`).",
  "slots.<slot>.values[].disclaimer": "offer: small print drawn in the disclaimer box.",
  "slots.<slot>.values[].offerType":
    "offer: what brand rules call this kind of offer (`discount`, `sale`, `financing`, `trial`…), for required disclaimers.",
  "slots.<slot>.image":
    "product, scene, talent: `required` skips a variant whose value has no image to place (counted as skipped: missing image); `optional` renders it without the image and flags it. Default: product `required`, scene and talent `optional`.",
  copy: "Copy banks per field: `headline`, `body`, `cta`.",
  "copy.headline": "Headline rules; one needs an empty `when` (the fallback).",
  "copy.headline[].when":
    "Slot values this rule applies to (`{ hook: ritual }`); the most specific matching rule wins; `{}` always matches.",
  "copy.headline[].texts": "Candidate lines; `{slot}` placeholders take the chosen value's label.",
  "copy.body": "Body rules, as for the headline.",
  "copy.body[].when": "As for the headline.",
  "copy.body[].texts": "As for the headline.",
  "copy.cta": "Call-to-action rules, as for the headline.",
  "copy.cta[].when": "As for the headline.",
  "copy.cta[].texts": "As for the headline.",
  layouts:
    "A layout per format value, keyed by format (`1:1`, `9:16`, `1.91:1`, `4:5`). Leave it out and create_template uses the house layouts for all four.",
  "layouts.<slot>.width": "Canvas width; must be the format's (see the formats table).",
  "layouts.<slot>.height": "Canvas height; must be the format's.",
  "layouts.<slot>.safeZone": "Where text may go.",
  "layouts.<slot>.boxes": "Where each element is drawn; every box must lie inside the canvas.",
  "layouts.<slot>.boxes.photo": "The scene photo (left out: full bleed).",
  "layouts.<slot>.boxes.image": "The product shot's card.",
  "layouts.<slot>.boxes.talent": "The talent portrait (left out: no portrait).",
  "layouts.<slot>.boxes.headline": "Headline text.",
  "layouts.<slot>.boxes.body": "Body text.",
  "layouts.<slot>.boxes.cta": "Call-to-action button.",
  "layouts.<slot>.boxes.logo": "Logo plate.",
  "layouts.<slot>.boxes.disclaimer": "Disclaimer small print.",
  "layouts.<slot>.headlineMaxPx": "Largest headline font size.",
  "layouts.<slot>.bodyMaxPx": "Largest body font size.",
  "layouts.<slot>.maxChars": "Copy length limits of this format; the offline copywriter only picks lines that fit.",
  "layouts.<slot>.maxChars.headline": "Most headline characters.",
  "layouts.<slot>.maxChars.body": "Most body characters.",
  style: "Fonts, colours and the logo.",
  "style.fontFamily": "CSS font list for all text.",
  "style.primary": "Panel and button colour (default: brand palette colour 1).",
  "style.ink": "Text colour (default: palette colour 2).",
  "style.paper": "Background colour (default: palette colour 3).",
  "style.accent": "Accent colour (default: palette colour 5, else 4).",
  "style.logoAssetId": "The logo asset (`ast_…`, kind logo) drawn in the logo box.",
  "style.logoImage":
    "`optional` (default): a variant without a placeable logo is made and flagged; `required`: it is skipped.",
  "style.panelOpacity": "How opaque the panel behind the headline is over the scene (0–1).",
};

export const SLOT_NOTES: Record<string, { role: string; image: string }> = {
  audience: { role: "Who the ad is for; fixed per call by the brief's `audience`.", image: "—" },
  offer: {
    role: "What is offered; fixed per call by the brief's `offer`. May carry `disclaimer` and `offerType`.",
    image: "—",
  },
  tone: { role: "How it sounds; varied unless the brief fixes `tone`.", image: "—" },
  format: {
    role: "Aspect ratio; value ids are format ids, each needs a layout; the brief's `formats` pick them.",
    image: "—",
  },
  hook: { role: "The angle of the headline; varied.", image: "—" },
  cta: { role: "The call to action; varied.", image: "—" },
  product: { role: "What is sold; varied. Values carry the product photo's `assetId`.", image: "required" },
  scene: { role: "Where it happens; varied. Values carry a scene photo's `assetId`.", image: "optional" },
  talent: { role: "Who is in it; varied. Values carry a portrait's `assetId`.", image: "optional" },
};

export const TEMPLATE_EXAMPLE = `slots:
  audience: { values: [{ id: gen-z, label: Gen Z coffee drinkers }] }
  offer:
    values:
      - { id: first-order-10-off, label: 10% off your first order, offerType: discount, disclaimer: Terms apply. }
  tone: { values: [{ id: warm, label: warm }, { id: bold, label: bold }] }
  format: { values: [{ id: "1:1", label: square }] }
  hook: { values: [{ id: ritual, label: your morning ritual }] }
  cta: { values: [{ id: order-now, label: Order now }] }
  product:
    values: [{ id: house-blend, label: House Blend, assetId: ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D }]
  scene:
    values: [{ id: counter, label: the counter, assetId: ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2E }]
  talent:
    image: optional
    values: [{ id: none, label: our team }]
copy:
  headline:
    - { when: {}, texts: ["{product}, fresh"] }
    - { when: { hook: ritual }, texts: ["Your ritual: {product}"] }
  body: [{ when: {}, texts: ["{offer}. Fresh beans, delivered."] }]
  cta: [{ when: {}, texts: ["{cta}"] }]
style:
  logoAssetId: ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2F`;

export const MANIFEST_NOTES: Record<string, string> = {
  file: "The image, relative to the manifest (column `file` or `path`). Required.",
  name: "Display name (default: the file name).",
  kind: "What the image is.",
  brand: "Brand slug or id.",
  description: "What is in the picture.",
  category: "Your category (e.g. `coffee`, `running-shoes`).",
  useCase: "What it is for (`paid social`, `web`).",
  source: "Where it came from (shoot, agency…).",
  status: "Library status (default `ready`).",
  owner: "Who looks after it.",
  rightsHolder: "Who holds the usage rights.",
  rightsExpiresAt: "When the usage rights end (UTC date); afterwards the asset is blocked from generation.",
  notes: "Free notes.",
  usageNotes: "How it may be used.",
  lastReviewedAt: "When a person last reviewed it.",
  rejectionReason: "Why it was rejected (for kind `rejected`).",
  metadata: "Free-form JSON (JSON manifests only).",
  links: "JSON manifests: `[{ type, id }]`. CSV: the link columns below.",
};

export const MANIFEST_EXAMPLE = `file,name,kind,brand,owner,rights_holder,rights_expires_at,category,product
product-house-blend.jpg,House Blend bag,product,acme-coffee,studio@acme.example,Acme Studio,2027-12-31,coffee,
scene-counter.jpg,The counter,scene,acme-coffee,studio@acme.example,Acme Studio,2027-06-30,,ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D`;

/** Export field → what the reference calls it. Fields the registry adds later show under their own name. */
export const EXPORT_FIELD_NAMES: Record<string, string> = {
  adId: "ad id",
  date: "day",
  start: "reporting start",
  end: "reporting end",
  impressions: "impressions",
  clicks: "clicks",
  conversions: "conversions",
  spend: "spend",
  revenue: "revenue",
  watchSeconds: "watch time (seconds)",
  avgPlaySeconds: "average play time",
  videoPlays: "video plays",
  platform: "platform",
  currency: "currency",
  resultIndicator: "result type (which event `Results` counts)",
};

export const EXPORT_FORMAT_TITLES: Record<string, string> = {
  winnow: "Winnow CSV",
  meta: "Meta Ads Manager (Export table data, ad level, by day, with Ad ID)",
  google_ads: "Google Ads (Ads report download, segmented by Day, with Ad ID)",
  tiktok: "TikTok Ads Manager (custom report, Ad ID dimension, By Day)",
  linkedin: "LinkedIn Campaign Manager (ad performance report, daily)",
};
