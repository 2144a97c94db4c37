import { describe, expect, it } from "vitest";
import { PixelBudget } from "./pixel-budget.ts";

/** Work that records when it runs and finishes when released. */
function gate() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { done, release };
}

describe("PixelBudget", () => {
  it("runs small work side by side, holds back work that does not fit, and admits it in arrival order", async () => {
    const budget = new PixelBudget(10);
    const started: string[] = [];
    const gates = { a: gate(), b: gate(), big: gate(), c: gate() };
    const run = (name: keyof typeof gates, pixels: number) =>
      budget.run(pixels, async () => {
        started.push(name);
        await gates[name].done;
      });
    const all = [run("a", 4), run("b", 4), run("big", 6), run("c", 1)];
    await new Promise((r) => setImmediate(r));
    // a and b fit (8 of 10); big does not, and c queues behind it rather than jumping ahead.
    expect(started).toEqual(["a", "b"]);
    gates.a.release();
    await new Promise((r) => setImmediate(r));
    // a's 4 back: b's 4 + big's 6 fill the budget; c (1) still waits.
    expect(started).toEqual(["a", "b", "big"]);
    gates.b.release();
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(["a", "b", "big", "c"]);
    gates.big.release();
    gates.c.release();
    await Promise.all(all);
  });

  it("runs work larger than the whole budget alone instead of never", async () => {
    const budget = new PixelBudget(10);
    const order: string[] = [];
    const small = gate();
    const first = budget.run(3, async () => {
      order.push("small");
      await small.done;
    });
    const huge = budget.run(50, async () => {
      order.push("huge");
    });
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(["small"]);
    small.release();
    await Promise.all([first, huge]);
    expect(order).toEqual(["small", "huge"]);
  });

  it("gives the pixels back when work throws", async () => {
    const budget = new PixelBudget(10);
    await expect(
      budget.run(10, async () => {
        throw new Error("decode failed");
      }),
    ).rejects.toThrow("decode failed");
    await expect(budget.run(10, async () => "ran")).resolves.toBe("ran");
  });
});
