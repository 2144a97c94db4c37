/** Money is integer micros ($1 = 1_000_000); this is the one place it becomes a dollar string. */
export function formatUsd(micros: number): string {
  const sign = micros < 0 ? "-" : "";
  const abs = Math.abs(micros);
  // Sub-cent amounts (a single cheap text call) would all print as $0.00, which hides real differences.
  if (abs > 0 && abs < 10_000) return `${sign}$${(abs / 1_000_000).toFixed(4)}`;
  const dollars = (abs / 1_000_000).toFixed(2);
  const [whole, cents] = dollars.split(".");
  return `${sign}$${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}
