import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeHandler, type SeenRequest, startFakePlatform } from "../test/helpers/fake-platforms.ts";
import { makeJpeg, makePng } from "../test/helpers/images.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "../test/helpers/workspace.ts";
import { createExperiment } from "../tools/create_experiment.ts";
import { invokeTool } from "../tools/define.ts";
import { GoogleAdsConnector } from "./google-ads.ts";
import { MetaConnector } from "./meta.ts";
import { TikTokConnector } from "./tiktok.ts";

let ws: TestWorkspace;
const fakes: { close(): Promise<void> }[] = [];
async function fake(handler: FakeHandler) {
  const f = await startFakePlatform(handler);
  fakes.push(f);
  return f;
}
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
  await ws.cleanup();
});

const copy = (n: number) => ({
  headline: `Run further ${n}`,
  body: `Light shoes for long miles ${n}`,
  cta: "Shop now",
});
/** Two generated outputs with images and copy, as generate_variants leaves them. */
async function twoOutputs(image: (seed: number) => Promise<Buffer> = (s) => makeJpeg(s, 64)) {
  const out: { id: string; bytes: Buffer }[] = [];
  for (const seed of [1, 2]) {
    const bytes = await image(seed);
    const { asset } = await ws.services.library.add({
      bytes,
      filename: `v${seed}.jpg`,
      meta: {
        kind: "output",
        status: "generated",
        metadata: { slots: { tone: seed === 1 ? "calm" : "bold", cta: "shop-now" }, copy: copy(seed) },
      },
      actor: "test",
    });
    out.push({ id: asset.id, bytes });
  }
  return out;
}

const create = (args: Record<string, unknown>) =>
  invokeTool(createExperiment, { metric: "ctr", ...args }, toolContext(ws.services));
const deploymentRows = async () =>
  (await ws.services.database.client.execute("SELECT asset_id, platform, platform_ad_id, dry_run FROM deployments"))
    .rows;
const form = (r: SeenRequest) => new URLSearchParams(r.body);
const target = { adGroupId: "6123", landingUrl: "https://kestrel.example/spring", pageId: "1010", identityId: "7077" };

describe("Meta: live push of a creative", () => {
  function metaFake(failAds = false): FakeHandler {
    let n = 0;
    return (req) => {
      expect(req.headers.authorization).toBe("Bearer tok-meta");
      expect(req.method).toBe("POST");
      const path = req.url.pathname;
      if (path === "/v21.0/act_42/adimages") {
        n++;
        expect(form(req).get("bytes")).toMatch(/^[A-Za-z0-9+/]+=*$/);
        return { body: { images: { bytes: { hash: `hash${n}`, url: `https://scontent.example/${n}.jpg` } } } };
      }
      if (path === "/v21.0/act_42/adcreatives") return { body: { id: `2384${n}` } };
      if (path === "/v21.0/act_42/ads") {
        if (failAds)
          return {
            status: 400,
            body: {
              error: {
                message: "Invalid parameter",
                type: "OAuthException",
                code: 100,
                error_user_msg: "The ad set does not exist.",
              },
            },
          };
        return { body: { id: `120210000000${n}` } };
      }
      return { status: 404, body: { error: { message: `no route ${path}`, code: 100 } } };
    };
  }
  const meta = (url: string) =>
    ws.services.connectors.add(new MetaConnector({ accessToken: "tok-meta", adAccountId: "42", baseUrl: url }));

  it("uploads the image bytes, creates a link-ad creative and a PAUSED ad per arm, and records the real ad ids", async () => {
    const platform = await fake(metaFake());
    meta(platform.url);
    const arms = await twoOutputs();
    const r = await create({ arms: arms.map((a) => a.id), platform: "meta", dryRun: false, target });
    expect(r.isError).toBe(false);
    expect(platform.seen.map((s) => s.url.pathname.split("/").pop())).toEqual([
      "adimages",
      "adcreatives",
      "ads",
      "adimages",
      "adcreatives",
      "ads",
    ]);
    const [upload, creative, ad] = platform.seen;
    expect(Buffer.from(form(upload!).get("bytes")!, "base64").equals(arms[0]!.bytes)).toBe(true);
    expect(JSON.parse(form(creative!).get("object_story_spec")!)).toEqual({
      page_id: "1010",
      link_data: {
        image_hash: "hash1",
        link: "https://kestrel.example/spring",
        message: "Light shoes for long miles 1",
        name: "Run further 1",
        call_to_action: { type: "SHOP_NOW", value: { link: "https://kestrel.example/spring" } },
      },
    });
    expect(Object.fromEntries(form(ad!))).toMatchObject({
      adset_id: "6123",
      creative: JSON.stringify({ creative_id: "23841" }),
      status: "PAUSED",
    });
    expect(await deploymentRows()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          asset_id: arms[0]!.id,
          platform: "meta",
          platform_ad_id: "1202100000001",
          dry_run: 0,
        }),
        expect.objectContaining({
          asset_id: arms[1]!.id,
          platform: "meta",
          platform_ad_id: "1202100000002",
          dry_run: 0,
        }),
      ]),
    );
  });

  it("leaves no deployment row when Meta refuses the ad, and says why", async () => {
    const platform = await fake(metaFake(true));
    meta(platform.url);
    const arms = await twoOutputs();
    const r = await create({ arms: arms.map((a) => a.id), platform: "meta", dryRun: false, target });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/meta: API error 100: Invalid parameter/);
    expect(await deploymentRows()).toHaveLength(0);
  });

  it("stays a dry run unless dryRun: false is explicit, and refuses a live push without a target before any request", async () => {
    const platform = await fake(metaFake());
    meta(platform.url);
    const arms = await twoOutputs();
    const dry = await create({ arms: arms.map((a) => a.id), platform: "meta" });
    expect(dry.structured).toMatchObject({ deployments: [{ dryRun: true }, { dryRun: true }] });
    expect(platform.seen).toHaveLength(0);

    const again = await twoOutputs((s) => makeJpeg(s + 10, 64));
    const noTarget = await create({ arms: again.map((a) => a.id), platform: "meta", dryRun: false });
    expect(noTarget.isError).toBe(true);
    expect(noTarget.text).toMatch(/target\.adGroupId: .*Pass target\.adGroupId/);
    expect(platform.seen).toHaveLength(0);
    expect(await deploymentRows()).toHaveLength(2);
  });

  it("cannot push live to a platform whose credentials are not configured", async () => {
    const arms = await twoOutputs();
    const r = await create({ arms: arms.map((a) => a.id), platform: "meta", dryRun: false, target });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/platform: meta is not configured/);
  });
});

describe("Google Ads: live push of a creative", () => {
  function googleFake(failAd = false): FakeHandler {
    let n = 0;
    return (req) => {
      expect(req.headers.authorization).toBe("Bearer ya29.tok");
      expect(req.headers["developer-token"]).toBe("dev-tok");
      const body = JSON.parse(req.body) as { operations: { create: Record<string, unknown> }[] };
      expect(body.operations).toHaveLength(1);
      if (req.url.pathname === "/v18/customers/1234567890/assets:mutate") {
        n++;
        expect(body.operations[0]!.create).toMatchObject({ type: "IMAGE", imageAsset: { data: expect.any(String) } });
        return { body: { results: [{ resourceName: `customers/1234567890/assets/9000${n}` }] } };
      }
      if (req.url.pathname === "/v18/customers/1234567890/adGroupAds:mutate") {
        if (failAd)
          return {
            status: 400,
            body: {
              error: {
                code: 400,
                message: "Request contains an invalid argument.",
                status: "INVALID_ARGUMENT",
                details: [
                  {
                    "@type": "type.googleapis.com/google.ads.googleads.v18.errors.GoogleAdsFailure",
                    errors: [{ errorCode: { mutateError: "RESOURCE_NOT_FOUND" }, message: "Resource was not found." }],
                  },
                ],
              },
            },
          };
        return { body: { results: [{ resourceName: `customers/1234567890/adGroupAds/6123~70000${n}` }] } };
      }
      return { status: 404, body: { error: { code: 404, message: "not found", status: "NOT_FOUND" } } };
    };
  }
  const google = (url: string) =>
    ws.services.connectors.add(
      new GoogleAdsConnector({
        accessToken: "ya29.tok",
        developerToken: "dev-tok",
        customerId: "1234567890",
        baseUrl: url,
      }),
    );

  it("creates an image asset, then a PAUSED responsive display ad using its resource name, and records the ad id", async () => {
    const platform = await fake(googleFake());
    google(platform.url);
    const arms = await twoOutputs((s) => makePng(s, 382, 200));
    const r = await create({
      arms: arms.map((a) => a.id),
      platform: "google_ads",
      dryRun: false,
      target: { ...target, businessName: "Kestrel Run" },
    });
    expect(r.isError).toBe(false);
    const asset = JSON.parse(platform.seen[0]!.body).operations[0].create;
    expect(Buffer.from(asset.imageAsset.data, "base64").equals(arms[0]!.bytes)).toBe(true);
    const ad = JSON.parse(platform.seen[1]!.body).operations[0].create;
    expect(ad).toEqual({
      adGroup: "customers/1234567890/adGroups/6123",
      status: "PAUSED",
      ad: {
        name: expect.any(String),
        finalUrls: ["https://kestrel.example/spring"],
        responsiveDisplayAd: {
          marketingImages: [{ asset: "customers/1234567890/assets/90001" }],
          headlines: [{ text: "Run further 1" }],
          longHeadline: { text: "Run further 1" },
          descriptions: [{ text: "Light shoes for long miles 1" }],
          businessName: "Kestrel Run",
          callToActionText: "Shop now",
        },
      },
    });
    const rows = await deploymentRows();
    expect(rows.map((d) => d.platform_ad_id).sort()).toEqual(["700001", "700002"]);
    expect(rows.every((d) => d.dry_run === 0)).toBe(true);
  });

  it("names Google's failure reason and leaves no deployment row when the ad is refused", async () => {
    const platform = await fake(googleFake(true));
    google(platform.url);
    const arms = await twoOutputs();
    const r = await create({ arms: arms.map((a) => a.id), platform: "google_ads", dryRun: false, target });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/google_ads: INVALID_ARGUMENT: Resource was not found\. \(RESOURCE_NOT_FOUND\)/);
    expect(await deploymentRows()).toHaveLength(0);
  });
});

describe("TikTok: live push of a creative", () => {
  function tiktokFake(failCreate = false): FakeHandler {
    let n = 0;
    return async (req) => {
      expect(req.headers["access-token"]).toBe("tt-tok");
      if (req.url.pathname === "/open_api/v1.3/file/image/ad/upload/") {
        n++;
        const parts = await new Response(new Uint8Array(req.raw), {
          headers: { "content-type": String(req.headers["content-type"]) },
        }).formData();
        const file = parts.get("image_file") as Blob;
        const bytes = Buffer.from(await file.arrayBuffer());
        expect(parts.get("advertiser_id")).toBe("7000001");
        expect(parts.get("upload_type")).toBe("UPLOAD_BY_FILE");
        expect(parts.get("image_signature")).toBe(createHash("md5").update(bytes).digest("hex"));
        return {
          body: {
            code: 0,
            message: "OK",
            request_id: `req${n}`,
            data: { image_id: `ad-site-i18n-sg/2026${n}`, width: 64, height: 64, signature: "x", format: "jpeg" },
          },
        };
      }
      if (req.url.pathname === "/open_api/v1.3/ad/create/") {
        if (failCreate)
          return { body: { code: 40002, message: "adgroup_id: Ad group does not exist", request_id: "r", data: {} } };
        return { body: { code: 0, message: "OK", request_id: "r", data: { ad_ids: [`18000000000000${n}`] } } };
      }
      return { body: { code: 40001, message: "no route", data: {} } };
    };
  }
  const tiktok = (url: string) =>
    ws.services.connectors.add(new TikTokConnector({ accessToken: "tt-tok", advertiserId: "7000001", baseUrl: url }));

  it("uploads the image as multipart with its MD5, creates a disabled SINGLE_IMAGE ad, and records the ad id", async () => {
    const platform = await fake(tiktokFake());
    tiktok(platform.url);
    const arms = await twoOutputs();
    const r = await create({ arms: arms.map((a) => a.id), platform: "tiktok", dryRun: false, target });
    expect(r.isError).toBe(false);
    const created = JSON.parse(platform.seen[1]!.body);
    expect(created).toEqual({
      advertiser_id: "7000001",
      adgroup_id: "6123",
      creatives: [
        {
          ad_name: expect.any(String),
          ad_format: "SINGLE_IMAGE",
          image_ids: ["ad-site-i18n-sg/20261"],
          ad_text: "Light shoes for long miles 1",
          call_to_action: "SHOP_NOW",
          landing_page_url: "https://kestrel.example/spring",
          identity_type: "CUSTOMIZED_USER",
          identity_id: "7077",
          operation_status: "DISABLE",
        },
      ],
    });
    expect((await deploymentRows()).map((d) => d.platform_ad_id).sort()).toEqual([
      "180000000000001",
      "180000000000002",
    ]);
  });

  it("treats code != 0 on ad/create as a failure and leaves no deployment row", async () => {
    const platform = await fake(tiktokFake(true));
    tiktok(platform.url);
    const arms = await twoOutputs();
    const r = await create({ arms: arms.map((a) => a.id), platform: "tiktok", dryRun: false, target });
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/tiktok: API error 40002: adgroup_id: Ad group does not exist/);
    expect(await deploymentRows()).toHaveLength(0);
  });
});
