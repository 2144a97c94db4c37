import type { Vocabulary } from "../core/intents/vocabulary.ts";
import type { McpToolInfo } from "./mcp-client.ts";

/**
 * "new template 'Trail Blaze' for kestrel: tones calm/premium, offers free-shipping, formats 1:1 and 9:16": a
 * create_template call from words. The slots said become the spec's values; every other slot the spec requires gets
 * one neutral value (audiences: the brand's own), image slots are optional so no variant is skipped for want of a
 * photo, and one fallback copy line per field uses the slots, so the template generates at once and its copy banks
 * can be refined in the dashboard. The house layouts are added by the tool. Only when the call has no spec yet.
 */
const SLOTS: Record<string, string> = {
  tone: "tones?",
  offer: "offers?",
  format: "formats?|sizes?",
  hook: "hooks?",
  cta: "ctas?|calls? to action",
  audience: "audiences?",
};
const ALL = ["audience", "offer", "tone", "format", "hook", "cta", "product", "scene", "talent"] as const;
const FORMATS = ["1:1", "9:16", "4:5", "1.91:1"];
const FORMAT_WORDS: Record<string, string> = {
  square: "1:1",
  vertical: "9:16",
  story: "9:16",
  stories: "9:16",
  reels: "9:16",
  portrait: "4:5",
  feed: "4:5",
  landscape: "1.91:1",
};

const slug = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.:]+/g, "-")
    .replace(/^-|-$/g, "");
const label = (id: string, v: Vocabulary) =>
  [...v.offers, ...v.tones, ...v.audiences].find((x) => x.id === id)?.names[0] ??
  id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());

/** The values listed after a slot's word, up to the next slot's word: "tones calm/premium", "tone [calm, premium]". */
function listed(text: string, slot: string): string[] {
  const others = Object.values(SLOTS).join("|");
  const m = text.match(
    new RegExp(
      `\\b(?:${SLOTS[slot]})\\b\\s*[:=]?\\s*\\[?([^\\]]*?)\\]?\\s*(?=(?:[,;—–-]+\\s*)?\\b(?:${others})\\b|$)`,
      "i",
    ),
  );
  if (!m?.[1]) return [];
  return m[1]
    .split(/\s*(?:,|\/|\+|&|\band\b|\bor\b|\s-\s)\s*/i)
    .map((s) => s.replace(/[[\]'"“”.;]/g, "").trim())
    .filter(Boolean)
    .map((s) => (slot === "format" ? (FORMAT_WORDS[s.toLowerCase()] ?? s) : slug(s)))
    .filter((s) => (slot === "format" ? FORMATS.includes(s) : /^[a-z0-9]/.test(s)));
}

export function templateFromWords(
  tool: McpToolInfo,
  args: Record<string, unknown>,
  text: string,
  v: Vocabulary,
  understood: string[],
): Record<string, unknown> {
  if (tool.name !== "create_template" || args.spec || args.templateId) return args;
  const name = text.match(/\btemplate\s+(?:called\s+|named\s+)?["'“‘]([^"'”’]{2,60})["'”’]/i)?.[1]?.trim();
  const said = Object.fromEntries(Object.keys(SLOTS).map((s) => [s, listed(text, s)]));
  if (!name || !(said.tone!.length + said.offer!.length + said.format!.length)) return args;
  const audiences = said.audience!.length ? said.audience! : v.audiences.map((a) => a.id);
  const values: Record<string, string[]> = {
    ...said,
    audience: audiences.length ? audiences : ["everyone"],
    tone: said.tone!.length ? said.tone! : ["friendly"],
    offer: said.offer!.length ? said.offer! : ["none"],
    format: said.format!.length ? said.format! : ["1:1"],
    hook: said.hook!.length ? said.hook! : ["benefit"],
    cta: said.cta!.length ? said.cta! : ["shop-now"],
  };
  const slots = Object.fromEntries(
    ALL.map((s) => [
      s,
      {
        values: (values[s] ?? ["default"]).map((id) => ({ id, label: label(id, v) })),
        ...(s === "product" || s === "scene" || s === "talent" ? { image: "optional" } : {}),
      },
    ]),
  );
  const spec = {
    slots,
    copy: {
      headline: [{ when: {}, texts: ["{offer}"] }],
      body: [{ when: {}, texts: ["{tone} for {audience}"] }],
      cta: [{ when: {}, texts: ["{cta}"] }],
    },
  };
  understood.push(
    `new template “${name}”: ${(["tone", "offer", "format"] as const)
      .filter((s) => said[s]!.length)
      .map((s) => `${s}s ${said[s]!.join(", ")}`)
      .join("; ")} (one starter copy line each; refine the copy in the dashboard)`,
  );
  return { ...args, name, spec };
}
