import type { Vocabulary } from "../core/intents/vocabulary.ts";
import { routeIntent } from "./intent-router.ts";
import type { McpCallResult, WinnowMcpSession } from "./mcp-client.ts";
import type { AgentReply, AgentRequest, Attachment, ToolOutcome } from "./orchestrator.ts";
import { matchValue, valuesNamedIn } from "./resolve.ts";
import { attachmentTool, type SharedFile } from "./router-files.ts";
import type { RouterPlan } from "./router-plan-types.ts";

/**
 * Files shared with a message. An image is searched by ("feels like this") without being added to the library unless
 * the user asks for that; a CSV of ad metrics goes to ingest_metrics. Both agent paths use the same rules: the offline
 * path calls the tools here, the model path passes "attachment:N" in a tool argument and gets the bytes swapped in.
 */

export const isImage = (a: Attachment) => /^image\/(jpeg|png|webp|gif|tiff|avif|heic)/.test(a.mimeType);
/** A metrics export: CSV/TSV text or an Excel workbook (Ads Manager's default download). */
export const isCsv = (a: Attachment) =>
  a.mimeType === "text/csv" ||
  a.mimeType === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ||
  /\.(csv|tsv|xlsx)$/i.test(a.name);

export { type AttachmentKind, attachmentTool } from "./router-files.ts";

/** A shared file as the router sees it: its name and kind (the bytes stay here). */
export const sharedFile = (a: Attachment): SharedFile => ({
  name: a.name,
  kind: isCsv(a) ? "csv" : isImage(a) ? "image" : "other",
});

export const isAttachmentRef = (v: unknown) => typeof v === "string" && /^attachment:\d+$/.test(v.trim());

/** The arguments with every file's bytes put back as the "attachment:N" reference the plan had (for thread memory). */
export function refsBack(args: Record<string, unknown>, planned: Record<string, unknown>): Record<string, unknown> {
  const out = { ...args };
  for (const [k, v] of Object.entries(planned)) if (isAttachmentRef(v)) out[k] = v;
  return out;
}

/** Offline handling of a message that carries files; undefined when the files are not what the message is about. */
export async function answerAttachments(
  session: WinnowMcpSession,
  request: AgentRequest,
  vocabulary?: Vocabulary,
  planned?: RouterPlan,
): Promise<AgentReply | undefined> {
  // The router chose the tool with the files on the message; what the words added (a kind, an audience) comes along.
  const plannedTool = planned?.kind === "call" ? planned.tool.name : undefined;
  const said =
    planned?.kind === "call"
      ? Object.fromEntries(Object.entries(planned.args).filter(([, v]) => !isAttachmentRef(v)))
      : {};
  if (plannedTool && !["ingest_metrics", "check_brand_rules", "add_asset", "find_similar"].includes(plannedTool))
    return undefined;
  const files = request.attachments ?? [];
  const images = files.filter(isImage);
  const csvs = files.filter(isCsv);
  const memory = { ...request.memory };
  const base = { toolsRan: [], assetIds: [], memory, via: "router" as const };
  const ignored = files
    .filter((f) => !isImage(f) && !isCsv(f))
    .map((f) => `${f.name} (${f.mimeType}): not an image or a metrics export (.csv, .xlsx)`);
  const text = request.text.replace(/<@[A-Z0-9]+>/g, "").trim();
  if (csvs.length && (!plannedTool || plannedTool === "ingest_metrics")) {
    const tool = session.tools.find((t) => t.name === "ingest_metrics");
    if (!tool?.inputSchema.properties?.contentBase64) {
      return {
        ...base,
        text: `I can't import ${csvs[0]!.name} yet: this Winnow's ingest_metrics takes no CSV input. Ask an admin to enable CSV metric imports.`,
        ignored,
        failed: true,
      };
    }
    const results: ToolOutcome[] = [];
    for (const csv of csvs) {
      // Bytes, not text: an .xlsx workbook or a UTF-16 "Excel CSV" is read by the same import as a UTF-8 CSV.
      const args = { ...said, platform: "csv", contentBase64: csv.bytes.toString("base64") };
      const r = await session.call("ingest_metrics", args);
      results.push(outcomeOf("ingest_metrics", { platform: "csv", file: csv.name }, r));
    }
    return finish(base, results, [`metrics file: ${csvs.map((c) => c.name).join(", ")}`], ignored);
  }
  if (!images.length) return undefined;
  const image = images[0]!;
  if (images.length > 1) ignored.push(`${images.length - 1} more image(s): I search by the first one`);
  const intent = text ? routeIntent(text, memory) : undefined;
  const chosen = plannedTool ?? attachmentTool(text, ["image"], memory);
  if (chosen === "check_brand_rules") {
    const args: Record<string, unknown> = { ...said, imageBase64: image.bytes.toString("base64") };
    const brand = vocabulary?.brands.length === 1 ? vocabulary.brands[0]!.slug : undefined;
    if (brand) args.brand = brand;
    const r = await session.call("check_brand_rules", args);
    return finish(base, [outcomeOf("check_brand_rules", { brand }, r)], [`brand check of ${image.name}`], ignored);
  }
  if (chosen === "add_asset") {
    const args: Record<string, unknown> = {
      filename: image.name,
      kind: "reference",
      source: "shared in Slack",
      onDuplicate: "skip",
      ...said,
      contentBase64: image.bytes.toString("base64"),
    };
    const r = await session.call("add_asset", args);
    return finish(
      base,
      [outcomeOf("add_asset", { filename: image.name, kind: args.kind }, r)],
      [`add ${image.name} to the library`],
      ignored,
    );
  }
  if (chosen === "route") return undefined;
  const understood = [
    `image: ${image.name} (searched by it; not added to the library — say "add this to the library" to keep it)`,
  ];
  const args: Record<string, unknown> = { imageBase64: image.bytes.toString("base64"), imageName: image.name };
  const audience = audienceOf(text, intent?.slots.audience, vocabulary, understood, ignored);
  if (audience) args.audience = audience;
  let r = await session.call("find_similar", args);
  if (r.isError && audience && /audience/i.test(r.text)) {
    delete args.audience;
    ignored.push(`audience “${audience}”: no such audience, so the results are not biased toward one`);
    r = await session.call("find_similar", args);
  }
  return finish(base, [outcomeOf("find_similar", args, r)], understood, ignored);
}

/** The audience the words name, in the workspace's own terms (aliases: "Gen Z" → gen-z-runners), saying which. */
function audienceOf(
  text: string,
  said: string | undefined,
  vocabulary: Vocabulary | undefined,
  understood: string[],
  ignored: string[],
): string | undefined {
  const audiences = vocabulary?.audiences ?? [];
  if (!audiences.length) {
    if (said) understood.push(`audience: ${said}`);
    return said;
  }
  const match = said ? matchValue(said, audiences) : undefined;
  if (match?.kind === "one") {
    understood.push(match.value.id === said ? `audience: ${said}` : `audience: "${said}" → ${match.value.id}`);
    return match.value.id;
  }
  if (match?.kind === "many") {
    ignored.push(
      `audience “${said}”: could be ${match.values.map((v) => v.id).join(" or ")}; say which to bias toward one`,
    );
    return undefined;
  }
  const named = valuesNamedIn(text, audiences);
  if (named.length === 1) {
    understood.push(`audience: ${named[0]!.id}`);
    return named[0]!.id;
  }
  if (said) ignored.push(`audience “${said}”: not one of ours (${audiences.map((a) => a.id).join(", ")})`);
  return undefined;
}

function finish(
  base: Pick<AgentReply, "toolsRan" | "assetIds" | "memory" | "via">,
  results: ToolOutcome[],
  understood: string[],
  ignored: string[],
): AgentReply {
  const failed = results.some((r) => r.isError);
  const assetIds = [...new Set(results.flatMap((r) => assetIdsOf(r.structured)))].slice(0, 20);
  const memory = { ...base.memory, ...(assetIds.length && !failed ? { lastAssetIds: assetIds } : {}) };
  return {
    ...base,
    text: `${results.map((r) => r.text).join("\n")}\n_Tools: ${results.map((r) => `${r.name}${r.isError ? " (failed)" : ""}`).join(", ")}_`,
    results,
    understood,
    ...(ignored.length ? { ignored } : {}),
    toolsRan: results.map((r) => ({ name: r.name, ok: !r.isError })),
    assetIds,
    memory,
    failed,
  };
}

function assetIdsOf(structured: Record<string, unknown> | undefined): string[] {
  const items = (structured?.items ?? []) as { asset?: { id?: string } }[];
  const asset = (structured?.asset as { id?: string } | undefined)?.id;
  return [...(asset ? [asset] : []), ...items.map((i) => i.asset?.id).filter((id): id is string => !!id)];
}

export function outcomeOf(name: string, args: Record<string, unknown>, r: McpCallResult): ToolOutcome {
  return { name, args, isError: r.isError, text: r.text, structured: r.structured };
}

/** For the model: what was attached and how to hand it to a tool. */
export function attachmentNote(files: Attachment[] | undefined): string {
  if (!files?.length) return "";
  const list = files.map((f, i) => `attachment:${i + 1} = ${f.name} (${f.mimeType})`).join("; ");
  return (
    `\n\n[The user attached: ${list}. To search by an image without adding it, call find_similar with imageBase64 ` +
    '"attachment:N". Only when the user asks to add it to the library, call add_asset with contentBase64 "attachment:N". ' +
    'A metrics export (.csv or .xlsx) goes to ingest_metrics with platform "csv" and contentBase64 "attachment:N".]'
  );
}

/** Swaps "attachment:N" argument values for the file: base64 bytes, or text for a `csv` argument. */
export function withAttachments(
  args: Record<string, unknown>,
  files: Attachment[] | undefined,
): Record<string, unknown> {
  if (!files?.length) return args;
  const out: Record<string, unknown> = { ...args };
  for (const [key, value] of Object.entries(out)) {
    const m = typeof value === "string" ? /^attachment:(\d+)$/.exec(value.trim()) : null;
    const file = m ? files[Number(m[1]) - 1] : undefined;
    if (file) out[key] = key === "csv" ? file.bytes.toString("utf8") : file.bytes.toString("base64");
  }
  return out;
}
