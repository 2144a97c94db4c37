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
  ["orange", "#ff6a1f"],
  ["peach", "#ffb38a"],
  ["gold", "#e0a526"],
  ["yellow", "#ffd60a"],
  ["lime", "#c6f03a"],
  ["green", "#2f9e44"],
  ["forest green", "#1e4a32"],
  ["teal", "#2e7d6b"],
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
