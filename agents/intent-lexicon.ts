import type { IntentName } from "./intent-types.ts";
import { tokens } from "./resolve.ts";

/**
 * A verb-and-noun lexicon per request, for messages the phrase rules did not read: each word a person may use for a
 * request (synonyms and inflections, stemmed as resolve.tokens stems them) votes for it, and a clear winner is read as
 * that request in its plain wording ("are we burning cash on renders?" → "what did we spend …"), so the usual slot
 * rules still fill its arguments. No clear winner: the caller says what it can do instead of guessing.
 */
interface Sense {
  intent: IntentName;
  /** How the request is said plainly: prefixed to the message and read again. */
  plain: string;
  strong: string[];
  weak: string[];
}

const SENSES: Sense[] = [
  {
    intent: "cost",
    plain: "how much did we spend on generation",
    strong:
      "cost costs spend spent spending money bill pricey expensive burn burning burnt wasting waste paying paid cash dollars".split(
        " ",
      ),
    weak: "generation render renders ai image images provider model models budget".split(" "),
  },
  {
    intent: "top_performers",
    plain: "top performers",
    strong:
      "performer performers leaderboard ranking ranked strongest weakest worst crushing killing outperforming underperforming".split(
        " ",
      ),
    weak: "best top ad ads creative creatives winner winners ctr roas cpa cvr click clicks conversion conversions".split(
      " ",
    ),
  },
  {
    intent: "status",
    plain: "how is the test doing",
    strong: "experiment experiments test tests readout verdict significant significance confidence pbest".split(" "),
    weak: "leading winning ahead behind result results done finished over call status arm arms".split(" "),
  },
  {
    intent: "generate",
    plain: "make variants",
    strong: "variant variants variation variations generate generating whip crank churn spin draft drafts render".split(
      " ",
    ),
    weak: "make create produce more version versions option options ad ads batch fresh new".split(" "),
  },
  {
    intent: "check_brand",
    plain: "check this against the brand rules",
    strong: "compliant compliance onbrand offbrand violate violates vet sanity".split(" "),
    weak: "check ok okay fine allowed pass passes legal copy headline caption tagline claim".split(" "),
  },
  {
    intent: "brand_rules",
    plain: "show the brand rules",
    strong: "guideline guidelines banned forbidden disclaimer disclaimers rulebook".split(" "),
    weak: "rule rules words phrases say voice tone avoid".split(" "),
  },
  {
    intent: "review_queue",
    plain: "what is waiting for approval",
    strong: "queue pending signoff awaiting approvals".split(" "),
    weak: "review reviews approval approve waiting waiting outstanding".split(" "),
  },
  {
    intent: "library_review",
    plain: "library review",
    strong: "stale expiring expire expires expiry licence license licenses rights overdue outdated".split(" "),
    weak: "old library clean cleanup review".split(" "),
  },
  {
    intent: "duplicates",
    plain: "find duplicates",
    strong: "duplicate duplicates dupe dupes identical twins doubles".split(" "),
    weak: "same copies copy".split(" "),
  },
  {
    intent: "jobs",
    plain: "list jobs",
    strong: "job jobs cron scheduler".split(" "),
    weak: "sync syncs failed fail error errors broke broken stuck ran".split(" "),
  },
  {
    intent: "ingest_metrics",
    plain: "pull the latest metrics",
    strong: "ingest metrics numbers stats".split(" "),
    weak: "pull import sync refresh fetch load data export csv latest".split(" "),
  },
  {
    intent: "slot_insights",
    plain: "slot insights",
    strong: "hook hooks angle angles cta ctas lift drives driving drove attribution".split(" "),
    weak: "tone tones offer offers works work working resonates resonate".split(" "),
  },
  {
    intent: "update_allocation",
    plain: "rebalance the traffic",
    strong: "rebalance reallocate allocation allocations traffic weights".split(" "),
    weak: "shift split share shares move".split(" "),
  },
  {
    intent: "list_members",
    plain: "who are the members of the brand",
    strong: "members member permissions access roles".split(" "),
    weak: "team who approver approvers reviewer reviewers editor editors".split(" "),
  },
  {
    intent: "templates",
    plain: "list templates",
    strong: "template templates layout layouts".split(" "),
    weak: "slots formats".split(" "),
  },
  {
    intent: "lineage",
    plain: "lineage of",
    strong: "lineage provenance origin origins parent parents ancestry descendant descendants".split(" "),
    weak: "history source sources came derived family tree".split(" "),
  },
];

const STEMMED = SENSES.map((s) => ({
  ...s,
  strongSet: new Set(s.strong.flatMap(tokens)),
  weakSet: new Set(s.weak.flatMap(tokens)),
}));

/** How each request is said plainly, for reading a message again with its request made explicit. */
export const LEXICON_PLAIN = new Map(SENSES.map((s) => [s.intent, s.plain]));

export interface LexiconGuess {
  intent: IntentName;
  plain: string;
  score: number;
}

/** The request the message's words vote for: strong words count 2, weak ones 1; a winner needs 3 and a lead of 2. */
export function lexiconGuess(text: string): LexiconGuess | undefined {
  const said = new Set(
    tokens(
      text
        .replace(/on[- ]brand/gi, "onbrand")
        .replace(/off[- ]brand/gi, "offbrand")
        .replace(/p\(best\)/gi, "pbest"),
    ),
  );
  const scored = STEMMED.map((s) => ({
    intent: s.intent,
    plain: s.plain,
    score: [...said].reduce((n, w) => n + (s.strongSet.has(w) ? 2 : s.weakSet.has(w) ? 1 : 0), 0),
  }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const [top, next] = scored;
  if (!top || top.score < 3 || (next && top.score - next.score < 2)) return undefined;
  return top;
}
