import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { HexColour } from "../core/brand/workspace-types.ts";
import { WinnowError } from "../core/errors.ts";
import { runTool } from "./cli-tool.ts";

/**
 * `winnow brand …`, `winnow member …`, `winnow ingest FILE.csv`, `winnow link …`, `winnow unlink …`: a team sets
 * itself up and brings its numbers from a terminal. Each command is a thin call of the same MCP tool (one behaviour,
 * one place); bad input exits 2 with the tool's message. Modules load when a command runs, so --help stays fast.
 */
export function registerTeamCommands(program: Command) {
  const brand = program.command("brand").description("Create, change and list your brands");
  const brandOptions = (c: Command) =>
    c
      .option("--description <text>", "what the brand is and how it speaks")
      .option("--palette <colours>", 'brand colours, comma-separated hex: "#FF5A1F,#15171C"', palette)
      .option("--headline-font <name>", "headline typeface")
      .option("--body-font <name>", "body typeface")
      .option("--logo <ids>", "logo asset ids (ast_...), comma-separated", list)
      .option(
        "--audience <slug:Name[:alias|alias]>",
        'an audience with its aliases, e.g. "gen-z:Gen Z runners:Gen Z|zoomers" (repeat for more)',
        collectAudience,
        [],
      )
      .option("--remove-audience <slug>", "remove an audience (update only; repeatable)", collect, [])
      .option("--spend-threshold <dollars>", "spend at or above this needs an approver, in currency units", dollars)
      .option("--pbest-bar <p>", "a winner under this P(best) needs an approver, e.g. 0.99", probability)
      .option("--review-channel <channel>", "Slack channel for review requests, e.g. #creative-review")
      .option("--json", "print JSON");

  brandOptions(
    brand
      .command("create")
      .description("Create a brand")
      .argument("<slug>", "short unique id, e.g. acme-coffee")
      .requiredOption("--name <name>", "brand name"),
  ).action(async (slug: string, o: BrandOpts) =>
    runTool("create_brand", { slug, name: o.name, ...brandFields(o) }, o.json),
  );
  brandOptions(
    brand
      .command("update")
      .description("Change a brand (options you leave out keep their value)")
      .argument("<brand>", "brand slug or id")
      .option("--name <name>", "brand name"),
  ).action(async (ref: string, o: BrandOpts) =>
    runTool(
      "update_brand",
      {
        brand: ref,
        ...(o.name ? { name: o.name } : {}),
        ...brandFields(o),
        ...(o.removeAudience.length ? { removeAudiences: o.removeAudience } : {}),
      },
      o.json,
    ),
  );
  brand
    .command("list")
    .description("List brands with audiences, approval policy and members")
    .option("--json", "print JSON")
    .action(async (o: { json?: boolean }) => runTool("list_brands", { limit: 100 }, o.json));

  const member = program.command("member").description("Add, remove and list brand members and their roles");
  member
    .command("add")
    .description("Give a person a role on a brand (approver, reviewer, editor, viewer)")
    .argument("<brand>", "brand slug or id")
    .argument("<role>", "approver | reviewer | editor | viewer")
    .option("--slack <userId>", "Slack member id, e.g. U024BE7LH (needed to approve in Slack)")
    .option("--email <email>", "work e-mail")
    .option("--name <name>", "display name")
    .option("--json", "print JSON")
    .action(async (ref: string, role: string, o: { slack?: string; email?: string; name?: string; json?: boolean }) =>
      runTool(
        "add_brand_member",
        {
          brand: ref,
          role,
          ...(o.slack ? { slackUserId: o.slack } : {}),
          ...(o.email ? { email: o.email } : {}),
          ...(o.name ? { name: o.name } : {}),
        },
        o.json,
      ),
    );
  member
    .command("remove")
    .description("Take a role (or all roles) away from a member")
    .argument("<brand>", "brand slug or id")
    .argument("<member>", "Slack user id or e-mail")
    .option("--role <role>", "only this role")
    .option("--json", "print JSON")
    .action(async (ref: string, who: string, o: { role?: string; json?: boolean }) =>
      runTool("remove_brand_member", { brand: ref, member: who, ...(o.role ? { role: o.role } : {}) }, o.json),
    );
  member
    .command("list")
    .description("List a brand's members and roles")
    .argument("<brand>", "brand slug or id")
    .option("--role <role>", "only members with this role")
    .option("--json", "print JSON")
    .action(async (ref: string, o: { role?: string; json?: boolean }) =>
      runTool("list_brand_members", { brand: ref, limit: 100, ...(o.role ? { role: o.role } : {}) }, o.json),
    );

  program
    .command("ingest")
    .description(
      "Import ad metrics from an export (.csv or .xlsx): Winnow's header, Meta Ads Manager, Google Ads, TikTok Ads Manager or LinkedIn Campaign Manager",
    )
    .argument("<file>", "the .csv or .xlsx export")
    .option("--format <format>", "auto | winnow | meta | google_ads | tiktok | linkedin", "auto")
    .option("--platform <platform>", "store rows under this platform (e.g. pinterest for a Winnow-format file)")
    .option(
      "--locale <tag>",
      "locale the report was downloaded in, e.g. de-DE, fr-FR, pt-BR (default: read from the file)",
    )
    .option("--decimal <sep>", 'decimal mark of the export: "." or "," (default: read from the file)')
    .option("--date-order <order>", "dmy (day first) or mdy, for dates like 01/12/2026 (default: read from the file)")
    .option("--partial", "store the readable rows of a partly unreadable file (default: all or nothing)")
    .option("--convert-to <currency>", "store money converted into this currency (with --rate)")
    .option("--rate <rate>", "your exchange rate: 1 unit of the file's currency in --convert-to units")
    .option("--since <day>", "first day to import (YYYY-MM-DD)")
    .option("--until <day>", "last day to import (YYYY-MM-DD)")
    .option("--json", "print JSON")
    .action(
      async (
        file: string,
        o: {
          format: string;
          platform?: string;
          locale?: string;
          decimal?: string;
          dateOrder?: string;
          partial?: boolean;
          convertTo?: string;
          rate?: string;
          since?: string;
          until?: string;
          json?: boolean;
        },
      ) => {
        // The file is the user's own, on their machine: it is streamed from where it is (any size, .csv or .xlsx).
        const path = resolve(file);
        const info = await stat(path).catch(() => invalid("file", `${file} cannot be read`));
        if (!info.isFile()) invalid("file", `${file} is not a file`, "Pass the path of a .csv or .xlsx export.");
        await runTool(
          "ingest_metrics",
          {
            platform: "csv",
            file: basename(path),
            format: o.format,
            ...(o.platform ? { adPlatform: o.platform } : {}),
            ...(o.locale ? { locale: o.locale } : {}),
            ...(o.decimal ? { decimalSeparator: o.decimal } : {}),
            ...(o.dateOrder ? { dateOrder: o.dateOrder } : {}),
            ...(o.partial ? { partial: true } : {}),
            ...(o.convertTo ? { convertTo: o.convertTo } : {}),
            ...(o.rate !== undefined ? { exchangeRate: Number(o.rate) } : {}),
            ...(o.since ? { since: o.since } : {}),
            ...(o.until ? { until: o.until } : {}),
          },
          o.json,
          { importRoot: dirname(path) },
        );
      },
    );

  program
    .command("link")
    .description("Tie an ad you made on a platform to an experiment arm, so its metrics count for that arm")
    .argument("<arm>", "arm id (arm_...)")
    .argument("<platform>", "meta, google_ads, tiktok or any platform name")
    .argument("<adId>", "the platform's ad id")
    .option("--audience <audience>", "audience slug, id or alias (default: the experiment's)")
    .option("--json", "print JSON")
    .action(async (armId: string, platform: string, platformAdId: string, o: { audience?: string; json?: boolean }) =>
      runTool(
        "link_deployment",
        { armId, platform, platformAdId, ...(o.audience ? { audience: o.audience } : {}) },
        o.json,
      ),
    );
  program
    .command("unlink")
    .description("Untie an ad from its arm (by deployment id, or platform and ad id)")
    .argument("<deploymentOrPlatform>", "deployment id (dep_...) or platform")
    .argument("[adId]", "the platform's ad id (with a platform)")
    .option("--json", "print JSON")
    .action(async (first: string, adId: string | undefined, o: { json?: boolean }) =>
      runTool(
        "unlink_deployment",
        first.startsWith("dep_")
          ? { deploymentId: first }
          : {
              platform: first,
              platformAdId: adId ?? invalid("adId", "is missing", "Give the platform's ad id after the platform."),
            },
        o.json,
      ),
    );
}

interface BrandOpts {
  name?: string;
  description?: string;
  palette?: string[];
  headlineFont?: string;
  bodyFont?: string;
  logo?: string[];
  audience: { slug: string; name: string; aliases: string[] }[];
  removeAudience: string[];
  spendThreshold?: number;
  pbestBar?: number;
  reviewChannel?: string;
  json?: boolean;
}

function brandFields(o: BrandOpts): Record<string, unknown> {
  const policy = {
    ...(o.spendThreshold !== undefined ? { spendThresholdMicros: o.spendThreshold } : {}),
    ...(o.pbestBar !== undefined ? { approvalBelowProbability: o.pbestBar } : {}),
  };
  const fonts = {
    ...(o.headlineFont ? { headline: o.headlineFont } : {}),
    ...(o.bodyFont ? { body: o.bodyFont } : {}),
  };
  return {
    ...(o.description !== undefined ? { description: o.description } : {}),
    ...(o.palette ? { palette: o.palette } : {}),
    ...(Object.keys(fonts).length ? { fonts } : {}),
    ...(o.logo ? { logoAssetIds: o.logo } : {}),
    ...(o.audience.length ? { audiences: o.audience } : {}),
    ...(Object.keys(policy).length ? { approvalPolicy: policy } : {}),
    ...(o.reviewChannel !== undefined ? { reviewChannel: o.reviewChannel } : {}),
  };
}

function bad(message: string): never {
  throw new InvalidArgumentError(message);
}

function invalid(field: string, problem: string, fix = "See winnow <command> --help."): never {
  throw new WinnowError("invalid_input", `${field}: ${problem}. ${fix}`, { field });
}

const list = (v: string) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const collect = (v: string, all: string[]) => [...all, v];

function collectAudience(v: string, all: BrandOpts["audience"]) {
  const [slug, name, aliases = ""] = v.split(":");
  if (!slug || !name) bad(`--audience: "${v}" needs slug:Name, e.g. "gen-z:Gen Z runners:Gen Z|zoomers".`);
  return [
    ...all,
    {
      slug: slug.trim(),
      name: name.trim(),
      aliases: aliases
        .split("|")
        .map((a) => a.trim())
        .filter(Boolean),
    },
  ];
}

/** Checked here, before anything loads, with the same rule the brand service applies. */
function palette(v: string): string[] {
  const colours = list(v);
  colours.forEach((c, i) => {
    const r = HexColour.safeParse(c);
    if (!r.success) bad(`palette.${i}: "${c}" ${r.error.issues[0]?.message ?? "is not a hex colour"}.`);
  });
  return colours;
}

function dollars(v: string): number {
  const n = Number(v.replace(/[$,\s]/g, ""));
  if (!Number.isFinite(n) || n < 0) bad(`must be an amount in currency units, e.g. 500 (got ${v}).`);
  return Math.round(n * 1_000_000);
}

function probability(v: string): number {
  const n = Number(v);
  if (!(n >= 0.5 && n <= 1)) bad(`must be a probability between 0.5 and 1, e.g. 0.99 (got ${v}).`);
  return n;
}
