import type { Attachment } from "../agents/orchestrator.ts";
import { WinnowError } from "../core/errors.ts";
import type { Services } from "../server/services.ts";

/** A file as Slack describes it in a message event (file_share) or files.info. */
export interface SlackFile {
  id: string;
  name?: string;
  title?: string;
  mimetype?: string;
  filetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
const WANTED =
  /^(image\/|text\/csv|text\/tab-separated-values|application\/vnd\.ms-excel|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|text\/plain)/;

/** The bot token goes only to Slack's own file hosts (or the API host configured for tests and Enterprise Grid). */
function trustedHost(url: URL, services: Services): boolean {
  if (url.protocol === "https:" && (url.hostname === "slack.com" || url.hostname.endsWith(".slack.com"))) return true;
  const api = services.config.slack.apiUrl;
  return !!api && new URL(api).host === url.host;
}

/** Files worth downloading for the agent: images and metrics exports (.csv, .xlsx); others are named back as not used. */
export function wantedFiles(files: SlackFile[] | undefined): SlackFile[] {
  return (files ?? []).filter((f) => WANTED.test(f.mimetype ?? "") || /\.(csv|tsv|xlsx)$/i.test(f.name ?? ""));
}

/** Downloads a shared file with the bot token (Authorization: Bearer), within the size limit. */
export async function downloadSlackFile(services: Services, file: SlackFile): Promise<Attachment> {
  const href = file.url_private_download ?? file.url_private;
  const name = file.name ?? file.title ?? file.id;
  if (!href) throw new WinnowError("invalid_input", `${name}: Slack gave no download link for this file.`);
  if ((file.size ?? 0) > MAX_DOWNLOAD_BYTES) {
    throw new WinnowError(
      "invalid_input",
      `${name} is over ${MAX_DOWNLOAD_BYTES / 1024 / 1024} MB; share a smaller file.`,
    );
  }
  const url = new URL(href);
  if (!trustedHost(url, services)) {
    throw new WinnowError("forbidden", `${name}: the download link is not on a Slack host, so it was not fetched.`);
  }
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${services.config.slack.botToken}` },
    signal: AbortSignal.timeout(30_000),
  });
  const type = res.headers.get("content-type") ?? "";
  if (!res.ok || type.startsWith("text/html")) {
    // Slack answers a token without files:read with its HTML sign-in page rather than an error status.
    throw new WinnowError(
      "unavailable",
      `${name} could not be downloaded (HTTP ${res.status}${type.startsWith("text/html") ? ", sign-in page" : ""}). ` +
        "Check that the Slack app has the files:read scope and is in this channel.",
    );
  }
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAX_DOWNLOAD_BYTES) {
    throw new WinnowError(
      "invalid_input",
      `${name} is over ${MAX_DOWNLOAD_BYTES / 1024 / 1024} MB; share a smaller file.`,
    );
  }
  return { name, mimeType: file.mimetype ?? type.split(";")[0] ?? "application/octet-stream", bytes };
}
