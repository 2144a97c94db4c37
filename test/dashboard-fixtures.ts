import { eq, inArray, sql } from "drizzle-orm";
import sharp from "sharp";
import { isoNow } from "../core/clock.ts";
import { newId } from "../core/ids.ts";
import { recordCost } from "../db/repositories/costs.ts";
import { addLineageEdges } from "../db/repositories/lineage.ts";
import {
  allocations,
  arms,
  assets,
  assetTags,
  campaigns,
  deployments,
  experiments,
  feedbackLabels,
  generationRuns,
  metrics,
  models,
  reviewRequests,
} from "../db/schema.ts";
import type { Services } from "../server/services.ts";
import { makeJpeg } from "./helpers/images.ts";

export const XSS = `<script>alert("pwned")</script>`;

/**
 * A small but complete loop for the dashboard to show: a campaign, a model, a run with cost, three outputs with
 * lineage, an experiment with metrics and allocations, a promoted winner, a pending review and feedback — plus an
 * asset whose name and notes carry a script payload.
 */
export async function seedLoopFixtures(services: Services, brandId: string, productId: string) {
  const { db } = services.database;
  const at = isoNow(services.clock);
  const campaignId = newId("campaign");
  const modelId = newId("model");
  const runId = newId("run");
  await db
    .insert(campaigns)
    .values({ id: campaignId, brandId, name: "Fixture Launch", status: "active", createdAt: at });
  await db
    .insert(models)
    .values({ id: modelId, provider: "local", name: "layout-renderer", task: "image", createdAt: at });
  const outputs: string[] = [];
  for (let i = 0; i < 3; i++) {
    const { asset } = await services.library.add({
      bytes: await makeJpeg(900 + i),
      filename: `out-${i}.jpg`,
      meta: {
        kind: "output",
        name: i === 2 ? `Variant ${XSS}` : `Variant ${String.fromCharCode(65 + i)}`,
        notes: i === 2 ? `notes ${XSS}` : undefined,
        status: "generated",
        links: [{ type: "campaign", id: campaignId }],
      },
      actor: "test",
    });
    outputs.push(asset.id);
  }
  await services.enrichment.idle(); // their tags and vectors are made in the background, right after each add
  await db.insert(generationRuns).values({
    id: runId,
    campaignId,
    brandId,
    modelId,
    status: "succeeded",
    outputCount: 3,
    costMicros: 1_200_000,
    startedAt: at,
    finishedAt: at,
  });
  await recordCost(
    db,
    { runId, campaignId, modelId, provider: "local", operation: "render", images: 3, costMicros: 1_200_000 },
    at,
  );
  await addLineageEdges(
    db,
    outputs.flatMap((o) => [
      { fromId: o, relation: "derived_from" as const, toId: productId },
      { fromId: o, relation: "generated_by" as const, toId: runId },
    ]),
    at,
  );
  await addLineageEdges(db, [{ fromId: runId, relation: "generated_by", toId: modelId }], at);
  const experimentId = newId("experiment");
  await db.insert(experiments).values({
    id: experimentId,
    campaignId,
    name: "Hook test",
    metric: "ctr",
    status: "running",
    startedAt: at,
    createdAt: at,
  });
  const rates = [0.02, 0.035, 0.025];
  const armIds = outputs.map(() => newId("arm"));
  for (const [i, o] of outputs.entries()) {
    await db.insert(arms).values({ id: armIds[i]!, experimentId, assetId: o, status: "active", createdAt: at });
    await db.insert(deployments).values({
      id: newId("deployment"),
      assetId: o,
      armId: armIds[i]!,
      campaignId,
      platform: "sim",
      platformAdId: `ad-${i}`,
      status: "active",
      createdAt: at,
    });
    await db.insert(metrics).values({
      platform: "sim",
      platformAdId: `ad-${i}`,
      date: "2027-03-01",
      impressions: 4000,
      clicks: Math.round(4000 * rates[i]!),
      conversions: 5,
      spendMicros: 20_000_000,
      updatedAt: at,
    });
  }
  for (let step = 0; step < 4; step++) {
    const when = new Date(Date.parse(at) + step * 3_600_000).toISOString();
    const shares = [0.34 - step * 0.06, 0.33 + step * 0.1, 0.33 - step * 0.04];
    for (const [i, a] of armIds.entries())
      await db
        .insert(allocations)
        .values({ id: newId("allocation"), experimentId, armId: a, share: shares[i]!, computedAt: when });
  }
  await services.library.update(outputs[1]!, { status: "promoted" }, "test");
  // The experiment called Variant B its winner; each output records the run that made it (as generation does).
  await db
    .update(experiments)
    .set({ winnerArmId: armIds[1]!, status: "promoted" })
    .where(eq(experiments.id, experimentId));
  await db
    .update(assets)
    .set({ metadata: sql`json_set(${assets.metadata}, '$.runId', ${runId})` })
    .where(inArray(assets.id, outputs));
  await db.insert(reviewRequests).values({
    id: newId("review"),
    brandId,
    assetId: outputs[2]!,
    subjectType: "asset",
    subjectId: outputs[2]!,
    reasons: [`spend over threshold ${XSS}`],
    status: "pending",
    createdAt: at,
  });
  await db.insert(feedbackLabels).values({
    id: newId("feedback"),
    assetId: outputs[2]!,
    tag: "mood:calm",
    label: "incorrect_tag",
    comment: `bad ${XSS}`,
    via: "test",
    userRef: "U1",
    createdAt: at,
  });
  return { campaignId, experimentId, runId, outputs, winnerId: outputs[1]! };
}

/** Solid-ish warm (orange/red) or cool (blue/teal) images with a little noise, so colour is learnable. */
async function colourImage(warm: boolean, seed: number): Promise<Buffer> {
  const hue = warm ? 5 + ((seed * 7) % 35) : 190 + ((seed * 11) % 40);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="hsl(${hue},75%,${45 + (seed % 4) * 5}%)"/><circle cx="${20 + ((seed * 13) % 60)}" cy="48" r="18" fill="hsl(${(hue + 20) % 360},40%,85%)"/><rect x="${seed % 90}" y="${Math.floor(seed / 90) % 90}" width="6" height="6" fill="#000"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * Feedback for the learning loop: `n` assets, half warm and half cool. A poor machine tagger put "colour:warm" on
 * mostly the wrong ones (right about 30% of the time); reviewers corrected each machine tag (incorrect_tag / correct_tag) and added missing ones (add_tag).
 */
export async function seedColourFeedback(services: Services, n: number, offset = 0) {
  const { db } = services.database;
  const at = isoNow(services.clock);
  const truth = new Map<string, boolean>();
  for (let i = offset; i < offset + n; i++) {
    const warm = i % 2 === 0;
    const { asset } = await services.library.add({
      bytes: await colourImage(warm, i),
      filename: `colour-${i}.png`,
      meta: { kind: "reference", name: `Colour study ${i}` },
      actor: "test",
    });
    truth.set(asset.id, warm);
    // The machine is right about 30% of the time, so a held-out sample of any ~15 assets shows it well below 75%.
    const machineRight = ((i * 2654435761) >>> 0) % 100 < 30;
    const machineSaysWarm = machineRight ? warm : !warm;
    if (machineSaysWarm) {
      await db
        .insert(assetTags)
        .values({ assetId: asset.id, category: "colour", tag: "warm", confidence: 0.7, source: "auto", createdAt: at });
    }
    const label = machineSaysWarm ? (warm ? "correct_tag" : "incorrect_tag") : warm ? "add_tag" : null;
    if (label)
      await db.insert(feedbackLabels).values({
        id: newId("feedback"),
        assetId: asset.id,
        tag: "colour:warm",
        label,
        via: "test",
        userRef: "U1",
        createdAt: at,
      });
    else
      await db.insert(feedbackLabels).values({
        id: newId("feedback"),
        assetId: asset.id,
        tag: "colour:warm",
        label: "incorrect_tag",
        via: "test",
        userRef: "U1",
        createdAt: at,
      });
  }
  await services.enrichment.idle(); // machine tags from the offline tagger land in the background
  return truth;
}
