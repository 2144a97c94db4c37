// Builds pairs.json: real colourway NAMES of real products, with approximate swatch hex values, plus
// "same" pairs made by simulated capture variation. ΔE = CIEDE2000 on sRGB (D65).
import { writeFileSync } from "node:fs";

const hex2rgb = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const rgb2hex = (c) =>
  "#" +
  c
    .map((v) =>
      Math.max(0, Math.min(255, Math.round(v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
function lab(h) {
  const lin = hex2rgb(h).map((v) => {
    v /= 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const [r, g, b] = lin;
  const X = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
    Y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b,
    Z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}
function de2000(h1, h2) {
  const [L1, a1, b1] = lab(h1),
    [L2, a2, b2] = lab(h2),
    rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1),
    C2 = Math.hypot(a2, b2),
    Cb = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1,
    a2p = (1 + G) * a2,
    C1p = Math.hypot(a1p, b1),
    C2p = Math.hypot(a2p, b2);
  const hp = (a, b) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hp(a1p, b1),
    h2p = hp(a2p, b2);
  const dL = L2 - L1,
    dC = C2p - C1p;
  let dh = C1p * C2p === 0 ? 0 : h2p - h1p;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(C1p * C2p) * Math.sin((dh / 2) * rad);
  const Lb = (L1 + L2) / 2,
    Cbp = (C1p + C2p) / 2;
  let hb = h1p + h2p;
  if (C1p * C2p !== 0)
    hb = Math.abs(h1p - h2p) > 180 ? (h1p + h2p + (h1p + h2p < 360 ? 360 : -360)) / 2 : (h1p + h2p) / 2;
  const T =
    1 -
    0.17 * Math.cos((hb - 30) * rad) +
    0.24 * Math.cos(2 * hb * rad) +
    0.32 * Math.cos((3 * hb + 6) * rad) -
    0.2 * Math.cos((4 * hb - 63) * rad);
  const SL = 1 + (0.015 * (Lb - 50) ** 2) / Math.sqrt(20 + (Lb - 50) ** 2),
    SC = 1 + 0.045 * Cbp,
    SH = 1 + 0.015 * Cbp * T;
  const RT = -2 * Math.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((hb - 275) / 25) ** 2)) * rad);
  return Math.sqrt((dL / SL) ** 2 + (dC / SC) ** 2 + (dH / SH) ** 2 + RT * (dC / SC) * (dH / SH));
}
const r2 = (x) => Math.round(x * 100) / 100;

// [product, nameA, hexA, nameB, hexB, source (brand page listing the colourways), note]
const distinct = [
  [
    "Nike Air Force 1 '07 (men's)",
    "White/White",
    "#F2F2EF",
    "Black/Black",
    "#1C1C1D",
    "https://www.nike.com/w/air-force-1-shoes-5sj3yzy7ok",
  ],
  [
    "Converse Chuck Taylor All Star Hi",
    "Black",
    "#1B1B1C",
    "Navy",
    "#1F2638",
    "https://www.converse.com/shop/chuck-taylor-all-star",
    "close: navy vs black canvas",
  ],
  [
    "Vans Old Skool",
    "Black/White (upper)",
    "#151516",
    "Navy (upper)",
    "#1D2841",
    "https://www.vans.com/en-us/categories/old-skool-shoes",
    "close",
  ],
  [
    "Dr. Martens 1460 Smooth Leather Lace Up Boots",
    "Cherry Red Smooth",
    "#5B1B1E",
    "Oxblood Smooth",
    "#4A1B21",
    "https://www.drmartens.com/us/en/1460-smooth-leather-lace-up-boots",
    "close: two burgundies",
  ],
  [
    "Dr. Martens 1460 Smooth Leather Lace Up Boots",
    "Black Smooth",
    "#141414",
    "Cherry Red Smooth",
    "#5B1B1E",
    "https://www.drmartens.com/us/en/1460-smooth-leather-lace-up-boots",
  ],
  [
    "Fjällräven Kånken",
    "Navy",
    "#1F2A44",
    "Royal Blue",
    "#2D4F9E",
    "https://www.fjallraven.com/us/en-us/bags-gear/kanken/kanken-bags/kanken",
  ],
  [
    "Fjällräven Kånken",
    "Navy",
    "#1F2A44",
    "Frost Green",
    "#A7C8B7",
    "https://www.fjallraven.com/us/en-us/bags-gear/kanken/kanken-bags/kanken",
  ],
  [
    "Herschel Little America Backpack",
    "Black",
    "#161616",
    "Navy",
    "#1F2B45",
    "https://herschel.com/shop/backpacks/little-america-backpack",
    "close",
  ],
  [
    "Hydro Flask 32 oz Wide Mouth",
    "Indigo",
    "#3B4A7A",
    "Pacific",
    "#3A8FB7",
    "https://www.hydroflask.com/32-oz-wide-mouth",
  ],
  [
    "Stanley Quencher H2.0 FlowState Tumbler 40 oz",
    "Rose Quartz",
    "#E6B3AE",
    "Cream",
    "#ECE3D2",
    "https://www.stanley1913.com/products/adventure-quencher-travel-tumbler-40-oz",
  ],
  [
    "YETI Rambler 20 oz Tumbler",
    "Black",
    "#1B1B1C",
    "Charcoal",
    "#3A3B3D",
    "https://www.yeti.com/drinkware/tumblers/rambler-20-oz-tumbler.html",
    "close: two near-blacks",
  ],
  [
    "YETI Rambler 20 oz Tumbler",
    "Navy",
    "#1F2B3E",
    "Seafoam",
    "#7FC3B5",
    "https://www.yeti.com/drinkware/tumblers/rambler-20-oz-tumbler.html",
  ],
  ["Apple iPhone 15", "Blue", "#D3E0E8", "Green", "#E2EADC", "https://www.apple.com/iphone-15/", "close: two pastels"],
  [
    "Apple iPhone 15 Pro",
    "Natural Titanium",
    "#BAB4A8",
    "Black Titanium",
    "#3C3C3E",
    "https://www.apple.com/iphone-15-pro/",
  ],
  [
    "Apple MacBook Air 13-inch (M2)",
    "Midnight",
    "#2E3641",
    "Space Gray",
    "#7D7E81",
    "https://www.apple.com/macbook-air/",
  ],
  ["Apple AirPods Max", "Midnight", "#2F3237", "Blue", "#6E8CB0", "https://www.apple.com/airpods-max/"],
  [
    "Le Creuset Signature Round Dutch Oven",
    "Flame",
    "#E8601C",
    "Cerise",
    "#A4161A",
    "https://www.lecreuset.com/round-dutch-oven/21177.html",
  ],
  [
    "Le Creuset Signature Round Dutch Oven",
    "Marseille",
    "#1C4C9C",
    "Indigo",
    "#2B3651",
    "https://www.lecreuset.com/round-dutch-oven/21177.html",
  ],
  [
    "KitchenAid Artisan Series 5 Quart Tilt-Head Stand Mixer",
    "Empire Red",
    "#B0161E",
    "Candy Apple Red",
    "#8D1B23",
    "https://www.kitchenaid.com/countertop-appliances/stand-mixers/tilt-head-stand-mixers.html",
    "close: two reds",
  ],
  [
    "KitchenAid Artisan Series 5 Quart Tilt-Head Stand Mixer",
    "Onyx Black",
    "#1E1E1F",
    "Contour Silver",
    "#B8BABB",
    "https://www.kitchenaid.com/countertop-appliances/stand-mixers/tilt-head-stand-mixers.html",
  ],
  [
    "Smeg 50's Style Electric Kettle KLF03",
    "Pastel Blue",
    "#A9C8D8",
    "Pastel Green",
    "#B7D7BE",
    "https://www.smeg.com/us/products/klf03pbus",
  ],
  [
    "Patagonia Better Sweater Fleece Jacket",
    "New Navy",
    "#24324A",
    "Stonewash",
    "#5A6B7B",
    "https://www.patagonia.com/product/mens-better-sweater-fleece-jacket/25528.html",
  ],
  [
    "Levi's 501 Original Fit Jeans",
    "Rinse (dark indigo)",
    "#1F2536",
    "Medium Stonewash",
    "#5D7394",
    "https://www.levi.com/US/en_US/clothing/men/jeans/501-original-fit-mens-jeans/p/005010000",
  ],
  ["Crocs Classic Clog", "Navy", "#1F2A4A", "Bone", "#E6DDCA", "https://www.crocs.com/p/classic-clog/10001.html"],
  [
    "Peet's Coffee whole bean 10.5 oz bag (bean colour)",
    "Major Dickason's Blend (dark roast)",
    "#3B2416",
    "Big Bang (medium roast)",
    "#5C3A21",
    "https://www.peets.com/collections/coffee",
    "close: dark vs medium roast; hex is bean colour",
  ],
  [
    "Starbucks whole bean coffee (bean colour)",
    "Espresso Roast (dark)",
    "#2E1C12",
    "Italian Roast (dark)",
    "#3B2416",
    "https://www.starbucks.com/menu/at-home-coffee",
    "very close: two dark roasts",
  ],
];
// "same": one colourway, captured twice. Each variation is a named, realistic transform.
const variations = {
  wb_warm: (c) => [c[0] * 1.012, c[1], c[2] * 0.985], // white balance ~ +200K warmer
  wb_cool: (c) => [c[0] * 0.988, c[1], c[2] * 1.015],
  jpeg_q75: (c) => [c[0] + 2, c[1] - 1, c[2] + 1], // chroma-subsampled re-encode drift
  exposure_plus: (c) => c.map((v) => v * 1.02 + 1), // +1/20 EV re-photograph
  exposure_minus: (c) => c.map((v) => v * 0.98),
};
const sameSrc = [
  [0, "A", "wb_warm"],
  [1, "B", "jpeg_q75"],
  [3, "A", "wb_cool"],
  [5, "A", "exposure_plus"],
  [6, "B", "wb_warm"],
  [9, "A", "jpeg_q75"],
  [12, "B", "exposure_minus"],
  [13, "A", "wb_cool"],
  [16, "A", "jpeg_q75"],
  [18, "B", "wb_warm"],
  [20, "A", "exposure_plus"],
  [24, "A", "jpeg_q75"],
  [24, "B", "wb_cool"],
  [14, "A", "exposure_minus"],
];
const pairs = [];
for (const [product, na, ha, nb, hb, source, note] of distinct)
  pairs.push({
    product,
    colourA: { name: na, hex: ha },
    colourB: { name: nb, hex: hb },
    source,
    label: "distinct",
    deltaE2000: r2(de2000(ha, hb)),
    ...(note ? { note } : {}),
  });
for (const [i, side, v] of sameSrc) {
  const [product, na, ha, nb, hb, source] = distinct[i];
  const [name, hex] = side === "A" ? [na, ha] : [nb, hb];
  const hex2 = rgb2hex(variations[v](hex2rgb(hex)));
  const de = de2000(hex, hex2);
  if (de >= 3) throw new Error(`${product} ${name} ${v}: ΔE ${de}`);
  pairs.push({
    product,
    colourA: { name, hex },
    colourB: { name: `${name} (${v.replace("_", " ")})`, hex: hex2 },
    source,
    label: "same",
    variation: v,
    deltaE2000: r2(de),
  });
}
writeFileSync("pairs.json", JSON.stringify(pairs, null, 2) + "\n");
const d = pairs.filter((p) => p.label === "distinct"),
  s = pairs.filter((p) => p.label === "same");
console.log(
  "distinct",
  d.length,
  "min ΔE",
  Math.min(...d.map((p) => p.deltaE2000)),
  "| same",
  s.length,
  "max ΔE",
  Math.max(...s.map((p) => p.deltaE2000)),
);
for (const p of pairs)
  console.log(
    p.label.padEnd(8),
    String(p.deltaE2000).padStart(6),
    p.product,
    "|",
    p.colourA.name,
    p.colourA.hex,
    "vs",
    p.colourB.name,
    p.colourB.hex,
  );
