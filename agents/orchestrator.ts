import { generateText, type ModelMessage, stepCountIs, type ToolSet } from "ai";
import { isoNow } from "../core/clock.ts";
import { asWinnowError } from "../core/errors.ts";
import type { Services } from "../server/services.ts";
import type { AnyTool } from "../tools/define.ts";
import {
  answerAttachments,
  attachmentNote,
  isAttachmentRef,
  outcomeOf,
  refsBack,
  sharedFile,
  withAttachments,
} from "./attachments.ts";
import { brandsOfChange, describeChange } from "./confirm-summary.ts";
import type { ThreadMemory } from "./intent-types.ts";
import { callerForActor, type McpCallResult, openMcpSession, type WinnowMcpSession } from "./mcp-client.ts";
import { linksToIds } from "./message-refs.ts";
import type { AgentModel } from "./model.ts";
import { planRoute } from "./router-plan.ts";
import type { RouterPlan } from "./router-plan-types.ts";
import { didYouMean } from "./router-suggest.ts";
import { planRepair, setPath } from "./slot-repair.ts";
import { loadSystemPrompt } from "./system-prompt.ts";
import { changeOf, fieldsBefore, memoryNote, rememberCall } from "./thread-memory.ts";
import { authorise, isGuarded } from "./tool-guard.ts";

export interface Turn {
  role: "user" | "assistant";
  text: string;
}

export interface AgentRequest {
  text: string;
  /** "slack:U123" — written into every event the tools record. */
  actor: string;
  history?: Turn[];
  memory?: ThreadMemory;
  /** Files the user shared with the message (Slack file_share), already downloaded. */
  attachments?: Attachment[];
}

export interface Attachment {
  name: string;
  mimeType: string;
  bytes: Buffer;
}

export interface ToolRun {
  name: string;
  ok: boolean;
  blocked?: boolean;
}

/** One tool call of a turn, kept whole so the surface renders from the structured result, not from text. */
export interface ToolOutcome {
  name: string;
  args: Record<string, unknown>;
  isError: boolean;
  text: string;
  structured?: Record<string, unknown> | undefined;
}

/** A destructive tool the turn would run; it has NOT run. The surface asks the user, then calls Orchestrator.confirm. */
export interface PendingConfirmation {
  tool: string;
  args: Record<string, unknown>;
  /** Exactly what will change, in the user's words ("promote ast_… as winner of exp_… (Spring hook test)"). */
  summary: string;
  /** Brands the call touches (ids or slugs): besides the person who asked, only their approvers may confirm it. */
  brands?: string[];
  /** The same tool again with these arguments, one call each, after `args` (a batch: "approve all of them"). */
  more?: Record<string, unknown>[];
}

export interface AgentReply {
  text: string;
  /** Every tool result of this turn, in call order (both paths). Renderers work from these. */
  results?: ToolOutcome[];
  /** Router path: what was understood from the message ("audience: gen-z-runners", "date range: last week"). */
  understood?: string[];
  /** Router path: words or requests it could not use, said plainly. */
  ignored?: string[];
  /** One short question when something required is missing or ambiguous; no tool ran. */
  question?: string;
  /** A line the surface adds as written (Slack mentions intact), e.g. who may decide a review. */
  notice?: string;
  /** A destructive tool waiting for confirmation. */
  confirm?: PendingConfirmation;
  toolsRan: ToolRun[];
  /** Asset ids the reply is about, so the surface can show thumbnails. */
  assetIds: string[];
  memory: ThreadMemory;
  /** True when the turn ended in a failure the user must know about (provider down, tool unavailable). */
  failed: boolean;
  via: "model" | "router";
}

export interface OrchestratorOptions {
  model?: AgentModel | undefined;
  maxSteps?: number;
  /** Serve these tools instead of the configured ones (a narrowed toolset; extra tools in tests). */
  tools?: AnyTool[] | undefined;
}

const ASSET_ID = /\bast_[0-9A-Za-z]{6,}\b/g;
const EXPERIMENT_ID = /\bexp_[0-9A-Za-z]{6,}\b/;

export const HELP_TEXT = [
  "I can work the creative loop for you. Try:",
  "• `find assets that feel like summer trail for Gen Z` — search the library",
  "• `more like ast_…` — find similar assets",
  "• `make 8 variants of the spring offer for Gen Z, playful and energetic` — generate variants",
  "• `is the spring test done yet?`, `stop the experiment and pause the losing ads`, `rebalance the traffic`",
  "• `show me our best performing creatives this month`, `top 5 ads by ROAS last week` — top performers",
  "• `promote the winner` — promote (you confirm first; approval applies where policy says so)",
  "• `check this copy: 40% off today`, `review queue`, `where did ast_… come from?`, `what did we spend last week?`",
  "• `which hook works best for gen-z-runners?`, `check ast_… against the brand rules`, `any rights expiring?`",
  "• `find duplicates`, `list templates`, `cost by model`, `show failed jobs`",
].join("\n");

/** The Slack user id of the person asking ("slack:U05…"), for "remove me". */
const slackAsker = (actor: string) => {
  const id = /^slack:([A-Z0-9]+)$/.exec(actor)?.[1];
  return id ? { asker: id } : {};
};

/**
 * One conversational turn. With a model: the `ai` tool loop over Winnow's MCP tools (bounded steps, guarded
 * destructive tools, cost in the ledger). Without: the offline intent router picks one tool and fills its slots.
 */
export class Orchestrator {
  private readonly maxSteps: number;

  constructor(
    private readonly services: Services,
    private readonly options: OrchestratorOptions = {},
  ) {
    this.maxSteps = options.maxSteps ?? 8;
  }

  async respond(incoming: AgentRequest): Promise<AgentReply> {
    const request = { ...incoming, text: linksToIds(incoming.text) };
    const session = await openMcpSession(this.services, request.actor, this.options.tools);
    try {
      if (request.attachments?.length && !this.options.model) {
        // The router plans with the files on the message (names and kinds); their bytes fill "attachment:N".
        const vocabulary = await this.vocabularyFor(request.actor);
        const plan = planRoute({
          text: request.text,
          memory: { ...request.memory },
          tools: session.tools,
          vocabulary,
          now: this.services.clock.now(),
          ...slackAsker(request.actor),
          files: request.attachments.map(sharedFile),
        });
        const usesFile = plan.kind === "call" && Object.values(plan.args).some(isAttachmentRef);
        if (usesFile) {
          const handled = await answerAttachments(session, request, vocabulary, plan);
          return handled ?? (await this.runRouter(session, request, plan));
        }
        const reply = await this.runRouter(session, request, plan);
        const names = request.attachments.map((a) => a.name).join(", ");
        return { ...reply, ignored: [...(reply.ignored ?? []), `${names}: not used for this request`] };
      }
      return this.options.model
        ? await this.runModel(session, request, this.options.model)
        : await this.runRouter(session, request);
    } finally {
      await session.close();
    }
  }

  /** The names the router may use for this person: their brands' only, so no reply names another brand's things. */
  private async vocabularyFor(actor: string) {
    const visible = await this.services.authorizer.visibleBrands(await callerForActor(this.services, actor));
    return this.services.vocabulary(visible);
  }

  private async runRouter(session: WinnowMcpSession, request: AgentRequest, planned?: RouterPlan): Promise<AgentReply> {
    const memory: ThreadMemory = { ...request.memory };
    const plan =
      planned ??
      planRoute({
        text: request.text,
        memory,
        tools: session.tools,
        vocabulary: await this.vocabularyFor(request.actor),
        now: this.services.clock.now(),
        ...slackAsker(request.actor),
      });
    const { understood, ignored } = plan;
    const base = { toolsRan: [], assetIds: [], memory, via: "router" as const, understood, ignored };
    if (plan.kind === "help" || plan.kind === "unknown" || plan.kind === "thanks") {
      const text =
        plan.kind === "thanks"
          ? "Anytime 🙌 Type `help` to see what else I can do."
          : plan.kind === "help"
            ? HELP_TEXT
            : didYouMean(plan.suggestions);
      return { ...base, text, failed: plan.kind === "unknown" };
    }
    // Said plainly: outside what Winnow does, or its tool is not served here.
    if (plan.kind === "cannot") return { ...base, text: plan.text, failed: true };
    if (plan.kind === "question") {
      const pending = { ...memory, pending: plan.pending };
      return { ...base, text: plan.question, question: plan.question, memory: pending, failed: false };
    }
    const { tool } = plan;
    // A shared file's bytes replace its "attachment:N" reference; the thread remembers the reference, not the bytes.
    const args = withAttachments(plan.args, request.attachments);
    if ((isGuarded(tool) && !plan.direct) || plan.confirm) {
      // Offered, not run: a follow-up ("same for the trail test") still reads against it.
      rememberCall(
        memory,
        { tool: tool.name, args: refsBack(args, plan.args), text: request.text },
        { isError: false, text: "", links: [], structured: args },
      );
      // Several targets ("approve all of them"): one Confirm naming each change, run one call per target.
      const all = plan.batch?.length ? plan.batch.map((a) => withAttachments(a, request.attachments)) : [args];
      const summaries = await Promise.all(all.map((a) => describeChange(session, tool, a)));
      const brands = [...new Set((await Promise.all(all.map((a) => brandsOfChange(session, a)))).flat())];
      const confirm: PendingConfirmation = {
        tool: tool.name,
        args: all[0]!,
        summary:
          all.length > 1 ? `${all.length} changes:\n${summaries.map((x) => `• ${x}`).join("\n")}` : summaries[0]!,
        brands,
        ...(all.length > 1 ? { more: all.slice(1) } : {}),
      };
      return { ...base, text: `${confirm.summary}\nPress Confirm to go ahead, or Cancel.`, confirm, failed: false };
    }
    let result = await session.call(tool.name, args);
    // Said in the user's words ("Gen Z"), a value may need the tool's own (gen-z-runners): any error naming a field
    // is repaired (closest allowed value, a clamp, or an optional argument dropped, saying so) or asked about.
    const tried = new Set<string>();
    // Who may do something is not a field to repair: a refusal is said as it is.
    const refusal = /^forbidden\b|needs \w+ \(or higher\)|not an approver|not allowed/i;
    for (let attempt = 0; result.isError && !refusal.test(result.text) && attempt < 3; attempt++) {
      const step = planRepair(result.text, args, tool.inputSchema.required ?? [], tried);
      if (!step) break;
      tried.add(step.path.join("."));
      if (step.kind === "ask") {
        const pending = { ...memory, pending: { text: request.text, field: step.path[0]! } };
        return { ...base, text: step.question, question: step.question, memory: pending, failed: false };
      }
      setPath(args, step.path, step.kind === "set" ? step.value : undefined);
      (step.kind === "set" ? understood : ignored).push(step.note);
      result = await session.call(tool.name, args);
    }
    const assetIds = idsIn(result);
    rememberCall(memory, { tool: tool.name, args: refsBack(args, plan.args), text: request.text }, result);
    // "approve everything pending": the queue just listed, then one Confirm naming each review (nothing decided yet).
    const bulk = plan.intent.slots.decision;
    if (bulk && tool.name === "list_reviews" && !result.isError) {
      const decide = planRoute({
        text: `${bulk} all of them`,
        memory: structuredClone(memory),
        tools: session.tools,
        vocabulary: await this.vocabularyFor(request.actor),
        now: this.services.clock.now(),
      });
      if (decide.kind === "call" && decide.tool.name === "decide_review") {
        const offer = await this.runRouter(session, { ...request, memory }, { ...decide, confirm: true });
        return {
          ...offer,
          text: offer.text,
          results: [outcomeOf(tool.name, args, result)],
          toolsRan: [{ name: tool.name, ok: true }],
        };
      }
    }
    // A decision said in the review card's thread ran without Confirm, as a button press does; it is the last change.
    if (plan.direct && !result.isError) memory.lastChange = changeOf(tool.name, args, result);
    return {
      understood,
      ignored,
      text: `${result.text}\n_Tools: ${tool.name}${result.isError ? " (failed)" : ""}_`,
      results: [outcomeOf(tool.name, args, result)],
      toolsRan: [{ name: tool.name, ok: !result.isError }],
      assetIds,
      memory: remember(memory, result, assetIds),
      failed: result.isError,
      via: "router",
    };
  }

  private async runModel(
    session: WinnowMcpSession,
    request: AgentRequest,
    agentModel: AgentModel,
  ): Promise<AgentReply> {
    const toolsRan: ToolRun[] = [];
    const results: McpCallResult[] = [];
    const outcomes: ToolOutcome[] = [];
    let confirm: PendingConfirmation | undefined;
    const tools: ToolSet = {};
    for (const info of session.tools) {
      const original = session.toolSet[info.name];
      if (!original?.execute) continue;
      tools[info.name] = {
        ...original,
        execute: async (args: unknown, options: Parameters<NonNullable<typeof original.execute>>[1]) => {
          const verdict = authorise(info, request.text);
          if (!verdict.allowed) {
            toolsRan.push({ name: info.name, ok: false, blocked: true });
            this.services.logger.warn("guarded tool call refused", { tool: info.name, actor: request.actor });
            return { isError: true, content: [{ type: "text", text: verdict.reason }] };
          }
          const input = withAttachments(args as Record<string, unknown>, request.attachments);
          if (isGuarded(info)) {
            // Asked for by the user, but it still waits for their button press: the surface shows Confirm/Cancel.
            confirm = {
              tool: info.name,
              args: input,
              summary: await describeChange(session, info, input),
              brands: await brandsOfChange(session, input),
            };
            toolsRan.push({ name: info.name, ok: false, blocked: true });
            return {
              content: [
                {
                  type: "text",
                  text: `Not run yet: waiting for the user's confirmation. They see a Confirm button with: ${confirm.summary} Tell them briefly what will happen when they confirm; do not call ${info.name} again.`,
                },
              ],
            };
          }
          const raw = await original.execute!(input, options);
          const outcome = raw as { isError?: boolean; content?: { type: string; text?: string }[] };
          toolsRan.push({ name: info.name, ok: outcome.isError !== true });
          const call: McpCallResult = {
            isError: outcome.isError === true,
            text: (outcome.content ?? []).map((c) => c.text ?? "").join("\n"),
            links: [],
            structured: (raw as { structuredContent?: Record<string, unknown> }).structuredContent,
          };
          results.push(call);
          outcomes.push(outcomeOf(info.name, input, call));
          return raw;
        },
      } as ToolSet[string];
    }
    // The model is told only the brands the asking person holds a role on (a non-member: none).
    const asking = await callerForActor(this.services, request.actor);
    const visible = await this.services.authorizer.visibleBrands(asking);
    const brands = (await this.services.brands.list({ limit: 100, visible })).items;
    const system = await loadSystemPrompt(this.services, {
      brand_name: brands.map((b) => b.name).join(", ") || "your",
      today: isoNow(this.services.clock).slice(0, 10),
      toolsets: [...new Set(session.tools.map((t) => t.name))].join(", "),
      max_variants: String(this.services.config.maxVariants),
    });
    const messages: ModelMessage[] = [
      ...(request.history ?? []).slice(-12).map((t) => ({ role: t.role, content: t.text }) as ModelMessage),
      { role: "user", content: `${request.text}${attachmentNote(request.attachments)}` },
    ];
    const memory = { ...request.memory };
    const started = Date.now();
    try {
      const result = await generateText({
        model: agentModel.model,
        system: `${system.text}${memoryNote(request.memory)}`,
        messages,
        tools,
        stopWhen: stepCountIs(this.maxSteps),
      });
      await this.recordUsage(agentModel, result.totalUsage, system.promptVersionId, (Date.now() - started) / 1000);
      const assetIds = [...new Set(results.flatMap(idsIn))];
      for (const r of results) remember(memory, r, idsIn(r));
      const lastRun = outcomes.filter((o) => !o.isError).at(-1);
      if (lastRun) {
        const call = results[outcomes.indexOf(lastRun)]!;
        rememberCall(memory, { tool: lastRun.name, args: lastRun.args, text: request.text }, call);
      }
      const ran = toolsRan.length ? `\n_Tools: ${toolsRan.map(label).join(", ")}_` : "";
      return {
        text: `${result.text || "Done."}${ran}`,
        results: outcomes,
        ...(confirm ? { confirm } : {}),
        toolsRan,
        assetIds,
        memory,
        failed: false,
        via: "model",
      };
    } catch (error) {
      const err = asWinnowError(error);
      this.services.logger.error("agent turn failed", { actor: request.actor, error: err.message });
      const done = toolsRan.filter((t) => t.ok && !t.blocked).map((t) => t.name);
      return {
        text:
          `The model provider failed mid-conversation (${agentModel.provider}: ${err.message.slice(0, 200)}). ` +
          `I stopped there and did nothing further. ${done.length ? `Completed before the failure: ${done.join(", ")} (each applied fully).` : "No tool ran."} ` +
          "Try again in a minute.",
        results: outcomes,
        toolsRan,
        assetIds: [],
        memory,
        failed: true,
        via: "model",
      };
    }
  }

  /**
   * Runs a confirmed destructive call: the user pressed Confirm on exactly this pending call (the surface checks who
   * may). The tool's own policy still applies (a promotion that needs an approver opens a review request).
   */
  async confirm(pending: PendingConfirmation, actor: string): Promise<AgentReply> {
    const first = await this.runDirect(pending.tool, pending.args, actor, true);
    if (!pending.more?.length) return first;
    // A batch runs every call, each checked on its own (an approver of one brand may not decide another's review).
    const replies = [first];
    for (const args of pending.more) replies.push(await this.runDirect(pending.tool, args, actor, true));
    return {
      text: replies.map((r) => r.text).join("\n"),
      results: replies.flatMap((r) => r.results ?? []),
      toolsRan: replies.flatMap((r) => r.toolsRan),
      assetIds: [...new Set(replies.flatMap((r) => r.assetIds))],
      memory: replies.at(-1)!.memory,
      failed: replies.some((r) => r.failed),
      via: "router",
    };
  }

  /** A read-only call the surface repeats with new arguments, e.g. the next page behind a "More" button. */
  async page(tool: string, args: Record<string, unknown>, actor: string): Promise<AgentReply> {
    return this.runDirect(tool, args, actor, false);
  }

  private async runDirect(name: string, args: Record<string, unknown>, actor: string, confirmed: boolean) {
    const session = await openMcpSession(this.services, actor, this.options.tools);
    try {
      const info = session.tools.find((t) => t.name === name);
      const base = { toolsRan: [], assetIds: [], memory: {}, via: "router" as const };
      if (!info) return { ...base, text: `The ${name} tool is not available on this Winnow.`, failed: true };
      if (!confirmed && isGuarded(info)) {
        return { ...base, text: `${name} changes live state; it runs only after Confirm.`, failed: true };
      }
      const before = confirmed ? await fieldsBefore(session, name, args) : undefined;
      const result = await session.call(name, args);
      const assetIds = idsIn(result);
      const memory = remember({}, result, assetIds);
      if (confirmed) {
        const change = changeOf(name, args, result, before);
        if (change) memory.lastChange = change;
      }
      return {
        text: `${result.text}\n_Tools: ${name}${result.isError ? " (failed)" : ""}_`,
        results: [outcomeOf(name, args, result)],
        toolsRan: [{ name, ok: !result.isError }],
        assetIds,
        memory,
        failed: result.isError,
        via: "router" as const,
      };
    } finally {
      await session.close();
    }
  }

  private async recordUsage(
    m: AgentModel,
    usage: { inputTokens: number | undefined; outputTokens: number | undefined },
    promptVersionId: string | null,
    seconds: number,
  ) {
    const tokensIn = usage.inputTokens ?? 0;
    const tokensOut = usage.outputTokens ?? 0;
    const costMicros = Math.round((tokensIn * m.inputMicrosPer1k + tokensOut * m.outputMicrosPer1k) / 1000);
    await this.services.costs.record({
      provider: m.provider,
      operation: "agent.turn",
      tokensIn,
      tokensOut,
      seconds,
      costMicros,
      promptVersionId,
    });
  }
}

const label = (t: ToolRun) => `${t.name}${t.blocked ? " (blocked: needs approval)" : t.ok ? "" : " (failed)"}`;

function idsIn(result: McpCallResult): string[] {
  const blob = JSON.stringify(result.structured ?? {});
  return [...new Set(blob.match(ASSET_ID) ?? [])].slice(0, 20);
}

function remember(memory: ThreadMemory, result: McpCallResult, assetIds: string[]): ThreadMemory {
  if (result.isError) return memory;
  if (assetIds.length) memory.lastAssetIds = assetIds;
  const exp = JSON.stringify(result.structured ?? {}).match(EXPERIMENT_ID);
  if (exp) memory.lastExperimentId = exp[0];
  return memory;
}
