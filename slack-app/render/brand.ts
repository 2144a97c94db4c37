import { formatUsd } from "../../core/costs/money.ts";
import { date, esc, pct } from "./format.ts";
import {
  context,
  lines,
  named,
  nextPage,
  person,
  plural,
  prose,
  type Renderer,
  rendered,
  section,
  words,
} from "./kit.ts";
import type { Block } from "./types.ts";

/** Brand tools: rule checks and rule sets, brands and their members. */

export const brandCheck: Renderer = (o, c) => {
  const s = o.structured as {
    passed: boolean;
    ruleSetVersion: number | null;
    violations: { ruleId: string; severity: string; message: string; fix?: string }[];
    fixedCopy?: Record<string, string | undefined>;
    fixes: string[];
  };
  const rules = s.ruleSetVersion !== null ? `rule set v${s.ruleSetVersion}` : "no rule set yet";
  const blocking = s.violations.filter((v) => v.severity === "block").length;
  const head = s.passed
    ? `✅ *Passes the brand rules* (${rules})${s.violations.length ? ` with ${plural(s.violations.length, "warning")}` : ""}.`
    : `⛔ *Blocked by the brand rules* (${rules}): ${plural(blocking, "blocking problem")}${
        s.violations.length > blocking ? `, ${plural(s.violations.length - blocking, "warning")}` : ""
      }.`;
  const blocks: Block[] = [section(head)];
  if (s.violations.length)
    blocks.push(
      section(
        lines(
          s.violations,
          (v) =>
            `${v.severity === "block" ? "⛔" : "⚠️"} ${prose(c, v.message)}${v.fix ? `\n   _Fix:_ ${prose(c, v.fix)}` : ""}`,
          8,
        ).join("\n"),
      ),
    );
  const fixed = s.fixedCopy ? Object.entries(s.fixedCopy).filter(([, v]) => v) : [];
  if (fixed.length)
    blocks.push(section(`*Suggested copy*\n${fixed.map(([k, v]) => `• ${esc(k)}: ${esc(String(v))}`).join("\n")}`));
  return rendered(blocks);
};

interface RuleSetOut {
  version: number;
  createdBy: string;
  note: string | null;
  createdAt: string;
  ruleCount: number;
}

export const brandRules: Renderer = (o, c) => {
  const s = o.structured as {
    ruleSet: (RuleSetOut & { rules: { severity: string; summary: string; id: string }[]; advice: string[] }) | null;
    versions: RuleSetOut[];
  };
  const brand = typeof o.args.brand === "string" ? esc(o.args.brand) : "this brand";
  if (!s.ruleSet) return rendered([section(`${brand} has no rule set yet. Ask for a starter rule set file to begin.`)]);
  const r = s.ruleSet;
  const rows = lines(
    r.rules,
    (x) => `${x.severity === "block" ? "⛔" : "⚠️"} *${esc(x.id)}*: ${prose(c, x.summary)}`,
    15,
  );
  return rendered([
    section(
      `📏 *Rules of ${brand}* v${r.version} (${plural(r.ruleCount, "rule")}), saved ${date(r.createdAt)} by ${person(r.createdBy)}${
        r.note ? ` — ${prose(c, r.note)}` : ""
      }`,
    ),
    section(rows.join("\n")),
    context(
      [`${plural(s.versions.length, "version")} kept.`, ...r.advice.slice(0, 3).map((a) => prose(c, a))].join(" "),
    ),
  ]);
};

export const brandRulesSaved: Renderer = (o, c) => {
  const s = o.structured as {
    ruleSet: RuleSetOut;
    recheck: { checked: number; marked: { assetId: string; reason: string }[] };
    advice: string[];
  };
  const blocks: Block[] = [
    section(
      `📏 Saved rule set *v${s.ruleSet.version}* (${plural(s.ruleSet.ruleCount, "rule")})${s.ruleSet.note ? ` — ${prose(c, s.ruleSet.note)}` : ""}.\nRe-checked ${plural(s.recheck.checked, "live output")}: ${
        s.recheck.marked.length ? `${s.recheck.marked.length} marked needs review` : "none needs a new review"
      }.`,
    ),
  ];
  if (s.recheck.marked.length)
    blocks.push(
      section(lines(s.recheck.marked, (m) => `• ${named(c, m.assetId, "an asset")}: ${prose(c, m.reason)}`).join("\n")),
    );
  if (s.advice.length) blocks.push(context(lines(s.advice, (a) => prose(c, a), 3).join("\n")));
  return rendered(blocks);
};

interface BrandOut {
  slug: string;
  name: string;
  description: string | null;
  palette: string[];
  audiences: { slug: string; name: string; aliases: string[] }[];
  approvalPolicy: { spendThresholdMicros?: number; approvalBelowProbability?: number };
  reviewChannel: string | null;
  members: { approvers: number; total: number };
  ruleSetVersion: number | null;
}

function brandText(c: Parameters<Renderer>[1], b: BrandOut) {
  const policy = [
    b.approvalPolicy.spendThresholdMicros !== undefined
      ? `spend ≥ ${formatUsd(b.approvalPolicy.spendThresholdMicros)}`
      : "",
    b.approvalPolicy.approvalBelowProbability !== undefined
      ? `P(best) under ${pct(b.approvalPolicy.approvalBelowProbability, 0)}`
      : "",
  ].filter(Boolean);
  return [
    `*${esc(b.name)}* (${esc(b.slug)})${b.description ? ` — ${prose(c, b.description)}` : ""}`,
    `Audiences: ${
      b.audiences
        .slice(0, 8)
        .map((a) => `${esc(a.name)}${a.aliases.length ? ` (${a.aliases.slice(0, 3).map(esc).join(", ")})` : ""}`)
        .join("; ") || "none yet"
    }${b.audiences.length > 8 ? `; and ${b.audiences.length - 8} more` : ""}`,
    `Approvers needed for ${policy.join(" or ") || "the default policy"}; ${plural(b.members.approvers, "approver")} of ${plural(b.members.total, "member")}${
      b.reviewChannel ? `; reviews in ${esc(b.reviewChannel)}` : ""
    }`,
    `${b.ruleSetVersion !== null ? `Rule set v${b.ruleSetVersion}` : "No rule set yet"} · palette ${b.palette.join(" ") || "not set"}`,
  ].join("\n");
}

export const oneBrand: Renderer = (o, c) => {
  const s = o.structured as { brand: BrandOut };
  const lead = o.name === "create_brand" ? "🏷️ Created" : "✏️ Updated";
  const next =
    o.name === "create_brand" && !s.brand.members.approvers
      ? [context("Next: add approvers (“add <@user> as approver on …”) and a rule set.")]
      : [];
  return rendered([section(`${lead} ${brandText(c, s.brand)}`), ...next]);
};

export const brands: Renderer = (o, c) => {
  const s = o.structured as { items: BrandOut[] };
  if (!s.items.length) return rendered([section("No brands yet.")]);
  return rendered(
    [
      section(`*${plural(s.items.length, "brand")}*`),
      ...s.items.slice(0, 10).map((b) => section(brandText(c, b))),
      ...(s.items.length > 10 ? [context(`…and ${s.items.length - 10} more`)] : []),
    ],
    { next: nextPage(o) },
  );
};

interface MemberOut {
  userRef: string;
  slackUserId: string | null;
  email: string | null;
  name: string | null;
  roles: string[];
}

/** A member as people know them: their Slack mention, else name and e-mail. */
const member = (m: MemberOut) =>
  m.slackUserId
    ? `${person(m.slackUserId)}${m.name ? ` (${esc(m.name)})` : ""}`
    : `${m.name ? `${esc(m.name)} ` : ""}${m.email ? esc(m.email) : person(m.userRef)}`;

export const memberAdded: Renderer = (o) => {
  const s = o.structured as { brand: string; member: MemberOut; created: boolean };
  return rendered([
    section(
      `👤 ${member(s.member)} ${s.created ? "is now" : "already was"} ${s.member.roles.map(words).join(", ")} on *${esc(s.brand)}*.`,
    ),
  ]);
};

export const memberRemoved: Renderer = (o) => {
  const s = o.structured as { brand: string; member: MemberOut; removedRoles: string[] };
  return rendered([
    section(
      `👤 ${member(s.member)} is no longer ${s.removedRoles.map(words).join(" or ") || "a member"} on *${esc(s.brand)}*${
        s.member.roles.length ? ` (still ${s.member.roles.join(", ")})` : ""
      }.`,
    ),
  ]);
};

export const members: Renderer = (o) => {
  const s = o.structured as { brandSlug: string; items: MemberOut[] };
  if (!s.items.length) return rendered([section(`*${esc(s.brandSlug)}* has no members yet.`)]);
  const rows = lines(s.items, (m) => `• ${member(m)} — ${m.roles.map(words).join(", ")}`, 20);
  return rendered([section(`*${plural(s.items.length, "member")} of ${esc(s.brandSlug)}*\n${rows.join("\n")}`)], {
    next: nextPage(o),
  });
};
