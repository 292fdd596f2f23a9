/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"): `=`,
 * `+`, `-`, `@`, and tab or carriage return before them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text made safe to open in Excel: text that would start a formula gets a single quote
 * in front, so it shows as typed and never runs. Use it on every value from outside asc-assure
 * before writing a spreadsheet.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("http://example.com")'); // `'=HYPERLINK("http://example.com")`
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
