import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { type AssetName, ratiosIn } from "./asset-match.ts";
import { requestWordsInEnglish } from "./intent-languages.ts";
import { memberRole, platformOf } from "./intent-slots.ts";
import { normalise } from "./intent-text.ts";
import { INTENT_TOOLS, type Intent, type IntentName, type LastChange, type ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { escapeRe, tokens } from "./resolve.ts";
import { describeReview, reasonAfterName, reviewNamed, reviewSubjectRead } from "./review-names.ts";
import { applyChange, isUndo, picked, pickIn, resolveFollowUp } from "./router-followup.ts";
import type { PlanInput, RouterPlan } from "./router-plan-types.ts";
import { ASSENT, decisionInCard, reviewIdIn, spokenDecision } from "./router-review.ts";

/**
 * What a message means because of the thread it is in, before it is read on its own: a decision in a review card's
 * thread, "undo", the answer to a question asked with choices, and follow-ups to the last request. Returns the plan,
 * or the message rewritten with what it pointed at ("the second one" → its id), or nothing.
 */
interface Notes {
  understood: string[];
  ignored: string[];
}

const intentFor = (tool: string): Intent => {
  const name = (Object.entries(INTENT_TOOLS).find(([, tools]) => tools.includes(tool))?.[0] ?? "tool") as IntentName;
  return { name, tools: [tool], slots: {} };
};

export function planInThread(input: PlanInput, notes: Notes): { plan?: RouterPlan; text?: string } {
  const { memory, tools, text } = input;
  const decision = planDecision(text, memory, tools, notes, input.vocabulary);
  if (decision) return { plan: decision };
  const why = whyInCard(text, memory, tools, notes);
  if (why) return { plan: why };
  const final = undoOfFinal(text);
  if (final) return { plan: final };
  if (isUndo(text, !!memory.lastChange) || personBack(text, memory))
    return { plan: planUndo(memory, tools, notes, input.vocabulary, text) };

  const subject = reviewLookedAt(input, notes);
  if (subject) return { plan: subject };

  // "the second one" answers a question asked with choices, or points into the last result.
  const pick = pickIn(text);
  if (pick && memory.pending?.choices?.length) {
    const choice = picked(memory.pending.choices, pick.index);
    if (choice) return { text: text.replace(pick.said, choice) };
  }
  const pendingCall = memory.pending?.call;
  if (pendingCall && text.trim().split(/\s+/).length <= 6) {
    const field = memory.pending!.field;
    delete memory.pending;
    const answer = text.trim().replace(/[.!?]+$/, "");
    const rest = field === "audience" && !/^for\b/i.test(answer) ? `for ${answer}` : answer;
    const last = { tool: pendingCall.tool, args: pendingCall.args, text: "" };
    const f = applyChange(rest, last, tools, input.vocabulary, input.now);
    if (f) return { plan: fromFollowUp(f, notes, memory) };
  }
  const ids = memory.lastCall?.ids?.filter((id) => id.startsWith("ast_")) ?? memory.lastAssetIds ?? [];
  // "the 9:16 one", "the square one please — is it still ok to use?": the one shown in that ratio.
  const family = memory.lastCall?.args.nameContains;
  const byRatio =
    pick || armOfLastTest(text, memory, input.vocabulary)
      ? undefined
      : attributePick(text, ids, input.vocabulary.assets ?? [], typeof family === "string" ? family : undefined);
  // After a read of one asset (its lineage, its brand check), its sibling is read the same way; else it is shown.
  const lastTool = tools.find((t) => t.name === memory.lastCall?.tool);
  const sameRead =
    ids.length === 1 && lastTool?.annotations?.readOnlyHint && memory.lastCall?.args.id === ids[0]
      ? lastTool
      : undefined;
  const getOne = sameRead ?? tools.find((t) => t.name === "get_asset");
  if (byRatio && getOne) {
    const rest = text.replace(byRatio.said, " ");
    if (
      !rest.replace(
        /[\s,.!?—–-]|\b(please|pls|show|open|that|me|ok|okay|nah|no|nope|and|what|whit|about|aboot|how|sorry|also|does|do|it|look|like|y|et|und)\b/gi,
        "",
      ) ||
      asksAboutIt(rest)
    ) {
      notes.understood.push(`${byRatio.said}: ${byRatio.id} (from this thread)`);
      return {
        plan: {
          kind: "call",
          intent: intentFor(getOne.name),
          tool: getOne,
          args: sameRead ? { ...memory.lastCall!.args, id: byRatio.id } : { id: byRatio.id },
          followUp: true,
          ...notes,
        },
      };
    }
  }
  if (pick && ids.length) {
    const id = picked(ids, pick.index);
    if (id) {
      notes.understood.push(`${pick.said}: ${id} (from the last list)`);
      const rest = text.replace(pick.said, id);
      // "the second one" alone, or with a question about it ("the second one — is that one already in a test?",
      // "le troisième, il est à qui ?"): show it.
      if (!rest.replace(id, "").replace(SEE_IT, "") || asksAboutIt(rest.replace(id, " "))) {
        const tool = tools.find((t) => t.name === "get_asset");
        if (tool) return { plan: { kind: "call", intent: intentFor("get_asset"), tool, args: { id }, ...notes } };
      }
      return { text: rest };
    }
  }
  // "show me the asset" in a review card's thread, "open it" after one asset: that asset.
  const only = memory.lastAssetIds?.length === 1 ? memory.lastAssetIds[0] : undefined;
  const getAsset = tools.find((t) => t.name === "get_asset");
  if (only && getAsset && SHOW_IT.test(text.trim())) {
    notes.understood.push(`asset: ${only} (from this thread)`);
    return { plan: { kind: "call", intent: intentFor("get_asset"), tool: getAsset, args: { id: only }, ...notes } };
  }
  const rerun = planRerun(text, memory, tools, notes);
  if (rerun) return { plan: rerun };
  const merge = planMerge(input, notes);
  if (merge) return { plan: merge };
  const live = forReal(text, memory, tools);
  if (live) {
    notes.understood.push(`${live.tool.name.replace(/_/g, " ")} again, for real this time (not a dry run)`);
    return { plan: { kind: "call", intent: intentFor(live.tool.name), tool: live.tool, args: live.args, ...notes } };
  }
  const dry = dryRunFirst(text, memory, tools);
  if (dry) {
    notes.understood.push(`${dry.tool.name.replace(/_/g, " ")} as a dry run first`);
    return { plan: { kind: "call", intent: intentFor(dry.tool.name), tool: dry.tool, args: dry.args, ...notes } };
  }
  const again = assentToLast(text, memory, tools);
  if (again) {
    notes.understood.push(`yes: ${again.tool.name.replace(/_/g, " ")} as proposed`);
    return { plan: { kind: "call", intent: intentFor(again.tool.name), tool: again.tool, args: again.args, ...notes } };
  }
  const arm = armOfLastTest(text, memory, input.vocabulary);
  const readOut = arm && tools.find((t) => t.name === memory.lastCall!.tool);
  if (arm && readOut) {
    notes.understood.push(`${arm}: an arm of the test just read out`);
    return {
      plan: {
        kind: "call",
        intent: intentFor(readOut.name),
        tool: readOut,
        args: { ...memory.lastCall!.args },
        followUp: true,
        ...notes,
      },
    };
  }
  const follow = resolveFollowUp(text, memory, tools, input.vocabulary, input.now);
  if (follow) return { plan: fromFollowUp(follow, notes, memory) };
  return {};
}

/**
 * What may surround a pick that asks only to see it: "thank you!! and could I see the first one bigger?", "oh, show
 * me the second one in full please", "Thank you. I would like to confirm the details of the first one".
 */
const SEE_IT =
  /[\s,.!?—–-]|\b(?:please|pls|show|open|that|me|us|ok|okay|oh|and|so|sorry|thanks?|thank you|ty|cheers|could|can|may|i|we|u|you|see|view|look at|have a look at|bigger|larger|again|in full|full[- ]size|would like to|confirm|(?:the )?details of|as well|too|also)\b/gi;

/** A look at what a review is about: "whats that about", "who's the runner", "what goes live if I approve it". */
const LOOK_AT_REVIEW =
  /\b(?:what(?:'s|s| is| does)?|who(?:'s|s| is)?|whose|which|details?|show|open|see|view|look|about|concern\w*|goes live)\b|\?/i;
/** A verb that does something with the review or its subject rather than looking at it. */
const ACTS_ON_REVIEW =
  /\b(?:approv\w*|reject\w*|decid\w*|sign\w* off|tag|archive|send|request|check|link|unlink|promote|ship|stop|kill|merge|update|set|mark|rename|generate|make|create|find|search|similar|more like)\b/i;

/**
 * "the first one, please — the details", "the secnd one, whats that about", "the rights one — who's the runner", "the
 * deployment one: what goes live if I approve it?" after the review queue: a look at what that review is about (its
 * asset, its test's read-out, the ads its deployment puts live), not at the queue again. The review is picked by its
 * place in the list or by what it is about (reviewNamed), or by the words of its reasons.
 */
function reviewLookedAt(input: PlanInput, notes: Notes): RouterPlan | undefined {
  const { memory, tools, vocabulary } = input;
  if (memory.lastCall?.tool !== "list_reviews" || memory.reviewId) return undefined;
  const text = requestWordsInEnglish(normalise(input.text));
  const pick = pickIn(text);
  const bare = pick && !text.replace(pick.said, "").replace(SEE_IT, "");
  // "what goes live if I approve it?" asks what a decision would do; it decides nothing.
  const acts = ACTS_ON_REVIEW.test(
    text.replace(/\b(?:if|once|when|before) (?:i|we|you) \w+ (?:it|this|that|them)\b/gi, " "),
  );
  if (!(bare || LOOK_AT_REVIEW.test(text)) || acts) return undefined;
  const listed = (memory.lastCall.ids ?? []).filter(isReview);
  const id = pick
    ? picked(listed, pick.index)
    : (reviewNamed(text, vocabulary, listed) ?? byReason(text, listed, vocabulary));
  const read = id ? reviewSubjectRead(id, vocabulary) : undefined;
  const tool = read && tools.find((t) => t.name === read.tool);
  if (!read || !tool) return undefined;
  notes.understood.push(`what ${describeReview(id!, vocabulary)} is about`);
  return { kind: "call", intent: intentFor(tool.name), tool, args: read.args, followUp: true, ...notes };
}

/** "the rights one": the one listed review whose reasons have the word said before "one". */
function byReason(text: string, listed: string[], vocabulary: Vocabulary): string | undefined {
  const said = text.match(/\bthe\s+([\p{L}-]{3,})\s+one\b/iu)?.[1]?.toLowerCase();
  if (!said || PICK_FILLER.has(said)) return undefined;
  const stem = said.replace(/s$/, "");
  const fits = listed.filter((id) =>
    (vocabulary.reviews?.find((r) => r.id === id)?.reasons ?? []).some((reason) =>
      tokens(reason).some((w) => w.replace(/s$/, "") === stem),
    ),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** A change asked of a test or its arms, not a question about how an arm does. */
const ARM_CHANGE =
  /\b(?:promote|ship|stop|kill|pause|end|launch|start|make|generate|create|archive|discard|approve|reject|tag|link|unlink|rebalance|split|compare)\b/i;

/**
 * "and social proof, where does that one land?", "and the benefit arm?" after a test's read-out: an arm of that test,
 * whose numbers the read-out already holds. Its name is what follows the test's own ("Spring hook - social proof").
 */
function armOfLastTest(text: string, memory: ThreadMemory, vocabulary: Vocabulary): string | undefined {
  const last = memory.lastCall;
  if (last?.tool !== "get_experiment_results" || text.split(/\s+/).length > 12) return undefined;
  const said = normalise(text).toLowerCase();
  if (ARM_CHANGE.test(said)) return undefined;
  const id = last.args.experimentId ?? last.args.experiment;
  const test = vocabulary.experiments.find((e) => e.id === id);
  const arms = (test?.armAssetIds ?? [])
    .map((a) => vocabulary.assets?.find((x) => x.id === a)?.name.split(/\s+-\s+/)[1])
    .map((n) =>
      n
        ?.replace(/\([^)]*\)/g, "")
        .trim()
        .toLowerCase(),
    )
    .filter((n): n is string => !!n && n.length >= 3);
  const named = arms.filter((n) => new RegExp(`\\b${escapeRe(n)}\\b`).test(said));
  // Another test named outright ("and the trail tone test?") is that test's read-out, not this one's arm.
  const otherTest = vocabulary.experiments.some(
    (e) => e.id !== id && said.includes(e.name.toLowerCase().replace(/\s+test$/, "")),
  );
  return named.length === 1 && !otherTest ? named[0] : undefined;
}

/**
 * "the 9:16 one", "the square one", "the calm one", "Whit aboot the energetic one?": the one asset of those shown whose
 * name has the ratio or the words said. After one asset alone ("Give me the Black Friday 1.91:1 banner" … "and the
 * 9:16 one?"), those shown are its family: the assets whose names start as its does.
 */
function attributePick(
  text: string,
  ids: string[],
  assets: AssetName[],
  family?: string,
): { id: string; said: string } | undefined {
  const m = text.match(
    /\b(?:the|that)\s+((?:[\p{L}\d:.×x-]+\s+){0,2}?[\p{L}\d:.×x-]+)\s+(?:one|yin|version|banner|variant|ad|pic|image|shot|photo)\b/iu,
  );
  if (!m) return undefined;
  const ratio = ratiosIn(m[1]!)[0];
  const words = ratio ? [] : tokens(m[1]!).filter((w) => w.length >= 3 && !PICK_FILLER.has(w));
  // "nah the other one" after one asset of a pair: its one sibling.
  const other = !ratio && !words.length && /^other$/i.test(m[1]!.trim());
  if (!ratio && !words.length && !other) return undefined;
  let listed = ids.map((id) => assets.find((a) => a.id === id)).filter((a): a is AssetName => !!a);
  if (listed.length === 1) {
    const stem = tokens(listed[0]!.name.replace(/\([^)]*\)/g, " "))
      .slice(0, 2)
      .join(" ");
    const kin = assets.filter((a) => tokens(a.name).slice(0, 2).join(" ") === stem);
    if (kin.length > 1) listed = kin.filter((a) => a.id !== listed[0]!.id);
  }
  // Those of the family listed ("the Black Friday banners"), when the listing named one.
  const named = family ? listed.filter((a) => a.name.toLowerCase().includes(family.toLowerCase())) : [];
  const shown = named.length ? named : listed;
  const fits = other
    ? ids.length === 1
      ? shown
      : []
    : shown.filter((a) => (ratio ? ratiosIn(a.name).includes(ratio) : words.every((w) => tokens(a.name).includes(w))));
  return fits.length === 1 ? { id: fits[0]!.id, said: m[0] } : undefined;
}
/** Words of "the … one" that describe no asset. */
const PICK_FILLER = new Set([
  "other",
  "same",
  "new",
  "old",
  "next",
  "last",
  "first",
  "second",
  "third",
  "right",
  "wrong",
]);

/** A question about one asset: its rights, owner, status, tags, whether it is in a test or fine to use. */
const ABOUT_IT =
  /\b(?:rights?|rigths|owner|owns|whose|who shot|holder|status|tagged|tags|approved|cleared|in (?:a|any) (?:test|ads?)|(?:still )?ok(?:ay)? to use|usable|fine to (?:re)?use|good to go|à qui|de quién|droits|derechos)\b/i;
const asksAboutIt = (rest: string) =>
  ABOUT_IT.test(rest) &&
  !/\b(?:update|set|change|mark|archive|tag|rename|add|remove|extend|make|generate|check|compare|test (?:it|this|that))\b/i.test(
    rest,
  );

const SHOW_IT =
  /^(?:(?:can|could) (?:you|u)\s+|pls\s+|please\s+)?(?:show|open|pull up|let me see|view)\s+(?:me\s+)?(?:it|this|that|the (?:asset|image|pic|photo|creative|variant|file|one)|this (?:asset|image|one|pic)|that (?:asset|image|one|pic))(?:\s+(?:again|please|pls))?[.!?]*$/i;

const MERGE = /\b(merge|dedupe|de-?duplicate|consolidate|resolve|collapse|clean (?:them|those|these|it) up)\b/i;

/**
 * "merge the city night ones, keep the original" after a duplicates list: the listed group the words name (or the
 * only one), keeping the original (listed first), the newest (listed last), or the one the tool suggests.
 */
function planMerge(input: PlanInput, notes: Notes): RouterPlan | undefined {
  const { memory, tools, text, vocabulary } = input;
  const last = memory.lastCall;
  const tool = tools.find((t) => t.name === "resolve_duplicates");
  if (last?.tool !== "find_duplicates" || !tool || !MERGE.test(normalise(text))) return undefined;
  const listed = [...new Set((last.ids ?? []).filter((id) => id.startsWith("ast_")))];
  const names = new Map((vocabulary.assets ?? []).filter((a) => listed.includes(a.id)).map((a) => [a.id, a.name]));
  const said = tokens(text).filter(
    (w) => w.length >= 4 && !MERGE.test(w) && !/^(keep|original|ones?|newest|oldest|them|those|these)$/.test(w),
  );
  const named = listed.filter((id) => said.some((w) => tokens(names.get(id) ?? "").includes(w)));
  const group = named.length >= 2 ? named : listed.length === 2 ? listed : [];
  if (group.length < 2)
    return {
      kind: "question",
      intent: intentFor("resolve_duplicates"),
      question: "Which duplicates should I merge? Name them (`merge the city night ones`) or paste their ids (ast_…).",
      pending: { text, field: "assets" },
      ...notes,
    };
  const keep = /\b(original|orig\w*|orginal|orignal|oringal|older|oldest|first)\b/i.test(text)
    ? group[0]
    : /\b(newest|newer|latest|copy)\b/i.test(text)
      ? group.at(-1)
      : undefined;
  notes.understood.push(
    `merge ${group.length} duplicates${keep ? `, keeping “${names.get(keep) ?? "the first"}”` : ", keeping the suggested one"}`,
  );
  return {
    kind: "call",
    intent: intentFor("resolve_duplicates"),
    tool,
    args: { assetIds: group, ...(keep ? { keepId: keep } : {}) },
    ...notes,
  };
}

/**
 * "rerun it", "retry", "please launch it again", "kick it off again", "córrelo otra vez" (→ "… again"): a run verb
 * with "again", or a re- verb. "list again" is the list again, not a rerun.
 */
const RERUN =
  /\b(?:re-?run|re-?try|re-?launch|re-?start|re-?trigger)\b|\b(?:run|launch|start|kick|trigger|fire|try|do|corre\w*|córre\w*|lanza\w*|lánza\w*|ejecuta\w*|ejecút\w*|relance\w*|lance\w*)\b(?:\s+(?:it|that|this|them|the job|the ingest|off|lo|la)){0,2}\s+again\b/i;

/**
 * "rerun the failed one" after a job list: the failed (or picked) job's own request again — its name is the tool it
 * runs ("ingest_metrics"), its name or last error the platform. A job that is no tool here is said plainly.
 */
function planRerun(text: string, memory: ThreadMemory, tools: McpToolInfo[], notes: Notes): RouterPlan | undefined {
  const last = memory.lastCall;
  if (last?.tool !== "list_jobs" || !RERUN.test(requestWordsInEnglish(normalise(text)))) return undefined;
  const jobs = (last.ids ?? []).filter((id) => last.labels?.[id]);
  const pick = pickIn(text);
  const failed = jobs.filter((id) => /\bfailed\b/.test(last.labels![id]!));
  // "did the allocation job run?" … "rerun it": the job the thread asked about, by what it runs.
  const said = `${normalise(last.text ?? "")} ${normalise(text)}`.toLowerCase().split(/[^a-z]+/);
  const named = jobs.filter((id) =>
    last
      .labels![id]!.split(/[\s·(),]+/)[0]!
      .split("_")
      .filter((w) => w.length >= 6 && !["update", "metrics"].includes(w))
      .some((w) => said.some((x) => x.length >= 6 && x.slice(0, 6) === w.slice(0, 6))),
  );
  const id = pick
    ? picked(jobs, pick.index)
    : named.length === 1
      ? named[0]
      : failed.length === 1
        ? failed[0]
        : jobs.length === 1
          ? jobs[0]
          : undefined;
  if (!id)
    return {
      kind: "question",
      intent: intentFor("list_jobs"),
      question: "Which job should I run again? Say `the first one`, `the second one`, …",
      pending: { text, field: "job", ...(jobs.length > 1 ? { choices: jobs } : {}) },
      ...notes,
    };
  const label = last.labels![id]!;
  const tool = tools.find((t) => new RegExp(`^${t.name}\\b`).test(label));
  if (!tool)
    return {
      kind: "cannot",
      text: `I can't rerun the ${label.split(" · ")[0]} job from here; the scheduler retries it on its next run.`,
      ...notes,
    };
  const platform = platformOf(label.toLowerCase());
  const props = (tool.inputSchema as { properties?: Record<string, unknown> }).properties ?? {};
  const args = platform && "platform" in props ? { platform } : {};
  notes.understood.push(`rerun: the ${label.split(" · ").slice(0, 2).join(" job, ")}`);
  // The job the thread listed is what "it" is: no second reading of the words overrules it.
  return { kind: "call", intent: intentFor(tool.name), tool, args, followUp: true, ...notes };
}

/** "go ahead for real", "looks right, now do it for real", "proceed": the last call again, not as a dry run. */
const FOR_REAL =
  /\bfor real\b|\bgo ahead\b|\bproceed\b|\bgo live\b|\b(?:do|run) it (?:now|live)\b|\b(?:not|no) (?:a |the |as a )?dry[- ]?run\b|^\W*live\b|\bactually (?:do|run|pause|stop|launch|push|deploy|apply|send) (?:it|them|that|those|this)\b/i;

function forReal(
  text: string,
  memory: ThreadMemory,
  tools: McpToolInfo[],
): { tool: McpToolInfo; args: Record<string, unknown> } | undefined {
  if (!FOR_REAL.test(requestWordsInEnglish(text)) || text.split(/\s+/).length > 10) return undefined;
  return lastAsDryRun(memory, tools, false);
}

/** Whether a tool can be asked to only say what it would do (it takes `dryRun`). */
const hasDryRun = (tool: McpToolInfo) =>
  "dryRun" in ((tool.inputSchema as { properties?: Record<string, unknown> }).properties ?? {});

/** The thread's last call again, as a dry run or for real, when its tool has a dry run. */
function lastAsDryRun(
  memory: ThreadMemory,
  tools: McpToolInfo[],
  dryRun: boolean,
): { tool: McpToolInfo; args: Record<string, unknown> } | undefined {
  const last = memory.lastCall;
  const tool = last && tools.find((t) => t.name === last.tool);
  return last && tool && hasDryRun(tool) ? { tool, args: { ...last.args, dryRun } } : undefined;
}

/** "actually dry run it first", "just a dry run please": the last call again, naming what it would do. */
const DRY_FIRST =
  /^(?:\W*(?:actually|ok(?:ay)?|wait|hmm|no|but|please|pls|just|maybe|let'?s)[,!.]?\s+)*(?:(?:do|run)\s+(?:it\s+as\s+)?(?:a\s+)?)?dry[- ]?run(?:\s+(?:it|that|this|them))?(?:\s+(?:first|only|please|pls|instead))*\W*$/i;

function dryRunFirst(
  text: string,
  memory: ThreadMemory,
  tools: McpToolInfo[],
): { tool: McpToolInfo; args: Record<string, unknown> } | undefined {
  return DRY_FIRST.test(text.trim()) ? lastAsDryRun(memory, tools, true) : undefined;
}

/**
 * "yes", "do it", "go" after a change was proposed ("want 8 urban runner variants with the spring offer?", "should we
 * add Hannah as a reviewer?"): that change, as proposed; after one that ran as a dry run, for real. A read has
 * nothing to say yes to; a destructive call still waits behind its Confirm.
 */
function assentToLast(
  text: string,
  memory: ThreadMemory,
  tools: McpToolInfo[],
): { tool: McpToolInfo; args: Record<string, unknown> } | undefined {
  const last = memory.lastCall;
  if (!last || memory.reviewId || !ASSENT.test(text.trim())) return undefined;
  const tool = tools.find((t) => t.name === last.tool);
  if (!tool || tool.annotations?.readOnlyHint) return undefined;
  // "ok do it" after a change that ran as a dry run (its default, or asked): now for real.
  return { tool, args: { ...last.args, ...(hasDryRun(tool) && last.args.dryRun !== false ? { dryRun: false } : {}) } };
}

function fromFollowUp(f: NonNullable<ReturnType<typeof applyChange>>, notes: Notes, memory: ThreadMemory): RouterPlan {
  if (f.kind === "cannot") return { kind: "cannot", text: f.text, ...notes };
  if (f.kind === "question") {
    const intent = intentFor(f.call.tool);
    return {
      kind: "question",
      intent,
      question: f.question,
      pending: { text: memory.lastCall?.text ?? "", field: f.field, call: f.call },
      ...notes,
    };
  }
  notes.understood.push(...f.understood);
  return { kind: "call", intent: intentFor(f.tool.name), tool: f.tool, args: f.args, ...notes };
}

/** "approve it" / "reject, logo too small": in a review card's thread that card's review, else a pasted rvw_ id. */
function planDecision(
  text: string,
  memory: ThreadMemory,
  tools: McpToolInfo[],
  notes: Notes,
  vocabulary: Vocabulary,
): RouterPlan | undefined {
  const spoken = memory.reviewId ? decisionInCard(text) : (spokenDecision(text) ?? pickedThenDecided(text));
  if (!spoken) return undefined;
  const pasted = reviewIdIn(text);
  const listed = memory.lastCall?.tool === "list_reviews" ? (memory.lastCall.ids ?? []).filter(isReview) : [];
  const pick = pickIn(text);
  const fromList = pick ? picked(listed, pick.index) : listed.length === 1 ? listed[0] : undefined;
  // "approve the DE promo", "rvw 2", "the 3rd": a pending review named by what it is about, its number or its place.
  const named =
    pasted || memory.reviewId || fromList ? undefined : reviewNamed(requestWordsInEnglish(text), vocabulary, listed);
  const reviewId = pasted ?? memory.reviewId ?? fromList ?? named;
  const tool = tools.find((t) => t.name === "decide_review");
  const intent: Intent = { name: "decide_review", tools: INTENT_TOOLS.decide_review, slots: {} };
  // "approve all of them" after the review queue: every listed review, each one named in a single Confirm.
  if (!pasted && !pick && tool && listed.length > 1 && ALL.test(text)) {
    const reason = spoken.reason
      ?.replace(ALL, " ")
      .replace(/\b(of them|of these|of those|please|pls)\b/gi, " ")
      .replace(/^[\s,.;:—–-]+|[\s,.;:—–-]+$/g, "");
    const batch = listed.map((id) => ({
      reviewId: id,
      decision: spoken.decision,
      ...(reason ? { reason } : {}),
    }));
    notes.understood.push(`${spoken.decision} all ${listed.length} reviews in the list`);
    return { kind: "call", intent, tool, args: batch[0]!, batch, confirm: true, ...notes };
  }
  // "approve all" with no list here: the router shows the queue first (BULK_DECISION in intent-pointers.ts).
  if (!reviewId && !pick && ALL.test(text) && !listed.length) return undefined;
  // "lgtm" with nothing it could be about: ask which review rather than search for the word.
  if (!reviewId) {
    const bare = text.trim().split(/\s+/).length <= 4 && !/\b(ast|exp)_\w+/.test(text);
    if (!bare || !tool || memory.lastCall || memory.lastAssetIds?.length) return undefined;
    return {
      kind: "question",
      intent,
      question:
        "Which review do you mean? Reply in the review card's thread, or say `what's waiting for approval?` and then `approve the second one`.",
      pending: { text, field: "review" },
      ...notes,
    };
  }
  if (!tool)
    return {
      kind: "cannot",
      intent,
      text: "I can't decide reviews from a message on this Winnow yet: press Approve or Reject on the review card, or react ✅ / ❌ to it.",
      ...notes,
    };
  // "approve the second one": the words that picked the review are no reason for the decision.
  const unpicked = pick && spoken.reason ? withoutPick(spoken.reason, pick.said) : spoken.reason;
  const reason = named ? reasonAfterName(unpicked) : unpicked;
  const args = { reviewId, decision: spoken.decision, ...(reason ? { reason } : {}) };
  // Said by the person in the card's own thread, the words are the decision, as a button press is.
  const direct = reviewId === memory.reviewId && !pasted;
  const which = direct ? "this review" : named ? describeReview(named, vocabulary) : "the review";
  notes.understood.push(
    `${spoken.decision === "approve" ? "approve" : "reject"} ${which}${reason ? ` (${reason})` : ""}`,
  );
  return { kind: "call", intent, tool, args, direct, ...notes };
}

const isReview = (id: string) => id.startsWith("rvw_");

/**
 * "Why is this waiting on me?", "May I know why this is pending for approval?", "why is it in the queue at all": in a
 * review card's thread, asking why the card is there is asking about what it reviews — the asset shown (get_asset has
 * its status and what it lacks) or the test whose promotion or deployment waits (its read-out). What is wrong with the
 * copy, its spend or its ads are other reads (the reader's).
 */
const WHY_HERE =
  /^(?:(?:wait|ok(?:ay)?|so|hmm+|um+|eh|oh|and|but|sorry|excuse me|hi|hey)[,!.]?\s+)*(?:(?:may|can|could) i (?:know|ask)\s+|(?:can|could) you (?:kindly |please )?(?:tell|explain(?: to)?) me\s+)?(?:why|how come)\b(?![^?.!]*\b(?:wrong|flag\w*|warn\w*|issue|problem|copy|claim|word\w*|spen[dt]|budget|cost|ads?|deploy\w*|tiktoks?|low|high)\b)[^?.!]*\b(?:this|it|that|here|me)\b/i;

function whyInCard(text: string, memory: ThreadMemory, tools: McpToolInfo[], notes: Notes): RouterPlan | undefined {
  if (!memory.reviewId || !WHY_HERE.test(requestWordsInEnglish(text).trim())) return undefined;
  const asset = memory.lastAssetIds?.length === 1 ? memory.lastAssetIds[0] : undefined;
  const test = asset ? undefined : memory.lastExperimentId;
  const tool = tools.find((t) => t.name === (asset ? "get_asset" : "get_experiment_results"));
  if (!tool || !(asset || test)) return undefined;
  notes.understood.push(asset ? "what this review is about: its asset" : "what this review is about: its test");
  return {
    kind: "call",
    intent: intentFor(tool.name),
    tool,
    args: asset ? { id: asset } : { experimentId: test },
    followUp: true,
    ...notes,
  };
}

/** "The second one reject it", "la segunda, apruébala": which one first, then the decision. */
function pickedThenDecided(text: string): ReturnType<typeof spokenDecision> {
  const english = requestWordsInEnglish(text).replace(/^\W*(?:(?:ok(?:ay)?|so|and|then)[,!.]?\s+)*/i, "");
  const lead = english.match(
    /^(?:the\s+)?(?:first|1st|top|second|2nd|third|3rd|fourth|4th|fifth|5th|last)(?:\s+(?:one|review|request))?\b[\s,:;—–-]*/i,
  );
  return lead ? spokenDecision(english.slice(lead[0].length)) : undefined;
}

/**
 * "nah undo that" after a member was taken off: the role they held is given back — the one the removal named, else
 * the one the workspace still lists for them. Without either, nothing is guessed.
 */
function roleGivenBack(change: LastChange, vocabulary: Vocabulary, text: string): LastChange["undo"] {
  const { brand, member, role } = change.args as { brand?: unknown; member?: unknown; role?: unknown };
  if (change.tool !== "remove_brand_member" || typeof brand !== "string" || typeof member !== "string")
    return undefined;
  const known = vocabulary.members.find(
    (m) => m.slackUserId === member || m.email?.toLowerCase() === member.toLowerCase() || m.ref === member,
  );
  // "put him back. As viewer, not editor": the role said (not the one turned down) is the one given.
  const said = memberRole(
    normalise(text)
      .toLowerCase()
      .replace(/\b(?:not|no longer|instead of)\s+(?:an?\s+|as\s+)?\w+/g, " "),
  );
  const given = said ?? (typeof role === "string" ? role : known?.role);
  if (!given) return undefined;
  const who = member.includes("@") ? { email: member } : { slackUserId: member };
  return {
    tool: "add_brand_member",
    args: { brand, ...who, role: given },
    summary: `give ${known?.name ?? "them"} the ${given} role back`,
  };
}
const ALL = /\b(all|every(?:one|thing)?|each|both|them all|the lot)\b/i;

/** What takes a change back, said plainly when nothing can. */
const NOT_UNDOABLE: Record<string, string> = {
  promote_winners:
    "A promotion stays on record. To take the winner out of use, archive it (`archive <its name>`), or run a new test.",
  stop_experiment: "A stopped experiment stays stopped. Start a new test with the same variants to keep measuring.",
  decide_review: "A review decision is final. Ask for a fresh review instead (`send it for review`).",
  update_allocation: "A traffic split is not rolled back; the next rebalance recomputes it from the data.",
  resolve_duplicates: "A merge can't be undone from chat; the archived copies are still in the library.",
};

/** "Undo the duplicate merge from this morning", "undo the reject on rvw 1": taking back a kind of change that stays. */
const UNDO_FINAL =
  /\b(?:undo|revert|reverse|roll ?back|take back|cancel)\s+(?:(?:the|my|our|that|this|your|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?(merge[ds]?|merging|approval|approve|rejection|reject|decision)\b/i;

function undoOfFinal(text: string): RouterPlan | undefined {
  const m = text.match(UNDO_FINAL);
  if (!m) return undefined;
  const tool = /^merg/i.test(m[1]!) ? "resolve_duplicates" : "decide_review";
  return {
    kind: "cannot",
    text: `I can't undo a ${tool === "resolve_duplicates" ? "merge" : "review decision"} here. ${NOT_UNDOABLE[tool]}`,
    understood: [],
    ignored: [],
  };
}

/**
 * "Actually remove her again" right after she was added, "Put him back. As viewer" right after he was taken off: the
 * same person the thread's last change was about, the other way round (its undo), whatever the message calls them.
 */
function personBack(text: string, memory: ThreadMemory): boolean {
  const last = memory.lastChange?.tool;
  // As written: the verb reading turns "put him back" into "put back him".
  const t = requestWordsInEnglish(text).toLowerCase();
  if (!/\b(him|her|them|they|he|she)\b/.test(t)) return false;
  if (last === "add_brand_member") return /\b(remove|take|kick|drop|revoke|pull)\b/.test(t);
  if (last === "remove_brand_member")
    return /\b(?:put|add|bring|give)\s+(?:him|her|them)\s+back\b|\bre-?add\b|\b(him|her|them) back\b/.test(t);
  return false;
}

function planUndo(
  memory: ThreadMemory,
  tools: McpToolInfo[],
  notes: Notes,
  vocabulary: Vocabulary,
  text = "",
): RouterPlan {
  const change: LastChange | undefined = memory.lastChange;
  if (!change)
    return {
      kind: "cannot",
      text: "There's nothing I changed in this thread to undo. I can only take back a change made here (after you pressed Confirm).",
      ...notes,
    };
  const undo = change.undo ?? roleGivenBack(change, vocabulary, text);
  const tool = undo ? tools.find((t) => t.name === undo.tool) : undefined;
  if (undo && tool) {
    notes.understood.push(`undo: ${undo.summary}`);
    // Taking back the thread's own last change is what was asked: no second reading overrules it.
    return {
      kind: "call",
      intent: intentFor(tool.name),
      tool,
      args: undo.args,
      confirm: true,
      followUp: true,
      ...notes,
    };
  }
  const what = change.tool.replace(/_/g, " ");
  return {
    kind: "cannot",
    text: `I can't undo the last change here (${what}). ${NOT_UNDOABLE[change.tool] ?? "Nothing automatic takes it back."}`,
    ...notes,
  };
}

/** A decision's reason without the words that picked the review from the list ("the second one", "2nd"). */
function withoutPick(reason: string, said: string): string | undefined {
  const rest = reason
    .replace(said, " ")
    .replace(/\b(?:the|one|please|pls)\b/gi, " ")
    .replace(/^[\s,.;:—–-]+|[\s,.;:—–-]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return rest.split(/\s+/).length > 1 ? rest : undefined;
}
