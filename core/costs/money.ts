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

/**
 * Ad money in its own currency: "€1,234.56", "R$412.75", "$12.00". Winnow never adds currencies together, so every
 * figure carries the currency it was reported in; null (a source that did not say) reads as the workspace's dollars.
 */
export function formatMoney(micros: number, currency: string | null | undefined): string {
  if (!currency || currency === "USD") return formatUsd(micros);
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, currencyDisplay: "narrowSymbol" }).format(
      micros / 1_000_000,
    );
  } catch {
    return `${(micros / 1_000_000).toFixed(2)} ${currency}`;
  }
}
