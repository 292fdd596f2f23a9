const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WRITTEN_DATE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * A date as a council officer may type it, written `YYYY-MM-DD`: `2024-04-01`, the UK's
 * `01/04/2024` (day first), or `1 April 2024`. Anything else comes back as given, for the schema
 * to report in its own words.
 *
 * @example
 * isoDateFromCell('01/04/2024'); // '2024-04-01'
 */
export function isoDateFromCell(text: string): string {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso !== null) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const uk = UK_DATE.exec(trimmed);
  if (uk !== null) return `${uk[3]}-${twoDigits(Number(uk[2]))}-${twoDigits(Number(uk[1]))}`;
  const written = WRITTEN_DATE.exec(trimmed);
  if (written !== null) {
    const month = MONTHS.indexOf((written[2] ?? '').slice(0, 3).toLowerCase());
    if (month >= 0) return `${written[3]}-${twoDigits(month + 1)}-${twoDigits(Number(written[1]))}`;
  }
  return trimmed;
}
