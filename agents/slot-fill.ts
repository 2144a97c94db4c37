import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { budgetSaid, hookSaid, slotLineSaid, stageSaid, templateSaid } from "./generation-words.ts";
import { correctTypos } from "./intent-coverage.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { escapeRe, matchExperiment, tokens, valuesNamedIn } from "./resolve.ts";

/**
 * Arguments read from the message by what the chosen tool accepts, after the intent's own slots were bound: a
 * template named ("the spring sprint template" → templateId), an experiment named where the tool takes one, a member
 * by name ("remove Dev" → his Slack id), a version ("v3"), hex colours, a channel, a file path, an asset kind. Only
 * properties the tool declares and nothing filled yet; each fill is said back. Pure over text, schema and vocabulary.
 */
interface Prop {
  type?: string | string[];
  enum?: string[];
  maxLength?: number;
  pattern?: string;
  format?: string;
}

const NEGATION = new Set(["don't", "dont", "not", "no", "never", "without", "t"]);
const HEX = /#[0-9a-f]{6}\b|#[0-9a-f]{3}\b/gi;
const PATH = /(?:^|\s)((?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)+\/?)(?=[\s,;)]|$)/;
const KINDS: [RegExp, string][] = [
  [/\blogos?\b/, "logo"],
  [/\b(?:product|pack ?shots?|packshots?)\b/, "product"],
  [/\b(?:talent|model shots?|portraits? of)\b/, "talent"],
  [/\b(?:scenes?|backgrounds?|hero shots?|locations?)\b/, "scene"],
  [/\b(?:references?|moodboards?|inspo|inspiration)\b/, "reference"],
];
/** A kind named as one, in the languages marketers mix in: "add it as a scene", "its a logo", "como escena". */
const KIND_NAMES: [RegExp, string][] = [
  [/^(?:logos?|logotipos?|logotypes?)$/, "logo"],
  [/^(?:products?|productos?|produits?|produkte?|prodott[oi]|produtos?)$/, "product"],
  [/^talents?$/, "talent"],
  [/^(?:scenes?|scènes?|escenas?|szenen?|cenas?|scen[ae])$/, "scene"],
  [/^(?:references?|referencias?|références?|referenz)$/, "reference"],
  [/^outputs?$/, "output"],
];
const KIND_SAID =
  /\b(?:as|like|como|comme|als|come|it'?s|its|is|kind|type)\s*[=:]?\s+(?:(?:a|an|un|una|une|ein|eine|el|la|le)\s+)?([\p{L}]+)/giu;
/**
 * What a file being added shows, when no kind is named: a store or an event is a scene, an ambassador or a creator
 * is talent, a banner or an ad is one of our outputs. Read only for a file added, never for a listing or a search.
 */
const SHOWN_KINDS: [RegExp, string][] = [
  [/\b(?:stores?|shops?|shopfronts?|storefronts?|events?|meetups?|venues?|tiendas?|boutiques?|magasins?)\b/, "scene"],
  [
    /\b(?:ambassadors?|ambassadrices?|ambassadeurs?|embajador(?:a|es|as)?|athletes?|creators?|influencers?)\b/,
    "talent",
  ],
  [/\b(?:banners?|variants?|ads|creatives?)\b/, "output"],
];

/** The kind a message gives an asset: named as one first, then by the words of what it is. */
function kindSaid(lower: string, addsFile: boolean): string | undefined {
  for (const m of lower.matchAll(KIND_SAID)) {
    const named = KIND_NAMES.find(([re]) => re.test(m[1]!))?.[1];
    if (named) return named;
  }
  return (
    KINDS.find(([re]) => re.test(lower))?.[1] ??
    (addsFile ? SHOWN_KINDS.find(([re]) => re.test(lower))?.[1] : undefined)
  );
}

/** A member a message names: a full name, a first name, or an e-mail local part ("dev", "maya"). */
export function membersNamedIn(text: string, v: Vocabulary): Vocabulary["members"] {
  const said = new Set(tokens(text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")));
  // Names are read as the text is ("Jonas's" → "jonas", stemmed like every word of the message).
  const found = v.members.filter((m) => {
    const first = tokens(m.name?.split(/\s+/)[0] ?? "")[0];
    const local = tokens(m.email?.split("@")[0] ?? "")[0];
    return (
      (first && first.length >= 3 && said.has(first)) ||
      (local && local.length >= 3 && said.has(local)) ||
      (m.slackUserId && new RegExp(`\\b${escapeRe(m.slackUserId)}\\b`).test(text))
    );
  });
  return [...new Map(found.map((m) => [m.ref, m])).values()];
}

/**
 * "add my intern Wei Ling as viewer? weiling@kestrelrun.co", "Add Hannah from comms: hannah.comms@…": the person's name
 * as written, the capitalised words that spell the start of the address ("Wei Ling" → weiling…, "Giulia" → giulia.rossi).
 */
export function nameOfAddress(text: string, address: string): string | undefined {
  const local = address.split("@")[0]!.toLowerCase();
  const letters = local.replace(/[^a-z]/g, "");
  const first = local.split(/[._+-]/)[0]!.replace(/[^a-z]/g, "");
  const rest = text.replace(address, " ");
  for (const m of rest.matchAll(/\b\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}/gu)) {
    const words = m[0].split(/\s+/);
    // The longest run of the words that spells the address (or its first part), any run of them.
    for (let i = 0; i < words.length; i++)
      for (let n = words.length; n > i; n--) {
        const joined = words
          .slice(i, n)
          .join("")
          .toLowerCase()
          .replace(/[^a-z]/g, "");
        if (joined.length >= 3 && (joined === first || (n - i > 1 && letters.startsWith(joined)) || joined === letters))
          return words.slice(i, n).join(" ");
      }
  }
  return undefined;
}

export function fillFromText(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  const props = ((tool.inputSchema as { properties?: Record<string, Prop> }).properties ?? {}) as Record<string, Prop>;
  const out = { ...args };
  const free = (k: string) => k in props && out[k] === undefined;
  // Read with command-word slips corrected ("the spring sprint tempalte"); names and copy keep the words as written.
  const lower = correctTypos(text).toLowerCase();
  const mentionsTest = /\b(tests?|experiments?|arms?)\b/.test(lower);

  if (free("templateId") && /\btemplates?\b/.test(lower)) {
    const named = valuesNamedIn(text, v.templates);
    if (named.length === 1) {
      out.templateId = named[0]!.id;
      understood.push(`template: ${named[0]!.names[0] ?? named[0]!.id}`);
    }
  }
  // "… Call it City Drop.", "name it 'Spring energy'": the name a thing is given, wherever the sentence is.
  const called = free("name")
    ? text.match(/\b(?:[Cc]all|[Nn]ame)\s+it\s+["“'‘]?([A-Z0-9][\w' &-]{1,40}?)["”'’]?\s*(?:[.!?,;]|$)/)?.[1]
    : undefined;
  if (called) {
    out.name = called.trim();
    understood.push(`name: ${out.name}`);
  }
  // "a v3 of Spring Sprint off the winner": the template a version is cut of, named without the word "template".
  if (free("templateId") && "derivedFromAssetId" in props && /\b(?:v\d+|versions?|variant|iteration)\b/.test(lower)) {
    const named = valuesNamedIn(text, v.templates);
    if (named.length === 1) {
      out.templateId = named[0]!.id;
      understood.push(`template: ${named[0]!.names[0] ?? named[0]!.id}`);
    }
  }
  // A generation brief's stage, spend cap, hook and template by name (agents/generation-words.ts).
  if ("formats" in props && "count" in props) {
    const template = free("templateId") ? templateSaid(text, v) : undefined;
    if (template) {
      out.templateId = template.id;
      understood.push(`template: ${template.names[0] ?? template.id}`);
    }
    const stage = free("stage") ? stageSaid(lower) : undefined;
    if (stage) {
      out.stage = stage;
      understood.push(`stage: ${stage}`);
    }
    const budget = free("budgetMicros") ? budgetSaid(lower) : undefined;
    if (budget) {
      out.budgetMicros = budget;
      understood.push(`spend cap: $${budget / 1_000_000}`);
    }
    const line = "slots" in props ? slotLineSaid(text) : undefined;
    const hook = "slots" in props && !line ? hookSaid(lower) : undefined;
    const held = (out.slots ?? {}) as Record<string, unknown>;
    if (line && held[line.slot] === undefined) {
      out.slots = { ...held, [line.slot]: line.value };
      understood.push(`${line.slot}: “${line.value}”`);
    } else if (hook && held.hook === undefined) {
      out.slots = { ...held, hook };
      understood.push(`hook: ${hook}`);
    }
  }
  const expKey = free("experimentId") ? "experimentId" : free("experiment") ? "experiment" : undefined;
  if (expKey && mentionsTest && !("experimentId" in out) && !("experiment" in out)) {
    const m = matchExperiment(text.replace(/\b(?:ast|rvw)_\w+/g, " "), v.experiments);
    if (m.kind === "one") {
      out[expKey] = m.value.id;
      understood.push(`experiment: ${m.value.name}`);
    }
  }
  if (free("version") && /\bv(?:ersion)?\s*\d/.test(lower)) {
    const n = Number(lower.match(/\bv(?:ersion)?\s*(\d{1,4})\b/)?.[1]);
    const type = props.version!.type;
    if (Number.isFinite(n)) {
      out.version = type === "string" ? `v${n}` : n;
      understood.push(`version ${n}`);
    }
  }
  const hexes = text.match(HEX);
  if (free("palette") && hexes?.length) {
    out.palette = hexes.map((h) => h.toUpperCase());
    understood.push(`palette: ${out.palette}`);
  }
  const channel = text.replace(HEX, " ").match(/(?:^|\s)(#[a-z][\w-]*)/i)?.[1];
  if (
    "reviewChannel" in props &&
    channel &&
    (out.reviewChannel === undefined || /^#[0-9a-f]{3,6}$/i.test(String(out.reviewChannel)))
  ) {
    out.reviewChannel = channel;
    understood.push(`review channel: ${channel}`);
  }
  // "… it's at imports/webinar-q2/stills.csv.": the sentence's full stop is not the path's.
  const path = text
    .replace(/https?:\/\/\S+/g, " ")
    .match(PATH)?.[1]
    ?.replace(/\.+$/, "");
  if (path) {
    const key = free("file") && /\.(csv|tsv|xlsx|json)$/i.test(path) ? "file" : free("path") ? "path" : undefined;
    if (key) {
      out[key] = path;
      understood.push(`${key}: ${path}`);
    }
  }
  if (free("kind") && props.kind?.enum) {
    const kind = kindSaid(lower, "contentBase64" in props);
    if (kind && props.kind.enum.includes(kind)) {
      out.kind = kind;
      understood.push(`kind: ${kind}`);
    }
  }
  // "a calm, minimal product shot", "talent shots only": a search for one kind of asset filters on that kind.
  const filterProps = (props.filters as { properties?: Record<string, { enum?: string[] }> } | undefined)?.properties;
  const filters = (out.filters ?? {}) as Record<string, unknown>;
  if (filterProps?.kind?.enum && filters.kind === undefined && !/\b(?:similar|like|logos?)\b/.test(lower)) {
    // "scenes only", "only logos": one kind asked for alone.
    const only = lower.match(/\b(\w+?)s?\s+(?:shots?\s+|ones\s+)?only\b|\bonly\s+(?:the\s+)?(\w+?)s?\b/);
    const said = [
      /\b(?:pro?d\w{2,4}t|pack) ?shots?\b|\bpackshots?\b/.test(lower) ? "product" : undefined,
      /\btalent (?:shots?|photos?|pics?|images?)\b/.test(lower) ? "talent" : undefined,
      only?.[1] ?? only?.[2],
    ].filter((k, i, all): k is string => !!k && filterProps.kind!.enum!.includes(k) && all.indexOf(k) === i);
    if (said.length === 1) {
      out.filters = { ...filters, kind: said[0] };
      understood.push(`kind: ${said[0]}`);
    }
  }
  // "import … — tag them as talent", "kind=reference": the kind every imported file takes (an import's defaults).
  const nested = (props.defaults as { properties?: Record<string, { enum?: string[] }> } | undefined)?.properties;
  const defaults = (out.defaults ?? {}) as Record<string, unknown>;
  if (nested?.kind?.enum && defaults.kind === undefined) {
    const kind = lower.match(/\bkind\s*[=:]\s*(\w+)/)?.[1] ?? KINDS.find(([re]) => re.test(lower))?.[1];
    if (kind && nested.kind.enum.includes(kind)) {
      out.defaults = { ...defaults, kind };
      understood.push(`kind of every file: ${kind}`);
    }
  }
  // An asset id pasted for a tool whose required asset field has another name ("replacedId"): the schema says which
  // fields hold an asset (their pattern or description), and the first pasted id fills the first required one.
  const pasted = text.match(/\bast_[0-9A-Za-z]{6,}\b/g) ?? [];
  const required = (tool.inputSchema.required ?? []) as string[];
  const assetField = required.find(
    (k) => free(k) && /Id$/.test(k) && /\bast_|\basset\b/i.test(JSON.stringify(props[k] ?? {})),
  );
  if (assetField && pasted.length && !Object.values(out).includes(pasted[0])) {
    out[assetField] = pasted[0];
    understood.push(`${assetField}: ${pasted[0]}`);
  }
  // A required free-text field (a prompt's text, a rule set's source) takes what the message quotes, or what follows
  // its colon: the schema says which fields are free text (a string with no enum, pattern or short limit).
  const freeText = required.find((k) => {
    const p = props[k];
    return free(k) && p?.type === "string" && !p.enum && !p.pattern && !p.format && (p.maxLength ?? 10_000) >= 500;
  });
  if (freeText) {
    const said =
      text.match(/["“]([^"”]{8,})["”]/)?.[1] ??
      text.match(/(?:^|\s)'([^']{8,})'(?=\s|[?.!,]|$)/)?.[1] ??
      text.match(/:\s*(\S.{7,})$/s)?.[1];
    if (said) {
      out[freeText] = said.trim();
      understood.push(`${freeText}: “${said.trim().slice(0, 60)}${said.trim().length > 60 ? "…" : ""}”`);
    }
  }
  // A yes/no option is set by saying its words ("…into the template" → toTemplate, "pause the losers" →
  // pauseLosers) and unset by denying them ("don't apply it yet" → apply: false). The names are the schema's own.
  const said = tokens(text);
  for (const [key, prop] of Object.entries(props)) {
    if (!free(key) || prop.type !== "boolean") continue;
    // "apply=false", "dryRun: true": the field set by its own name.
    const set = text.match(new RegExp(`\\b${escapeRe(key)}\\s*[:=]\\s*(true|false|yes|no)\\b`, "i"));
    if (set) {
      out[key] = /^(?:true|yes)$/i.test(set[1]!);
      understood.push(`${key}: ${out[key]}`);
      continue;
    }
    const words = tokens(key.replace(/([a-z])([A-Z])/g, "$1 $2")).filter((w) => w.length >= 4);
    if (!words.length || !words.every((w) => said.includes(w))) continue;
    const at = said.indexOf(words[0]!);
    const denied = said.slice(Math.max(0, at - 3), at).some((w) => NEGATION.has(w));
    out[key] = !denied;
    understood.push(`${key}: ${!denied}`);
  }
  // "add ines@northpeak.agency as a viewer": an e-mail address said is the e-mail.
  const address = text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
  if (address && free("email") && props.email?.type === "string" && out.slackUserId === undefined) {
    out.email = address;
    understood.push(`email: ${address}`);
  }
  // The person's name said with the address is their display name (a tool that takes both).
  const named =
    typeof out.email === "string" && free("name") && props.name?.type === "string" && "email" in props
      ? nameOfAddress(text, out.email)
      : undefined;
  if (named) {
    out.name = named;
    understood.push(`name: ${named}`);
  }
  // "add Rio as an approver": a tool that keeps a person's handles apart takes the Slack id, else the e-mail.
  if (free("slackUserId") && out.email === undefined) {
    // "Alex wants Priya moved up to approver": who asks is not who the change is about.
    const asker = (m: Vocabulary["members"][number]) =>
      new RegExp(
        `\\b${escapeRe(tokens(m.name ?? "")[0] ?? "-")}\\s+(?:wants|asked|asks|says|said|needs|would like)\\b`,
        "i",
      ).test(text);
    // "add U05NOAH0008 as editor": a Slack member id said as it is.
    const raw = text.match(/(?<![\w@])U[A-Z0-9]{8,}\b/)?.[0];
    const all = raw ? [] : membersNamedIn(text, v);
    if (raw) {
      out.slackUserId = raw;
      understood.push(`member: ${v.members.find((m) => m.slackUserId === raw)?.name ?? raw}`);
    }
    const named = all.length > 1 ? all.filter((m) => !asker(m)) : all;
    const m = named.length === 1 ? named[0]! : undefined;
    const handle = m?.slackUserId ? "slackUserId" : m?.email && free("email") ? "email" : undefined;
    if (m && handle) {
      out[handle] = handle === "slackUserId" ? m.slackUserId : m.email;
      understood.push(`member: ${m.name ?? m.ref}`);
    }
  }
  for (const key of ["person", "member"] as const) {
    if (!free(key)) continue;
    const named = membersNamedIn(text, v);
    if (named.length === 1) {
      const m = named[0]!;
      out[key] = m.slackUserId ?? m.email ?? m.ref;
      understood.push(`${key}: ${m.name ?? m.ref}`);
      if (key === "member" && free("role") && props.role?.enum?.includes(m.role)) out.role = m.role;
    }
  }
  return out;
}

/**
 * "add 'crush it' to the banned phrases", "ban 'guaranteed' and 'cure'": a patch adding one banned-phrase rule per
 * request (its id made from the phrase, so "undo" can remove exactly it). Only when the call has no patch or source.
 */
export function bannedPhrasePatch(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  understood: string[],
): Record<string, unknown> {
  if (tool.name !== "update_brand_rules" || args.upsert || args.remove || args.source) return args;
  if (!/\b(ban|banned|forbid|forbidden|blacklist|block|not allowed|never say)\b/i.test(text)) return args;
  if (/\b(un-?ban|remove|drop|allow again|take off)\b/i.test(text)) return args;
  const phrases = [...text.matchAll(/["“‘]([^"”’]{1,80})["”’]|(?:^|\s)'([^']{1,80})'(?=\s|[?.!,]|$)/g)].map((m) =>
    (m[1] ?? m[2])!.trim(),
  );
  if (!phrases.length) return args;
  const id = `banned-${
    phrases[0]!
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50) || "phrase"
  }`;
  understood.push(`ban: ${phrases.map((p) => `“${p}”`).join(", ")}`);
  return {
    ...args,
    upsert: [
      {
        id,
        kind: "banned_phrase",
        phrases,
        fix: `Don't use ${phrases.map((p) => `“${p}”`).join(" or ")}; say it another way.`,
      },
    ],
  };
}
