import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";

/**
 * Market shapes written by someone who never read Winnow's code (bench/market-shapes/shapes.json, sources in its
 * README): per audience the arms' true CTR and CVR (conversions per click), weekday multipliers, creative fatigue
 * and day-to-day noise. The schema is theirs; this file only reads it.
 */
const Arm = z.object({
  label: z.string(),
  slots: z.record(z.string(), z.string()),
  ctr: z.number().min(0).max(1),
  cvr: z.number().min(0).max(1),
  fatigue: z.object({ halfLifeDays: z.number().positive(), floor: z.number().min(0).max(1) }).nullable(),
});

export const MarketShape = z.object({
  id: z.string(),
  split: z.enum(["tuning", "measured"]),
  description: z.string(),
  sources: z.array(z.string()),
  metric: z.enum(["ctr", "cvr"]),
  platform: z.string(),
  format: z.string(),
  days: z.number().int().positive(),
  impressionsPerDay: z.number().int().positive(),
  budgetImpressions: z.number().int().positive(),
  audiences: z.array(z.object({ name: z.string(), arms: z.array(Arm).min(2) })).min(1),
  weekday: z.array(z.number()).length(7).nullable(),
  weekdayCvr: z.array(z.number()).length(7).nullable().optional(),
  noise: z.object({ dailyRateSd: z.number().min(0) }),
});
export type MarketShape = z.infer<typeof MarketShape>;
export type MarketArm = z.infer<typeof Arm>;

/** In the repository, so the bench runs the same on a clean clone (CI) as here. */
export const DEFAULT_SHAPES_FILE = fileURLToPath(new URL("../market-shapes/shapes.json", import.meta.url));

export function loadShapes(file = process.env.MARKET_SHAPES ?? DEFAULT_SHAPES_FILE): MarketShape[] {
  return z.object({ shapes: z.array(MarketShape) }).parse(JSON.parse(readFileSync(file, "utf8"))).shapes;
}

/** Fatigue multiplier on day d: the excess over the floor halves every halfLifeDays. */
export const fatigueOf = (arm: MarketArm, d: number) =>
  arm.fatigue ? arm.fatigue.floor + (1 - arm.fatigue.floor) * 0.5 ** (d / arm.fatigue.halfLifeDays) : 1;

/**
 * The truth the shape's author defines: the metric averaged over the run's days (weekdays and fatigue applied);
 * weekday index (startWeekday + d) % 7, Monday = 0.
 */
export function trueValue(shape: MarketShape, arm: MarketArm, startWeekday: number): number {
  let sum = 0;
  for (let d = 0; d < shape.days; d++) {
    const w = (startWeekday + d) % 7;
    sum +=
      shape.metric === "ctr"
        ? arm.ctr * fatigueOf(arm, d) * (shape.weekday?.[w] ?? 1)
        : arm.cvr * (shape.weekdayCvr?.[w] ?? 1);
  }
  return sum / shape.days;
}
