import { routeIntent } from "./intent-router.ts";
import type { ThreadMemory } from "./intent-types.ts";
import type { McpToolInfo } from "./mcp-client.ts";

/**
 * Files shared with a message, as the router plans with them: the words decide the request, and a shared file fills
 * the argument of that request's tool that takes file bytes (an image to search by, check or add; a replacement
 * pack shot; a metrics export). The bytes are not here: the argument is "attachment:N", swapped for the file when the
 * call runs (attachments.ts withAttachments), so the phrasing bench exercises the same decision Slack does.
 */
export type AttachmentKind = "image" | "csv" | "other";
export interface SharedFile {
  name: string;
  kind: AttachmentKind;
}

const JUDGED =
  /\b(?:on|off)[- ]?brand\b|\bbrand[- ]?(?:wise|safe|rules?|guidelines?|check)\b|\b(?:as per|fits?|against|follow\w*|pass(?:es)?|break\w*) (?:the |our )?(?:brand|rules?|guidelines?|safe ?zones?|palette)\b|\b(?:charte|conforme|hors charte)\b|\bgiving \w+ or nah\b|^(?:\W*(?:ok|so|hey|and)\W+)*(?:is |does )?(?:this|it|these)(?: one)?\s+(?:ok|okay|fine|alright|good|look (?:ok|okay|fine|right))\b|\b(?:is|are) the (?:logo|colou?rs?|palette|type|font|crop) (?:ok|okay|fine|right|correct)\b/i;
/** Asked to keep the file: "add/save/upload it", or it moved into the library ("can it go in the library?"). */
const ADD =
  /\b(add|save|import|upload|put|store|keep)\b.*\b(library|it|this|these|them)\b|\b(?:go|goes|get|pop|drop|stick|chuck|bung|sube|s[uú]bel[ao]|subir)\b.*\b(?:in|into|to|al|en|dans)\s+(?:the\s+|our\s+|la\s+|el\s+)?(?:library|librer[ií]a|biblioteca|biblioth[eè]que)\b/i;
const OTHER_REQUEST = /\b(check|brand rules?|lineage|promote|archive|cost|spend|review|generate|make)\b/i;

/**
 * Which tool a message with files goes to when its words name no tool that takes the file: a metrics export →
 * ingest_metrics; an image → add_asset when asked to keep it, a brand check when asked for one, a search by it
 * otherwise; "route" when the words ask for something else.
 */
export function attachmentTool(text: string, kinds: AttachmentKind[], memory: ThreadMemory = {}): string | "route" {
  if (kinds.includes("csv")) return "ingest_metrics";
  if (!kinds.includes("image")) return "route";
  if (text && ADD.test(text)) return "add_asset";
  const intent = text ? routeIntent(text, memory) : undefined;
  if (intent?.name === "check_brand") return "check_brand_rules";
  // An image with a judgement asked of it ("this ok to put up? brand wise", "does it fit brand rules?", "is the logo
  // ok?", "ce visuel respecte la charte ?"): the brand check of the image, not a search by it.
  if (text && (intent?.name === "brand_rules" || JUDGED.test(text))) return "check_brand_rules";
  // "can we boost this post": a request Winnow can't do is answered as such, not searched by the image.
  if (intent?.name === "cannot") return "route";
  if (text && intent && !["search", "similar", "help"].includes(intent.name) && OTHER_REQUEST.test(text))
    return "route";
  return "find_similar";
}

/** The argument of a tool that takes this kind of file, if it has one. */
export function fileArgument(tool: McpToolInfo, kind: AttachmentKind): string | undefined {
  const props = tool.inputSchema.properties ?? {};
  // A spreadsheet goes only to a tool that says it reads one (add_asset's bytes are an image's).
  if (kind === "csv" && !/\bcsv\b/i.test(tool.description ?? "")) return undefined;
  if (kind === "image" && /\bcsv\b/i.test(tool.description ?? "") && !("imageBase64" in props)) return undefined;
  const keys = kind === "image" ? ["imageBase64", "contentBase64"] : kind === "csv" ? ["contentBase64", "csv"] : [];
  return keys.find((k) => k in props);
}

/** What a tool needs besides the bytes when they come from a shared file (the file's name, its source). */
export function fileDefaults(tool: McpToolInfo, file: SharedFile): Record<string, unknown> {
  const props = tool.inputSchema.properties ?? {};
  const out: Record<string, unknown> = {};
  if ("filename" in props) out.filename = file.name;
  if ("imageName" in props) out.imageName = file.name;
  if (tool.name === "ingest_metrics") out.platform = "csv";
  if (tool.name === "add_asset")
    Object.assign(out, { kind: "reference", source: "shared in Slack", onDuplicate: "skip" });
  return out;
}
