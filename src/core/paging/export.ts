/**
 * Exports of merged records, produced page by page so a caller can yield to
 * the browser between pages. Records come from answers that were redacted when
 * they were captured, so no key or secret parameter can reach an export.
 */

export type ExportFormat = 'json' | 'ndjson' | 'csv';

export const EXPORT_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  csv: 'text/csv',
};

/** One CSV cell: text as is, numbers and booleans as written, nested values as JSON; quoted when needed (RFC 4180). */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV header line for these columns. */
function csvHeader(columns: readonly string[]): string {
  return `${columns.map(csvCell).join(',')}\r\n`;
}

/** CSV lines for records, one per record, cells in column order. */
function csvRows(columns: readonly string[], records: readonly unknown[]): string {
  let out = '';
  for (const record of records) {
    const row = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : { value: record };
    out += `${columns.map((c) => csvCell(row[c])).join(',')}\r\n`;
  }
  return out;
}

/** NDJSON lines: one compact JSON record per line. */
function ndjsonRows(records: readonly unknown[]): string {
  let out = '';
  for (const record of records) out += `${JSON.stringify(record)}\n`;
  return out;
}

/** The text parts of an export, one per page (plus header/brackets), ready for a Blob. */
export function* exportParts(
  format: ExportFormat,
  columns: readonly string[],
  pages: Iterable<readonly unknown[]>,
): Generator<string> {
  if (format === 'csv') yield csvHeader(columns);
  if (format === 'json') yield '[';
  let first = true;
  for (const records of pages) {
    if (records.length === 0) continue;
    if (format === 'csv') yield csvRows(columns, records);
    else if (format === 'ndjson') yield ndjsonRows(records);
    else {
      yield `${first ? '' : ','}${records.map((r) => JSON.stringify(r)).join(',')}`;
      first = false;
    }
  }
  if (format === 'json') yield ']';
}
