import { describe, expect, it } from "vitest";
import { periodBefore } from "./followup-change.ts";
import { parseDateRange } from "./intent-dates.ts";
import type { McpToolInfo } from "./mcp-client.ts";
import { carryPeriod, fillDateRange } from "./slot-dates.ts";

const NOW = new Date("2027-04-14T10:00:00Z");
const LAST_WEEK = { from: "2027-04-05", to: "2027-04-11" };
const WEEK_BEFORE = { from: "2027-03-29", to: "2027-04-04" };

describe("one day said without 'on', and a month-day after 'since'", () => {
  it("reads '13 april', 'april 13th' and 'since 04-01', never a count before a month-named noun", () => {
    const day = (text: string) => {
      const r = parseDateRange(text, NOW);
      return r && [r.from, r.to];
    };
    expect(day("stale. ingest meta for 13 april only")).toEqual(["2027-04-13", "2027-04-13"]);
    expect(day("numbers for April 13th?")).toEqual(["2027-04-13", "2027-04-13"]);
    expect(day("ingest the tiktok api numbers since 04-01")).toEqual(["2027-04-01", "2027-04-14"]);
    expect(day("since 1 april")).toEqual(["2027-04-01", "2027-04-14"]);
    expect(day("1 Apr to 7 Apr inclusive")).toEqual(["2027-04-01", "2027-04-07"]);
    expect(day("make 4 april variants")).toBeUndefined();
    expect(day("top 5 may ads")).toBeUndefined();
  });
});

describe("a follow-up that moves the period back", () => {
  it("moves the last range back a week however the week before is said", () => {
    for (const said of [
      "the week before",
      "et pour la semaine d'avant",
      "e semana retrasada",
      "und vorletzte Woche",
      "die Woche davor",
      "la settimana prima",
      "thanks! et pour the week d'avant",
      "She'd also like the one before that week",
    ])
      expect(periodBefore(said, LAST_WEEK), said).toEqual(WEEK_BEFORE);
  });

  it("moves a month range back a month, and 'the one before that' by the range it had", () => {
    const march = { from: "2027-03-01", to: "2027-03-31" };
    expect(periodBefore("le mois d'avant", LAST_WEEK)).toEqual(march);
    expect(periodBefore("and the one before that", { from: "2027-04-01", to: "2027-04-30" })).toEqual(march);
  });

  it("moves it back for 'the previous one' said without its unit, and on for 'the week after'", () => {
    expect(periodBefore("¿y la anterior?", LAST_WEEK)).toEqual(WEEK_BEFORE);
    expect(periodBefore("et la précédente ?", LAST_WEEK)).toEqual(WEEK_BEFORE);
    expect(periodBefore("and the week after", { from: "2027-03-10", to: "2027-03-24" })).toEqual({
      from: "2027-03-25",
      to: "2027-03-31",
    });
    expect(periodBefore("la semaine suivante", WEEK_BEFORE)).toEqual(LAST_WEEK);
    expect(periodBefore("and the month after", { from: "2027-02-01", to: "2027-02-28" })).toEqual({
      from: "2027-03-01",
      to: "2027-03-31",
    });
  });

  it("leaves a message alone when the last request had no dates", () => {
    expect(periodBefore("die Woche davor", {})).toBeUndefined();
  });
});

describe("a period said with a slip, a fortnight, a span of months, a week of a day", () => {
  const range = (s: string) => {
    const r = parseDateRange(s, NOW);
    return r && { from: r.from, to: r.to };
  };
  it("reads one slip in a date word", () => {
    expect(range("top ads lsat week")).toEqual(LAST_WEEK);
    expect(range("best of yesteday")).toEqual({ from: "2027-04-13", to: "2027-04-13" });
    expect(range("by installs since mondya")).toEqual({ from: "2027-04-12", to: "2027-04-14" });
    expect(range("match the brand rules")).toBeUndefined();
    expect(range("the mouth shot")).toBeUndefined();
  });
  it("reads fortnights, the start of the year, month spans, the week of a day and one day", () => {
    expect(range("the last fortnight")).toEqual({ from: "2027-04-01", to: "2027-04-14" });
    expect(range("since the start of the year")).toEqual({ from: "2027-01-01", to: "2027-04-14" });
    expect(range("depuis le début de l'année")).toEqual({ from: "2027-01-01", to: "2027-04-14" });
    expect(range("June to August 2026")).toEqual({ from: "2026-06-01", to: "2026-08-31" });
    expect(range("week of 29 March")).toEqual(WEEK_BEFORE);
    expect(range("what ran on the 1st of April")).toEqual({ from: "2027-04-01", to: "2027-04-01" });
    expect(range("from 1 March to 15 March")).toEqual({ from: "2027-03-01", to: "2027-03-15" });
    expect(range("week-wise from 1st March till date")).toEqual({ from: "2027-03-01", to: "2027-04-14" });
  });
  it("takes the range said first, and the longer phrase at the same word", () => {
    expect(range("generation cost in Q1 vs this quater")).toEqual({ from: "2027-01-01", to: "2027-03-31" });
    expect(range("the day before yesterday")).toEqual({ from: "2027-04-12", to: "2027-04-12" });
    expect(range("last week vs the week before last")).toEqual(LAST_WEEK);
  });
});

describe("a period named in another language", () => {
  it("reads French, Italian, Portuguese and German period words the English way", () => {
    const range = (s: string) => {
      const r = parseDateRange(s, NOW);
      return r && { from: r.from, to: r.to };
    };
    expect(range("top ads le mois dernier")).toEqual({ from: "2027-03-01", to: "2027-03-31" });
    expect(range("la semaine dernière")).toEqual(LAST_WEEK);
    expect(range("la settimana scorsa")).toEqual(LAST_WEEK);
    expect(range("o mês passado")).toEqual({ from: "2027-03-01", to: "2027-03-31" });
    expect(range("vorletzte Woche")).toEqual(WEEK_BEFORE);
    expect(range("semana retrasada")).toEqual(WEEK_BEFORE);
    expect(range("the week before last")).toEqual(WEEK_BEFORE);
    expect(range("depuis lundi")).toEqual({ from: "2027-04-12", to: "2027-04-14" });
    expect(range("Top 5 DE Ads von letzter Woche")).toEqual(LAST_WEEK);
    expect(range("der letzte Monat")).toEqual({ from: "2027-03-01", to: "2027-03-31" });
    expect(range("les coûts ce trimestre")).toEqual({ from: "2027-04-01", to: "2027-04-14" });
    expect(range("l'année dernière")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(range("break down April so far by campaign")).toEqual({ from: "2027-04-01", to: "2027-04-14" });
    expect(range("mes top ads")).toBeUndefined();
  });
});

describe("a period said with slips, in hours, by its month, or corrected", () => {
  const range = (s: string) => {
    const r = parseDateRange(s, NOW);
    return r && { from: r.from, to: r.to };
  };
  it("reads a slipped date word of another language as it, never an English word", () => {
    expect(range("los top 10 ads por CTR de la semana psada")).toEqual(LAST_WEEK);
    expect(range("el mes pasdo")).toEqual({ from: "2027-03-01", to: "2027-03-31" });
    expect(range("el CPA de los últimos 7 días")).toEqual({ from: "2027-04-08", to: "2027-04-14" });
    expect(range("what stage is the test at")).toBeUndefined();
  });
  it("reads hours back to the days they reach into, and a month said with 'month' after it", () => {
    expect(range("who touched the brand rules in the last 24h?")).toEqual({ from: "2027-04-13", to: "2027-04-14" });
    expect(range("check the audit in the last hour")).toEqual({ from: "2027-04-14", to: "2027-04-14" });
    expect(range("top performers by ROAS for the march month")).toEqual({ from: "2027-03-01", to: "2027-03-31" });
  });
  it("takes the range said after a correction", () => {
    expect(range("And the same for Q1 2026? No — for March only.")).toEqual({ from: "2027-03-01", to: "2027-03-31" });
    expect(range("last week, sorry, I mean this week")).toEqual({ from: "2027-04-12", to: "2027-04-14" });
    expect(range("impressions since monday but no clicks, which ads?")).toEqual({
      from: "2027-04-12",
      to: "2027-04-14",
    });
  });
});

describe("one date range for every tool that takes one", () => {
  const tool = (name: string, props: Record<string, unknown>): McpToolInfo => ({
    name,
    description: "",
    inputSchema: { type: "object", properties: props },
    annotations: { readOnlyHint: true },
  });
  const cost = tool("cost_report", { from: { type: "string" }, to: { type: "string" } });
  it("fills from/to or since/until from the period said anywhere in the message", () => {
    expect(fillDateRange(cost, {}, "break it down by model this month", NOW, [])).toEqual({
      from: "2027-04-01",
      to: "2027-04-14",
    });
    const ingest = tool("ingest_metrics", { since: { type: "string" }, until: { type: "string" } });
    expect(fillDateRange(ingest, {}, "pull yesterday", NOW, [])).toEqual({ since: "2027-04-13", until: "2027-04-13" });
    expect(fillDateRange(cost, { from: "2027-01-01" }, "this month", NOW, [])).toEqual({ from: "2027-01-01" });
  });
  it("carries the thread's period into another read that carries on and says none", () => {
    const last = { tool: "top_performers", args: { metric: "spend", from: "2027-04-01", to: "2027-04-14" }, text: "" };
    expect(carryPeriod(cost, {}, "and on the AI generation side?", NOW, last, [])).toEqual({
      from: "2027-04-01",
      to: "2027-04-14",
    });
    const ingested = { tool: "ingest_metrics", args: { since: "2027-04-13", until: "2027-04-13" }, text: "" };
    const top = tool("top_performers", { from: { type: "string" }, to: { type: "string" } });
    expect(carryPeriod(top, { metric: "cvr" }, "ok and what about cvr for the same?", NOW, ingested, [])).toEqual({
      metric: "cvr",
      from: "2027-04-13",
      to: "2027-04-13",
    });
    expect(carryPeriod(cost, {}, "and last month?", NOW, last, [])).toEqual({});
  });
});

describe("a day of the month said alone", () => {
  it("is that day of this month (or the last one when still ahead), never a pick", () => {
    const range = (s: string) => {
      const r = parseDateRange(s, NOW);
      return r && { from: r.from, to: r.to };
    };
    expect(range("And the day before also, the 12th.")).toEqual({ from: "2027-04-12", to: "2027-04-12" });
    expect(range("the 20th")).toEqual({ from: "2027-03-20", to: "2027-03-20" });
    expect(range("the 2nd one")).toBeUndefined();
  });
});

describe("a range whose two ends are said apart", () => {
  const range = (text: string) => {
    const r = parseDateRange(text, NOW);
    return r && [r.from, r.to];
  };
  it("runs from the first phrase's start to the second's end, the present included", () => {
    expect(range("top ads from april 3rd to yesterday")).toEqual(["2027-04-03", "2027-04-13"]);
    expect(range("since the 3rd of april until last friday")).toEqual(["2027-04-03", "2027-04-09"]);
    expect(range("between march 1 and last week")).toEqual(["2027-03-01", "2027-04-11"]);
    expect(range("from monday to yesterday")).toEqual(["2027-04-12", "2027-04-13"]);
    expect(range("spend from march to now")).toEqual(["2027-03-01", "2027-04-14"]);
  });
  it("keeps a comparison's first range and a day named ahead unread", () => {
    expect(range("last week vs the week before")).toEqual([LAST_WEEK.from, LAST_WEEK.to]);
    expect(range("ads from last week to show the team")).toEqual([LAST_WEEK.from, LAST_WEEK.to]);
    expect(range("what ran last friday")).toEqual(["2027-04-09", "2027-04-09"]);
    expect(range("what changed since yesterday")).toEqual(["2027-04-13", "2027-04-14"]);
    expect(range("let's look at it on monday")).toBeUndefined();
  });
  it("reads dates typed as options", () => {
    expect(range("top_performers metric=ctr from=2027-04-01 to=2027-04-07")).toEqual(["2027-04-01", "2027-04-07"]);
    expect(range("top 10 ctr --from 2027-04-05 --to 2027-04-11")).toEqual(["2027-04-05", "2027-04-11"]);
    expect(range("cost 2027-04-01..2027-04-07")).toEqual(["2027-04-01", "2027-04-07"]);
  });
});
