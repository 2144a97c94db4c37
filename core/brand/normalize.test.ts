import { describe, expect, it } from "vitest";
import {
  normalizeFolded,
  normalizeForPhrases,
  normalizePlain,
  originalRange,
  phrasePattern,
  plausibleWordMatch,
} from "./normalize.ts";

/** The original text a phrase is found as, or undefined; the same path check_brand_rules takes. */
function found(phrase: string, text: string): string | undefined {
  const norm = normalizeForPhrases(text);
  for (const m of norm.text.matchAll(new RegExp(phrasePattern(phrase), "gu"))) {
    if (!/\p{N}/u.test(phrase) && !plausibleWordMatch(m[0])) continue;
    const r = originalRange(norm, m.index, m.index + m[0].length);
    return text.slice(r.start, r.end);
  }
  return undefined;
}

describe("leet forms, every ambiguous mapping", () => {
  it.each([
    ["miracle", "mirac1e", "1 as l"],
    ["miracle", "m1racle", "1 as i"],
    ["miracle", "m1rac1e", "1 as i and as l in one word"],
    ["miracle", "m|racle", "| as i"],
    ["hell", "he||", "| as l"],
    ["cool", "c00l", "0 as o"],
    ["free", "fr3e", "3 as e"],
    ["cheap", "che4p", "4 as a"],
    ["risk", "ri5k", "5 as s"],
    ["guaranteed", "guaran7eed", "7 as t"],
    ["cheap", "che@p", "@ as a"],
    ["risk", "ri$k", "$ as s"],
    ["miracle", "m!racle", "! as i"],
    ["free", "FR33", "upper case with two leet letters"],
  ])("finds %j written %j (%s)", (phrase, text) => {
    expect(found(phrase, `Try our ${text} today`)).toBe(text);
  });

  it("leaves numbers, measurements and codes alone", () => {
    expect(found("ass", "Only 455 left")).toBeUndefined();
    expect(found("sk", "Run a 5k")).toBeUndefined();
    expect(found("best", "Model 8357")).toBeUndefined();
    expect(found("#1", "The #1 pillow")).toBe("#1");
    expect(found("#1", "Bus #10")).toBeUndefined();
  });

  it("folds one leet reading for user regexes, 1 as i by default or as l", () => {
    expect(normalizeFolded("b3st m0ney").text).toBe("best money");
    expect(normalizeFolded("mirac1e").text).toBe("miracie");
    expect(normalizeFolded("mirac1e", { one: "l" }).text).toBe("miracle");
    expect(normalizeFolded("Run a 5k or 10k in 2027").text).toBe("run a 5k or 10k in 2027");
    expect(normalizeFolded("free!").text).toBe("free!");
  });
});

describe("Google Ads editorial examples (Punctuation and symbols; Capitalization)", () => {
  it.each(["f1owers", "fl@wers", "F.L.O.W.E.R.S", "FlOwErS", "FL0WERS", "f l o w e r s"])(
    "a rule for 'flowers' finds %j",
    (text) => {
      expect(found("flowers", `Fresh ${text} daily`)).toBe(text);
    },
  );
});

describe("separators between words and letters", () => {
  it.each([
    ["risk free", "space"],
    ["risk-free", "hyphen"],
    ["riskfree", "none"],
    ["risk–free", "en dash"],
    ["risk - free", "spaced dash"],
    ["risk.free", "dot"],
    ["risk, free", "comma"],
    ["r.i.s.k f.r.e.e", "dotted letters"],
    ["r.i.s.k.f.r.e.e", "dotted letters, dotted join"],
    ["r-i-s-k-f-r-e-e", "hyphenated letters"],
    ["r i s k f r e e", "spaced letters"],
    ["RISK FREE", "capitals"],
  ])("a rule for 'risk-free' finds %j (%s), and so does a rule for 'risk free'", (text) => {
    expect(found("risk-free", `Try it ${text} today`)).toBe(text);
    expect(found("risk free", `Try it ${text} today`)).toBe(text);
  });

  it("does not join words across a sentence break or inside other words", () => {
    expect(found("risk-free", "Life's a risk. Free your evenings")).toBeUndefined();
    expect(found("risk", "Look for the asterisk")).toBeUndefined();
    expect(found("risk", "Brisk mornings")).toBeUndefined();
    expect(found("free", "Freedom to lounge")).toBeUndefined();
    expect(found("cure", "Secure checkout, manicure sets, curated picks")).toBeUndefined();
    expect(found("hell", "Hello, shell")).toBeUndefined();
  });

  it("matches an apostrophe in any typography, or none", () => {
    for (const text of ["world's best", "world’s best", "worlds best"]) expect(found("world's best", text)).toBe(text);
  });

  it("matches stretched letters", () => {
    expect(found("miracle", "A miraaaaacle")).toBe("miraaaaacle");
    expect(found("free", "freeeeee")).toBe("freeeeee");
    expect(found("free", "fre")).toBeUndefined();
  });
});

describe("homoglyphs, NFKC and invisible characters", () => {
  it.each([
    ["Cyrillic а с е", "mirасlе"],
    ["Cyrillic capitals", "МIRАСLЕ"],
    ["Greek capital Mu, Iota, Alpha", "ΜΙRΑCLE"],
    ["Greek omicron", "cοοl"],
    ["dotless i", "mıracle"],
  ])("folds %s", (_, text) => {
    const phrase = text.toLowerCase().includes("οο") ? "cool" : "miracle";
    expect(found(phrase, text)).toBe(text);
  });

  it.each([
    ["full-width", "ｍｉｒａｃｌｅ"],
    ["mathematical bold", "𝐦𝐢𝐫𝐚𝐜𝐥𝐞"],
    ["circled", "ⓜⓘⓡⓐⓒⓛⓔ"],
    ["diacritics", "mîrâçlé"],
  ])("applies NFKC and strips marks: %s", (_, text) => {
    expect(found("miracle", text)).toBe(text);
  });

  it("reads ligatures and full-width symbols as their letters", () => {
    expect(normalizePlain("ﬁnance ４０％").text).toBe("finance 40%");
    expect(found("#1", "The ＃1 mattress")).toBe("＃1");
  });

  it.each([
    ["zero-width space", "\u200B"],
    ["zero-width non-joiner", "\u200C"],
    ["zero-width joiner", "\u200D"],
    ["word joiner", "\u2060"],
    ["byte-order mark", "\uFEFF"],
    ["soft hyphen", "\u00AD"],
  ])("drops a %s inside a word", (_, invisible) => {
    const text = `mira${invisible}cle`;
    expect(found("miracle", text)).toBe(text);
    expect(normalizePlain(text).text).toBe("miracle");
  });

  it("maps every normalised character back to the original range", () => {
    const text = "Get ｆｒ\u200Bее shipping";
    const norm = normalizePlain(text);
    expect(norm.text).toBe("get free shipping");
    const at = norm.text.indexOf("free");
    expect(originalRange(norm, at, at + 4)).toEqual({ start: 4, end: 9 });
  });

  it("leaves ordinary words in other scripts and accents alone", () => {
    expect(found("no risk", "Доставка по всей Европе")).toBeUndefined();
    expect(normalizePlain("Café").text).toBe("cafe");
  });
});
