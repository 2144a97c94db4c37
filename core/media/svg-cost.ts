/**
 * What an SVG costs to render is not its pixel count: librsvg's filters run per pixel of the filter region, and a
 * blur, morphology or convolution multiplies that by its radius or kernel. A 197-byte SVG (7000² px, viewBox 0 0 1 1,
 * feGaussianBlur stdDeviation 1000, i.e. 7,000,000 px once scaled) held two libvips threads for minutes. The
 * document is scanned (cheaply, no XML parser) before it is rendered, and one over these limits is refused, naming
 * the limit.
 */
export const SVG_FILTER_LIMITS = {
  /** Filter primitives in the whole document. */
  primitives: 16,
  /** Rendered pixels of a document that uses any filter. */
  filteredPixels: 4_000_000,
  /** feGaussianBlur / feDropShadow stdDeviation, in rendered pixels. */
  blurPx: 100,
  /** feMorphology radius, in rendered pixels (it costs radius² per pixel). */
  morphologyPx: 8,
  /** feConvolveMatrix order (order² multiplications per pixel). */
  convolveOrder: 5,
  /** feTurbulence numOctaves. */
  turbulenceOctaves: 4,
} as const;

const numbers = (value: string | undefined) =>
  (value ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isFinite(n));

const attribute = (attrs: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(attrs)?.[1];

/** Why this SVG is refused, or undefined. `width`/`height` are the rendered size (sharp's metadata). */
export function svgFilterProblem(svg: string, width: number, height: number): string | undefined {
  const limits = SVG_FILTER_LIMITS;
  const root = /<svg\b([^>]*)>/i.exec(svg)?.[1] ?? "";
  const viewBox = numbers(attribute(root, "viewBox"));
  // User units to rendered pixels: what a stdDeviation of 1 becomes on the canvas.
  const scale =
    viewBox.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0
      ? Math.max(width / viewBox[2]!, height / viewBox[3]!)
      : 1;
  const primitives = [...svg.matchAll(/<fe([A-Za-z]+)\b([^>]*)>/g)];
  const cssBlur = /filter\s*:[^;"']*blur\(/i.test(svg);
  if (!primitives.length && !cssBlur) return undefined;
  if (primitives.length > limits.primitives)
    return `the SVG has ${primitives.length} filter primitives, over the limit of ${limits.primitives}`;
  if (width * height > limits.filteredPixels)
    return `the SVG uses filters at ${width}×${height} (${((width * height) / 1e6).toFixed(1)} MP), over the ${limits.filteredPixels / 1e6} MP limit for SVGs with filters; give it a smaller width and height`;
  for (const [, kind, attrs] of primitives) {
    const name = `fe${kind}`;
    if (kind === "GaussianBlur" || kind === "DropShadow") {
      const px = Math.max(0, ...numbers(attribute(attrs!, "stdDeviation"))) * scale;
      if (px > limits.blurPx)
        return `the SVG's ${name} stdDeviation is ${Math.round(px).toLocaleString("en-US")} px at its rendered size, over the ${limits.blurPx} px limit for SVG filters`;
    } else if (kind === "Morphology") {
      const px = Math.max(0, ...numbers(attribute(attrs!, "radius"))) * scale;
      if (px > limits.morphologyPx)
        return `the SVG's ${name} radius is ${Math.round(px).toLocaleString("en-US")} px at its rendered size, over the ${limits.morphologyPx} px limit for SVG filters`;
    } else if (kind === "ConvolveMatrix") {
      const order = Math.max(3, ...numbers(attribute(attrs!, "order")));
      if (order > limits.convolveOrder)
        return `the SVG's ${name} order is ${order}, over the limit of ${limits.convolveOrder}`;
    } else if (kind === "Turbulence") {
      const octaves = Math.max(1, ...numbers(attribute(attrs!, "numOctaves")));
      if (octaves > limits.turbulenceOctaves)
        return `the SVG's ${name} numOctaves is ${octaves}, over the limit of ${limits.turbulenceOctaves}`;
    }
  }
  return undefined;
}
