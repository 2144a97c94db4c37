import { describe, expect, it } from "vitest";
import { copyFromText } from "./copy-text.ts";

describe("copy pasted as plain text", () => {
  it("is the body when nothing is labelled", () => {
    expect(copyFromText("40% off today. Ends Sunday.")).toEqual({ body: "40% off today. Ends Sunday." });
    expect(copyFromText("Note: 40% off today")).toEqual({ body: "Note: 40% off today" });
  });

  it("fills the labelled fields, continuing a field over following lines", () => {
    expect(
      copyFromText(
        "Headline: 40% off lamps\nPrimary text: Warm light for long evenings.\nEnds Sunday.\nCTA: Shop now\nSmall print: Terms apply.",
      ),
    ).toEqual({
      headline: "40% off lamps",
      body: "Warm light for long evenings. Ends Sunday.",
      cta: "Shop now",
      disclaimer: "Terms apply.",
    });
  });
});
