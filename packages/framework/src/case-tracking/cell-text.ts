/*
 * Reading what a council officer typed into a spreadsheet cell: headings and coded values match
 * whatever their case, spacing or punctuation, lists split on semicolons or new lines, and dates
 * come out as `YYYY-MM-DD`.
 */

/** Lower case, letters and digits only: "Person ID", "person_id" and "personId" read the same. */
export function normaliseForMatching(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * A matcher from `[name, id]` pairs: the id a typed name stands for, or undefined. The first pair
 * with a given name wins; names that normalise to nothing are ignored.
 *
 * @example
 * const consent = nameMatcher([['Given', 'given'], ['yes', 'given']]);
 * consent('YES'); // 'given'
 */
export function nameMatcher<Id extends string>(names: readonly (readonly [string, Id])[]): (typed: string) => Id | undefined {
  const byName = new Map<string, Id>();
  for (const [name, id] of names) {
    const key = normaliseForMatching(name);
    if (key !== '' && !byName.has(key)) byName.set(key, id);
  }
  return (typed) => byName.get(normaliseForMatching(typed));
}

/** Each id paired with itself and with its label, for {@link nameMatcher}. */
export function idAndLabelNames<Id extends string>(ids: readonly Id[], labels: Readonly<Record<string, string>>): [string, Id][] {
  return ids.flatMap((id): [string, Id][] => [
    [id, id],
    [labels[id] ?? id, id],
  ]);
}

/** Items of a list cell, trimmed, empty ones dropped; by default separated by semicolons or new lines. */
export function splitListCell(cell: string | undefined, separators: RegExp = /[;\n]/): string[] {
  if (cell === undefined) return [];
  return cell
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WRITTEN_DATE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * A date as a council officer may type it, written `YYYY-MM-DD`: `2026-04-01` (a time after it is
 * dropped), the UK's `01/04/2026` or `1.4.2026` (day first), or `1st April 2026`. Anything else
 * comes back trimmed but as given, for the schema to report in its own words.
 *
 * @example
 * isoDateFromCell('31/03/2026'); // '2026-03-31'
 */
export function isoDateFromCell(text: string): string {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso !== null) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const uk = UK_DATE.exec(trimmed);
  if (uk !== null) return `${uk[3]}-${twoDigits(Number(uk[2]))}-${twoDigits(Number(uk[1]))}`;
  const written = WRITTEN_DATE.exec(trimmed);
  if (written !== null) {
    const month = MONTHS.indexOf((written[2] ?? '').slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
    if (month >= 0) return `${written[3]}-${twoDigits(month + 1)}-${twoDigits(Number(written[1]))}`;
  }
  return trimmed;
}
