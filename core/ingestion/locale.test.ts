import { describe, expect, it } from "vitest";
import { LocaleEvidence, readMicros } from "./locale.ts";
import { RowProblem } from "./parse.ts";

/** Micros by string arithmetic alone (BigInt), the reference the fast path must agree with. */
function reference(raw: string, decimal: "." | ","): number | "problem" {
  const m = (decimal === "." ? /^(\d+)(?:\.(\d{1,6}))?$/ : /^(\d+)(?:,(\d{1,6}))?$/).exec(raw);
  if (!m) return "problem";
  const n = BigInt(m[1]!) * 1_000_000n + BigInt((m[2] ?? "").padEnd(6, "0"));
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : "problem";
}

const read = (raw: string, decimal: "." | ",") => {
  try {
    return readMicros("Cost", raw, decimal);
  } catch (e) {
    if (e instanceof RowProblem) return "problem";
    throw e;
  }
};

describe("readMicros", () => {
  it("reads plain amounts exactly and refuses malformed ones, in both decimal marks", () => {
    const cases = [
      "0",
      "12",
      "12.34",
      "0.000001",
      "12.3456789",
      "12.",
      ".5",
      "1..2",
      "9007199254",
      "99999999999",
      "123456789012345",
      "1234567890123456",
      "12a",
      "007.50",
    ];
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const whole = String(seed % 10 ** (1 + (seed % 12)));
      const frac = String(seed).slice(0, seed % 8);
      cases.push(frac ? `${whole}.${frac}` : whole);
    }
    for (const decimal of [".", ","] as const)
      for (const raw of cases) {
        const text = decimal === "," ? raw.replace(".", ",") : raw;
        expect([text, read(text, decimal)]).toEqual([text, reference(text, decimal)]);
      }
  });

  it("still reads grouped and symbol-marked amounts through the general rule", () => {
    expect(readMicros("Cost", "1,234.50", ".")).toBe(1_234_500_000);
    expect(readMicros("Cost", "1.234,50 €", ",")).toBe(1_234_500_000);
    expect(readMicros("Cost", "R$ 12,5", ",")).toBe(12_500_000);
    expect([readMicros("Cost", "", "."), readMicros("Cost", "--", ",")]).toEqual([0, 0]);
  });
});

describe("LocaleEvidence", () => {
  const decimals = (values: string[]) => (e: LocaleEvidence) => {
    for (const v of values) e.decimal(v);
  };
  const resolve = (fill: (e: LocaleEvidence) => void) => {
    const e = new LocaleEvidence();
    fill(e);
    return e.resolve({}, ",");
  };

  it("counts a decimal mark only where it cannot be a thousands group", () => {
    expect(resolve(decimals(["12,50", "3,5", "1,234"])).decimal).toBe(",");
    expect(resolve(decimals(["12.50", "1,234"])).decimal).toBe(".");
    // "1,234" and "5.120" alone could be either: a grouped count decides against them.
    expect(resolve(decimals(["1,234", "5.120", "120"])).decimalFrom).toBe("default");
    expect(resolve((e) => e.integer("5.120")).decimal).toBe(",");
    expect(resolve((e) => e.integer("5,120")).decimal).toBe(".");
  });

  it("settles the date order from the whole file, however often a date repeats", () => {
    const r = resolve((e) => {
      for (let i = 0; i < 50; i++) e.date("01/12/2026");
      e.date("13/12/2026");
    });
    expect(r.dateOrder).toBe("dmy");
    expect(r.dateOrderFrom).toContain("13/12/2026");
    const dotted = resolve((e) => {
      for (let i = 0; i < 3; i++) e.date("01.12.2026");
    });
    expect([dotted.dateOrder, dotted.decimal]).toEqual(["dmy", ","]);
    const mixed = resolve((e) => {
      e.date("01.12.2026");
      e.date("01.12.2026");
      e.date("01/12/2026");
    });
    expect(mixed.dateOrder).toBe(null);
  });
});
