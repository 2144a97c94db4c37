/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with =, +, -, @, a tab or a carriage
 * return is run as a formula by Excel, LibreOffice and Google Sheets (=HYPERLINK(...), +cmd|...). Such a cell is
 * written with a leading single quote, which spreadsheets show as text; Winnow's own manifest reader takes it off
 * again, so an export re-imports unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(value: string | number): string | number {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value a spreadsheetSafe cell stood for. */
export function fromSpreadsheetSafe(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
