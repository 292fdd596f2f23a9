import { parse } from 'csv-parse/browser/esm/sync';
/** The rows of a CSV file's text (RFC 4180: quoted fields, doubled quotes, line breaks in quotes, a byte order mark), by csv-parse. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = parse(text, { bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] });
  return rows;
}
