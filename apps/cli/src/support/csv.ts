import { neutraliseFormula } from './spreadsheet-safety.js';

function csvField(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows as CSV text (RFC 4180, CRLF line ends, with a byte order mark so Excel reads UTF-8), every
 * field neutralised so that nothing in it runs as a formula when the file is opened.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
