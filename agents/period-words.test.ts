import { describe, expect, it } from "vitest";
import { periodBefore } from "./followup-change.ts";
import { parseDateRange } from "./intent-dates.ts";

const NOW = new Date("2027-04-14T10:00:00Z");
const LAST_WEEK = { from: "2027-04-05", to: "2027-04-11" };
const WEEK_BEFORE = { from: "2027-03-29", to: "2027-04-04" };

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

  it("leaves a message alone when the last request had no dates", () => {
    expect(periodBefore("die Woche davor", {})).toBeUndefined();
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
