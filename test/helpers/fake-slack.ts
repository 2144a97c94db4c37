import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { keepAliveLikeWinnow } from "./serve.ts";

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/** An HTTP failure (status, optional Retry-After) or, with `error`, a 200 `{ ok: false, error }` platform error. */
type Fault = { status: number; retryAfter?: number; error?: string };

/**
 * A local stand-in for the Slack Web API on 127.0.0.1 speaking its wire format (form or JSON bodies, `ok` envelopes,
 * 429 + Retry-After). Records every call so tests can assert what Winnow sent; faults can be queued per method.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly uploads: { id: string; bytes: number }[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  /** Every download of a shared file, with the Authorization header it carried. */
  readonly downloads: { id: string; authorization: string | undefined }[] = [];
  private readonly files = new Map<string, { bytes: Buffer; mimetype: string; name: string }>();
  private readonly faults = new Map<string, Fault[]>();
  private server!: Server;
  private tsCounter = 1_700_000_000;
  base = "";

  async start() {
    this.server = createServer((req, res) =>
      this.handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error))),
    );
    keepAliveLikeWinnow(this.server);
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get apiUrl() {
    return `${this.base}/api/`;
  }

  stop() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }

  failNext(method: string, ...faults: Fault[]) {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  /**
   * A file as if a user had shared it: served at its url_private_download only with the bot token (Slack answers a
   * request without it with its HTML sign-in page, status 200). Returns the file object a file_share event carries.
   */
  shareFile(name: string, bytes: Buffer, mimetype: string) {
    const id = `F${this.tsCounter++}`;
    this.files.set(id, { bytes, mimetype, name });
    const url = `${this.base}/files-pri/T0TEAM-${id}/download/${encodeURIComponent(name)}`;
    return {
      id,
      name,
      title: name,
      mimetype,
      filetype: name.split(".").pop(),
      size: bytes.length,
      url_private: url.replace("/download/", "/"),
      url_private_download: url,
    };
  }

  callsTo(method: string) {
    return this.calls.filter((c) => c.method === method);
  }

  reset() {
    this.calls.length = 0;
    this.responses.length = 0;
  }

  private async handle(req: IncomingMessage, res: import("node:http").ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = req.url ?? "";
    if (url.startsWith("/files-pri/")) {
      const id = url.split("/")[2]!.replace(/^T0TEAM-/, "");
      this.downloads.push({ id, authorization: req.headers.authorization });
      const file = this.files.get(id);
      if (req.headers.authorization !== "Bearer xoxb-test-token") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<html>Sign in to Slack</html>");
        return;
      }
      if (!file) {
        res.writeHead(404).end("file_not_found");
        return;
      }
      res
        .writeHead(200, { "content-type": file.mimetype, "content-length": String(file.bytes.length) })
        .end(file.bytes);
      return;
    }
    if (url.startsWith("/upload/")) {
      this.uploads.push({ id: url.slice(8), bytes: raw.length });
      res.writeHead(200).end("OK - 1");
      return;
    }
    if (url.startsWith("/respond/")) {
      this.responses.push({ path: url, body: JSON.parse(raw.toString("utf8")) });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    const method = url.replace(/^\/api\//, "").split("?")[0]!;
    const fault = this.faults.get(method)?.shift();
    const body = parse(raw.toString("utf8"), req.headers["content-type"] ?? "");
    this.calls.push({ method, body, authorization: req.headers.authorization });
    if (fault?.error) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: fault.error }));
      return;
    }
    if (fault) {
      res.writeHead(fault.status, fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {});
      res.end(fault.status === 429 ? "" : "upstream error");
      return;
    }
    const json = (value: Record<string, unknown>) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));
    if (req.headers.authorization !== "Bearer xoxb-test-token") return json({ ok: false, error: "invalid_auth" });
    switch (method) {
      case "auth.test":
        return json({ ok: true, user_id: "U0BOT", bot_id: "B0BOT", team_id: "T0TEAM", user: "winnow" });
      case "chat.postMessage": {
        const channel = String(body.channel).startsWith("#") ? "C0REVIEW" : String(body.channel);
        return json({ ok: true, channel, ts: `${this.tsCounter++}.000100`, message: { text: body.text } });
      }
      case "chat.update":
        return json({ ok: true, channel: body.channel, ts: body.ts });
      case "chat.postEphemeral":
        return json({ ok: true, message_ts: `${this.tsCounter++}.000200` });
      case "files.getUploadURLExternal": {
        const id = `F${this.tsCounter++}`;
        return json({ ok: true, upload_url: `${this.base}/upload/${id}`, file_id: id });
      }
      case "files.completeUploadExternal":
        return json({ ok: true, files: body.files ?? [] });
      case "views.open":
      case "views.publish":
        return json({ ok: true, view: { id: "V1" } });
      default:
        return json({ ok: false, error: "unknown_method" });
    }
  }
}

function parse(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("json")) return JSON.parse(raw || "{}");
  const form = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ["blocks", "view", "files", "attachments"]) {
    if (typeof form[key] === "string") {
      try {
        (form as Record<string, unknown>)[key] = JSON.parse(form[key]!);
      } catch {}
    }
  }
  return form;
}

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

/** Headers Slack would send: HMAC-SHA256 over `v0:${ts}:${rawBody}` with the signing secret. */
export function slackSignature(rawBody: string, timestamp: number, secret = SIGNING_SECRET) {
  const hash = createHmac("sha256", secret).update(`v0:${timestamp}:${rawBody}`).digest("hex");
  return { "x-slack-signature": `v0=${hash}`, "x-slack-request-timestamp": String(timestamp) };
}
