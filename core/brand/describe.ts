import type { Rule, RuleSetSpec } from "./rules.ts";

const list = (xs: string[], max = 6) =>
  xs.length <= max
    ? xs.map((x) => `"${x}"`).join(", ")
    : `${xs
        .slice(0, max)
        .map((x) => `"${x}"`)
        .join(", ")} and ${xs.length - max} more`;
const scope = (l: { platforms?: string[] | undefined; formats?: string[] | undefined }) =>
  [l.platforms?.join("/"), l.formats?.join("/")].filter(Boolean).join(" ") || "everywhere";

/** One line per rule, in the words a brand manager would use, for get_brand_rules and reviews of a rule change. */
export function describeRule(rule: Rule): string {
  switch (rule.kind) {
    case "banned_phrase": {
      const parts = [
        rule.phrases.length ? `never say ${list(rule.phrases)}` : "",
        rule.patterns.length ? `${rule.patterns.length} pattern(s)` : "",
      ];
      return `${parts.filter(Boolean).join(" plus ")} (also leetspeak, look-alike letters, spaced or dotted spellings)`;
    }
    case "required_disclaimer": {
      const when = [
        ...(rule.triggers?.builtin ?? []).map((b) => b.replace(/_/g, " ")),
        ...(rule.triggers?.phrases ?? []).map((p) => `"${p}"`),
        ...(rule.triggers?.patterns.length ? [`${rule.triggers.patterns.length} pattern(s)`] : []),
      ];
      const offer = rule.offerTypes.length ? `offer type ${rule.offerTypes.join("/")}` : "";
      const cause = [when.length ? `copy mentions ${when.join(", ")}` : "", offer].filter(Boolean).join(" or ");
      return `add "${rule.text}" when ${cause}`;
    }
    case "claim":
      return `claims ${list(rule.phrases)} need substantiation${rule.except.length ? ` (not ${list(rule.except, 3)})` : ""}`;
    case "tone":
      return `tone: ${rule.judge} judge, at most ${rule.maxExclamations} "!" and ${Math.round(rule.maxUppercaseRatio * 100)}% shouting`;
    case "copy_length":
      return `lengths: ${rule.limits
        .map(
          (l) =>
            `${l.field === "total" ? `whole ad${l.include ? ` (${l.include.join("+")})` : ""}` : l.field} ≤ ${l.max} ${scope(l)}`,
        )
        .join("; ")}`;
    case "palette":
      return `palette ${rule.colors.join(" ")} within ΔE ${rule.maxDeltaE}`;
    case "logo":
      return `logo at least ${Math.round(rule.minWidthRatio * 100)}% wide in ${rule.positions.join("/")}`;
    case "safe_zone":
      return `text inside the safe zone for ${Object.keys(rule.zones).join(", ")}`;
    case "input_rights":
      return `inputs need valid rights (warn ${rule.warnWithinDays} days before expiry)`;
  }
}

/** What a reviewer of a rule set should know: rules that can only fire in some calls. */
export function ruleSetAdvice(spec: RuleSetSpec): string[] {
  return spec.rules.flatMap((rule) =>
    rule.kind === "required_disclaimer" && !rule.triggers
      ? [
          `${rule.id}: fires only when the caller passes offerType ${rule.offerTypes.join("/")}; copy checked on its own (e.g. "40% off today") is not caught. Add triggers, e.g. triggers: { builtin: [percent_off, price] }.`,
        ]
      : [],
  );
}
