import { correctTypos } from "./intent-coverage.ts";
import { requestWordsInEnglish } from "./intent-languages.ts";
import { asksNothing } from "./intent-text.ts";

/**
 * A review decision said in words, as an approver says it in a review card's thread: "approve it", "lgtm 👍",
 * "reject, logo too small", "nope — the claim needs a source". Pure: text in, the decision and its reason out.
 */
export interface SpokenDecision {
  decision: "approve" | "reject";
  reason?: string;
}

const ACK =
  "(?:(?:ok(?:ay)?|k|fine|alright|right|then|yes|yep|yeah|yup|aye|sure|great|nice|cool|hmm|honestly|sorry|no|nah|meh|ugh|well|so|please|pls|kindly|(?:can|could) you)[,!.]?\\s+)*";
const APPROVE = new RegExp(
  `^${ACK}(?:i\\s+)?(?:ap{1,2}roved?|ap{1,2}roving|lgtm|looks good(?: to me)?|looks great|good to go|go for it|all good|fine by me|ship it|signed? off|sign-off|:\\+1:|:thumbsup:|:white_check_mark:|:heavy_check_mark:|✅|👍)(?=$|[\\s,.!:;—–-])`,
  "i",
);
const REJECT = new RegExp(
  `^${ACK}(?:i\\s+)?(?:reject(?:ed|ing)?|decline[ds]?|not approved|(?:i\\s+)?(?:don'?t|do not|can'?t|cannot) approve(?: (?:it|this|that))?|nope|no go|thumbs down|send (?:it|this) back|needs? (?:changes|work|fixes)|:x:|:-1:|:thumbsdown:|❌|👎)(?=$|[\\s,.!:;—–-])`,
  "i",
);

/**
 * In a review card's own thread the conversation is about that one review, so a decision word anywhere decides it
 * ("no — 'crush' is practically banned. rejecting", "honestly? approved"), unless both or a denial are said.
 */
/**
 * A message that only says yes: "yes", "go", "do it", "yep, go for it", "ok sure", "👍". What it says yes to is the
 * thread's: the card it answers, or the request proposed just before.
 */
export const ASSENT =
  /^\W*(?:(?:yes|yep|yeah|yup|ya|yass?|sure|ok|okay|k|go|go for it|do it|do that|please do|pls do|let'?s do it|let'?s go|sounds good|s[ií]|oui|ja|dale|bora|vamos)\b[\s,.!]*)+$/iu;

export function decisionInCard(raw: string): SpokenDecision | undefined {
  const said = spokenDecision(raw);
  if (said) return said;
  const text = correctTypos(
    requestWordsInEnglish(raw)
      .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
  const reject =
    /\b(reject(?:ed|ing)?|declin(?:e|ed|ing)|sending (?:it|this) back|send (?:it|this) back|not approv\w*|(?:can'?t|cannot|won'?t|don'?t) approve)\b|[❌👎]/iu;
  const approve =
    /\b(ap{1,2}rov(?:e|ed|ing)|lgtm|good to go|signing off|signed off|ship it|go on(?: then)?|go ahead)\b|[✅👍]/iu;
  // "yes", "go", "yep ok": a bare assent in the card's thread says yes to the card (the corpora's convention).
  if (ASSENT.test(text)) return { decision: "approve" };
  // "I was going to approve, but … Could you please reject it instead?": a decision asked for politely, or the one
  // said with "instead", is the decision, whatever else the message weighed.
  const politely = text.match(
    /\b(?:(?:can|could|would|will) you (?:please |kindly |just )?|please |pls |kindly )(ap{1,2}rove|reject|decline)\b(?:\s+(?:it|this|that|this one|that one))?(?:\s+instead)?\s*[?.!]*$|\b(ap{1,2}rove|reject|decline)\s+(?:it|this|that)?\s*instead\b/i,
  );
  if (politely) return { decision: /^ap/i.test(politely[1] ?? politely[2]!) ? "approve" : "reject" };
  // "who's the audience on this again? gen z? ok approve": what follows the last question is what is decided — by a
  // decision word: a plain "no" after a question answers it ("who can sign this? No me, I'm just an editor").
  const after = text.split("?").pop()!.trim();
  if (/\?/.test(text) && after && !/\?/.test(after))
    return /^(?:yeah[, ]+)?(?:no|nope|nah)\b/i.test(after) ? undefined : decisionInCard(after);
  // "wait which tiktoks go live if this gets approved": a question after a filler word, or a decision only supposed.
  const asked = text.replace(
    /^(?:(?:wait|ok(?:ay)?|so|hmm+|um+|uh+|eh|oh|and|but|sorry|quick q(?:uestion)?)[,!.:]?\s+)+/i,
    "",
  );
  if (/\bif\b[^.;!]*\b(?:ap{1,2}rov\w*|reject\w*|sign(?:ed|s)? off)\b/i.test(text)) return undefined;
  // "yeah no. 'crush' is banned lol": a plain no in the card's thread sends it back, with what follows as the reason.
  const no = text.match(/^(?:yeah[, ]+)?(?:no|nope|nah)\b[.!,]*\s*(.*)$/i);
  if (no && !/\?/.test(text)) {
    const reason = cleanReason(no[1] ?? "");
    return { decision: "reject", ...(reason ? { reason } : {}) };
  }
  // "who else can approve this?" asks about the review; it does not decide it.
  if (
    /\?/.test(text) ||
    /^(?:who|what|which|when|where|why|how|can|could|should|would|is|are|do|does|did)\b/i.test(asked)
  )
    return undefined;
  if (reject.test(text)) {
    const reason = cleanReason(text.replace(reject, " "));
    return { decision: "reject", ...(reason ? { reason } : {}) };
  }
  if (approve.test(text) && !/\?\s*$/.test(text)) return { decision: "approve" };
  return undefined;
}

export function spokenDecision(raw: string): SpokenDecision | undefined {
  // One slip in the verb ("rejct", "apprvoed") is still the decision.
  const text = correctTypos(
    requestWordsInEnglish(raw)
      .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
  const rejected = text.match(REJECT);
  if (rejected) {
    const reason = cleanReason(text.slice(rejected[0].length));
    return { decision: "reject", ...(reason ? { reason } : {}) };
  }
  const approved = text.match(APPROVE);
  if (approved) {
    // "approve it but …" still approves; "approve? not sure" is a question, not a decision.
    if (/^\s*\?/.test(text.slice(approved[0].length))) return undefined;
    const reason = cleanReason(text.slice(approved[0].length));
    return { decision: "approve", ...(reason && reason.split(/\s+/).length > 1 ? { reason } : {}) };
  }
  return undefined;
}

function cleanReason(rest: string): string | undefined {
  const r = rest
    .replace(/^\s*(?:this one|that one|it|this|that|the (?:variant|ad|asset|creative|image))\b/i, "")
    .replace(/^[\s,.:;!—–-]+/, "")
    .replace(/^(?:because|since|as|cause|cuz|bc|the reason is|reason:?)\s+/i, "")
    .replace(/[\s.!]+$/, "")
    .replace(/\s*[✅❌👍👎]\s*/gu, " ")
    .trim();
  return r.length >= 2 ? r : undefined;
}

/** A review id pasted in the message (rvw_…). */
export const reviewIdIn = (text: string) => text.match(/\brvw_[0-9A-Za-z]{6,}\b/)?.[0];

/** The placeholder reason a review request gets when the message gives none. */
export const NO_REASON_GIVEN = "requested from Slack";

const REASON_LEAD =
  /\b(?:noting that|note that|because|since|cause|(?<!\b(?:it|this|that|them|one|these|those)\s)as|given that|due to|the reason (?:is|being)|reason:|for the reason that)\s+(.+)$/i;
const REASON_AFTER = /^(.+?),?\s+(?:that'?s|that is|is) (?:the|my|our) reason\b/i;
/** A sentence that asks someone something else ("and ping Maya on WhatsApp"), not a reason. */
const OTHER_ASK =
  /^(?:(?:and|also|then|pls|please|kindly)\s+)*(?:ping|tell|let|email|e-mail|message|dm|remind|notify|cc|ask|send|post|share|show|check|approve|reject|add|make|give)\b/i;

const cleanSaid = (s: string) =>
  s
    .trim()
    .replace(/^(?:and|also|but|so)\s+/i, "")
    .replace(/^(?:a|an|the)\s+/i, "")
    .replace(/[\s.!,;:—–-]+$/, "")
    .trim();

/**
 * Why a review is asked for, as the message says it: "…, noting that the copy is new", "New audience, that's the
 * reason", "Send the premium 9:16 for review — new audience on a vertical", "A customer says the testimonial sounds
 * fake". The sentence that asks for the review is left out, as are questions and other asks ("and ping Maya").
 */
export function reviewReasons(
  text: string,
  asking = /\b(?:review|approv\w*|sign-?off|eyes on|look at)\b/i,
): string[] | undefined {
  const sentences = text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .split(/(?<=[.!?])\s+|\s+[—–]\s+|\s+-\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const sentence of sentences) {
    const after = sentence.match(REASON_AFTER)?.[1];
    if (after && cleanSaid(after).length >= 3) return [cleanSaid(after)];
    const led = sentence.match(REASON_LEAD)?.[1];
    if (led && cleanSaid(led).length >= 3) return [cleanSaid(led.split(/[.!?;]/)[0]!)];
  }
  const ask = sentences.findIndex((s) => asking.test(s));
  const rest = sentences.filter(
    (s, i) =>
      i !== ask &&
      !/\?\s*$/.test(s) &&
      !OTHER_ASK.test(s) &&
      !asksNothing(s.replace(/[.!]+$/, "")) &&
      cleanSaid(s).split(/\s+/).length >= 2,
  );
  // The rest of the asking sentence after its comma: "send the premium 9:16 to review, new audience on a vertical".
  const split = ask >= 0 ? sentences[ask]!.match(/^(.*),\s*([^,]{6,})$/) : undefined;
  // "Partner says the banner is blurry, can you log that?": the ask said last, the reason before it.
  const tail = split && asking.test(split[2]!) && !asking.test(split[1]!) ? split[1] : split?.[2];
  const said = rest[0] ?? (tail && !OTHER_ASK.test(tail) && !/\?\s*$/.test(tail) ? tail : undefined);
  return said ? [cleanSaid(said)] : undefined;
}

/** A review request's reasons from the message, in place of none or the placeholder. */
export function reviewReasonsPatch(
  tool: { name: string },
  args: Record<string, unknown>,
  text: string,
  understood: string[],
  last?: { tool: string; args: Record<string, unknown> },
): Record<string, unknown> {
  if (tool.name !== "request_review") return args;
  const given = args.reasons;
  if (Array.isArray(given) && !(given.length === 1 && given[0] === NO_REASON_GIVEN)) return args;
  // "put the energetic 1:1 through the same review, for the same reason": the thread's last request's reasons.
  const same =
    last?.tool === "request_review" &&
    /\b(?:same|that|those) reasons?\b/i.test(text) &&
    Array.isArray(last.args.reasons)
      ? (last.args.reasons as string[])
      : undefined;
  const reasons = same ?? reviewReasons(text);
  if (!reasons) return args;
  understood.push(`reason: ${reasons.join("; ")}`);
  return { ...args, reasons };
}

/** Words that say an asset was reviewed (not asked to be): "I have reviewed", "mark it reviewed", "ya la he revisado". */
const REVIEWED =
  /\b(?:reviewed|reviewd|revisad[ao]|revis[ée]e?|geprüft)\b(?!\s+(?:by|in|since|for|within|more|less|over)\b)/i;
/** The statuses review_asset records. */
const REVIEW_STATUSES = new Set(["ready", "approved", "checked", "rejected", "archived", "discarded"]);
/** The statuses a library review leaves an asset usable in. */
const CLEARED = new Set(["approved", "ready"]);
/** A status said outright, in the workspace's languages. */
const STATUS_SAID: [RegExp, string][] = [
  [/\b(?:reject(?:ed)?|rechazad[ao]|rejet[ée]e?|refus[ée]e?)\b/i, "rejected"],
  [/\b(?:archiv(?:e|ed|ing)|retire[ds]?|retiring)\b/i, "archived"],
  [/\bdiscard(?:ed)?\b/i, "discarded"],
  [/\b(?:approved|aprobad[ao]|approuv[ée]e?|approvat[ao]|genehmigt)\b/i, "approved"],
  [/\bready\b/i, "ready"],
];
/** A review that found nothing wrong: "it is fine", "good to use, reviewed it", "all good", "looked at it". */
const FOUND_FINE =
  /\b(?:fine|ok|okay|good to (?:use|go)|all good|looks? good|cleared|sorted|current|reviewed|reviewd|revisad[ao]|checked|looked at|geprüft|vérifié)\b/i;

/**
 * The status a library review leaves an asset in, from what its reviewer says: a status said outright ("reject it",
 * "retire it", "as approved"), else, when the review found it fine, the asset's own status if it was already cleared
 * (the approved logo stays approved) and "ready" otherwise (a needs-review photo becomes usable).
 */
export function reviewedStatus(text: string, current?: string): string | undefined {
  const said = STATUS_SAID.find(([re]) => re.test(text))?.[1];
  if (said) return said;
  if (!FOUND_FINE.test(text)) return undefined;
  return current && CLEARED.has(current) ? current : "ready";
}

/**
 * A library review recorded as one (review_asset): the status its reviewer's words give when none was bound, and a
 * rights renewal said while working through the library's review or expiry list ("Mara is renewed until 30 June,
 * please update" after "what expires in the next 14 days?"), which records the review with the new expiry rather
 * than editing the field alone (the corpora's convention; update_asset outside that list).
 */
export function reviewOutcome(
  tool: { name: string },
  args: Record<string, unknown>,
  text: string,
  assets: { id: string; status: string }[],
  last: { tool: string } | undefined,
  tools: { name: string }[],
  understood: string[],
): { tool: string; args: Record<string, unknown> } | undefined {
  const id = typeof args.id === "string" ? args.id : undefined;
  const current = id ? assets.find((a) => a.id === id)?.status : undefined;
  if (tool.name === "review_asset" && args.status === undefined) {
    const status = reviewedStatus(text, current);
    if (!status) return undefined;
    understood.push(`status: ${status}`);
    return { tool: tool.name, args: { ...args, status } };
  }
  const renewed =
    tool.name === "update_asset" &&
    id &&
    typeof args.rightsExpiresAt === "string" &&
    args.status === undefined &&
    last?.tool === "library_review" &&
    tools.some((t) => t.name === "review_asset");
  // "I have reviewed the Black Friday banner 1:1, it is old, so please archive it", "mark it reviewed: status
  // approved", "ya la he revisado con Maya": a change of one asset its words say was reviewed records that review
  // (review_asset), with the status those words give (a status review_asset does not take stays a plain change).
  const saidReviewed =
    tool.name === "update_asset" &&
    id &&
    REVIEWED.test(text) &&
    (args.status === undefined || REVIEW_STATUSES.has(String(args.status))) &&
    tools.some((t) => t.name === "review_asset");
  if (saidReviewed) {
    const status =
      args.status !== undefined
        ? String(args.status)
        : (reviewedStatus(text, current) ?? (current && CLEARED.has(current) ? current : "ready"));
    understood.push(`recorded as a review (status ${status})`);
    const note = [args.note, args.notes].find((x) => typeof x === "string");
    const kept = Object.fromEntries(
      Object.entries(args).filter(([k]) => ["id", "rightsExpiresAt", "expectedVersion"].includes(k)),
    );
    return { tool: "review_asset", args: { ...kept, status, ...(note ? { note } : {}) } };
  }
  if (!renewed) return undefined;
  const status = current && CLEARED.has(current) ? current : "ready";
  understood.push(`recorded as a review of the library list's asset (status ${status})`);
  const kept = Object.fromEntries(
    Object.entries(args).filter(([k]) => ["id", "rightsExpiresAt", "note", "expectedVersion"].includes(k)),
  );
  return { tool: "review_asset", args: { ...kept, status } };
}
