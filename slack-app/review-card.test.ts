import { describe, expect, it } from "vitest";
import type { ReviewRequestView } from "../core/review/types.ts";
import {
  decidedBlocks,
  type ReviewCard,
  reactionLabelPrompt,
  reviewRequestBlocks,
  reviewSubjectPlain,
} from "./blocks.ts";
import { dashboardRefs } from "./render/refs.ts";

/** Review cards name what is under review and link it; ids live only in links, block ids and button values. */
const ASSET = "ast_01JD3Q8Z5K4W6X7Y8Z9A0B1C2D";
const ARM = "arm_01JD3Q8Z5K4W6X7Y8Z9A0B1C2E";
const REVIEW = "rvw_01JD3Q8Z5K4W6X7Y8Z9A0B1C2F";
const EXPERIMENT = "exp_01JD3Q8Z5K4W6X7Y8Z9A0B1C2G";
const request = (over: Partial<ReviewRequestView>): ReviewRequestView => ({
  id: REVIEW,
  brandId: "brd_01JD3Q8Z5K4W6X7Y8Z9A0B1C2H",
  assetId: ASSET,
  subjectType: "promotion",
  subjectId: ARM,
  reasons: [`P(best) 91% is under the 95% approval bar in ${EXPERIMENT}`],
  status: "pending",
  version: 1,
  channel: "C0REVIEW",
  messageTs: "1.1",
  requestedBy: "dana@team.example",
  decidedBy: null,
  decidedAt: null,
  createdAt: "2026-06-10T12:00:00Z",
  ...over,
});
const card = (over: Partial<ReviewRequestView> = {}): ReviewCard => ({
  request: request(over),
  assetName: "Dawn trail 1:1",
  stakes: { spendMicros: 812_500_000, newAudience: true, audiences: ["gen-z", "runners"] },
  slots: { tone: "calm", layout: { grid: "2x2" } },
  refs: dashboardRefs(
    "https://winnow.example.com",
    new Map([
      [ASSET, "Dawn trail 1:1"],
      [EXPERIMENT, "Spring hooks"],
    ]),
  ),
});
/** The words a person reads: link labels, not URLs; no block ids or button values. */
const readable = (blocks: unknown) =>
  JSON.stringify(blocks)
    .replace(/"(block_id|value)":"[^"]*"/g, "")
    .replace(/<[^|>]+\|([^>]+)>/g, "$1");
const ID = /\b(ast|tpl|tpv|exp|arm|rvw|mdl|brd)_[0-9A-Za-z]{6,}/;

describe("review cards", () => {
  it("names a promotion by its winning asset, linked, with the reasons' experiment by name and the stakes in words", () => {
    const blocks = reviewRequestBlocks(card());
    const text = JSON.stringify(blocks);
    expect(text).toContain(`promotion *<https://winnow.example.com/assets/${ASSET}|Dawn trail 1:1>*`);
    expect(text).toContain(`<https://winnow.example.com/experiments/${EXPERIMENT}|Spring hooks>`);
    expect(text).toContain("*Stakes:* spend $812.50, new audience true, audiences gen-z, runners");
    expect(text).toContain("*Slots:* tone: calm, layout: grid 2x2");
    expect(text).toContain("<https://winnow.example.com/review|Review queue>");
    expect(readable(blocks)).not.toMatch(ID);
    expect(readable(blocks)).not.toContain("[object Object]");
  });

  it("keeps names once decided, in the label prompt, and in the notification text", () => {
    const decided = card({ status: "approved", decidedBy: "U0APPROVER1", decidedAt: "2026-06-10T13:00:00Z" });
    expect(readable(decidedBlocks(decided, { reason: "claim checked" }))).toMatch(
      /✅ Approved by <@U0APPROVER1> on 10 Jun 2026, 13:00 UTC \(claim checked\)\./,
    );
    expect(readable(decidedBlocks(decided))).not.toMatch(ID);
    expect(readable(reactionLabelPrompt(card()))).not.toMatch(ID);
    expect(reviewSubjectPlain(card())).toBe("promotion “Dawn trail 1:1”");
  });

  it("says what it is when nothing can be named, without the id", () => {
    const bare: ReviewCard = { request: request({ assetId: null, subjectType: "rule_set", subjectId: "v7" }) };
    expect(readable(reviewRequestBlocks(bare))).toContain("rule set *v7*");
    const tagger: ReviewCard = {
      request: request({ assetId: null, subjectType: "tagger", subjectId: "tgv_01JD3Q8Z5K4W6X7" }),
    };
    expect(readable(reviewRequestBlocks(tagger))).not.toMatch(/tgv_/);
  });
});
