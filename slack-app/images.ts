import type { WebClient } from "@slack/web-api";
import { assetLinkKey, signedThumbnailUrl } from "../server/asset-links.ts";
import type { Services } from "../server/services.ts";

const MAX_IMAGES = 10;

/** A signed, expiring thumbnail link when Slack can reach this server (WINNOW_PUBLIC_URL) and a key exists. */
export function thumbnailUrlFor(services: Services): (assetId: string) => string | undefined {
  const key = assetLinkKey(services.config);
  const base = services.config.publicUrl;
  if (!base || !key) return () => undefined;
  return (assetId) => signedThumbnailUrl(base, key, assetId, services.clock.now().getTime() / 1000);
}

/**
 * Uploads files into a thread with files.uploadV2 (works without a public URL for Winnow), in the order given: a
 * ranked search shows its thumbnails in rank order. A failed upload is logged, not fatal: the reply already went out.
 */
export async function uploadFiles(
  services: Services,
  client: WebClient,
  channel: string,
  threadTs: string,
  files: { file: Buffer; filename: string; title: string }[],
) {
  if (!files.length) return;
  try {
    await client.files.uploadV2({ channel_id: channel, thread_ts: threadTs, file_uploads: files });
  } catch (error) {
    services.logger.warn("slack file upload failed", { channel, error: String(error) });
  }
}

/** Thumbnails of these assets, uploaded in this order with these titles; ids without a file are skipped. */
export async function showAssets(
  services: Services,
  client: WebClient,
  channel: string,
  threadTs: string,
  items: { assetId: string; title: string }[],
) {
  const files: { file: Buffer; filename: string; title: string }[] = [];
  for (const item of items.slice(0, MAX_IMAGES)) {
    try {
      const { bytes } = await services.library.readFile(item.assetId, "thumbnail");
      // Slack shows the file name beside the picture: the asset's title, never its id.
      files.push({ file: bytes, filename: `${fileNameOf(item.title)}.webp`, title: item.title.slice(0, 250) });
    } catch {
      // Not an asset with a file (e.g. an id mentioned in passing); skip it.
    }
  }
  await uploadFiles(services, client, channel, threadTs, files);
}

/** "Dawn trail — 1:1" → "dawn-trail-1-1": a file name Slack can show, from the title people read. */
function fileNameOf(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "asset"
  );
}
