/**
 * How callable each market race is at all (issue 24): an oracle that knows which two arms lead, splits the whole
 * budget evenly between them and looks once, at the end, with the noise model known. Its z is
 * ln(best/second) / √Σ(1/events + σ²/D) over the two arms (events = impressions × CTR, or clicks × CVR; σ the shape's
 * day-to-day spread, D the run's days, the part of the daily noise that does not average away), and its chance to
 * call the right arm at a one-sided 95% bar is Φ(z − 1.645). A rule that looks every day can beat a single look, but
 * not by much on races the oracle itself calls less than nine times in ten, so this bounds what "≥ 90% called right"
 * can mean on a set of shapes. Run: npx tsx bench/market-oracle.ts (MARKET_SPLIT=tuning|measured|all).
 */
import { normalCdf } from "../core/experiments/posterior.ts";
import { loadShapes, trueValue } from "./replay/market-shapes.ts";

const which = process.env.MARKET_SPLIT ?? "all";
const races = loadShapes()
  .filter((s) => which === "all" || s.split === which)
  .flatMap((shape) =>
    shape.audiences.map((audience) => {
      const runDays = Math.min(shape.days, Math.ceil(shape.budgetImpressions / shape.impressionsPerDay));
      const truth = audience.arms.map((arm) => ({ arm, value: trueValue(shape, arm, 0) }));
      const [best, second] = [...truth].sort((x, y) => y.value - x.value);
      const sd = shape.noise.dailyRateSd;
      /** Events an arm shows on `impressions` (clicks for CTR, conversions for CVR). */
      const events = (t: (typeof truth)[number], impressions: number) =>
        shape.metric === "ctr" ? impressions * t.value : impressions * t.arm.ctr * t.value;
      const z = (impressionsEach: number) =>
        Math.log(best!.value / second!.value) /
        Math.sqrt(1 / events(best!, impressionsEach) + 1 / events(second!, impressionsEach) + (2 * sd * sd) / runDays);
      const zTopTwo = z(shape.budgetImpressions / 2);
      const zEven = z(shape.budgetImpressions / audience.arms.length);
      const gap = best!.value / second!.value - 1;
      return {
        split: shape.split,
        race: `${shape.id}/${audience.name}`,
        arms: audience.arms.length,
        gap: Number(gap.toFixed(3)),
        zTopTwo: Number(zTopTwo.toFixed(2)),
        oraclePowerTopTwo: Number(normalCdf(zTopTwo - 1.645).toFixed(2)),
        zEvenSplit: Number(zEven.toFixed(2)),
        powerEvenSplit: Number(normalCdf(zEven - 1.645).toFixed(2)),
      };
    }),
  );
const summary = (split: string) => {
  const gapped = races.filter((r) => r.split === split && r.gap >= 0.05);
  if (!gapped.length) return null;
  const mean = (xs: number[]) => Number((xs.reduce((s, v) => s + v, 0) / xs.length).toFixed(3));
  return {
    racesAtLeast5pct: gapped.length,
    meanOraclePowerTopTwo: mean(gapped.map((r) => r.oraclePowerTopTwo)),
    meanPowerEvenSplit: mean(gapped.map((r) => r.powerEvenSplit)),
    under90pct: gapped.filter((r) => r.oraclePowerTopTwo < 0.9).map((r) => `${r.race} ${r.oraclePowerTopTwo}`),
  };
};
process.stdout.write(
  `${JSON.stringify({ benchmark: "market-oracle", tuning: summary("tuning"), measured: summary("measured"), races }, null, 2)}\n`,
);
