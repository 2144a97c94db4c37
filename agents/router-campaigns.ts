import type { Vocabulary } from "../core/intents/vocabulary.ts";
import type { Intent } from "./intent-types.ts";
import { oneTypo, tokens } from "./resolve.ts";

/**
 * Campaigns named in words ("the spring sprint 2027 campaign"): the one whose name's words the message says (a slip
 * allowed), when the message says "campaign". Questions about what made a campaign's outputs — the prompt versions,
 * models or templates behind it — are its lineage (trace_lineage, with the focused question where the tool has one).
 */
export function campaignNamedIn(text: string, v: Vocabulary, unsaid = false): { id: string; name: string } | undefined {
  if (!v.campaigns?.length) return undefined;
  // Its id ("cmp_01J…"), pasted.
  const byId = v.campaigns.find((c) => text.includes(c.id));
  if (byId) return byId;
  if (!unsaid && !/\b(?:campaigns?|cmp)\b/i.test(text)) return undefined;
  const said = tokens(text);
  const scored = v.campaigns
    .map((c) => {
      const words = [...new Set(tokens(c.name))];
      const hits = words.filter((w) => said.some((s) => s === w || oneTypo(s, w))).length;
      return { c, hits, of: words.length };
    })
    .filter((x) => x.hits >= Math.max(1, x.of - 1))
    .sort((a, b) => b.hits - a.hits);
  if (!scored.length || (scored[1] && scored[1].hits === scored[0]!.hits)) return undefined;
  return scored[0]!.c;
}

const BEHIND =
  /\b(behind|made|produced|generated|went into|used (?:for|in|by)|came from|come from|lineage|provenance|which prompts?|what prompts?|prompt versions?)\b/i;

/** "which prompt versions fed it": what only a campaign's lineage answers, so its name needs no "campaign". */
const PROMPT_VERSIONS = /\bprompts?[\s-]+versions?\b|\bversions? of (?:the |our )?prompts?\b/i;

export function campaignLineage(text: string, v: Vocabulary): Intent | undefined {
  const campaign = campaignNamedIn(text, v, PROMPT_VERSIONS.test(text));
  if (!campaign || !BEHIND.test(text)) return undefined;
  const prompts = /\bprompts?\b/i.test(text);
  return {
    name: "tool",
    tools: ["trace_lineage"],
    slots: { campaignId: campaign.id, ...(prompts ? { question: "prompt_versions_for_campaign" } : {}) },
  };
}
