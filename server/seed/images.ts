import sharp from "sharp";

/**
 * Demo images made by code: studio product shots, scenes, talent portraits, logos and mood references.
 * Plain SVG rendered by sharp, so the seed needs no downloads and is the same on every machine.
 */

const svg = (w: number, h: number, body: string) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`,
  );

export interface ShoeSpec {
  upper: string;
  accent: string;
  sole: string;
  backdrop: [string, string];
  angle?: number;
}

/** A studio shot of a running shoe on a seamless backdrop with a soft floor shadow. */
export function productShoeSvg(spec: ShoeSpec, size = 1024): Buffer {
  const s = size / 1024;
  const angle = spec.angle ?? -6;
  return svg(
    size,
    size,
    `<defs>
      <radialGradient id="bg" cx="50%" cy="40%" r="75%"><stop offset="0" stop-color="${spec.backdrop[0]}"/><stop offset="1" stop-color="${spec.backdrop[1]}"/></radialGradient>
      <linearGradient id="up" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${spec.upper}" stop-opacity="0.85"/><stop offset="1" stop-color="${spec.upper}"/></linearGradient>
      <filter id="blur"><feGaussianBlur stdDeviation="${18 * s}"/></filter>
    </defs>
    <rect width="100%" height="100%" fill="url(#bg)"/>
    <ellipse cx="${512 * s}" cy="${735 * s}" rx="${340 * s}" ry="${38 * s}" fill="#000" opacity="0.28" filter="url(#blur)"/>
    <g transform="rotate(${angle} ${512 * s} ${560 * s}) scale(${s})">
      <path d="M170 640 Q160 700 230 712 L820 712 Q900 708 896 650 Q890 610 840 600 L240 600 Q180 600 170 640 Z" fill="${spec.sole}"/>
      <path d="M190 640 L880 640" stroke="#000" stroke-opacity="0.12" stroke-width="10"/>
      <path d="M210 600 Q200 470 300 430 Q380 400 430 330 Q460 290 520 300 Q600 320 640 410 Q700 500 820 530 Q880 545 880 600 Z" fill="url(#up)"/>
      <path d="M300 590 Q420 470 560 520 Q660 555 760 560" stroke="${spec.accent}" stroke-width="34" fill="none" stroke-linecap="round"/>
      <path d="M430 345 L560 440 M455 325 L590 420 M480 310 L615 400" stroke="#fff" stroke-width="12" stroke-linecap="round"/>
      <path d="M520 300 Q560 250 620 270 Q640 300 640 410" fill="${spec.upper}" opacity="0.7"/>
      <circle cx="300" cy="520" r="14" fill="${spec.accent}"/>
    </g>`,
  );
}

/** A bottle or cap: a simpler second product family so search and dedup have variety. */
export function productBottleSvg(color: string, label: string, backdrop: [string, string], size = 1024): Buffer {
  return svg(
    size,
    size,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${backdrop[0]}"/><stop offset="1" stop-color="${backdrop[1]}"/></linearGradient>
      <linearGradient id="glass" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${color}" stop-opacity="0.75"/><stop offset="0.45" stop-color="#fff" stop-opacity="0.55"/><stop offset="1" stop-color="${color}"/></linearGradient>
      <filter id="blur"><feGaussianBlur stdDeviation="16"/></filter></defs>
    <rect width="100%" height="100%" fill="url(#bg)"/>
    <ellipse cx="512" cy="870" rx="170" ry="28" fill="#000" opacity="0.3" filter="url(#blur)"/>
    <rect x="372" y="250" width="280" height="620" rx="90" fill="url(#glass)"/>
    <rect x="432" y="170" width="160" height="100" rx="24" fill="#222"/>
    <rect x="372" y="500" width="280" height="150" fill="#fff" opacity="0.92"/>
    <text x="512" y="595" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="54" fill="${color}">${label}</text>`,
  );
}

export interface SceneSpec {
  sky: [string, string, string];
  sun: string;
  layers: string[];
  ground: string;
  kind: "trail" | "city" | "track" | "beach";
}

/** A landscape background: graded sky, sun glow, layered hills or skyline, a path leading in. */
export function sceneSvg(spec: SceneSpec, width = 1536, height = 1024): Buffer {
  const hills = spec.layers
    .map((color, i) => {
      const base = 520 + i * 110;
      if (spec.kind === "city" && i === 0) {
        let x = 0;
        let d = `M0 ${height}`;
        while (x < width) {
          const w = 60 + ((x * 37) % 90);
          const h = 180 + ((x * 53) % 260);
          d += ` L${x} ${base - h} L${x + w} ${base - h}`;
          x += w + 8;
        }
        return `<path d="${d} L${width} ${height} Z" fill="${color}"/>`;
      }
      return `<path d="M0 ${base} Q${width * 0.25} ${base - 120 + i * 30} ${width * 0.5} ${base - 20} T${width} ${base - 60} L${width} ${height} L0 ${height} Z" fill="${color}"/>`;
    })
    .join("");
  const path =
    spec.kind === "track"
      ? `<path d="M${width * 0.1} ${height} L${width * 0.45} ${height * 0.72} L${width * 0.55} ${height * 0.72} L${width * 0.9} ${height} Z" fill="#b5452f"/><path d="M${width * 0.5} ${height * 0.72} L${width * 0.5} ${height}" stroke="#fff" stroke-width="6" stroke-dasharray="30 20"/>`
      : spec.kind === "beach"
        ? `<rect y="${height * 0.62}" width="${width}" height="${height * 0.08}" fill="#3b7fa6" opacity="0.8"/>`
        : `<path d="M${width * 0.35} ${height} Q${width * 0.5} ${height * 0.8} ${width * 0.52} ${height * 0.68} L${width * 0.56} ${height * 0.68} Q${width * 0.6} ${height * 0.85} ${width * 0.75} ${height} Z" fill="${spec.ground}" opacity="0.9"/>`;
  return svg(
    width,
    height,
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${spec.sky[0]}"/><stop offset="0.55" stop-color="${spec.sky[1]}"/><stop offset="1" stop-color="${spec.sky[2]}"/></linearGradient>
      <radialGradient id="sun"><stop offset="0" stop-color="${spec.sun}"/><stop offset="0.3" stop-color="${spec.sun}" stop-opacity="0.6"/><stop offset="1" stop-color="${spec.sun}" stop-opacity="0"/></radialGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${width * 0.68}" cy="${height * 0.42}" r="${height * 0.32}" fill="url(#sun)"/>
    <circle cx="${width * 0.68}" cy="${height * 0.42}" r="${height * 0.06}" fill="${spec.sun}"/>
    ${hills}
    <rect y="${height * 0.9}" width="${width}" height="${height * 0.1}" fill="${spec.ground}"/>
    ${path}`,
  );
}

export interface TalentSpec {
  skin: string;
  hair: string;
  shirt: string;
  backdrop: [string, string];
  pose: "run" | "stand";
}

/** A stylised athlete portrait on a studio backdrop. */
export function talentSvg(spec: TalentSpec, width = 1024, height = 1280): Buffer {
  const run = spec.pose === "run";
  return svg(
    width,
    height,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${spec.backdrop[0]}"/><stop offset="1" stop-color="${spec.backdrop[1]}"/></linearGradient>
      <filter id="blur"><feGaussianBlur stdDeviation="20"/></filter></defs>
    <rect width="100%" height="100%" fill="url(#bg)"/>
    <ellipse cx="512" cy="1190" rx="260" ry="30" fill="#000" opacity="0.25" filter="url(#blur)"/>
    <g stroke-linecap="round">
      <path d="${run ? "M470 760 L380 960 L300 1100" : "M460 760 L440 980 L440 1170"}" stroke="#1f2430" stroke-width="70" fill="none"/>
      <path d="${run ? "M560 760 L660 940 L760 900" : "M560 760 L580 980 L580 1170"}" stroke="#2a3040" stroke-width="70" fill="none"/>
      <path d="M400 430 Q512 380 624 430 L640 780 L384 780 Z" fill="${spec.shirt}"/>
      <path d="${run ? "M420 460 L330 600 L400 700" : "M410 460 L360 660 L370 800"}" stroke="${spec.skin}" stroke-width="54" fill="none"/>
      <path d="${run ? "M604 460 L700 560 L640 660" : "M614 460 L664 660 L654 800"}" stroke="${spec.skin}" stroke-width="54" fill="none"/>
    </g>
    <rect x="482" y="360" width="60" height="80" fill="${spec.skin}"/>
    <ellipse cx="512" cy="290" rx="100" ry="118" fill="${spec.skin}"/>
    <path d="M410 280 Q410 160 512 160 Q620 160 616 280 Q590 210 512 215 Q440 215 410 280 Z" fill="${spec.hair}"/>`,
  );
}

/** The brand mark: a stylised kestrel wing chevron and the wordmark. */
export function logoSvg(primary: string, secondary: string, onDark = false, width = 1400, height = 480): Buffer {
  const text = onDark ? "#ffffff" : "#15171c";
  return svg(
    width,
    height,
    `${onDark ? `<rect width="100%" height="100%" fill="#15171c"/>` : ""}
    <g transform="translate(90 80)"><path d="M0 240 L150 0 L210 110 L320 40 L230 240 L170 150 Z" fill="${primary}"/><path d="M170 150 L230 240 L120 240 Z" fill="${secondary}"/></g>
    <text x="470" y="300" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="150" letter-spacing="6" fill="${text}">KESTREL</text>
    <text x="476" y="370" font-family="DejaVu Sans, sans-serif" font-size="44" letter-spacing="20" fill="${primary}">RUN CO.</text>`,
  );
}

/** A mood reference: colour blocks and diagonal motion lines in a palette. */
export function moodSvg(colors: string[], width = 1200, height = 900): Buffer {
  const blocks = colors
    .map(
      (c, i) =>
        `<rect x="${(i * width) / colors.length}" y="0" width="${width / colors.length + 1}" height="${height}" fill="${c}"/>`,
    )
    .join("");
  const lines = Array.from(
    { length: 9 },
    (_, i) =>
      `<path d="M${-200 + i * 180} ${height} L${200 + i * 180} 0" stroke="#fff" stroke-opacity="0.18" stroke-width="${14 + (i % 3) * 10}"/>`,
  ).join("");
  return svg(
    width,
    height,
    `${blocks}${lines}<circle cx="${width * 0.7}" cy="${height * 0.35}" r="${height * 0.18}" fill="#fff" opacity="0.25"/>`,
  );
}

export async function toJpeg(svgBytes: Buffer, quality = 86): Promise<Buffer> {
  return sharp(svgBytes).flatten({ background: "#ffffff" }).jpeg({ quality, mozjpeg: false }).toBuffer();
}

export async function toPng(svgBytes: Buffer): Promise<Buffer> {
  return sharp(svgBytes).png({ compressionLevel: 6 }).toBuffer();
}
