import { describe, expect, it } from "vitest";
import { normalizeFolded, normalizePlain } from "./normalize.ts";
import type { BuiltinTrigger } from "./rules.ts";
import { BUILTIN_TRIGGER_PATTERNS } from "./triggers.ts";

/** Which built-in triggers a text sets off, read as the checker reads it (plain and leet-folded views). */
function triggers(text: string): BuiltinTrigger[] {
  const views = [normalizePlain(text).text, normalizeFolded(text).text];
  return (Object.keys(BUILTIN_TRIGGER_PATTERNS) as BuiltinTrigger[]).filter((name) =>
    BUILTIN_TRIGGER_PATTERNS[name].patterns.some((p) => views.some((v) => new RegExp(p, "iu").test(v))),
  );
}

describe("built-in disclaimer triggers", () => {
  // Quoted from outside sources, not written for the checker.
  it.each<[string, BuiltinTrigger, string]>([
    ["Buy 1-Get 1 Free", "free_offer", "FTC 16 CFR 251.1(a)"],
    ["2-for-1 Sale", "free_offer", "FTC 16 CFR 251.1(a)"],
    ["50% off with purchase of Two", "percent_off", "FTC 16 CFR 251.1(a)"],
    ["1¢ Sale", "price", "FTC 16 CFR 251.1(a)"],
    ["Half-Price Sale", "percent_off", "FTC 16 CFR 251.1(a)"],
    [
      "A free pair of hands-free binoculars for every reader",
      "free_offer",
      "ASA ruling cited in CAP advice 'Use of free'",
    ],
    ["Claim 6 months free Persil detergent when you buy a washing machine", "free_offer", "ASA ruling, Samsung 2024"],
    ["£325 per month", "monthly_payment", "FCA financial promotions guide: cost-of-credit trigger"],
    ["9.9% APR", "apr", "FCA financial promotions guide: rate trigger"],
    ["Buy 1, get 1 half off", "percent_off", "Google AdWords editorial examples (allowed use of numbers)"],
  ])("%j sets off %s (%s)", (text, expected) => {
    expect(triggers(text)).toContain(expected);
  });

  it.each([
    ["Free shipping on orders over $50", ["free_shipping"]],
    ["Fr33 delivery on lamps", ["free_shipping"]],
    ["Save £20 when you spend £100", ["money_off"]],
    ["Was £80, now £60", ["money_off", "price"]],
    ["Beds from £19/month", ["price", "monthly_payment"]],
    ["Pay in 3 with Klarna", ["financing"]],
    ["Start your 30-day free trial", ["trial"]],
    ["Membership auto-renews yearly, cancel anytime", ["subscription"]],
  ])("%j sets off exactly %j", (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });

  it.each([
    "100% cotton sheets",
    "Made from 80% recycled glass",
    "Open 24/7 since 1998",
    "Call 0800 123 4567",
    "Rugs up to 240 x 340 cm",
    "Points of interest in our finance team's city",
    "New cushions from 30 Apr",
    "Try our sofas in store",
    "Try it risk free",
    "More free time, less ironing",
    "Great prices on 5* hotels",
    "Pay us a visit",
  ])("%j sets off nothing", (text) => {
    expect(triggers(text)).toEqual([]);
  });
});
