import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needsReview, ReviewPolicy } from "../core/review/policy.ts";
import { eventsFor } from "../db/repositories/events.ts";
import { assets, feedbackLabels, reviewDecisions } from "../db/schema.ts";
import { APPROVER, APPROVER_2, addVariant, MARKETER, seedReviewBrand } from "./helpers/review-fixtures.ts";
import { createTestWorkspace, type TestWorkspace, toolContext } from "./helpers/workspace.ts";

let ws: TestWorkspace;
let brandId: string;

beforeAll(async () => {
  ws = await createTestWorkspace();
  ({ brandId } = await seedReviewBrand(ws.services));
});
afterAll(() => ws.cleanup());

describe("review policy", () => {
  const policy = ReviewPolicy.parse({ spendThresholdMicros: 100_000_000, sensitiveCategories: ["alcohol"] });

  it("lets a low-stakes, confident, on-brand candidate flow through", () => {
    expect(needsReview({ spendMicros: 5_000_000, brandWarnings: 0, confidence: 0.9 }, policy)).toEqual({
      required: false,
      reasons: [],
    });
  });

  it("names every triggered rule", () => {
    const verdict = needsReview(
      {
        spendMicros: 100_000_000,
        brandWarnings: ["palette ΔE 14 > 10"],
        confidence: 0.4,
        newAudience: true,
        sensitiveCategory: "Alcohol",
      },
      policy,
    );
    expect(verdict.required).toBe(true);
    expect(verdict.reasons).toEqual([
      "spend $100.00 ≥ threshold $100.00",
      "1 brand-rule warning(s): palette ΔE 14 > 10",
      "low confidence 0.40 < 0.6",
      "new audience",
      'sensitive category "alcohol"',
    ]);
  });

  it("respects a brand that switched rules off", () => {
    const lax = ReviewPolicy.parse({ reviewOnBrandWarnings: false, reviewNewAudiences: false });
    expect(needsReview({ brandWarnings: 3, newAudience: true }, lax).required).toBe(false);
  });

  it("reads the brand's policy from its settings through the service", async () => {
    const own = await seedReviewBrand(ws.services, { reviewPolicy: { spendThresholdMicros: 1_000_000 } });
    expect((await ws.services.reviews.evaluate(own.brandId, { spendMicros: 2_000_000 })).required).toBe(true);
    expect((await ws.services.reviews.evaluate(brandId, { spendMicros: 2_000_000 })).required).toBe(false);
  });
});

describe("review requests and decisions", () => {
  it("opens a pending request, moves the variant to in_review and audits it", async () => {
    const assetId = await addVariant(ws.services, brandId, 11);
    const request = await ws.services.reviews.createReviewRequest({
      brandId,
      assetId,
      subjectType: "asset",
      subjectId: assetId,
      reasons: ["new audience"],
      requestedBy: "test",
    });
    expect(request).toMatchObject({ status: "pending", version: 1, assetId });
    expect(request.id).toMatch(/^rvw_/);
    expect((await ws.services.library.get(assetId)).status).toBe("in_review");
    expect((await eventsFor(ws.services.database.db, request.id)).map((e) => e.action)).toEqual(["review.requested"]);
  });

  it("refuses a decision from someone who is not an approver for the brand", async () => {
    const assetId = await addVariant(ws.services, brandId, 12);
    const request = await ws.services.reviews.createReviewRequest({
      brandId,
      assetId,
      subjectType: "asset",
      subjectId: assetId,
      reasons: ["spend"],
      requestedBy: "test",
    });
    await expect(
      ws.services.reviews.decide({
        requestId: request.id,
        decision: "approve",
        userRef: MARKETER,
        via: "mcp",
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await ws.services.reviews.get(request.id)).status).toBe("pending");
  });

  it("lets exactly one of two simultaneous approvers decide (compare-and-set)", async () => {
    const assetId = await addVariant(ws.services, brandId, 13);
    const request = await ws.services.reviews.createReviewRequest({
      brandId,
      assetId,
      subjectType: "asset",
      subjectId: assetId,
      reasons: ["spend"],
      requestedBy: "test",
    });
    const [a, b] = await Promise.all([
      ws.services.reviews.decide({
        requestId: request.id,
        decision: "approve",
        userRef: APPROVER,
        via: "slack_reaction",
        expectedVersion: 1,
      }),
      ws.services.reviews.decide({
        requestId: request.id,
        decision: "reject",
        userRef: APPROVER_2,
        label: "off_brand",
        via: "slack_button",
        expectedVersion: 1,
      }),
    ]);
    expect([a.applied, b.applied].filter(Boolean)).toHaveLength(1);
    const decisions = await ws.services.database.db
      .select()
      .from(reviewDecisions)
      .where(eq(reviewDecisions.reviewRequestId, request.id));
    expect(decisions).toHaveLength(1);
    const final = await ws.services.reviews.get(request.id);
    expect(final.version).toBe(2);
    expect(final.decidedBy).toBe(decisions[0]!.decidedBy);
  });

  it("changes nothing when a request that is already decided is decided again", async () => {
    const assetId = await addVariant(ws.services, brandId, 14);
    const request = await ws.services.reviews.createReviewRequest({
      brandId,
      assetId,
      subjectType: "asset",
      subjectId: assetId,
      reasons: ["spend"],
      requestedBy: "test",
    });
    const first = await ws.services.reviews.decide({
      requestId: request.id,
      decision: "reject",
      userRef: APPROVER,
      label: "low_quality_variant",
      reason: "blurry shoe",
      via: "slack_modal",
      expectedVersion: 1,
    });
    expect(first.applied).toBe(true);
    const again = await ws.services.reviews.decide({
      requestId: request.id,
      decision: "approve",
      userRef: APPROVER_2,
      via: "slack_reaction",
      expectedVersion: 2,
    });
    expect(again).toMatchObject({ applied: false, why: "already_decided" });
    expect((await ws.services.reviews.get(request.id)).status).toBe("rejected");
    const [row] = await ws.services.database.db.select().from(assets).where(eq(assets.id, assetId));
    expect(row).toMatchObject({ status: "rejected", rejectionReason: "blurry shoe" });
    const labels = await ws.services.database.db
      .select()
      .from(feedbackLabels)
      .where(eq(feedbackLabels.assetId, assetId));
    expect(labels.map((l) => [l.label, l.userRef])).toEqual([["low_quality_variant", APPROVER]]);
    const actions = (await eventsFor(ws.services.database.db, request.id)).map((e) => e.action).sort();
    expect(actions).toEqual(["review.rejected", "review.requested"]);
  });

  it("records feedback against a tag and a model version without an asset", async () => {
    const { id } = await ws.services.reviews.recordFeedback({
      tag: "trail",
      modelVersion: "tagger@3",
      label: "incorrect_tag",
      via: "mcp",
      userRef: "mcp",
    });
    expect(id).toMatch(/^fbk_/);
    await expect(
      ws.services.reviews.recordFeedback({ label: "custom", assetId: null, tag: "x", via: "mcp", userRef: "mcp" }),
    ).rejects.toThrow(/comment/);
  });
});

describe("review tools over the same service", () => {
  const ctx = () => toolContext(ws.services, "mcp");

  it("record_feedback accepts the words people use for a label and stores it against the asset", async () => {
    const { invokeTool } = await import("../tools/define.ts");
    const { recordFeedback } = await import("../tools/record_feedback.ts");
    const assetId = await addVariant(ws.services, brandId, 21);
    const outcome = await invokeTool(
      recordFeedback as never,
      { assetId, label: "Off-brand", comment: "too dark" },
      ctx(),
    );
    expect(outcome).toMatchObject({ isError: false, structured: { label: "off_brand" } });
    const bad = await invokeTool(recordFeedback as never, { assetId, label: "meh" }, ctx());
    expect(bad.isError).toBe(true);
    expect(bad.text).toMatch(/label/);
  });

  it("request_review needs a subject and lists in the review queue", async () => {
    const { invokeTool } = await import("../tools/define.ts");
    const { requestReview } = await import("../tools/request_review.ts");
    const { listReviews } = await import("../tools/list_reviews.ts");
    const missing = await invokeTool(requestReview as never, { brand: brandId, reasons: ["x"] }, ctx());
    expect(missing.text).toMatch(/subjectId: is missing/);
    const assetId = await addVariant(ws.services, brandId, 22);
    const made = await invokeTool(
      requestReview as never,
      { brand: brandId, assetId, reasons: ["new audience"] },
      ctx(),
    );
    expect(made.isError).toBe(false);
    const queue = await invokeTool(listReviews as never, { brand: brandId }, ctx());
    const ids = (queue.structured as { items: { id: string }[] }).items.map((r) => r.id);
    expect(ids).toContain((made.structured as { request: { id: string } }).request.id);
  });
});
