import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_TEXT_MODEL } from "../../core/embeddings/local.ts";
import { silentLogger } from "../../core/log.ts";
import { embeddingStats } from "../../db/repositories/vectors.ts";
import { loadConfig } from "../../server/config.ts";
import { buildServices, type Services } from "../../server/services.ts";
import { makeJpeg } from "../helpers/images.ts";
import { createTestWorkspace, type TestWorkspace } from "../helpers/workspace.ts";
import { openAIEmbeddingsReply, startFakeProvider } from "./fake-providers.ts";

describe("switching the embedding model re-embeds in the background without downtime", () => {
  let ws: TestWorkspace;
  let switched: Services;
  let fake: Awaited<ReturnType<typeof startFakeProvider>>;

  beforeAll(async () => {
    fake = await startFakeProvider((req) => openAIEmbeddingsReply(req, 48));
    ws = await createTestWorkspace({ WINNOW_REEMBED_INTERVAL_MS: "0" });
    const names = ["orange road shoe", "green trail shoe", "blue water bottle", "city street at dawn"];
    for (const [i, name] of names.entries()) {
      await ws.services.library.add({
        bytes: await makeJpeg(i + 1),
        filename: `${i}.jpg`,
        meta: { name, description: name },
        actor: "test",
      });
    }
    await ws.services.enrichment.idle(); // the local vectors are made in the background, right after each add
    // The same library opened again with OpenAI embeddings configured: the model switch.
    const config = loadConfig(
      {
        ...envOf(ws),
        WINNOW_EMBEDDINGS: "openai",
        OPENAI_API_KEY: "sk-test",
        OPENAI_BASE_URL: `${fake.url}/v1`,
        OPENAI_EMBEDDING_DIMENSIONS: "48",
      },
      ws.dir,
    );
    switched = await buildServices(config, { logger: silentLogger });
  }, 60_000);

  afterAll(async () => {
    await switched?.close();
    await ws?.cleanup();
    await fake?.close();
  });

  it("keeps answering with the old model until every asset has a vector from the new one, then switches", async () => {
    expect((await switched.embeddings.servingText()).model).toBe(LOCAL_TEXT_MODEL);
    const before = await switched.search.search({ query: "trail shoe", limit: 2 });
    expect(before.items[0]?.asset.name).toBe("green trail shoe");

    const first = await switched.embeddings.reembedBatch(2);
    expect(first).toMatchObject({ embedded: 2, remaining: 2 });
    expect((await switched.embeddings.servingText()).model).toBe(LOCAL_TEXT_MODEL);
    expect((await switched.search.search({ query: "trail shoe", limit: 1 })).items[0]?.asset.name).toBe(
      "green trail shoe",
    );

    const second = await switched.embeddings.reembedBatch(10);
    expect(second.remaining).toBe(0);
    expect((await switched.embeddings.servingText()).model).toBe("text-embedding-3-small");
    const after = await switched.search.search({ query: "trail shoe", limit: 1 });
    expect(after.items[0]?.asset.name).toBe("green trail shoe");

    const stats = await embeddingStats(switched.database.db, "text");
    expect(stats.find((s) => s.model === "text-embedding-3-small")).toMatchObject({ n: 4, dims: 48 });
    expect(stats.find((s) => s.model === LOCAL_TEXT_MODEL)?.n).toBe(4); // old vectors stay until pruned
    expect(fake.requests.every((r) => r.path === "/v1/embeddings" && r.body.model === "text-embedding-3-small")).toBe(
      true,
    );
  });

  it("re-embeds an asset whose text changed after its vector was made", async () => {
    const [asset] = (await switched.library.list({}, { limit: 1 })).items;
    await new Promise((r) => setTimeout(r, 5));
    await switched.library.update(asset!.id, { description: "now a purple beach towel" }, "test");
    const batch = await switched.embeddings.reembedBatch(10);
    expect(batch.embedded).toBe(1);
  });
});

function envOf(ws: TestWorkspace): Record<string, string> {
  return {
    WINNOW_DATA_DIR: ws.config.dataDir,
    WINNOW_IMPORT_ROOT: ws.dir,
    WINNOW_AUTO_SEED: "0",
    LOG_LEVEL: "error",
    WINNOW_REEMBED_INTERVAL_MS: "0",
  };
}
