import { extractSlots } from "./intent-extract.ts";
import { normalise } from "./intent-text.ts";
import type { Intent, Slots } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { valuesNamedIn } from "./resolve.ts";
import { attachmentTool, fileArgument, fileDefaults } from "./router-files.ts";
import type { Notes, PlanInput, RouterPlan } from "./router-plan-types.ts";
import { guessTool } from "./router-toolscore.ts";
import { bindSlots } from "./slot-binder.ts";
import { fillFromText } from "./slot-fill.ts";
import { fillBySchema } from "./slot-schema.ts";
import { fillByShape } from "./slot-shapes.ts";

/**
 * A message with files: the words decide the request, and when its tool takes this kind of file the file fills that
 * argument ("attachment:N"); when the words name no such tool the file decides (a metrics export is ingested, an
 * image is searched by, checked or added as the words say).
 */
export function planWithFiles(input: PlanInput, planRoute: (input: PlanInput) => RouterPlan): RouterPlan {
  const files = input.files ?? [];
  const at = Math.max(
    0,
    files.findIndex((f) => f.kind !== "other"),
  );
  const file = files[at]!;
  const ref = `attachment:${at + 1}`;
  const words = planRoute({ ...input, files: undefined, memory: structuredClone(input.memory) });
  const intent = words.kind === "call" || words.kind === "question" ? words.intent : undefined;
  const named =
    words.kind === "call"
      ? words.tool
      : intent?.tools.map((n) => input.tools.find((t) => t.name === n)).find((t) => t !== undefined);
  const notes: Notes = { understood: [...words.understood], ignored: [...words.ignored] };
  const withFile = (tool: McpToolInfo, args: Record<string, unknown>, why: Intent): RouterPlan => {
    const key = fileArgument(tool, file.kind)!;
    notes.understood.push(`${file.name}: ${key === "imageBase64" ? "the image to use" : "the file to use"}`);
    // What the words say about the file's own options ("convert to USD at 1.08", "just what's readable", "10").
    const said = fillBySchema(
      tool,
      { ...fileDefaults(tool, file), ...args },
      normalise(input.text),
      [],
      notes.understood,
    );
    const told = fillByShape(tool, said, input.text, input.now, notes.understood);
    return {
      kind: "call",
      intent: why,
      tool,
      args: { ...told, [key]: ref },
      understood: notes.understood,
      ignored: notes.ignored,
    };
  };
  // "remove the watermark from this": what Winnow does not do stays a plain "can't", a file shared or not.
  if (words.kind === "cannot" && !named) return words;
  const other = file.kind === "csv" ? otherSheet(`${input.text} ${file.name}`) : undefined;
  if (other && (!named || named.name === "ingest_metrics" || !fileArgument(named, file.kind)))
    return {
      kind: "cannot",
      text: `I can only load ad metrics: an export from Meta, Google Ads, TikTok or LinkedIn, or Winnow's own metrics CSV. A ${other} sheet is not something Winnow holds or matches to ads; the ads' own figures are in \`top performers\`.`,
      ...notes,
    };
  // "are these already in the library?", "do we have this one?": whether the library has it is a similarity search.
  const exists = file.kind === "image" && ALREADY_HAVE.test(normalise(input.text).toLowerCase());
  if (!exists && named && !["search_assets", "find_similar"].includes(named.name) && fileArgument(named, file.kind)) {
    const args =
      words.kind === "call" ? words.args : argsFromWords(named, intent?.slots ?? {}, input, notes.understood);
    return withFile(named, args, intent!);
  }
  const chosen = exists
    ? "find_similar"
    : attachmentTool(
        input.text,
        files.map((f) => f.kind),
        input.memory,
      );
  // Searching by the image is the default; the words may still clearly name another tool that takes an image
  // ("palette check", "it replaces ast_…"): the tools that take this kind of file vote among themselves.
  const takers = input.tools.filter((t) => fileArgument(t, file.kind));
  const voted =
    chosen === "find_similar" && !exists ? guessTool(normalise(input.text).toLowerCase(), takers, 3) : undefined;
  const pick = voted?.tool ?? chosen;
  const tool = pick === "route" ? undefined : input.tools.find((t) => t.name === pick);
  if (!tool || !fileArgument(tool, file.kind)) return words;
  const slots = extractSlots(normalise(input.text));
  return withFile(tool, argsFromWords(tool, slots, input, notes.understood), {
    name: "tool",
    tools: [tool.name],
    slots,
  });
}

/**
 * A sheet of business data that is not an ad platform's metrics ("our sell-through sheet for April", "customer survey
 * results", "the booking-engine export with the campaign codes"): said by its kind, with no ad platform named.
 */
const OTHER_SHEET =
  /\b(sell[- ]?through|sales (?:data|sheet|report|figures|numbers)|bookings?(?:[- ]engine)?|survey|questionnaire|inventory|stock (?:levels?|report)|crm|pos|point of sale|orders|order (?:data|export|report|sheet|history)|invoices?|payroll|leads? list|customer list|footfall|store traffic)\b/i;
const AD_PLATFORM =
  /\b(meta|facebook|fb|instagram|google ads|gads|adwords|tiktok|tik tok|tick tock|linkedin|snapchat|pinterest|ads manager|ads editor|campaign manager|winnow[- ]format|ad (?:results|report|export|metrics))\b/i;

function otherSheet(words: string): string | undefined {
  const spaced = words.replace(/[_.]/g, " ");
  const kind = spaced.match(OTHER_SHEET)?.[1];
  return kind && !AD_PLATFORM.test(spaced) ? kind.toLowerCase() : undefined;
}

const ALREADY_HAVE =
  /\balready (?:in|got|have|had|used|uploaded)\b|\b(?:do|did) we (?:already )?(?:have|own|use)\b|\bhave we (?:already )?(?:got|used|uploaded)\b|\bis (?:this|it|that) (?:already )?in (?:the|our) library\b|\bin the library already\b/;

/** A tool's arguments from the words alone, by its schema: the brand when there is one, an audience it takes. */
function argsFromWords(tool: McpToolInfo, slots: Slots, input: PlanInput, understood: string[]) {
  const props = tool.inputSchema.properties ?? {};
  const v = input.vocabulary;
  const extra: Slots = { ...slots };
  delete extra.query;
  delete extra.count;
  if ("brand" in props && v.brands.length === 1) extra.brand = v.brands[0]!.slug;
  const audience = valuesNamedIn(input.text, v.audiences);
  if ("audience" in props && audience.length === 1) extra.audience = audience[0]!.id;
  else delete extra.audience;
  const bound = bindSlots(tool, extra).args;
  return fillFromText(tool, bound, input.text, v, understood);
}
