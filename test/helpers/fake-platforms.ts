import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { keepAliveLikeWinnow } from "./serve.ts";

export interface SeenRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
  /** The body as sent (multipart uploads carry binary parts). */
  raw: Buffer;
}

type FakeResponse = { status?: number; body: unknown; headers?: Record<string, string> };
export type FakeHandler = (req: SeenRequest) => FakeResponse | Promise<FakeResponse>;

/** A local HTTP server on 127.0.0.1 standing in for an ad platform; records every request it sees. */
export async function startFakePlatform(handler: FakeHandler) {
  const seen: SeenRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const raw = Buffer.concat(chunks);
      const r: SeenRequest = {
        method: req.method ?? "GET",
        url: new URL(req.url ?? "/", "http://127.0.0.1"),
        headers: req.headers,
        body: raw.toString("utf8"),
        raw,
      };
      seen.push(r);
      try {
        const out = await handler(r);
        res.writeHead(out.status ?? 200, { "content-type": "application/json", ...out.headers });
        res.end(typeof out.body === "string" ? out.body : JSON.stringify(out.body));
      } catch (error) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  keepAliveLikeWinnow(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
