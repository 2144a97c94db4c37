/**
 * The most expensive SVG the filter caps (core/media/svg-cost.ts) allow, near enough: 2000² px (4 MP), sixteen
 * chained 100 px blurs over 200 circles. ~20 s to render on a busy 2-core machine.
 */
export function costlySvg(): Buffer {
  const blurs = Array.from(
    { length: 16 },
    (_, i) => `<feGaussianBlur in="${i ? `b${i - 1}` : "SourceGraphic"}" stdDeviation="100" result="b${i}"/>`,
  ).join("");
  const circles = Array.from(
    { length: 200 },
    (_, i) =>
      `<circle cx="${(i * 97) % 2000}" cy="${(i * 53) % 2000}" r="${40 + (i % 60)}" fill="#${(((i + 1) * 2654435761) >>> 8).toString(16).padStart(6, "0").slice(0, 6)}"/>`,
  ).join("");
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="2000" viewBox="0 0 2000 2000"><filter id="f" x="-50%" y="-50%" width="200%" height="200%">${blurs}</filter><g filter="url(#f)">${circles}</g></svg>`,
  );
}
