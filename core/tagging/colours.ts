/** Named colours a marketer would say, matched in CIELAB so "nearest" means nearest to the eye. */
const NAMED: [string, string][] = [
  ["black", "#111111"],
  ["charcoal", "#3a3a3a"],
  ["grey", "#8a8a8a"],
  ["silver", "#c8c8c8"],
  ["white", "#f7f7f7"],
  ["cream", "#f4efe0"],
  ["beige", "#d9c8a9"],
  ["brown", "#6b4f3a"],
  ["tan", "#c9a66b"],
  ["red", "#d62828"],
  ["burgundy", "#7a1f2b"],
  ["terracotta", "#b5452f"],
  ["coral", "#ff7f50"],
  ["orange", "#ff6a1f"],
  ["peach", "#ffb38a"],
  ["gold", "#e0a526"],
  ["yellow", "#ffd60a"],
  ["lime", "#c6f03a"],
  ["green", "#2f9e44"],
  ["olive", "#6b7b2c"],
  ["forest green", "#1e4a32"],
  ["teal", "#2e7d6b"],
  ["turquoise", "#30c5c0"],
  ["mint", "#a8e6cf"],
  ["sky blue", "#8ecae6"],
  ["blue", "#1f6feb"],
  ["navy", "#1d2b53"],
  ["purple", "#6a4c93"],
  ["lavender", "#c3b1e1"],
  ["pink", "#ff8fab"],
  ["magenta", "#d63384"],
];

export type Lab = [number, number, number];

export function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

export function rgbToLab([r, g, b]: [number, number, number]): Lab {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const x = (R * 0.4124 + G * 0.3576 + B * 0.1805) / 0.95047;
  const y = R * 0.2126 + G * 0.7152 + B * 0.0722;
  const z = (R * 0.0193 + G * 0.1192 + B * 0.9505) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE: plenty for naming colours and judging "close to the brand palette". */
export const deltaE = (a: Lab, b: Lab) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const NAMED_LAB = NAMED.map(([name, hex]) => ({ name, lab: rgbToLab(hexToRgb(hex)) }));

export function nearestColourName(rgb: [number, number, number]): { name: string; distance: number } {
  const lab = rgbToLab(rgb);
  let best = { name: NAMED_LAB[0]!.name, distance: Number.POSITIVE_INFINITY };
  for (const c of NAMED_LAB) {
    const d = deltaE(lab, c.lab);
    if (d < best.distance) best = { name: c.name, distance: d };
  }
  return best;
}

/**
 * Colour words people type, mapped to the named colours above. Fashion and footwear colourway words that are
 * unambiguous colours count too (navy blue, moss, maroon); a product's own colourway name ("Midnight") is matched as a
 * word in its name, not here.
 */
const ALIASES: Record<string, string> = {
  gray: "grey",
  "dark grey": "charcoal",
  "dark gray": "charcoal",
  "light grey": "silver",
  "light gray": "silver",
  "off white": "cream",
  ivory: "cream",
  sand: "beige",
  khaki: "beige",
  camel: "tan",
  chocolate: "brown",
  crimson: "red",
  scarlet: "red",
  maroon: "burgundy",
  wine: "burgundy",
  oxblood: "burgundy",
  rust: "terracotta",
  salmon: "coral",
  mustard: "gold",
  amber: "gold",
  "neon yellow": "lime",
  "neon green": "lime",
  chartreuse: "lime",
  volt: "lime",
  moss: "olive",
  "moss green": "olive",
  "olive green": "olive",
  "army green": "olive",
  "dark green": "forest green",
  "bottle green": "forest green",
  emerald: "green",
  petrol: "teal",
  aqua: "turquoise",
  cyan: "turquoise",
  "light blue": "sky blue",
  "baby blue": "sky blue",
  "royal blue": "blue",
  cobalt: "blue",
  "navy blue": "navy",
  "dark blue": "navy",
  violet: "purple",
  lilac: "lavender",
  rose: "pink",
  fuchsia: "magenta",
};

const NAMES = new Set(NAMED.map(([name]) => name));

/** The named colour a word or two-word phrase means ("navy blue" → navy, "moss" → olive), or undefined. */
export function colourNamed(phrase: string): string | undefined {
  const p = phrase.toLowerCase().replace(/[-_]/g, " ").replace(/\s+/g, " ").trim();
  if (NAMES.has(p)) return p;
  return ALIASES[p];
}

const LAB_BY_NAME = new Map(NAMED_LAB.map((c) => [c.name, c.lab]));

/** The basic colour terms each shade belongs to (Berlin & Kay's basic terms, as shoppers use them). */
const PARENTS: Record<string, string[]> = {
  charcoal: ["grey", "black"],
  silver: ["grey", "white"],
  cream: ["white"],
  beige: ["brown", "white"],
  tan: ["brown"],
  burgundy: ["red", "purple"],
  terracotta: ["orange", "red", "brown"],
  coral: ["orange", "pink"],
  peach: ["orange", "pink"],
  gold: ["yellow", "orange"],
  lime: ["green", "yellow"],
  olive: ["green", "brown"],
  "forest green": ["green"],
  teal: ["green", "blue"],
  turquoise: ["blue", "green"],
  mint: ["green"],
  "sky blue": ["blue"],
  navy: ["blue"],
  lavender: ["purple"],
  magenta: ["pink", "purple"],
};

/**
 * How well an asset's colour (by name) answers a colour asked for (by name), 0..1: the same name 1; a shade of the
 * basic colour asked for ("green" → teal) 0.7; the basic colour of the shade asked for ("navy" → blue) 0.5; sibling
 * shades ("navy" → sky blue) 0.25; otherwise by ΔE between the reference colours, at most 0.3.
 */
export function colourMatch(asked: string, has: string): number {
  if (asked === has) return 1;
  const askedParents = PARENTS[asked] ?? [];
  const hasParents = PARENTS[has] ?? [];
  if (hasParents.includes(asked)) return 0.7;
  if (askedParents.includes(has)) return 0.5;
  if (askedParents.some((p) => hasParents.includes(p))) return 0.25;
  const a = LAB_BY_NAME.get(asked);
  const b = LAB_BY_NAME.get(has);
  if (!a || !b) return 0;
  return Math.min(0.3, Math.exp(-((deltaE(a, b) / 28) ** 2)));
}
