import { describe, expect, it } from "vitest";
import { formatUsd } from "./money.ts";

describe("formatUsd", () => {
  it("formats micros as dollars with cents and thousands separators", () => {
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(12_500_000)).toBe("$12.50");
    expect(formatUsd(1_234_567_890)).toBe("$1,234.57");
    expect(formatUsd(-2_000_000)).toBe("-$2.00");
  });

  it("shows sub-cent amounts with four decimals instead of rounding them to zero", () => {
    expect(formatUsd(4_200)).toBe("$0.0042");
  });
});
