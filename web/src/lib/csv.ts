/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so Excel
 * opens the Chinese text as UTF-8 instead of the system code page.
 */

export const BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

/** Quotes a field when it holds a separator, a quote, a line break or edge whitespace. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(',');
}

/** A whole document: BOM, header, rows, each line ended by CRLF. */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map((row) => `${csvLine(row)}\r\n`).join('');
}
