/**
 * The CSV "connector": import-only (no API to pull from or push to). It lives in core/ingestion/csv-connector.ts,
 * beside the export parser, because core's CSV import uses it; platforms are listed here with the others.
 */
export { CsvConnector } from "../core/ingestion/csv-connector.ts";
