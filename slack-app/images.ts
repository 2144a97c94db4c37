import type { WebClient } from "@slack/web-api";
import type { Services } from "../server/services.ts";

const MAX_IMAGES = 4;

/**
 * Shows asset thumbnails in a thread with files.uploadV2 (works without a public URL for Winnow). A failed upload
 * is logged, not fatal: the text reply already went out.
 */
export async function showAssets(
  services: Services,
  client: WebClient,
  channel: string,
  threadTs: string,
  ids: string[],
) {
  const files: { file: Buffer; filename: string; title: string }[] = [];
  for (const id of ids.slice(0, MAX_IMAGES)) {
    try {
      const { bytes } = await services.library.readFile(id, "thumbnail");
      files.push({ file: bytes, filename: `${id}.webp`, title: id });
    } catch {
      // Not an asset with a file (e.g. an id mentioned in passing); skip it.
    }
  }
  if (!files.length) return;
  try {
    await client.files.uploadV2({ channel_id: channel, thread_ts: threadTs, file_uploads: files });
  } catch (error) {
    services.logger.warn("slack image upload failed", { channel, error: String(error) });
  }
}
