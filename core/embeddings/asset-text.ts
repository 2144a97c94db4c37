/** What an asset's text vector is made of: everything a marketer might describe it with. */
export interface AssetTextSource {
  name: string;
  kind: string;
  description: string | null;
  category: string | null;
  useCase: string | null;
  notes: string | null;
  usageNotes: string | null;
  metadata: Record<string, unknown> | null;
  tags: { category: string; tag: string; confidence: number }[];
}

const MAX_CHARS = 4_000;

/** Name and description first (they say what it is), then tags by confidence, then copy and notes. */
export function assetText(a: AssetTextSource): string {
  const tags = a.tags
    .filter((t) => t.category !== "error" && t.category !== "format" && t.confidence >= 0.4)
    .sort((x, y) => y.confidence - x.confidence)
    .map((t) => t.tag.replace(/[-_]/g, " "));
  const copy = copyOf(a.metadata);
  return [a.name, a.description, a.category, a.useCase, a.kind, tags.join(", "), copy, a.notes, a.usageNotes]
    .filter((s): s is string => typeof s === "string" && s.trim() !== "")
    .join(". ")
    .slice(0, MAX_CHARS);
}

function copyOf(metadata: Record<string, unknown> | null): string {
  if (!metadata) return "";
  const parts: string[] = [];
  for (const key of ["copy", "headline", "slots", "caption"]) {
    const value = metadata[key];
    if (typeof value === "string") parts.push(value);
    else if (value && typeof value === "object") {
      for (const v of Object.values(value as Record<string, unknown>)) if (typeof v === "string") parts.push(v);
    }
  }
  return parts.join(" ");
}
