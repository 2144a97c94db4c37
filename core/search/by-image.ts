import { createHash } from "node:crypto";
import { assetText } from "../embeddings/asset-text.ts";
import type { EmbeddingService } from "../embeddings/service.ts";
import { invalidInput } from "../errors.ts";
import { assertWithinPixelBudget } from "../media/image.ts";
import type { TaggingService } from "../tagging/service.ts";
import type { SearchRequest, SearchResult, SearchService } from "./service.ts";

export interface ImageSearchDeps {
  search: SearchService;
  tagging: TaggingService;
  embeddings: EmbeddingService;
}

/** Slack allows larger files, but an example image needs no more than this to be described. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * "Feels like this" for an image that is not in the library: the image gets the tags and the text + visual vectors
 * an imported asset would get, and the library is searched with them as the example. Nothing is stored.
 */
export async function searchByImage(
  deps: ImageSearchDeps,
  bytes: Buffer,
  request: Omit<SearchRequest, "exampleVectors"> & { imageName?: string | undefined } = {},
): Promise<SearchResult> {
  if (bytes.length === 0) throw invalidInput("imageBase64", "is empty", "Pass the image bytes, base64-encoded.");
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw invalidInput(
      "imageBase64",
      `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_IMAGE_BYTES / 1024 / 1024} MB limit`,
      "Send a smaller image (a screenshot or an export under 20 MB).",
    );
  }
  await assertWithinPixelBudget(bytes, "imageBase64");
  const { imageName, ...search } = request;
  const { features, tags } = await deps.tagging.describeImage(bytes, { name: imageName });
  const text = assetText({
    name: "",
    kind: "",
    description: null,
    category: null,
    useCase: null,
    notes: null,
    usageNotes: null,
    metadata: null,
    tags,
  });
  const { vector } = await deps.embeddings.embedQuery(text || "image");
  const key = createHash("sha256").update(bytes).digest("hex");
  const result = await deps.search.search({
    ...search,
    exampleVectors: { key, text: vector, visual: features.vector },
  });
  const seen = tags
    .filter((t) => t.category === "colour" || t.category === "tone")
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, 5)
    .map((t) => t.tag);
  return { ...result, notes: [...result.notes, ...(seen.length ? [`the image reads as ${seen.join(", ")}`] : [])] };
}
