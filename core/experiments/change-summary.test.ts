import { describe, expect, it } from "vitest";
import { promotable, promoteSummary, stopSummary } from "./change-summary.ts";
import type { Story } from "./story.ts";

const base: Story = {
  state: "collecting",
  headline: "running — leader Dawn trail at 100% P(best), ~4,000 more impressions",
  call: null,
  why: "Dawn trail leads but City lights has a starved sample.",
  next: "Keep it running: Winnow re-splits after every ingest.",
  rules: "A winner is called when …",
  approval: { needed: null, why: "No arm is named yet, so there is nothing to approve.", reasons: [] },
  delivery: { by: "winnow", sharesAre: "applied", srmChecks: "all_days", appliedFrom: null },
  warnings: [],
};
const call = {
  armId: "arm_01ABCDEFGH",
  name: "Dawn trail",
  basis: "confident" as const,
  probabilityBest: 0.97,
  expectedLoss: 0.001,
  evidence: "…",
};
const ready: Story = {
  ...base,
  state: "ready",
  headline: "ready — winner Dawn trail at 97% P(best); stop_experiment ends it",
  call,
  approval: { needed: true, why: "…", reasons: ["P(best) 97% is under the 99% approval bar"] },
};
const names = { experiment: "“Spring hooks”" };

describe("one promote/stop summary, told from the story", () => {
  it("never offers to promote while no arm is named, and never pairs a P(best) with 'not decided yet'", () => {
    const text = promoteSummary(base, names, { arms: 2 });
    expect(promotable(base)).toBe(false);
    expect(text).toBe(
      "Nothing to promote yet in “Spring hooks” — running — leader Dawn trail at 100% P(best), ~4,000 more impressions. Keep it running: Winnow re-splits after every ingest.",
    );
    expect(text).not.toMatch(/not decided yet|Keep collecting:\s*\(|\(\s*…/);
  });

  it("names the call, the story's headline and why an approver must confirm, with no empty reason", () => {
    expect(promotable(ready)).toBe(true);
    expect(promoteSummary(ready, names, { arms: 3, toTemplate: true })).toBe(
      "Promote “Dawn trail” as the winner of “Spring hooks” — ready — winner Dawn trail at 97% P(best); stop_experiment ends it. " +
        "An approver must confirm it (P(best) 97% is under the 99% approval bar), so confirming opens a review request for them. " +
        "The other 2 variants are discarded (kept as negative examples). The winner also becomes a new template version.",
    );
    const noApproval = { ...ready, approval: { needed: false, why: "…", reasons: [] } };
    expect(promoteSummary(noApproval, names, { arms: 2 })).toMatch(
      /No approval needed: it is promoted at once\. The other variant is discarded \(kept as a negative example\)\.$/,
    );
  });

  it("says an already promoted experiment is promoted and offers nothing", () => {
    const promoted: Story = {
      ...ready,
      state: "promoted",
      headline: "done — winner Dawn trail promoted to the library",
    };
    expect(promotable(promoted)).toBe(false);
    expect(promoteSummary(promoted, names, { arms: 2 })).toBe(
      "“Spring hooks” is already promoted — done — winner Dawn trail promoted to the library. Nothing to confirm.",
    );
  });

  it("tells a stop from the same story: a best guess while collecting, the call when ready, ads paused or not", () => {
    expect(stopSummary(base, names, {})).toBe(
      "Stop “Spring hooks” — running — leader Dawn trail at 100% P(best), ~4,000 more impressions. Stopping now records the leader as a best guess, not a call (no arm has reached the calling bar). Dry run for the ads: the losing ads that would pause are listed; nothing is sent to any ad platform.",
    );
    expect(stopSummary(ready, names, { dryRun: false })).toMatch(
      /Stopping records this call\. Then the losing ads are PAUSED on the ad platform\.$/,
    );
    expect(stopSummary(ready, names, { pauseLosers: false })).toMatch(/Its ads are left running\.$/);
  });
});
