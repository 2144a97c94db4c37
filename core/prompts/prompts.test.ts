import { describe, expect, it } from "vitest";
import { WinnowError } from "../errors.ts";
import { diffPromptTexts } from "./diff.ts";
import { detectVariables, renderPrompt } from "./render.ts";
import { loadShippedPrompts, parsePromptFile } from "./shipped.ts";

describe("detectVariables", () => {
  it("finds each {{variable}} once, in order of first appearance, tolerating inner spaces", () => {
    expect(detectVariables("Hi {{ name }}, {{offer}} for {{name}} in {{geo.country}}")).toEqual([
      "name",
      "offer",
      "geo.country",
    ]);
  });

  it("ignores text that only looks like a placeholder", () => {
    expect(detectVariables("{{}} {{ 1abc }} {single} {{ok_1}}")).toEqual(["ok_1"]);
  });
});

describe("renderPrompt", () => {
  it("substitutes strings, numbers, booleans and lists", () => {
    const text = "{{brand}} says {{ tone }} x{{n}} {{flag}}: {{banned}}";
    expect(
      renderPrompt(text, { brand: "Kestrel", tone: "bold", n: 3, flag: false, banned: ["cheap", "miracle"] }),
    ).toBe("Kestrel says bold x3 false: cheap, miracle");
  });

  it("keeps an empty string as a real value", () => {
    expect(renderPrompt("[{{note}}]", { note: "" })).toBe("[]");
  });

  it("refuses a missing variable and names it and what was given", () => {
    let error: unknown;
    try {
      renderPrompt("Write for {{audience}} about {{offer}}", { offer: "20% off" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WinnowError);
    expect((error as WinnowError).code).toBe("invalid_input");
    expect((error as WinnowError).message).toMatch(/vars\.audience: .*\{\{audience\}\}.*given: offer/);
  });

  it("treats null as missing", () => {
    expect(() => renderPrompt("{{a}}", { a: null })).toThrow(/\{\{a\}\}/);
  });
});

describe("diffPromptTexts", () => {
  it("counts changed lines and produces a unified diff naming both versions", () => {
    const d = diffPromptTexts("copywriter v1", "one\ntwo\nthree", "copywriter v2", "one\n2\nthree\nfour");
    expect(d).toMatchObject({ addedLines: 2, removedLines: 1 });
    expect(d.unified.split("\n")).toEqual([
      "--- copywriter v1",
      "+++ copywriter v2",
      "@@ -1,3 +1,4 @@",
      " one",
      "-two",
      "+2",
      " three",
      "+four",
    ]);
  });

  it("is empty for identical texts", () => {
    expect(diffPromptTexts("a v1", "same\n", "a v2", "same")).toMatchObject({
      addedLines: 0,
      removedLines: 0,
      unified: "",
    });
  });
});

describe("shipped prompt files", () => {
  it("parses front matter and keeps the trimmed body as the prompt text", () => {
    const p = parsePromptFile("demo", "---\ndescription: A demo\nvariables: [who]\n---\n\nHello {{who}}\n\n");
    expect(p).toEqual({ name: "demo", description: "A demo", variables: ["who"], text: "Hello {{who}}" });
  });

  it("refuses a file without front matter, naming the file", () => {
    expect(() => parsePromptFile("bare", "Hello")).toThrow(/prompts\/bare\.md: missing front matter/);
  });

  it("ships copywriter, tagger and agent-system, each declaring exactly the variables its text uses", () => {
    const shipped = loadShippedPrompts();
    expect(shipped.map((p) => p.name)).toEqual(expect.arrayContaining(["copywriter", "tagger", "agent-system"]));
    for (const p of shipped) {
      expect(new Set(p.variables)).toEqual(new Set(detectVariables(p.text)));
      expect(p.text.length).toBeGreaterThan(300);
    }
    const copywriter = shipped.find((p) => p.name === "copywriter")!;
    expect(copywriter.variables).toEqual(
      expect.arrayContaining(["brand_voice", "offer", "tone", "hook", "call_to_action"]),
    );
  });
});
