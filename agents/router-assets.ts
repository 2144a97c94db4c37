import type { Vocabulary } from "../core/intents/vocabulary.ts";
import {
  type AssetName,
  familyOf,
  familySaid,
  matchAsset,
  matchAssets,
  nameTokens,
  ownWordSaid,
  ratiosIn,
} from "./asset-match.ts";
import { performanceMetric } from "./intent-slots.ts";
import { INTENT_TOOLS, type Intent, type LastCall, type Slots, type ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { choices, escapeRe, matchExperiment, oneTypo } from "./resolve.ts";
import type { Notes, PlanInput, RouterPlan } from "./router-plan-types.ts";
import { mentionsTest } from "./router-resolve.ts";
import { wantsAsset } from "./router-targets.ts";
import { membersNamedIn } from "./slot-fill.ts";
import { dayOnSaid } from "./slot-shapes.ts";

/** Words before a quote that make it something said about an ad or a reason, not the ad's copy. */
const REPORTED =
  /\b(?:says?|said|saying|told|reason|because|feels?|complain\w*|comment\w*|note[sd]?|wrote|thinks?)\b[^'"“‘]{0,25}['"“‘]\s*$/i;

/** A count of arms said in words or digits ("all 4", "the two", "both"). */
const ARMS_COUNT: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * "spin up a test with all 4 spring sprint variants", "a new test with the two DE hooks": the members of the family the
 * words name (familySaid: the names they all start with), as a test's arms, when there are two to six of them and a
 * count said, if any, is theirs.
 */
export function familyArms(text: string, assets: AssetName[]): AssetName[] | undefined {
  const family = familySaid(text, assets)?.toLowerCase();
  if (!family) return undefined;
  const members = assets.filter((a) => a.name.toLowerCase().startsWith(family) && !/\bcopy\)?\s*$/i.test(a.name));
  const said = text.toLowerCase().match(/\b(both|two|three|four|five|six|[2-6])\b/)?.[1];
  const count = said ? (ARMS_COUNT[said] ?? Number(said)) : undefined;
  if (members.length < 2 || members.length > 6 || (count !== undefined && count !== members.length)) return undefined;
  return [...members].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The assets a request names in words, before the thread's: "the trail dawn photo" → its id, "test the energetic 1:1
 * vs the premium 9:16" → both as arms. Read in the clause the request is in (not the orders it was told to leave for
 * later), with the assets this thread showed winning a tie. Returns the question to ask when several fit.
 */
export function nameAssets(
  intent: Intent,
  tool: McpToolInfo,
  text: string,
  input: PlanInput,
  slots: Slots,
  notes: Notes,
): { question: string; options: string[] } | undefined {
  const assets = input.vocabulary.assets ?? [];
  // "Is the track one any good?" after the April shoot was listed: the asset the words name, not the thread's first
  // one the reading of the request took for "one".
  const thread = input.memory.lastAssetIds ?? [];
  const fromThread =
    slots.assetIds?.length === 1 && thread.length > 1 && thread[0] === slots.assetIds[0] && !/\bast_\w/.test(text);
  if (fromThread) {
    const said = matchAsset(
      ownClause(text, intent),
      assets.filter((a) => thread.includes(a.id)),
      thread,
    );
    if (said.kind === "one" && said.value.id !== slots.assetIds![0]) {
      slots.assetIds = [said.value.id];
      notes.understood.push(`asset: “${said.value.name}”`);
    }
    return undefined;
  }
  if (!assets.length || slots.assetIds?.length) return undefined;
  const own = ownClause(text, intent);
  const shown = [...(input.memory.lastAssetIds ?? []), ...(input.memory.lastCall?.ids ?? [])];
  // "and archive the old one" after a new version was registered: the version it replaced; "the new one": the new.
  const version = versionPointed(own, input.memory.lastCall);
  if (version && wantsAsset(intent, tool)) {
    slots.assetIds = [version.id];
    notes.understood.push(`asset: the ${version.which} version (${version.id})`);
    return undefined;
  }
  if (intent.name === "create_experiment") {
    const arms = matchAssets(own, assets, shown) ?? familyArms(own, assets);
    if (arms) {
      slots.assetIds = arms.map((a) => a.id);
      notes.understood.push(`arms: ${arms.map((a) => `“${a.name}”`).join(", ")}`);
    }
    return undefined;
  }
  // "check brand rules for the playful 9:16 one", "the premium 9:16 'doesn't feel like Kestrel'. Please check it", "check
  // the calm 4:5 … request review with reason 'new audience'": the asset named is what to check; words taken for copy
  // that name it, or a quote someone said about it or gave as a reason, are not ad copy.
  if (intent.name === "check_brand" && typeof slots.text === "string" && !slots.headline && !slots.body) {
    const copy = slots.text;
    const at = own.indexOf(copy);
    const inQuotes = at > 0 && /['"“‘]\s*$/.test(own.slice(0, at));
    const reported = at > 0 && REPORTED.test(own.slice(Math.max(0, at - 60), at));
    // Copy read from unquoted words that name an asset ("check brand rules for the playful 9:16 one") names it.
    const pointsAtOne =
      /\b(?:the|this|that)\s+(?:[\w:.-]+\s+){0,3}(?:one|photo|banner|ad|variant|image|visual|shot|asset|creative)\b/i;
    const inCopy = inQuotes || !pointsAtOne.test(copy) ? undefined : matchAsset(copy, assets, shown);
    const named =
      inCopy?.kind === "one" ? inCopy : reported ? matchAsset(own.replace(copy, " "), assets, shown) : undefined;
    if (named?.kind === "one") {
      delete slots.text;
      slots.assetIds = [named.value.id];
      notes.understood.push(`asset: “${named.value.name}”`);
      return undefined;
    }
  }
  // "what came of the DE hook test?": a test's lineage starts at the test.
  if (intent.name === "lineage" && mentionsTest(own)) {
    const test = matchExperiment(own, input.vocabulary.experiments);
    if (test.kind === "one") {
      slots.assetIds = [test.value.id];
      notes.understood.push(`lineage of the test: ${test.value.name}`);
      return undefined;
    }
  }
  // "anything that feels like the trail at dawn hero but in a city": a search by example.
  // What it is like, not what should differ: "like the dawn photograph, but in the city" is like the dawn photograph;
  // "frames like the city night banner but warmer", "in the spirit of the dawn photo": whatever is said before "like"
  // (not a liking: "I'd like the …", "people like …").
  const like = own
    .match(
      /(?<!\b(?:i'?d|we'?d|you'?d|would|i|we|they|you|u|people|ppl|folks)\s+)\blike\s+(.+)$|\bsimilar(?:\s+\w+)?\s+(?:to|as)\s+(.+)$|\b(?:in the (?:spirit|style|vein) of|along the lines of|in the same (?:\w+\s+)?as)\s+(.+)$/i,
    )
    ?.slice(1)
    .find(Boolean)
    ?.split(/,?\s+but\s+|\s+instead of\s+/i)[0];
  if (intent.name === "search" && like && "exampleAssetIds" in (tool.inputSchema.properties ?? {})) {
    const example = matchAsset(like, assets, shown);
    if (example.kind === "one") {
      Object.assign(slots, { exampleAssetIds: [example.value.id] });
      notes.understood.push(`like: “${example.value.name}”`);
    }
    return undefined;
  }
  // "off the City CTA winner", "show me the Black Friday winner": the variant that won the test named.
  const won = winnerNamed(own, input.vocabulary);
  if (
    won &&
    !slots.campaignId &&
    (wantsAsset(intent, tool) || "derivedFromAssetId" in (tool.inputSchema.properties ?? {}))
  ) {
    slots.assetIds = [won.assetId];
    notes.understood.push(`asset: the ${won.test} winner`);
    return undefined;
  }
  if (slots.campaignId || !wantsAsset(intent, tool)) return undefined;
  const m = matchAsset(own, assets, shown);
  // "merge the resized City Night copy into the original": the named asset and those whose names hold one another's.
  if (tool.name === "resolve_duplicates" && m.kind === "one") {
    const group = copiesOf(m.value, assets);
    if (group.length > 1) {
      slots.assetIds = group.map((a) => a.id);
      notes.understood.push(`duplicates: ${group.map((a) => `“${a.name}”`).join(", ")}`);
      // "into the original", "keep the newest": which one stays.
      const keep = keptWord(own);
      const kept = keep ? (/^(original|older|oldest|first)$/i.test(keep) ? group[0] : group.at(-1)) : undefined;
      if (kept) {
        Object.assign(slots, { keepId: kept.id });
        notes.understood.push(`keep: “${kept.name}”`);
      }
      return undefined;
    }
  }
  const takesMany = manyIds(tool);
  // "tag the shoe closeup and the track pic from the april shoot": each asset named, in the order said; a tool that
  // takes one id acts on the first.
  const several = takesMany || m.kind !== "one" ? matchAssets(own, assets, shown) : undefined;
  // "can u tag the april shoot pics", "tag the april shoot ones … I need to find the track one", "archive the Black
  // Friday banners, all three": a family named in the plural is all its members (in their names' order), whatever
  // member the message names besides; a tool that takes one id acts on the first.
  const family = familySaid(own, assets);
  const members = family ? familyMembers(family, assets) : [];
  // Unless the words pick some of it ("the shoe closeup and the track pic from the april shoot").
  const some = !!several && several.every((a) => members.includes(a));
  const wholeFamily = members.length >= 2 && PLURAL_NAMED.test(own) && !some;
  // A read of one asset over a family ("the april shoot photos where?") is a listing, not its first member.
  const reads = !!tool.annotations?.readOnlyHint;
  if (wholeFamily && (takesMany || (m.kind !== "one" && !reads))) {
    slots.assetIds = takesMany ? libraryOrder(members, assets).map((a) => a.id) : [members[0]!.id];
    notes.understood.push(`assets named “${family} …” (${members.length})`);
    return undefined;
  }
  if (several && takesMany) {
    slots.assetIds = several.map((a) => a.id);
    notes.understood.push(`assets: ${several.map((a) => `“${a.name}”`).join(", ")}`);
    return undefined;
  }
  if (tool.name === "tag_assets" && family && m.kind !== "one" && members.length >= 2) {
    slots.assetIds = libraryOrder(members, assets).map((a) => a.id);
    notes.understood.push(`assets named “${family} …” (${members.length})`);
    return undefined;
  }
  const many = intent.name === "archive" || intent.name === "tag_assets";
  if (m.kind === "one" || (m.kind === "many" && many)) {
    const found = m.kind === "one" ? [m.value] : byName(m.values);
    slots.assetIds = found.map((a) => a.id);
    notes.understood.push(`asset${found.length > 1 ? "s" : ""}: ${found.map((a) => `“${a.name}”`).join(", ")}`);
  } else if (m.kind === "many" && !input.memory.lastAssetIds?.length)
    return {
      question: `Which one: ${choices(m.values.map((a) => a.name))}?`,
      options: m.values.slice(0, 4).map((a) => a.id),
    };
  return undefined;
}

/** Words that say several assets: a plural of what they are, or "all", "both", "every". */
const PLURAL_NAMED =
  /\b(?:ones|pics|pictures|photos|images|shots|files|frames|banners|variants|assets|visuals|creatives|versions|all|both|every|each|everything|the lot|fotos|imágenes|imagenes|bilder|visuels)\b/i;

/** Whether a tool takes a list of asset ids (true), one (false), or none (undefined). */
function manyIds(tool: McpToolInfo): boolean | undefined {
  const props = (tool.inputSchema.properties ?? {}) as Record<string, { type?: unknown }>;
  if (["ids", "assetIds"].some((k) => props[k]?.type === "array")) return true;
  if (["id", "assetId"].some((k) => k in props)) return false;
  return undefined;
}

/** Assets in their names' order ("April shoot 01 …" before "… 02", "banner 1:1" before "banner 9:16"). */
const byName = (list: AssetName[]) => [...list].sort((x, y) => x.name.localeCompare(y.name, "en", { numeric: true }));

/** Assets as the library lists them (newest first): the order a later "the third one" counts in. */
const libraryOrder = (list: AssetName[], assets: AssetName[]) => assets.filter((a) => list.includes(a));

/** The assets whose names start with a family's words, in their names' order. */
function familyMembers(family: string, assets: AssetName[]): AssetName[] {
  return byName(assets.filter((a) => a.name.toLowerCase().startsWith(family.toLowerCase())));
}

/** The message without the clauses it asks for next ("…? Then start a test with it vs the calm 4:5."). */
export function ownClause(text: string, intent: Intent): string {
  let own = text;
  for (const later of intent.also ?? []) own = own.replace(later, " ");
  return nameTokens(own).length ? own : text;
}

/** "…on ctr", "roas test", "by conversion rate": what decides a test's winner, in the tool's own words. */
export function testMetric(text: string, tool: McpToolInfo): string | undefined {
  const allowed = ((tool.inputSchema.properties ?? {}) as Record<string, { enum?: string[] }>).metric?.enum ?? [];
  const lower = text.toLowerCase();
  if (/\bwatch[- ]?time\b|\bview duration\b/.test(lower) && allowed.includes("watch_time")) return "watch_time";
  const said = performanceMetric(lower).metric;
  const metric = said === "cpa" ? "cost_per_conversion" : said === "conversions" ? "cvr" : said;
  return metric && allowed.includes(metric) ? metric : undefined;
}

/** "link it to the test" with the social proof variant: the test whose arm that variant is, where the tool takes one. */
export function experimentOfAsset(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const props = tool.inputSchema.properties ?? {};
  const asset = args.assetId;
  if (!("experimentId" in props) || args.experimentId !== undefined || typeof asset !== "string") return args;
  const tests = v.experiments.filter((e) => e.armAssetIds?.includes(asset));
  if (tests.length !== 1) return args;
  understood.push(`experiment: ${tests[0]!.name} (the variant's test)`);
  return { ...args, experimentId: tests[0]!.id };
}

/**
 * The asset a follow-up names against the last request: among the assets that request was about (its result, its
 * test's arms) by the follow-up's own words ("for the premium one too"), else with the last message's words as
 * context and the follow-up's ratio ("same on the 1.91" after "archive the BF 9:16"). Never the one just used.
 */
export function assetNamedAgain(rest: string, last: LastCall, v: Vocabulary): AssetName | undefined {
  const assets = v.assets ?? [];
  if (!assets.length || (!nameTokens(rest).length && !ratiosIn(rest).length)) return undefined;
  const used = [last.args.id, last.args.assetId].filter((x): x is string => typeof x === "string");
  const test = v.experiments.find((e) => e.id === last.args.experimentId);
  const pool = new Set([...(last.ids ?? []), ...(test?.armAssetIds ?? [])]);
  const around = assets.filter((a) => pool.has(a.id) && !used.includes(a.id));
  const own = around.length ? matchAsset(rest, around) : undefined;
  if (own?.kind === "one") return own.value;
  // "also for the 1:1 please" after the playful 9:16: another of its family, by what tells them apart.
  const families = new Set(assets.filter((a) => used.includes(a.id)).map(familyOf));
  const kin = assets.filter((a) => !used.includes(a.id) && families.has(familyOf(a)));
  const sibling = kin.length
    ? matchAsset(
        rest,
        kin,
        kin.map((a) => a.id),
      )
    : undefined;
  if (sibling?.kind === "one") return sibling.value;
  // Named outright: "and which ads use the mara shot".
  const named = matchAsset(rest, assets);
  if (named.kind === "one" && !used.includes(named.value.id)) return named.value;
  const context = `${rest} ${last.text.replace(/\b\d+(?:\.\d+)?\s*:\s*\d+(?:\.\d+)?\b/g, " ")}`;
  const m = matchAsset(
    context,
    assets.filter((a) => !used.includes(a.id)),
  );
  return m.kind === "one" && ratiosIn(rest).length ? m.value : undefined;
}

/** An asset and the ones named as its copies ("City Night banner 1:1 (resized copy)"), oldest first. */
function copiesOf(one: AssetName, assets: AssetName[]): AssetName[] {
  const base = (n: string) =>
    n
      .replace(/\s*\([^)]*\)\s*$/, "")
      .trim()
      .toLowerCase();
  const group = assets.filter((a) => base(a.name) === base(one.name));
  return group.sort((x, y) => Date.parse(x.createdAt ?? "") - Date.parse(y.createdAt ?? ""));
}

/** Words that ask the library to look for something described, not to list what it holds. */
const DESCRIBED =
  /\b(?:find|search|look(?:ing)? for|got any|anything|something|similar|(?:feels?|looks?) like|more like|with (?:a|an|the)? ?\w+ (?:background|light|vibe))\b/i;
const RIGHTS_ON =
  /\b(?:rights?|valid|cleared|usable|licen[cs]ed|(?:can|could) (?:we|i|partners|they) (?:still )?use|ok to use|right to use)\b/i;

/**
 * A library ask that is a listing (list_assets), not a search: a family of assets named by the start of their names
 * ("pull up the April shoot pics", "where are the black friday banners?") or the day rights must hold ("which pics can
 * we still use on 15 May?"), with no description to search for and no audience (which only a search takes).
 */
export function asksForListing(intent: Intent, text: string, input: PlanInput): boolean {
  if (intent.name !== "search" || DESCRIBED.test(text) || intent.slots.audience || intent.slots.filters?.audience)
    return false;
  if (!input.tools.some((t) => t.name === "list_assets")) return false;
  if (familySaid(text, input.vocabulary.assets ?? [])) return true;
  return RIGHTS_ON.test(text) && !!dayOnSaid(text.toLowerCase(), input.now);
}

/**
 * A listing's filters in the workspace's words: the family its names start with ("the April shoot pics" →
 * nameContains "April shoot"), the member whose assets they are ("whatever Rio owns" → owner).
 */
export function fillListing(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const props = (tool.inputSchema.properties ?? {}) as Record<string, { type?: unknown }>;
  const out = { ...args };
  if ("nameContains" in props && out.nameContains === undefined && tool.annotations?.readOnlyHint) {
    const family = familySaid(text, v.assets ?? []);
    if (family) {
      out.nameContains = family;
      understood.push(`names starting “${family}”`);
    }
  }
  // "whatever Rio owns", "make Jess the owner", "hand it over to Jess": the one member named with ownership words.
  const owning = /\b(?:own|owns|owned|owner|owners|hand\w*\b.{0,40}\bover|belongs? to)\b/i;
  if (props.owner?.type === "string" && out.owner === undefined && owning.test(text)) {
    const named = membersNamedIn(text, v);
    const m = named.length === 1 ? named[0]! : undefined;
    if (m) {
      out.owner = m.slackUserId ?? m.email ?? m.ref;
      understood.push(`owner: ${m.name ?? m.ref}`);
    }
  }
  return out;
}

/**
 * The assets this thread is about: those its last result showed, else the one its last call acted on, else the one
 * its last message named ("check the premium 9:16 against the rules" … "then log it as off-brand").
 */
export function threadAssets(memory: ThreadMemory, assets: AssetName[] = []): string[] {
  if (memory.lastAssetIds?.length) return memory.lastAssetIds;
  const args = memory.lastCall?.args ?? {};
  const one = [args.assetId, args.id].find((x): x is string => typeof x === "string" && x.startsWith("ast_"));
  if (one) return [one];
  // Else the one asset the last message named in words, whatever its call acted on.
  const said = memory.lastCall?.text ? matchAsset(memory.lastCall.text, assets) : undefined;
  return said?.kind === "one" ? [said.value.id] : [];
}

/** A message that asks rather than orders, in English, French, Spanish or German. */
const ASKS_ABOUT =
  /\?|^\W*(?:(?:ok|so|sorry|hey|hi|and|but|órale|excuse me)[\s,!.]+)*(?:who|whose|what|what's|whats|when|where|why|which|is|are|was|does|do|did|has|can|could|check|show me the (?:deets|details)|pourquoi|qui|quand|por qué|quién|wer|wann|warum)\b/i;
/** What one asks about an asset: its rights, owner, status, tags, review, details. */
const ASSET_FIELDS =
  /\b(?:rights?|rigths|release|licen[cs]\w*|expir\w*|run(?:s|ning)? out|end(?:s)? when|cleared|cleard|(?:ok|fine|good|safe|right) to (?:re)?use|approved|status|owner|owns|ownes|who shot|photographer|holder|tagged|tags|details?|deets|in review|en review|revisión|waiting on|missing|stuck|what do we know|sabemos|whose|de quién|à qui|who is (?:this|the|she|he)|droits|derechos|rechte|usable|useable|any good|(?:good|ready) to go|(?:still|now)\s+(?:ok|okay|fine|good|valid|usable|cleared|promoted|approved)|(?:can|could|may)\s+(?:we|i|they|partners?|you)\s+(?:still\s+)?(?:re)?use|promoted|discarded|archived|needs?[_ ]review)\b/i;
/** Asks that act on an asset (or leave it) rather than read it. */
const ACTS_ON_ASSET = new Set([
  "show_asset",
  "feedback",
  "lineage",
  "similar",
  "tag_assets",
  "generate",
  "create_experiment",
  "link_deployment",
  "decide_review",
  "duplicates",
  "undo",
  "help",
  "add_member",
  "remove_member",
]);

/**
 * "who's the rights holder on the Mara running shot?", "is the kestrel logo approved for partner use?", "why is this
 * one in review?" in a review card: a question about one asset's rights, owner, status, tags or review is a read of
 * that asset (get_asset), whatever the rules first made of its words (a search, a test's read-out, the library
 * review). The asset is named in words (one match), or is the card's or the thread's when the words point at it.
 */
export function asksAboutAsset(intent: Intent | undefined, text: string, input: PlanInput): boolean {
  if (intent && (ACTS_ON_ASSET.has(intent.name) || intent.slots.assetIds?.length)) return false;
  if (!input.tools.some((t) => t.name === "get_asset")) return false;
  const own = intent ? ownClause(text, intent) : text;
  if (!ASKS_ABOUT.test(own.trim()) || !ASSET_FIELDS.test(own) || !aboutOne(own)) return false;
  const shown = threadAssets(input.memory, input.vocabulary.assets ?? []);
  // "pending reviews for Kestrel?": the brand's name alone names the brand, not its logo asset ("the kestrel logo").
  const brands = input.vocabulary.brands.flatMap((b) => [b.slug, b.name.split(/\s+/)[0]!]).filter((w) => w.length >= 4);
  const unbranded = brands.reduce(
    (t, b) => t.replace(new RegExp(`\\b${escapeRe(b)}\\b(?!\\s+(?:logo|mark|wordmark|icon))`, "gi"), " "),
    own,
  );
  const named = matchAsset(unbranded, input.vocabulary.assets ?? [], shown);
  if (named.kind === "one") return true;
  if (named.kind === "many") return false;
  // "why is this stuck in review?", "who is this runner": the one asset of a review card or of the thread.
  return shown.length === 1 && /\b(?:this|that|it|her|him|here|esta|este|ce|cette|dies\w*)\b/i.test(own);
}

/** Words of a question about many assets, the brand rules, or an order ("which talent…", "set me as owner…"). */
const NOT_ONE =
  /^\W*which\b|\b(?:every|all|list|whose rights are)\b|\b(?:what|which|who|anything|any|whit|wat)\s+(?:else|others?)\b|\b(?:what(?:'s| is)?|anything|everything)\s+in\s+(?:the|our)\s+libr?a?r?y\b|\b(?:images|pics|photos|shots|assets|files|banners|logos|variants)\b|\b(?:rules?|on[- ]brand|flagged|flagging|problems?|wrong|brand check)\b|\bcheck\s+["“']/i;
const ORDER =
  /^\W*(?:(?:ok|so|then|please|pls|can you|could you|can i|could i|can we|could we)[\s,]+)*(?:set|mark|add|draft|find|search|log|record|flag|make|create|update|change|rename|archive|tag|retag|book|send|email|replace|swap|extend)\b/i;
const aboutOne = (text: string) => !NOT_ONE.test(text) && !ORDER.test(text);

/**
 * "find me the dawn trail shot" … "more like that": the asset a thread's last search or listing named by its name is
 * the one its results are about, wherever the library ranked it, so a pointer at "that" finds it first; after a new
 * version was registered, the new version is. The thread's memory with that asset moved to the front of what was
 * shown (unchanged when the words named none, or several).
 */
export function namedFirst(memory: ThreadMemory, assets: AssetName[] = []): ThreadMemory {
  const last = memory.lastCall;
  const shown = memory.lastAssetIds;
  // "now check the component against the rules" after a new version was registered: the new version.
  const fresh = last?.tool === "replace_asset_version" ? last.args.newAssetId : undefined;
  if (typeof fresh === "string" && shown?.includes(fresh) && shown[0] !== fresh)
    return { ...memory, lastAssetIds: [fresh, ...shown.filter((id) => id !== fresh)] };
  if (!last || !shown || shown.length < 2 || !["search_assets", "list_assets"].includes(last.tool)) return memory;
  // "have the April shoot pics come in?" … "tag them all": a listing asked for a family is that family's members,
  // whatever else the library showed beside them.
  const family = familySaid(
    [last.text, last.args.nameContains, last.args.query].filter((x) => typeof x === "string").join(" . "),
    assets,
  );
  if (family) {
    const members = new Set(
      assets.filter((a) => a.name.toLowerCase().startsWith(family.toLowerCase())).map((a) => a.id),
    );
    const kept = shown.filter((id) => members.has(id));
    // "need the Aero 3 Ember pack shot — the one with the new box": the member the request's words named, first.
    const one = matchAsset(
      last.text,
      assets.filter((a) => members.has(a.id)),
    );
    const first = one.kind === "one" && kept.includes(one.value.id) ? [one.value.id] : [];
    const ordered = [...first, ...kept.filter((id) => !first.includes(id))];
    if (kept.length >= 2 && (kept.length < shown.length || first.length))
      return {
        ...memory,
        lastAssetIds: ordered,
        lastCall: { ...last, ids: last.ids?.filter((id) => members.has(id)) },
      };
  }
  const said = [last.args.query, last.args.nameContains].filter((x): x is string => typeof x === "string").join(" ");
  const named = said ? matchAsset(said, assets) : undefined;
  // Wherever the library ranked it, or if it did not show it at all: the words looked for that one asset.
  if (named?.kind !== "one" || shown[0] === named.value.id) return memory;
  return { ...memory, lastAssetIds: [named.value.id, ...shown.filter((id) => id !== named.value.id)] };
}

/**
 * "more shots in the spirit of the trail at dawn hero photo", "imagery in the same register as the dawn photograph",
 * "busca algo parecido al banner de city night", "plus de visuels comme celui de Mara": more like one library asset,
 * named in words, with nothing else asked of the pictures, is a lookalike of that asset (find_similar), not a search
 * whose words are the framing. A difference said ("… but in a city", "pero de noche") or a thing looked for before
 * the likeness ("trail photos like the bridge one") keeps the search by example.
 */
export function likeOneAsset(intent: Intent | undefined, text: string, input: PlanInput): Intent | undefined {
  if (!intent || !["search", "similar"].includes(intent.name)) return undefined;
  if (!input.tools.some((t) => t.name === "find_similar")) return undefined;
  const own = ownClause(text, intent);
  const m = LIKENESS.exec(own);
  if (!m || CONTRAST.test(own)) return undefined;
  const target = own.slice(m.index + m[0].length);
  // "obsessed w the dawn trail shot, more like that pls": a pointer at the one asset the message itself names, else
  // at the thread's ("more like it" after feedback on the Shop the drop ad).
  const pointer = POINTER.test(target);
  const asked = own
    .slice(0, m.index)
    .toLowerCase()
    .split(/[^\p{L}\d']+/u)
    .filter((w) => w && !ASKING_WORDS.has(w));
  if (asked.length && !pointer) return undefined;
  const assets = input.vocabulary.assets ?? [];
  const named = matchAsset(pointer ? own : target, assets, []);
  const one = named.kind === "one" ? named.value.id : undefined;
  // A lookalike already read keeps the thread's asset unless the message names its own.
  if (intent.name === "similar" && !(pointer && one)) return undefined;
  const id = one ?? (pointer && !input.memory.lastAssetIds?.length ? threadAssets(input.memory, assets)[0] : undefined);
  return id ? { name: "similar", tools: INTENT_TOOLS.similar, slots: { assetIds: [id] } } : undefined;
}

/**
 * "show me the trail at dawn hero photo", "pull up the city night banner": one asset named whole after a definite "the"
 * is that asset (get_asset), not a search for its name's words nor the library's listing.
 */
export function showsOneAsset(intent: Intent | undefined, text: string, input: PlanInput): Intent | undefined {
  if (intent?.name !== "search" || !input.tools.some((t) => t.name === "get_asset")) return undefined;
  const own = ownClause(text, intent);
  if (!SHOW_THE.test(own) || PLURAL_ASSETS.test(own)) return undefined;
  const assets = input.vocabulary.assets ?? [];
  const named = matchAsset(own, assets, []);
  if (named.kind !== "one") return undefined;
  const said = new Set(nameTokens(own));
  // Named whole, or by a word of its name no other name has ("the Bestzeit hook asset").
  const whole =
    nameTokens(named.value.name).every((w) => said.has(w) || [...said].some((s) => oneTypo(s, w))) ||
    ownWordSaid(own, named.value, assets);
  return whole
    ? { name: "show_asset", tools: INTENT_TOOLS.show_asset, slots: { assetIds: [named.value.id] } }
    : undefined;
}

const SHOW_THE =
  /^\W*(?:(?:ok|okay|so|and|pls|please|hey|can you|could you|can u|can i|could i|may i|can we|could we)[\s,]+)*(?:show|open|pull up|bring up|get|grab|send|give|fetch|see|view)\s+(?:me\s+|us\s+)?(?:the|that|our)\s+/i;
const PLURAL_ASSETS =
  /\b(?:photos|pics|images|shots|banners|assets|files|ones|variants|visuals|creatives|all|every|everything)\b/i;

/** "like that", "like this one", "like it": the likeness points rather than names. */
const POINTER = /^\s*(?:that|this|it|these|those|them)(?:\s+one)?\b(?!\s+(?:of|from|in|with)\b)/i;
/** The words that say "like": English, Spanish, French, German, Portuguese, Italian. */
const LIKENESS =
  /(?<!\b(?:i'?d|we'?d|you'?d|would|i|we|they|you|u|people|ppl|folks)\s+)\b(?:(?:more|something|stuff|anything|things?|ones?|shots?|images?|photos?|pics?|visuals?)\s+)?(?:like|similar\s+(?:to|as)|in the (?:same\s+)?(?:spirit|style|vein|register|mood|feel) (?:of|as)|along the lines of|in the same \w+ as|parecid[oa]s?\s+(?:a|al|a la)|similar(?:es)?\s+(?:a|al|a la)|como (?:el|la|los|las)(?:\s+de)?|comme (?:celui|celle|ceux|celles|le|la|les)(?:\s+de)?|ähnlich wie|wie (?:das|der|die|den)|simil[ei] a(?:l|lla)?|parecid[oa]s? com)\s+/i;
/** A difference said beside the likeness: "but in a city", "pero de noche", "mais de jour", "aber …", "instead of". */
const CONTRAST =
  /\b(?:but|pero|mais|aber|ma|except|instead|without|only|just not|sino|sauf|sin|sans|ohne)\b|\bwith\b(?! the\b)/i;
/** Words of asking for more pictures that say nothing of what is in them. */
const ASKING_WORDS = new Set(
  "can could would you u please pls plz find me us get pull show give grab any some more other alternatives alternative options got have we do i need want see something stuff things anything ones one imagery images image photos photo pics pic shots shot visuals visual assets asset creatives product products find search look looking for ok okay so hey hi omg lol lekker sweet nice love in a an the of busca búscame buscame algo algunas fotos imágenes imagenes cherche cherche-moi des visuels photos trouve moi plus d' de suche mehr bilder ähnliche ähnlicher".split(
    " ",
  ),
);

/**
 * "which assets are in needs_review?", "which assets have the status needs reveiw", "get me a list of what's been
 * discared": assets listed by a status the listing tool's schema names (list_assets' `status` enum, said with spaces
 * for underscores and one slip in a long word), not the review queue nor a search for the word. Only where the words
 * ask for many assets (a plural, "which", "list", "what's been …") and name no one asset and no test.
 */
export function listedByStatus(intent: Intent | undefined, text: string, input: PlanInput): Intent | undefined {
  const tool = input.tools.find((t) => t.name === "list_assets");
  const statuses = (tool?.inputSchema.properties?.status as { enum?: string[] } | undefined)?.enum;
  if (!tool || !statuses?.length || (intent && ACTS_ON_ASSET.has(intent.name))) return undefined;
  const lower = text.toLowerCase();
  if (!MANY_ASKED.test(lower) || mentionsTest(lower) || ORDER.test(lower)) return undefined;
  if (matchAsset(lower, input.vocabulary.assets ?? []).kind === "one") return undefined;
  const words = lower.split(/[^a-z0-9]+/).filter(Boolean);
  // Where each status is said: its words in a row, one slip allowed in a long one ("needs reveiw", "discared").
  const at = (value: string) => {
    const want = value.split("_");
    return words.findIndex((_, i) => want.every((w, k) => !!words[i + k] && oneTypo(words[i + k]!, w)));
  };
  const named = statuses.map((value) => ({ value, i: at(value) })).filter((x) => x.i >= 0);
  if (named.length !== 1) return undefined;
  const { value: status, i } = named[0]!;
  // A status word in everyday use ("who approved it", "we generated ads") needs the status said as one.
  const asStatus = status.includes("_") || STATUS_BEFORE.has(words[i - 1] ?? "");
  if (!asStatus) return undefined;
  return { name: "tool", tools: ["list_assets"], slots: { setStatus: status } as Slots };
}

/** Words before a status said as one: "status approved", "in review", "marked archived", "what's been discarded". */
const STATUS_BEFORE = new Set(["status", "statuses", "in", "as", "marked", "been", "still", "currently", "now"]);
/** Words that ask for many assets at once. */
const MANY_ASKED =
  /\b(?:which|what(?:'s| has| have)? been|list|lists|all|every|any)\b|\b(?:assets|images|pics|photos|shots|files|ones|variants|outputs|creatives|banners)\b/;

/** "the old one", "the original", "the previous version"; "the new one", "the new version". */
const OLD_ONE =
  /\b(?:the|that)\s+(?:old|older|original|previous|former|replaced|superseded)(?:\s+(?:one|version|shot|photo|file|image|asset|pack\s*shot|packshot))?\b/i;
const NEW_ONE = /\b(?:the|that)\s+(?:new|newer|latest|replacement)(?:\s+(?:one|version|file|image|asset))\b/i;

/** The version a pointer names right after a new version was registered (replace_asset_version). */
function versionPointed(text: string, last: LastCall | undefined): { id: string; which: string } | undefined {
  if (last?.tool !== "replace_asset_version") return undefined;
  const old = last.args.replacedId;
  const fresh = last.args.newAssetId;
  const saysOld = OLD_ONE.test(text);
  const saysNew = NEW_ONE.test(text);
  if (saysOld && !saysNew && typeof old === "string") return { id: old, which: "old" };
  if (saysNew && !saysOld && typeof fresh === "string") return { id: fresh, which: "new" };
  return undefined;
}

/** Which of a group stays: "into the original", "keep the orignal" (one slip), "keep the newest". */
function keptWord(text: string): string | undefined {
  const word = text.match(/\b(?:into|keep(?:ing)?)\s+(?:the\s+)?(\w+)\b/i)?.[1]?.toLowerCase();
  if (!word) return undefined;
  if (word === "original" || (word.length >= 6 && oneTypo(word, "original"))) return "original";
  return /^(?:older|oldest|first|newest|newer|latest|copy)$/.test(word) ? word : undefined;
}

/** "X replaces Y", "X is the new version of Y", "register X as v2 of Y": the new one is said first. */
const NEW_FIRST =
  /\s+(?:(?:should|will|now|is\s+going\s+to)\s+)?(?:replaces?|supersedes?|(?:is|as)\s+(?:the\s+)?(?:new|newer|latest|updated)\s+version\s+of|as\s+(?:the\s+)?(?:new\s+)?(?:v(?:ersion)?\s*\d+)\s+of|takes?\s+over\s+from|in\s+place\s+of)\s+/i;
/** "replace Y with X", "swap Y for X", "swap Y to X": the replaced one is said first. */
const OLD_FIRST = /\b(?:replace|swap(?:\s+out)?)\s+(.+?)\s+(?:with|for|to|by)\s+(.+)$/i;
/** Where the ask about versions ends: "…, then archive the old one", "… and tell me which ads use it". */
const ASK_END = /\s*(?:[,;.!?]|\s(?:then|and then|and|but|so|from now on)\b)/i;

/**
 * "The new box shot replaces the old Ember product shot", "register the new box pack shot as v2 of the ember product
 * shot", "replace the Ember product shot with the new box one": a new version of a library asset, both named in words
 * (replace_asset_version: replacedId, and newAssetId when the new one is in the library). The replaced one is read
 * among the assets other than the new one ("the Ember shot" is then not the new Ember box shot).
 */
export function replacedVersion(text: string, input: PlanInput): Intent | undefined {
  const tool = input.tools.find((t) => t.name === "replace_asset_version");
  const assets = input.vocabulary.assets ?? [];
  if (!tool || !assets.length) return undefined;
  const shown = [...(input.memory.lastAssetIds ?? [])];
  const split = text.split(NEW_FIRST);
  const old = OLD_FIRST.exec(text);
  const [newSaid, oldSaid] =
    split.length === 2
      ? [split[0]!.split(/[.;!?]\s|—|–/).at(-1)!, split[1]!.split(ASK_END)[0]!]
      : old
        ? [old[2]!.split(ASK_END)[0]!, old[1]!.split(/[.;!?]\s|—|–/).at(-1)!]
        : [];
  if (!newSaid || !oldSaid) return undefined;
  // "… is in the library — it replaces …": a pronoun for the new one points back at what was said before it.
  const before = split.length === 2 && /^\s*(?:it|this|this one|that)\s*$/i.test(newSaid) ? split[0]! : newSaid;
  const fresh = matchAsset(before, assets, shown);
  const newer = fresh.kind === "one" ? fresh.value : undefined;
  // "replace the copy in the banner with something calmer" is an edit: the new version must be a library asset.
  if (!newer) return undefined;
  const replaced = matchAsset(
    oldSaid,
    assets.filter((a) => a.id !== newer?.id),
    shown,
  );
  if (replaced.kind !== "one") return undefined;
  return {
    name: "tool",
    tools: [tool.name],
    slots: { replacedId: replaced.value.id, ...(newer ? { newAssetId: newer.id } : {}) } as Slots,
  };
}

/**
 * "the City CTA winner", "the winning ad of the Black Friday test": a test named next to "winner" (the words before it,
 * or after "of"), once it has a winner. Only the words beside it count: "a v3 of Spring Sprint off the City CTA winner"
 * names the Spring Sprint template, not its hook test.
 */
function winnerNamed(text: string, v: Vocabulary): { assetId: string; test: string } | undefined {
  const m = text.match(
    /((?:\S+\s+){0,5})winn(?:er|ing)\b(?:\s+(?:ad|variant|creative|one|frame))?(?:\s+(?:of|from|in)\s+((?:\S+\s*){1,6}))?/i,
  );
  if (!m) return undefined;
  const before = m[1] ?? "";
  // The words after the last "off"/"from"/"of" first: "Sprint off the City CTA" is the City CTA test.
  const last = before.split(/\b(?:off|of|from|fae|o'|for|on)\b/i).at(-1);
  for (const phrase of [last, before, m[2]]) {
    if (!phrase?.trim()) continue;
    const test = matchExperiment(phrase.toLowerCase(), v.experiments);
    if (test.kind === "one")
      return test.value.winnerAssetId ? { assetId: test.value.winnerAssetId, test: test.value.name } : undefined;
  }
  return undefined;
}

/** Words that order a change of a record ("update it", "note on the Mara asset", "put that on the file", "cambia"). */
const CHANGE_ORDERED =
  /\b(?:set|update|change|add|note|put|mark|record|write|log|rename|extend|renew|amend|correct|fix|cambia|actualiza|pon|anota|marca|mets?|mettre|ajoute|ändere?|aktualisiere|trag\w*)\b/i;
/** A field given a value in a statement: "rights holder is Ola Berg", "renewed through end of October", "prolongée jusqu'au …". */
const VALUE_STATED =
  /\b(?:holder|owner|photographer|credit|expiry|description|usage notes?|notes?)\s+(?:is|are|=|:)\s|\b(?:renewed|extended|prolong\w*|verlängert|renovad[oa]s?)\b/i;
/** Fields of a change that describe what the asset is rather than a value the message gives it. */
const DESCRIPTIVE = new Set(["brand", "id", "kind", "status", "expectedVersion"]);

/**
 * "Mara's licence was renewed through end of October, can you update it?", "rights holder is Studio Lume, the contract
 * finishes 31 December", "set usage note on Mara: don't crop her face", "add a note to the Trail at dawn hero photo:
 * '…'": a new value said for a field of one asset is a change of that asset (the asset tool that is not read-only and
 * takes those fields, update_asset), not a read of it, a search for its words, the library's review list or a refusal
 * of an edit to the image. The message orders a change or states the value outside a question, and the tool's own
 * argument filling reads a value for at least one field beyond what the asset is (its id, brand, kind, status). Only
 * where the rules' reading is a read (every tool of it read-only), a refusal, or nothing.
 */
export function changesOneAsset(
  intent: Intent | undefined,
  text: string,
  input: PlanInput,
  replan: (input: PlanInput) => RouterPlan,
): RouterPlan | undefined {
  const tool = input.tools.find((t) => t.name === "update_asset");
  if (!tool || input.prefer) return undefined;
  const reads =
    !intent ||
    intent.name === "cannot" ||
    (intent.tools.length > 0 &&
      intent.tools.every((n) => input.tools.find((t) => t.name === n)?.annotations?.readOnlyHint));
  if (!reads) return undefined;
  if (!statesChange(intent ? ownClause(text, intent) : text)) return undefined;
  const second = replan({ ...input, prefer: tool.name });
  return givesValue(second) ? second : undefined;
}

/** A message that orders a change of a record or states a field's new value outside a question. */
export function statesChange(text: string): boolean {
  return (
    CHANGE_ORDERED.test(text) ||
    text.split(/(?<=[.!?])\s+|\s+[—–]\s+/).some((s) => VALUE_STATED.test(s) && !/\?\s*$/.test(s.trim()))
  );
}

/**
 * A change of one asset (a tool that is not read-only, called with the asset's id; a review it is recorded as) that
 * gives a value for a field beyond what the asset is.
 */
export function givesValue(plan: RouterPlan): boolean {
  return (
    plan.kind === "call" &&
    !plan.tool.annotations?.readOnlyHint &&
    typeof plan.args.id === "string" &&
    Object.keys(plan.args).some((k) => !DESCRIPTIVE.has(k))
  );
}
