import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalTextEmbedder } from "../../core/embeddings/local.ts";
import { OpenAITextEmbedder } from "../../core/embeddings/openai.ts";
import { dot, fromBlob, toBlob } from "../../core/embeddings/provider.ts";
import { WinnowError } from "../../core/errors.ts";
import { VectorIndex } from "../../core/search/vector-index.ts";
import { openDatabase } from "../../db/client.ts";
import { openAIEmbeddingsReply, startFakeProvider } from "./fake-providers.ts";

const local = new LocalTextEmbedder();
beforeAll(async () => {
  await local.ready();
}, 60_000);

describe("offline text embeddings", () => {
  it("places texts about the same thing closer than unrelated texts", async () => {
    const { vectors } = await local.embed([
      "trail running shoes in the forest",
      "sneakers for running on mountain trails",
      "insulated water bottle",
    ]);
    const [a, b, c] = vectors as [Float32Array, Float32Array, Float32Array];
    expect(dot(a, b)).toBeGreaterThan(dot(a, c) + 0.2);
  });

  it("records the package version in the model version and makes unit vectors of 100 dimensions", async () => {
    expect(local.version).toMatch(/^\d+\.\d+\.\d+\+sif\d+$/);
    const { vectors } = await local.embed(["Kestrel Aero"]);
    expect(vectors[0]).toHaveLength(100);
    expect(dot(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 4);
  });

  it("matches unknown words through hashed character n-grams", async () => {
    const { vectors } = await local.embed(["zorblaxian", "zorblaxians", "photosynthesis"]);
    expect(dot(vectors[0]!, vectors[1]!)).toBeGreaterThan(dot(vectors[0]!, vectors[2]!) + 0.3);
  });
});

describe("vector index", () => {
  const ref = { model: "m-a", version: "1", dims: 3 };

  it("returns the exact top-k by cosine", () => {
    const index = new VectorIndex(ref);
    index.upsert("x", Float32Array.from([1, 0, 0]));
    index.upsert("y", Float32Array.from([0, 1, 0]));
    index.upsert("z", Float32Array.from([0.8, 0.6, 0]));
    expect(index.search(Float32Array.from([1, 0, 0]), 2).map((h) => h.id)).toEqual(["x", "z"]);
    index.remove("x");
    expect(index.search(Float32Array.from([1, 0, 0]), 2).map((h) => h.id)).toEqual(["z", "y"]);
  });

  it("refuses a vector of another dimension, naming both models", () => {
    const index = new VectorIndex(ref);
    const switched = { model: "text-embedding-3-small", version: "api-v1", dims: 1536 };
    const attempt = () => index.search(new Float32Array(1536), 5, switched);
    expect(attempt).toThrow(WinnowError);
    expect(attempt).toThrow(/text-embedding-3-small.*1536-d.*m-a@1 \(3-d\)/);
    expect(() => index.upsert("w", new Float32Array(1536), switched)).toThrow(/m-a/);
  });

  it("stores vectors in the libSQL F32_BLOB layout that vector_distance_cos reads", async () => {
    const db = await openDatabase({ url: ":memory:", migrate: false });
    const v = Float32Array.from([0.6, 0.8, 0]);
    const r = await db.client.execute({
      sql: "SELECT vector_distance_cos(?, vector32('[0.6, 0.8, 0]')) AS d",
      args: [toBlob(v)],
    });
    expect(Number(r.rows[0]!.d)).toBeCloseTo(0, 5);
    expect(Array.from(fromBlob(toBlob(v)))).toEqual(Array.from(v));
    db.close();
  });
});

describe("OpenAI embeddings through the official SDK", () => {
  let fake: Awaited<ReturnType<typeof startFakeProvider>>;
  beforeAll(async () => {
    fake = await startFakeProvider((req) => {
      if (req.headers.authorization !== "Bearer sk-test")
        return {
          status: 401,
          body: {
            error: { message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key" },
          },
        };
      return openAIEmbeddingsReply(req, 64);
    });
  });
  afterAll(() => fake.close());

  it("sends model, inputs and float encoding, and returns unit vectors with usage priced in micros", async () => {
    const embedder = new OpenAITextEmbedder({
      apiKey: "sk-test",
      baseURL: `${fake.url}/v1`,
      model: "text-embedding-3-small",
      dimensions: 64,
    });
    const result = await embedder.embed(["orange running shoe", ""]);
    const req = fake.requests.at(-1)!;
    expect(req.path).toBe("/v1/embeddings");
    expect(req.body).toMatchObject({
      model: "text-embedding-3-small",
      input: ["orange running shoe", " "],
      encoding_format: "float",
      dimensions: 64,
    });
    expect(result.vectors).toHaveLength(2);
    expect(dot(result.vectors[0]!, result.vectors[0]!)).toBeCloseTo(1, 4);
    expect(result.tokens).toBeGreaterThan(0);
    expect(Number.isInteger(result.costMicros)).toBe(true);
    expect(embedder.version).toBe("api-v1+d64");
  });

  it("turns an API error into a provider_error naming the model", async () => {
    const embedder = new OpenAITextEmbedder({ apiKey: "sk-wrong", baseURL: `${fake.url}/v1`, dimensions: 64 });
    await expect(embedder.embed(["x"])).rejects.toMatchObject({
      code: "provider_error",
      message: expect.stringMatching(/text-embedding-3-small.*401/),
    });
  });

  it("refuses vectors whose size is not the configured one", async () => {
    const embedder = new OpenAITextEmbedder({ apiKey: "sk-test", baseURL: `${fake.url}/v1`, dimensions: 32 });
    await expect(embedder.embed(["x"])).rejects.toThrow(/64-d vectors.*32-d were expected/);
  });
});
