import { createHash } from "node:crypto";
import type { Database } from "../../db/client.ts";
import { getAssetRow } from "../../db/repositories/assets.ts";
import { requireBrand } from "../../db/repositories/brands.ts";
import {
  assetRowsByIds,
  audienceSignals,
  type CandidateRow,
  filterCandidates,
  fullTextCandidates,
  rankingTagsOf,
  type SearchFilters,
} from "../../db/repositories/search.ts";
import { audiences as audiencesTable } from "../../db/schema.ts";
import type { Clock } from "../clock.ts";
import { normalise } from "../embeddings/provider.ts";
import type { EmbeddingService } from "../embeddings/service.ts";
import { tokenize } from "../embeddings/tokens.ts";
import { invalidInput, notFound } from "../errors.ts";
import { type Library, toView } from "../library/library.ts";
import type { AssetView } from "../library/types.ts";
import { type BrandScope, restrictTo } from "../people/caller.ts";
import { colourMatch } from "../tagging/colours.ts";
import { type AudienceRef, ftsExpression, matchAudience, parseQuery } from "./query.ts";
import { colourScore, explain, lexicalScore, type Signals, scoreOf } from "./rank.ts";
import { TermFrequencies } from "./term-frequency.ts";

export interface SearchRequest {
  query?: string | undefined;
  exampleAssetIds?: string[] | undefined;
  /** Vectors of an example that is not in the library (an image shared in Slack); see core/search/by-image.ts. */
  exampleVectors?: ExampleVectors | undefined;
  audience?: string | undefined;
  filters?: Omit<SearchFilters, "today" | "brandId" | "visible"> & { brand?: string | undefined };
  /** The caller's BrandScope: only assets of brands they may see are found (absent: every brand). */
  visible?: BrandScope | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** The text and visual vectors of one example, computed the way the library computes them for its assets. */
export interface ExampleVectors {
  /** Identifies the example (the image's sha256) so a cursor cannot be replayed against another one. */
  key: string;
  text: Float32Array;
  visual: Float32Array;
}

export interface SearchHit {
  asset: AssetView;
  score: number;
  why: string[];
  matchedTags: string[];
}

export interface SearchResult {
  items: SearchHit[];
  nextCursor: string | null;
  audience: string | null;
  notes: string[];
}

export interface SearchDeps {
  database: Database;
  clock: Clock;
  library: Library;
  embeddings: EmbeddingService;
}

/** Hybrid search: vector similarity (text + visual) + FTS5 full text + filters, with an audience bias. */
export class SearchService {
  private readonly frequencies = new TermFrequencies();

  constructor(private readonly deps: SearchDeps) {}

  async search(req: SearchRequest): Promise<SearchResult> {
    const { db } = this.deps.database;
    const examples = [...new Set(req.exampleAssetIds ?? [])];
    const audiences = (await db.select().from(audiencesTable)).map((a) => ({ id: a.id, slug: a.slug, name: a.name }));
    const parsed = parseQuery(req.query ?? "", audiences);
    const vectors = req.exampleVectors;
    if (!parsed.text && examples.length === 0 && !vectors && !parsed.audience) {
      throw invalidInput(
        "query",
        "is empty and no exampleAssetIds were given",
        'Describe what you are looking for (e.g. "bright trail shoes at dawn") or pass exampleAssetIds to find assets that feel like them.',
      );
    }
    const audience = req.audience ? resolveAudience(req.audience, audiences) : parsed.audience;
    const limit = req.limit ?? 20;
    const fingerprint = createHash("sha1")
      .update(
        JSON.stringify([parsed.text, examples, vectors?.key ?? null, audience?.slug, req.filters ?? {}, req.visible]),
      )
      .digest("base64url")
      .slice(0, 10);
    const offset = req.cursor ? decodeSearchCursor(req.cursor, fingerprint) : 0;
    const filters: SearchFilters = {
      ...req.filters,
      today: this.deps.clock.now().toISOString().slice(0, 10),
      visible: req.visible ? restrictTo(req.visible) : undefined,
    };
    if (req.filters?.brand) filters.brandId = (await requireBrand(db, req.filters.brand)).id;

    // Query vectors: the words, plus the examples' own vectors for "feels like this".
    const { index: textIndex, embedder } = await this.deps.embeddings.textIndex();
    const visualIndex = await this.deps.embeddings.visualIndex();
    let textQuery: Float32Array | undefined;
    let visualQuery: Float32Array | undefined;
    if (parsed.text) textQuery = (await this.deps.embeddings.embedQuery(parsed.text)).vector;
    if (examples.length || vectors) {
      const textSum = new Float32Array(embedder.dims);
      const visualSum = new Float32Array(visualIndex.ref.dims);
      if (vectors) {
        for (let i = 0; i < textSum.length; i++) textSum[i]! += vectors.text[i] ?? 0;
        for (let i = 0; i < visualSum.length; i++) visualSum[i]! += vectors.visual[i] ?? 0;
      }
      for (const id of examples) {
        if (!(await getAssetRow(db, id)))
          throw notFound("Asset", id, "exampleAssetIds must be existing asset ids (see list_assets or search_assets).");
        const t = textIndex.get(id);
        const v = visualIndex.get(id);
        if (t) for (let i = 0; i < t.length; i++) textSum[i]! += t[i]!;
        if (v) for (let i = 0; i < v.length; i++) visualSum[i]! += v[i]!;
      }
      const weight = examples.length + (vectors ? 1 : 0);
      if (textQuery) for (let i = 0; i < textQuery.length; i++) textSum[i]! += textQuery[i]! * weight;
      textQuery = normalise(textSum);
      visualQuery = normalise(visualSum);
    }
    const terms = tokenize(parsed.text);
    // Full text only when some term is selective; common words are left to the vector ranking (see TermFrequencies).
    const ftsTerms = [...new Set(terms)].filter((t) => t.length > 1);
    const selective =
      ftsTerms.length > 0 && (await this.frequencies.anySelective(db, ftsTerms, Math.max(textIndex.size, 1)));
    const match = parsed.text && selective ? ftsExpression(parsed.text) : undefined;
    const mode = {
      text: !!textQuery,
      fts: terms.length > 0,
      visual: !!visualQuery,
      examples: examples.length > 0 || !!vectors,
      colours: parsed.colours.length > 0,
      objects: parsed.subjects.length > 0,
    };

    // Retrieval: nearest vectors + FTS5 keyword hits; widen the pool when filters leave too few.
    // 100 nearest per signal is plenty for a page of up to 50; the loop widens it when filters leave too few.
    let pool = Math.max(100, (offset + limit) * 4);
    let signals = new Map<string, Signals>();
    let rows: CandidateRow[] = [];
    for (;;) {
      signals = new Map();
      const at = (id: string) => {
        let s = signals.get(id);
        if (!s) {
          s = { text: 0, fts: 0, visual: 0, audience: 0, colour: 0, object: 0 };
          signals.set(id, s);
        }
        return s;
      };
      const textHits = textQuery ? textIndex.search(textQuery, pool) : [];
      const visualHits = visualQuery ? visualIndex.search(visualQuery, pool) : [];
      const ftsHits = match ? await fullTextCandidates(db, match, pool) : [];
      for (const h of textHits) at(h.id).text = h.score;
      for (const h of visualHits) at(h.id).visual = h.score;
      for (const h of ftsHits) at(h.assetId);
      for (const id of examples) signals.delete(id);
      // Candidates found one way still get the other similarities.
      for (const [id, s] of signals) {
        if (textQuery && s.text === 0) s.text = dotOf(textIndex.get(id), textQuery);
        if (visualQuery && s.visual === 0) s.visual = dotOf(visualIndex.get(id), visualQuery);
      }
      rows = await filterCandidates(db, [...signals.keys()], filters);
      const exhausted = textHits.length < pool && visualHits.length < pool && ftsHits.length < pool;
      if (rows.length > offset + limit || exhausted) break;
      pool *= 5;
    }
    const tagsById = await rankingTagsOf(
      db,
      rows.map((r) => r.id),
    );
    // With an object asked for, colour words are judged on the subject (the colour signal), not on frame colour tags.
    const colourTagged = (t: { category: string }) =>
      t.category === "subject-colour" || (mode.colours && mode.objects && t.category === "colour");
    for (const row of rows) {
      const rowTags = (tagsById.get(row.id) ?? []).filter((t) => t.category !== "error");
      const s = signals.get(row.id)!;
      s.colour = colourScore(parsed.colours, rowTags, colourMatch, mode.objects);
      s.object = rowTags.some((t) => t.category === "subject" && parsed.subjects.includes(t.tag)) ? 1 : 0;
      s.fts = lexicalScore(terms, {
        name: tokenize(row.name),
        tags: rowTags.filter((t) => !colourTagged(t)).flatMap((t) => tokenize(t.tag.replace(/-/g, " "))),
        body: tokenize(`${row.description ?? ""} ${row.category ?? ""} ${row.useCase ?? ""} ${row.kind}`),
        notes: tokenize(`${row.notes ?? ""} ${row.usageNotes ?? ""}`),
      });
    }
    if (audience) {
      const bias = await audienceSignals(
        db,
        rows.map((r) => r.id),
        audience,
      );
      for (const [id, b] of bias) signals.get(id)!.audience = Math.min(1, b.tag + b.tested);
    }

    const ranked = rows
      .map((r) => ({ id: r.id, score: scoreOf(signals.get(r.id)!, mode, !!audience) }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const page = ranked.slice(offset, offset + limit);
    const byId = new Map(
      (
        await assetRowsByIds(
          db,
          page.map((p) => p.id),
        )
      ).map((r) => [r.id, r]),
    );
    const items: SearchHit[] = page.map((p) => {
      const asset = toView(byId.get(p.id)!);
      const { why, matchedTags } = explain({
        asset,
        tags: tagsById.get(p.id) ?? [],
        signals: signals.get(p.id)!,
        queryText: parsed.text,
        audience: audience?.slug,
      });
      return { asset, score: Math.round(p.score * 1000) / 1000, why, matchedTags };
    });
    const more = ranked.length > offset + limit;
    return {
      items,
      nextCursor: more
        ? Buffer.from(JSON.stringify({ o: offset + limit, f: fingerprint })).toString("base64url")
        : null,
      audience: audience?.slug ?? null,
      notes: parsed.notes,
    };
  }

  /** Assets that look and read like one asset (its visual and text vectors), most similar first. */
  similar(assetId: string, options: Omit<SearchRequest, "query" | "exampleAssetIds"> = {}): Promise<SearchResult> {
    return this.search({ ...options, exampleAssetIds: [assetId] });
  }
}

function dotOf(v: Float32Array | undefined, q: Float32Array): number {
  if (!v) return 0;
  let s = 0;
  for (let i = 0; i < q.length; i++) s += v[i]! * q[i]!;
  return s;
}

function resolveAudience(ref: string, audiences: AudienceRef[]): AudienceRef {
  const hit = audiences.find((a) => a.slug === ref || a.id === ref) ?? matchAudience(ref, audiences);
  if (!hit) throw notFound("Audience", ref, `Known audiences: ${audiences.map((a) => a.slug).join(", ") || "none"}.`);
  return hit;
}

function decodeSearchCursor(cursor: string, fingerprint: string): number {
  try {
    const { o, f } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { o: number; f: string };
    if (f === fingerprint && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through to the error below
  }
  throw invalidInput(
    "cursor",
    "does not belong to this search",
    "Pass nextCursor from the previous page with the same query, examples and filters, or omit it.",
  );
}
