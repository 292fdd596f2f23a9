/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"): `=`,
 * `+`, `-`, `@`, and tab or carriage return before them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text made safe to open in Excel: text that would start a formula gets a single quote
 * in front, so it shows as typed and never runs. (The same rule as the command line's
 * `neutraliseFormula`; it moves to `@asc-assure/documents` with it.)
 */
export function neutraliseSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
