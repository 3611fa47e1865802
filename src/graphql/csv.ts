/**
 * CSV for spreadsheets (the explorer's web/src/lib/csv.ts writes the same): RFC 4180 quoting,
 * CRLF line ends, and a UTF-8 byte-order mark so that Excel opens Chinese text as UTF-8 rather
 * than in the system's code page.
 */

export const BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/** Quotes a field when it holds a separator, a quote, a line break or edge whitespace. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document: BOM, header, rows, each line ended by CRLF. */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
