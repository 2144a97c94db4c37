import { tokenize } from "../embeddings/tokens.ts";
import type { ImageFeatures } from "../embeddings/visual.ts";
import { deltaE, hexToRgb, nearestColourName, rgbToLab } from "./colours.ts";
import type { AudienceProfile, ProposedTag, Tagger, TaggerInput } from "./tagger.ts";

/**
 * Tags from what can be known without a model: words in the asset's name, description and metadata matched against
 * the (brand's) vocabulary, and image features — named palette colours, tone from brightness/saturation/warmth,
 * format from the aspect ratio, brand alignment from ΔE to the brand palette, audience fit from both.
 */
export class OfflineTagger implements Tagger {
  readonly name = "offline-tagger";
  readonly version = "1";

  async tag(input: TaggerInput): Promise<ProposedTag[]> {
    const tags = new Map<string, ProposedTag>();
    const add = (t: ProposedTag) => {
      const key = `${t.category}:${t.tag}`;
      const prior = tags.get(key);
      if (!prior || prior.confidence < t.confidence) tags.set(key, { ...t, confidence: round(t.confidence) });
    };
    const { asset, features } = input;
    const strong = ` ${tokenize([asset.name, asset.category, asset.useCase, asset.kind].join(" ")).join(" ")} `;
    const weak = ` ${tokenize([asset.description, asset.notes, flatten(asset.metadata)].join(" ")).join(" ")} `;
    for (const [category, entries] of Object.entries(input.vocabulary)) {
      if (category === "audience") continue;
      for (const [tag, keywords] of Object.entries(entries)) {
        const hits = keywords.filter((k) => weak.includes(phraseOf(k)) || strong.includes(phraseOf(k)));
        if (hits.length === 0) continue;
        const inStrong = hits.some((k) => strong.includes(phraseOf(k)));
        add({ category, tag, confidence: Math.min(0.95, (inStrong ? 0.8 : 0.65) + 0.05 * (hits.length - 1)) });
      }
    }
    for (const t of colourTags(features)) add(t);
    for (const t of subjectColourTags(features)) add(t);
    for (const t of toneTags(features)) add(t);
    add(formatTag(asset.width, asset.height));
    const brand = brandAlignment(features, input.brandPalette);
    if (brand) add(brand);
    const evidence = new Set([
      ...strong.split(" "),
      ...weak.split(" "),
      ...[...tags.values()].flatMap((t) => tokenize(t.tag)),
    ]);
    for (const w of input.brandWords) evidence.delete(w);
    for (const t of audienceTags(evidence, input.audiences, input.vocabulary.audience ?? {})) add(t);
    return [...tags.values()];
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A vocabulary keyword's words, space-delimited on both sides for whole-word matching, and its words alone. Every
 * asset is matched against the same vocabulary, so each keyword is tokenised once, not once per asset.
 */
const phrases = new Map<string, { phrase: string; words: string[] }>();
function tokenized(keyword: string) {
  let known = phrases.get(keyword);
  if (!known) {
    if (phrases.size >= 20_000) phrases.clear();
    const words = tokenize(keyword);
    known = { phrase: ` ${words.join(" ")} `, words };
    phrases.set(keyword, known);
  }
  return known;
}
const phraseOf = (keyword: string) => tokenized(keyword).phrase;

function flatten(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") return Object.values(value).map(flatten).join(" ");
  return "";
}

function colourTags(f: ImageFeatures): ProposedTag[] {
  const byName = new Map<string, number>();
  for (const c of f.palette) {
    const { name } = nearestColourName(c.rgb);
    byName.set(name, (byName.get(name) ?? 0) + c.share);
  }
  return [...byName.entries()]
    .filter(([, share]) => share >= 0.04)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, share]) => ({ category: "colour", tag: name, confidence: Math.min(0.95, 0.5 + share) }));
}

/**
 * Named colours of the subject (foreground against the backdrop, or the centre): "subject-colour:orange" on an orange
 * shoe on a white seamless, "subject-colour:white" on a white shoe on an orange one. What colour + object queries rank by.
 */
function subjectColourTags(f: ImageFeatures): ProposedTag[] {
  if (!f.subject) return [];
  const byName = new Map<string, number>();
  for (const c of f.subject.colours) {
    const { name } = nearestColourName(c.rgb);
    byName.set(name, (byName.get(name) ?? 0) + c.share);
  }
  return [...byName.entries()]
    .filter(([, share]) => share >= 0.12)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, share]) => ({ category: "subject-colour", tag: name, confidence: Math.min(0.95, 0.45 + share / 2) }));
}

function toneTags(f: ImageFeatures): ProposedTag[] {
  const out: ProposedTag[] = [];
  if (f.saturation > 0.35 && f.brightness > 0.45)
    out.push({ category: "tone", tag: "vibrant", confidence: Math.min(0.9, 0.4 + f.saturation) });
  if (f.saturation > 0.4 && f.warmth > 0.3)
    out.push({ category: "tone", tag: "energetic", confidence: Math.min(0.85, 0.3 + f.saturation * f.warmth) });
  if (f.saturation < 0.18) out.push({ category: "tone", tag: "muted", confidence: 0.7 - f.saturation });
  if (f.brightness > 0.72) out.push({ category: "tone", tag: "bright", confidence: Math.min(0.9, f.brightness) });
  if (f.brightness < 0.3) out.push({ category: "tone", tag: "dark", confidence: Math.min(0.9, 1 - f.brightness) });
  if (f.warmth > 0.35) out.push({ category: "tone", tag: "warm", confidence: Math.min(0.85, 0.4 + f.warmth / 2) });
  if (f.warmth < -0.35) out.push({ category: "tone", tag: "cool", confidence: Math.min(0.85, 0.4 - f.warmth / 2) });
  if (f.edgeDensity < 0.06) out.push({ category: "tone", tag: "minimal", confidence: 0.6 });
  return out;
}

/** Ad placements by aspect ratio (within 3%), else the orientation. */
export function formatTag(width: number, height: number): ProposedTag {
  const ratio = width / Math.max(1, height);
  const named: [string, number][] = [
    ["square-1x1", 1],
    ["portrait-4x5", 0.8],
    ["story-9x16", 9 / 16],
    ["landscape-16x9", 16 / 9],
    ["landscape-1.91x1", 1.91],
  ];
  const hit = named.find(([, r]) => Math.abs(ratio - r) / r < 0.03);
  if (hit) return { category: "format", tag: hit[0], confidence: 1 };
  return { category: "format", tag: ratio > 1 ? "landscape" : "portrait", confidence: 1 };
}

/** Share of the frame's dominant colours within ΔE 20 of the brand palette. */
function brandAlignment(f: ImageFeatures, palette: string[]): ProposedTag | undefined {
  if (palette.length === 0 || f.palette.length === 0) return undefined;
  const brandLab = palette.map((hex) => rgbToLab(hexToRgb(hex)));
  let covered = 0;
  let total = 0;
  for (const c of f.palette) {
    total += c.share;
    const lab = rgbToLab(c.rgb);
    if (brandLab.some((b) => deltaE(lab, b) < 20)) covered += c.share;
  }
  const share = total ? covered / total : 0;
  return share >= 0.3
    ? { category: "brand", tag: "on-palette", confidence: Math.min(0.95, 0.5 + share / 2) }
    : { category: "brand", tag: "off-palette", confidence: Math.min(0.9, 0.5 + (1 - share) / 2) };
}

/** Audience fit: words describing the audience (profile + brand vocabulary) found among the asset's words and tags. */
function audienceTags(
  evidence: Set<string>,
  audiences: AudienceProfile[],
  vocabulary: Record<string, string[]>,
): ProposedTag[] {
  const out: ProposedTag[] = [];
  const slugs = new Set([...audiences.map((a) => a.slug), ...Object.keys(vocabulary)]);
  for (const slug of slugs) {
    const words = new Set(
      [...(audiences.find((a) => a.slug === slug)?.keywords ?? []), ...(vocabulary[slug] ?? [])].flatMap(
        (k) => tokenized(k).words,
      ),
    );
    const hits = [...words].filter((w) => evidence.has(w));
    if (hits.length === 0) continue;
    out.push({ category: "audience", tag: slug, confidence: Math.min(0.9, 0.45 + 0.12 * hits.length) });
  }
  return out;
}
