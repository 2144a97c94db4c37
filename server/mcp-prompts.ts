import type { McpServer } from "@modelcontextprotocol/server";
import * as z from "zod";
import { AssetId } from "../core/library/types.ts";
import { withPublicErrors } from "./mcp-errors.ts";
import { allowed } from "./mcp-resources.ts";
import type { Services } from "./services.ts";

const userText = (text: string) => ({ role: "user" as const, content: { type: "text" as const, text } });
const money = (micros: number) => `$${(micros / 1_000_000).toFixed(2)}`;

// Argument schemas are made once: a server is built per HTTP request (issue 23).
const BriefArgs = z.object({
  brand: z.string().describe("Brand slug, e.g. kestrel"),
  audience: z.string().describe("Audience slug or description, e.g. gen-z-runners"),
  objective: z.string().describe("Campaign objective, e.g. conversions, awareness"),
  offer: z.string().optional().describe("Offer, e.g. spring-20-off"),
  count: z.string().optional().describe("How many variants (default 12)"),
});
const WeeklyArgs = z.object({ brand: z.string().optional().describe("Brand slug; all brands when omitted") });
const LikeThisArgs = z.object({
  assetId: AssetId.describe("The example asset id"),
  audience: z.string().optional().describe("Audience to bias toward, e.g. Gen Z"),
});

/** MCP prompts: guided starting points a user picks from the client's prompt menu. */
export function registerPrompts(mcp: McpServer, services: Services) {
  const server = withPublicErrors(mcp, services, "mcp-prompt");
  server.registerPrompt(
    "brief_to_variants",
    {
      title: "Brief to variants",
      description: "Turn a creative brief (brand, audience, objective) into a checked, designed set of ad variants.",
      argsSchema: BriefArgs,
    },
    async ({ brand, audience, objective, offer, count }, extra) => {
      await allowed(services, extra, "list_templates", { brand });
      const b = await services.brands.get(brand);
      return {
        description: `Variants for ${b.name}, ${audience}, ${objective}`,
        messages: [
          userText(
            [
              `Make ${count ?? "12"} ad variants for ${b.name} (${b.slug}) aimed at ${audience}, objective: ${objective}${offer ? `, offer: ${offer}` : ""}.`,
              "Work in this order and tell me what each step found:",
              "1. list_templates for the brand and pick the template whose slots fit the brief.",
              `2. search_assets for product, scene and talent assets that suit ${audience} (ready, rights valid).`,
              "3. generate_variants with the brief (brand, audience, objective, offer, formats, count and a budget in micros); it uses a balanced design across slots so each slot's effect can be measured later.",
              "4. check_brand_rules on anything flagged, and request_review for variants the policy says need a human.",
              "5. Summarise: variant ids with their slot values, dropped candidates and why, cost, and what to test first.",
            ].join("\n"),
          ),
        ],
      };
    },
  );

  server.registerPrompt(
    "weekly_creative_review",
    {
      title: "Weekly creative review",
      description: "Winners, losers, spend and stale assets of the last 7 days, ready to discuss.",
      argsSchema: WeeklyArgs,
    },
    async ({ brand }, extra) => {
      // The facts are read as the person asking: their brands only, the same as cost_report and list_assets.
      const caller = await allowed(services, extra, "cost_report", brand ? { brand } : {});
      const brandRow = brand ? await services.brands.get(brand) : undefined;
      const until = services.clock.now();
      const since = new Date(until.getTime() - 7 * 86_400_000);
      const data = await services.reads.weeklyReview(
        await services.authorizer.visibleBrands(caller),
        since.toISOString(),
        until.toISOString(),
        brandRow?.id,
      );
      const list = <T>(rows: T[], line: (r: T) => string) =>
        rows.length ? rows.map((r) => `- ${line(r)}`).join("\n") : "- none";
      const text = [
        `Weekly creative review${brandRow ? ` for ${brandRow.name}` : ""}, ${since.toISOString().slice(0, 10)} to ${until.toISOString().slice(0, 10)}.`,
        `Spend on generation this week: ${money(data.spendMicros)}.`,
        `Winners promoted:\n${list(data.winners, (w) => `${w.id} ${w.name}`)}`,
        `Losers discarded:\n${list(data.losers, (l) => `${l.id} ${l.name}${l.rejectionReason ? ` — ${l.rejectionReason}` : ""}`)}`,
        `Live experiments:\n${list(data.liveExperiments, (e) => `${e.id} ${e.name} (${e.metric})`)}`,
        `Assets needing review:\n${list(data.stale, (s) => `${s.id} ${s.name} — owner ${s.owner ?? "unassigned"}${s.reason ? `, ${s.reason}` : ""}`)}`,
        `Rights expiring within 30 days:\n${list(data.expiring, (e) => `${e.id} ${e.name} — ${e.rightsExpiresAt?.slice(0, 10)}, owner ${e.owner ?? "unassigned"}`)}`,
        "Using these facts (call get_experiment_results, slot_insights and cost_report for detail), write the review: what won and why (which slot values), what to stop, what to generate next, and which stale assets to fix first.",
      ].join("\n\n");
      return { description: "Weekly creative review", messages: [userText(text)] };
    },
  );

  server.registerPrompt(
    "find_like_this",
    {
      title: "Find assets like this",
      description: "Find library assets that feel like a given asset, biased to an audience.",
      argsSchema: LikeThisArgs,
    },
    async ({ assetId, audience }, extra) => {
      await allowed(services, extra, "get_asset", { id: assetId });
      const asset = await services.library.get(assetId);
      const { bytes } = await services.library.readFile(assetId, "thumbnail");
      return {
        description: `Assets like ${asset.name}`,
        messages: [
          {
            role: "user" as const,
            content: { type: "image" as const, data: bytes.toString("base64"), mimeType: "image/webp" },
          },
          userText(
            `Find assets that feel like "${asset.name}" (${asset.id}, ${asset.kind}${asset.description ? `: ${asset.description}` : ""})${audience ? ` for ${audience}` : ""}. ` +
              `Call find_similar with id ${asset.id}, then search_assets with exampleIds [${asset.id}]${audience ? ` and audience "${audience}"` : ""}. ` +
              "Show the top results with why they matched, and say which are not usable (needs review, rights expired).",
          ),
        ],
      };
    },
  );
}
