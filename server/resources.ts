import type { Services } from "./services.ts";

/** The newest assets' thumbnails, so clients that browse resources see something useful without paging 10k rows. */
export async function listAssetsForResources(services: Services) {
  const page = await services.library.list({}, { limit: 100 });
  return {
    resources: page.items.map((a) => ({
      uri: a.thumbnailUri,
      name: `${a.name} (thumbnail)`,
      mimeType: "image/webp",
      description: `${a.kind}, ${a.status}, ${a.width}×${a.height}`,
    })),
  };
}
