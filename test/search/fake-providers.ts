import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { keepAliveLikeWinnow } from "../helpers/serve.ts";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

/**
 * A local stand-in for the OpenAI and Anthropic HTTP APIs on 127.0.0.1, speaking their wire formats. `reply` decides
 * the response per request so tests can return realistic bodies and errors and then inspect what was sent.
 */
export async function startFakeProvider(reply: (req: RecordedRequest) => { status: number; body: unknown }) {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const recorded = {
      method: req.method ?? "",
      path: req.url ?? "",
      headers: req.headers,
      body: text ? JSON.parse(text) : {},
    };
    requests.push(recorded);
    const { status, body } = reply(recorded);
    res.writeHead(status, { "content-type": "application/json", "x-request-id": `req_${requests.length}` });
    res.end(JSON.stringify(body));
  });
  keepAliveLikeWinnow(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** OpenAI /v1/embeddings response: deterministic vectors derived from each input's words. */
export function openAIEmbeddingsReply(req: RecordedRequest, dims: number) {
  const input = req.body.input as string[];
  return {
    status: 200,
    body: {
      object: "list",
      model: req.body.model,
      data: input.map((text, index) => ({ object: "embedding", index, embedding: wordHashVector(text, dims) })),
      usage: { prompt_tokens: input.join(" ").split(/\s+/).length, total_tokens: input.join(" ").split(/\s+/).length },
    },
  };
}

function wordHashVector(text: string, dims: number): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    let h = 2166136261;
    for (const c of word) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    v[h % dims]! += 1;
  }
  return v;
}
