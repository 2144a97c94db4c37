import type { Database } from "../../db/client.ts";
import { experimentCurrencies, type LinkedAd, linkedAdsOf } from "../../db/repositories/metrics.ts";
import type { Clock } from "../clock.ts";
import { invalidInput, WinnowError } from "../errors.ts";
import { MAX_TITLE_LINES } from "./export-formats.ts";
import {
  detectLayout,
  type ExportFormat,
  type ExportLayout,
  interpretRow,
  label,
  mixedCurrencies,
  observe,
} from "./exports.ts";
import type { IngestionReport, IngestionService } from "./ingest.ts";
import { LocaleEvidence, type LocaleOptions, type ReadingLocale } from "./locale.ts";
import { NEW_AD, REPEATED_DAY, RowStore } from "./row-store.ts";
import type { RecordSource } from "./sources.ts";
import type { Connector, MetricPage, MetricRecord, Rejection } from "./types.ts";

export interface MetricsFileOptions extends LocaleOptions {
  format?: ExportFormat | "auto" | undefined;
  /** Store rows under this platform instead of the export's own (meta, google_ads, tiktok, linkedin; csv for Winnow's header). */
  adPlatform?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  /** Store the readable rows of a partly unreadable file (default: a file goes in whole or not at all). */
  partial?: boolean | undefined;
  /** Convert the file's money into this currency at `exchangeRate` (1 unit of the file's currency = rate units). */
  convertTo?: string | undefined;
  exchangeRate?: number | undefined;
  actor: string;
}

export interface UnknownAd {
  platform: string;
  platformAdId: string;
  rows: number;
  firstDate: string;
  lastDate: string;
}

export interface MetricsFileReport extends Omit<IngestionReport, "resumedFrom" | "error"> {
  format: ExportFormat;
  source: "csv" | "xlsx";
  /** Currency the money was stored in (after any conversion); null when the file does not say. */
  currency: string | null;
  fileCurrency: string | null;
  conversion: { from: string; to: string; rate: number } | null;
  columns: Record<string, string>;
  /** How the file was read, and what decided it. */
  reading: { delimiter: string | null; decimalSeparator: string; dateOrder: string | null; inferred: string[] };
  rowsRead: number;
  skippedTotals: number;
  skippedOutsideWindow: number;
  /** Results not counted as conversions, by what the result indicator said they counted. */
  ignoredResults: { indicator: string; rows: number }[];
  notes: string[];
  unknownAdIds: UnknownAd[];
  unknownAds: number;
  linkedAds: number;
}

/**
 * Rows per page written (one transaction each, with the run's checkpoint; ~10 ms of work in key order): short enough
 * that /healthz and other requests keep answering on a busy machine (4,000-row pages held the loop 200+ ms at load 8).
 */
const PAGE_ROWS = 2_000;
/** Ad ids looked up per statement: no statement grows with the file. */
const LOOKUP_BATCH = 500;
const MAX_KEPT_PROBLEMS = 1_000;
const MAX_UNKNOWN_LISTED = 200;
/** Data rows read before a first guess at the locale; a guess the rest of the file overturns means one more pass. */
const GUESS_AFTER_ROWS = 2_000;
/** The event loop gets a turn at least this often (ms), so /healthz and other requests answer during a big import. */
const YIELD_EVERY_MS = 10;

let lastYield = 0;
/** True when the event loop has not had a turn for YIELD_EVERY_MS (checked per row, without a promise per row). */
export const dueForTurn = () => performance.now() - lastYield >= YIELD_EVERY_MS;
export async function giveTurn(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  lastYield = performance.now();
}
export async function yieldSometimes(): Promise<void> {
  if (dueForTurn()) await giveTurn();
}

/** A file's checked rows are held in memory (~60 bytes a row) until written; bigger files are split by the team. */
export const MAX_FILE_ROWS = 5_000_000;

/** What the reading pass learns about a file before anything is written, and its checked rows. */
class FileCheck {
  rows = 0;
  totals = 0;
  problems = 0;
  readonly kept: Rejection[] = [];
  readonly currencies = new Set<string>();
  readonly ignored = new Map<string, number>();
  outside = 0;
  first: string | null = null;
  last: string | null = null;
  readonly store = new RowStore();

  constructor(
    private readonly layout: ExportLayout,
    private readonly window: { since?: string | undefined; until?: string | undefined },
  ) {}

  /** Checks one data record; returns the row's ad when the file names it for the first time (to be looked up). */
  add(record: string[], locale: ReadingLocale, ref: string): MetricRecord | null {
    const o = interpretRow(this.layout, record, locale);
    if (o.kind === "total") {
      this.totals++;
      return null;
    }
    this.rows++;
    if (o.kind === "problem") {
      this.problem(ref, o.reason);
      return null;
    }
    const r = o.record;
    if ((this.window.since && r.date < this.window.since) || (this.window.until && r.date > this.window.until)) {
      this.outside++;
      return null;
    }
    if (o.currency) this.currencies.add(o.currency);
    if (o.ignoredResult) this.ignored.set(o.ignoredResult, (this.ignored.get(o.ignoredResult) ?? 0) + 1);
    if (this.store.rowsGiven >= MAX_FILE_ROWS)
      throw new WinnowError(
        "invalid_input",
        `csv: the file has more than ${MAX_FILE_ROWS.toLocaleString("en-US")} rows. Split it (e.g. by month) and ingest the parts.`,
        { field: "csv" },
      );
    // Keyed as the file names them (before any re-pointing to a linked platform): an ad's day twice is a split day,
    // summed; in Winnow's own format it is a mistake (the first row is kept).
    const winnow = this.layout.format === "winnow";
    const flags = this.store.push(r, !winnow);
    if (flags & REPEATED_DAY && winnow)
      this.problem(ref, `ad ${r.platformAdId} on ${r.date} appears twice; give each ad and day one row`);
    if (this.first === null || r.date < this.first) this.first = r.date;
    if (this.last === null || r.date > this.last) this.last = r.date;
    return flags & NEW_AD ? r : null;
  }

  /** Readable rows (an ad's split day counted once per row). */
  get records(): number {
    return this.store.rowsGiven;
  }

  private problem(ref: string, reason: string) {
    this.problems++;
    if (this.kept.length < MAX_KEPT_PROBLEMS) this.kept.push({ ref, reason });
  }
}

interface Deps {
  database: Database;
  clock: Clock;
  ingestion: IngestionService;
}

/**
 * Brings a team's own export in: the file is read as a stream in passes: the first finds the header and learns the
 * locale from the values, the same pass (or a second one, when the rest of the file overturned the first guess)
 * checks every row and looks its ads up in bounded batches; only then are the rows written, page by page, through
 * the same idempotent ingestion as the API connectors. A partly unreadable file writes nothing unless `partial`.
 */
export async function importMetricsFile(
  deps: Deps,
  source: RecordSource,
  options: MetricsFileOptions,
): Promise<MetricsFileReport> {
  const unit = source.kind === "xlsx" ? "xlsx row" : "csv line";
  const conversion = conversionOf(options);

  // Pass 1: header, locale evidence, and (with a first guess at the locale) every row checked.
  const head: string[][] = [];
  let layout: ExportLayout | undefined;
  const evidence = new LocaleEvidence();
  let guess: ReadingLocale | undefined;
  let check: FileCheck | undefined;
  const pending: { record: string[]; line: number }[] = [];
  const lookup = new AdLookup(deps.database);
  let line = 0;
  const take = (record: string[], n: number) => {
    observe(layout!, record, evidence);
    if (!guess) {
      pending.push({ record, line: n });
      if (pending.length < GUESS_AFTER_ROWS) return;
      guess = evidence.resolve(options, source.delimiter);
      check = new FileCheck(layout!, options);
      for (const p of pending.splice(0)) lookup.want(check.add(p.record, guess, `${unit} ${p.line}`));
      return;
    }
    lookup.want(check!.add(record, guess, `${unit} ${n}`));
  };
  // Rows are checked synchronously; the loop awaits only to look ads up (every LOOKUP_BATCH new ids) and to let
  // other requests in (every YIELD_EVERY_MS): a promise per row would cost more than reading the row.
  const between = async () => {
    if (lookup.due) await lookup.flush();
    if (dueForTurn()) await giveTurn();
  };
  for await (const record of source.records()) {
    line++;
    if (!layout) {
      head.push(record);
      if (head.length <= MAX_TITLE_LINES) continue;
      layout = detectLayout(head, { format: options.format, platform: options.adPlatform });
      for (let i = layout.headerAt + 1; i < head.length; i++) take(head[i]!, i + 1);
      await between();
      continue;
    }
    take(record, line);
    if (lookup.due || dueForTurn()) await between();
  }
  if (!layout) {
    layout = detectLayout(head, { format: options.format, platform: options.adPlatform });
    for (let i = layout.headerAt + 1; i < head.length; i++) take(head[i]!, i + 1);
  }
  const locale = evidence.resolve(options, source.delimiter);
  if (!guess || !sameLocale(guess, locale)) {
    // The first rows suggested another locale than the whole file proves (or the file was short): check again.
    check = new FileCheck(layout, options);
    if (!guess) {
      for (const p of pending) {
        lookup.want(check.add(p.record, locale, `${unit} ${p.line}`));
        if (lookup.due) await lookup.flush();
      }
    } else {
      let n = 0;
      for await (const record of source.records()) {
        n++;
        if (n <= layout.headerAt + 1) continue;
        lookup.want(check.add(record, locale, `${unit} ${n}`));
        if (lookup.due || dueForTurn()) await between();
      }
    }
  }
  await lookup.flush();
  const checked = check!;
  if (checked.currencies.size > 1) throw mixedCurrencies([...checked.currencies]);
  const fileCurrency = [...checked.currencies][0] ?? layout.headerCurrency;
  const inferred = describeReading(layout, locale, source);
  if (checked.problems > 0 && !options.partial) throw refusal(layout, checked, inferred);
  if (checked.records === 0 && checked.problems === 0 && checked.rows === 0)
    throw new WinnowError(
      "invalid_input",
      `csv: the ${label(layout.format)} export has a header but no rows${checked.totals ? ` (only ${checked.totals} summary row(s))` : ""}. Export the report with data for at least one day.`,
      { field: "csv" },
    );
  if (conversion && !fileCurrency)
    throw invalidInput(
      "convertTo",
      "the file does not say which currency its money is in, so there is nothing to convert from",
      'Export with the currency in the header ("Amount spent (EUR)") or a Currency column, or leave convertTo out.',
    );
  const storedCurrency = conversion && fileCurrency !== conversion.to ? conversion.to : fileCurrency;
  const rate = conversion && fileCurrency !== conversion.to ? conversion.rate : null;

  // Rows whose ad is only known by its id (Winnow's header, no platform column) take the platform it is linked on.
  const platformOf = (r: MetricRecord) => {
    if (layout!.platformFromFile) return r.platform;
    const on = lookup.platformsOf(r.platformAdId);
    return on.length === 1 ? on[0]! : r.platform;
  };
  const experimentIds = lookup.experiments(layout.platformFromFile);
  lookup.release();
  await guardCurrencies(deps.database, experimentIds, storedCurrency, fileCurrency);

  // Pass 2: write the checked rows (one per ad and day, split days already summed) in key order, page by page.
  const unknown = new UnknownAds();
  const linkedKeys = new Set<string>();
  const { store } = checked;
  async function* pages(): AsyncGenerator<{ records: MetricRecord[]; rejected: Rejection[] }> {
    const order = store.keyOrder();
    let page: MetricRecord[] = [];
    let first = true;
    // What is known of an ad is worked out once per ad (its rows are consecutive in key order), not once per row.
    let pairNow = -1;
    let platform = "";
    let unknownKey: string | null = null;
    for (let k = 0; k < order.length; k++) {
      if ((k & 511) === 0) await yieldSometimes();
      const i = order[k]!;
      const r = store.record(i);
      const pair = store.pairOf(i);
      if (pair !== pairNow) {
        pairNow = pair;
        platform = platformOf(r);
        const key = `${platform}\u0000${r.platformAdId}`;
        unknownKey = lookup.isLinked(platform, r.platformAdId) ? null : key;
        if (unknownKey === null) linkedKeys.add(key);
      }
      r.platform = platform;
      if (rate !== null) {
        r.spendMicros = Math.round(r.spendMicros * rate);
        r.revenueMicros = Math.round(r.revenueMicros * rate);
      }
      r.currency = storedCurrency;
      if (unknownKey !== null) unknown.add(unknownKey, r);
      page.push(r);
      if (page.length >= PAGE_ROWS) {
        yield { records: page, rejected: first ? checked.kept : [] };
        first = false;
        page = [];
      }
    }
    if (page.length || first) yield { records: page, rejected: first ? checked.kept : [] };
  }
  const today = deps.clock.now().toISOString().slice(0, 10);
  const report = await deps.ingestion.run(new PageConnector(pages()), {
    since: options.since ?? checked.first ?? options.until ?? today,
    until: options.until ?? checked.last ?? today,
    actor: options.actor,
    resume: false,
    retries: 0,
  });
  const { resumedFrom: _r, error: _e, ...rest } = report;
  const ignoredResults = [...checked.ignored].map(([indicator, rows]) => ({ indicator, rows }));
  const notes: string[] = [];
  if (layout.resultsAreConversions === "no-indicator")
    notes.push(
      `${layout.names[layout.col.conversions]} was not counted as conversions: the export has no Result indicator column saying what each result is (a purchase, a lead, a link click...). Add "Result indicator" (Columns → Customize columns) or a Purchases column to count conversions.`,
    );
  for (const i of ignoredResults)
    notes.push(
      `${i.rows} row(s) of Results counted ${i.indicator}, not a conversion: those results were not counted as conversions.`,
    );
  if (rate !== null)
    notes.push(
      `Money converted from ${fileCurrency} to ${storedCurrency} at your rate ${rate} (1 ${fileCurrency} = ${rate} ${storedCurrency}).`,
    );
  if (checked.problems > 0)
    notes.push(`partial: ${checked.problems} unreadable row(s) left out, as asked; the readable rows were stored.`);
  return {
    ...rest,
    experimentIds: report.experimentIds,
    rowsRejected: checked.problems,
    format: layout.format,
    source: source.kind,
    currency: storedCurrency,
    fileCurrency,
    conversion: rate !== null ? { from: fileCurrency!, to: storedCurrency!, rate } : null,
    columns: Object.fromEntries(
      Object.entries(layout.col)
        .filter(([, i]) => i >= 0)
        .map(([f, i]) => [f, layout!.names[i]!]),
    ),
    reading: {
      delimiter: source.kind === "csv" ? source.delimiter : null,
      decimalSeparator: locale.decimal,
      dateOrder: locale.dateOrder,
      inferred,
    },
    rowsRead: checked.rows,
    skippedTotals: checked.totals,
    skippedOutsideWindow: checked.outside,
    ignoredResults,
    notes,
    unknownAdIds: unknown.listed(),
    unknownAds: unknown.count,
    linkedAds: linkedKeys.size,
  };
}

const sameLocale = (a: ReadingLocale, b: ReadingLocale) => a.decimal === b.decimal && a.dateOrder === b.dateOrder;

function conversionOf(options: MetricsFileOptions): { to: string; rate: number } | null {
  if (options.convertTo === undefined && options.exchangeRate === undefined) return null;
  if (!options.convertTo || !/^[A-Za-z]{3}$/.test(options.convertTo))
    throw invalidInput(
      "convertTo",
      "is missing or not a 3-letter currency code",
      'Pass convertTo, e.g. "USD", with exchangeRate.',
    );
  if (options.exchangeRate === undefined || !(options.exchangeRate > 0) || !Number.isFinite(options.exchangeRate))
    throw invalidInput(
      "exchangeRate",
      "is missing or not a positive number",
      `Pass the rate your team uses: how many ${options.convertTo.toUpperCase()} one unit of the file's currency is worth (e.g. 1.08).`,
    );
  return { to: options.convertTo.toUpperCase(), rate: options.exchangeRate };
}

function describeReading(layout: ExportLayout, locale: ReadingLocale, source: RecordSource): string[] {
  const out: string[] = [`${label(layout.format)} export${source.kind === "xlsx" ? " (.xlsx)" : ""}`];
  if (layout.headerAt > 0) out.push(`${layout.headerAt} title line(s) above the header skipped`);
  if (source.kind === "csv")
    out.push(
      `separator ${{ ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" }[source.delimiter] ?? source.delimiter}`,
    );
  out.push(`decimal ${locale.decimal === "," ? "comma" : "point"} (from ${locale.decimalFrom})`);
  if (locale.dateOrder)
    out.push(`${locale.dateOrder === "dmy" ? "day-first" : "month-first"} dates (from ${locale.dateOrderFrom})`);
  if (layout.headerCurrency) out.push(`currency ${layout.headerCurrency} from the header`);
  return out;
}

function refusal(layout: ExportLayout, check: FileCheck, inferred: string[]): WinnowError {
  const shown = check.kept.slice(0, 5).map((p) => `${p.ref}: ${p.reason}`);
  return new WinnowError(
    "invalid_input",
    `csv: ${check.problems} of ${check.rows} row(s) of this ${label(layout.format)} export could not be read, so nothing was written (read as: ${inferred.join(", ")}). ${shown.join("; ")}${check.problems > shown.length ? `; …${check.problems - shown.length} more` : ""}. Fix the file and ingest it again, or pass partial: true (CLI --partial) to store the ${check.records} readable row(s) and list the rest.`,
    { field: "csv", rejections: check.kept.slice(0, 50), rowsRejected: check.problems },
  );
}

/** One experiment never adds money of two currencies: a file in another currency is refused (or converted at the team's rate). */
async function guardCurrencies(
  database: Database,
  experimentIds: string[],
  stored: string | null,
  fileCurrency: string | null,
): Promise<void> {
  if (!stored) return;
  for (const id of experimentIds) {
    const existing = (await experimentCurrencies(database.db, id)).filter((c) => c !== stored);
    if (existing.length)
      throw new WinnowError(
        "conflict",
        `csv: experiment ${id} already has money in ${existing.join(", ")}; this file's is in ${fileCurrency}. Winnow never adds currencies together. Ingest it with convertTo: "${existing[0]}" and exchangeRate (how many ${existing[0]} one ${fileCurrency} is worth, at your team's rate; CLI --convert-to ${existing[0]} --rate …), or run these ads in an experiment of their own.`,
        { field: "convertTo", experimentId: id, currencies: [...existing, stored] },
      );
  }
}

/** Linked ads of the file, looked up LOOKUP_BATCH ids per statement as the file is read. */
class AdLookup {
  private readonly seenIds = new Set<string>();
  private readonly seenPairs = new Set<string>();
  private batch: string[] = [];
  private readonly linked = new Map<string, LinkedAd[]>();

  constructor(private readonly database: Database) {}

  /** Notes an ad the file names for the first time; `due` says a batch is ready to be looked up. */
  want(ad: { platform: string; platformAdId: string } | null): void {
    if (ad === null) return;
    this.seenPairs.add(`${ad.platform}\u0000${ad.platformAdId}`);
    if (this.seenIds.has(ad.platformAdId)) return;
    this.seenIds.add(ad.platformAdId);
    this.batch.push(ad.platformAdId);
  }

  get due(): boolean {
    return this.batch.length >= LOOKUP_BATCH;
  }

  async flush(): Promise<void> {
    if (!this.batch.length) return;
    const ids = this.batch;
    this.batch = [];
    for (const l of await linkedAdsOf(this.database.db, ids)) {
      const list = this.linked.get(l.platformAdId) ?? [];
      list.push(l);
      this.linked.set(l.platformAdId, list);
    }
  }

  release() {
    this.seenIds.clear();
  }

  platformsOf(adId: string): string[] {
    return [...new Set((this.linked.get(adId) ?? []).map((l) => l.platform))];
  }

  isLinked(platform: string, adId: string): boolean {
    return (this.linked.get(adId) ?? []).some((l) => l.platform === platform);
  }

  /**
   * Experiments this file's rows will count for: linked ads on the platform the rows carry, or (a file without
   * platforms) ads linked on exactly one platform, which their rows are stored under.
   */
  experiments(platformFromFile: boolean): string[] {
    const out = new Set<string>();
    for (const [adId, list] of this.linked) {
      const counts = platformFromFile
        ? list.filter((l) => this.seenPairs.has(`${l.platform}\u0000${adId}`))
        : this.platformsOf(adId).length === 1
          ? list
          : [];
      for (const l of counts) if (l.experimentId) out.add(l.experimentId);
    }
    return [...out];
  }
}

/** Ads of the file not linked to any arm: counted all, the first MAX_UNKNOWN_LISTED described. */
class UnknownAds {
  private readonly keys = new Set<string>();
  private readonly detail = new Map<string, UnknownAd>();

  get count() {
    return this.keys.size;
  }

  /** One row of an ad (`key`: its platform and id, as UnknownAds keys them). */
  add(key: string, r: MetricRecord) {
    this.keys.add(key);
    let u = this.detail.get(key);
    if (!u) {
      if (this.detail.size >= MAX_UNKNOWN_LISTED) return;
      u = { platform: r.platform, platformAdId: r.platformAdId, rows: 0, firstDate: r.date, lastDate: r.date };
      this.detail.set(key, u);
    }
    u.rows++;
    if (r.date < u.firstDate) u.firstDate = r.date;
    if (r.date > u.lastDate) u.lastDate = r.date;
  }

  listed(): UnknownAd[] {
    return [...this.detail.values()];
  }
}

/** Hands the write pass's pages to IngestionService one at a time (a file is read whole; its cursor means nothing later). */
class PageConnector implements Connector {
  readonly platform = "csv";
  readonly importOnly = true;
  readonly reports = ["clicks", "conversions", "spend", "revenue", "video_watch"] as const;
  private page = 0;

  constructor(private readonly source: AsyncGenerator<{ records: MetricRecord[]; rejected: Rejection[] }>) {}

  async fetchPage(): Promise<MetricPage> {
    const next = await this.source.next();
    if (next.done) return { records: [], rejected: [], nextCursor: null };
    this.page++;
    return { ...next.value, nextCursor: String(this.page) };
  }

  async pushCreative(): Promise<never> {
    throw invalidInput(
      "platform",
      "csv cannot push ads",
      "Make the ad on the platform and tie it to its arm with link_deployment.",
    );
  }
}
