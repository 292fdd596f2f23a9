import { isoDateSchema, type IsoDate } from '../ids.js';
import { parseInput } from '../validation.js';
import type { EvidenceItemInput } from './evidence-item.js';
import { addCalendarMonths } from '../calendar/calendar-months.js';

/**
 * Whether an evidence item can be relied on, on a given day:
 * - `current`: in effect and up to date; the only items that count towards coverage.
 * - `stale`: in effect but out of date: its review date has passed, or it has no review date and
 *   has been in effect for longer than the stale period (12 months by default).
 * - `expired`: its effective-to date has passed.
 * - `not-yet-effective`: it takes effect after the day (a strategy approved but not yet started).
 */
export const EVIDENCE_CURRENCY_IDS = ['current', 'stale', 'expired', 'not-yet-effective'] as const;

/** One of {@link EVIDENCE_CURRENCY_IDS}. */
export type EvidenceCurrency = (typeof EVIDENCE_CURRENCY_IDS)[number];

/** The default number of months after which evidence with no review date is stale. */
export const DEFAULT_EVIDENCE_STALE_AFTER_MONTHS = 12;

type DatedItem = Pick<EvidenceItemInput, 'effectiveFrom' | 'effectiveTo' | 'reviewBy'>;

/**
 * The hot-loop form of {@link evidenceCurrencyOn}: the stale cut-off is worked out once by the
 * caller. ISO dates are compared as strings, which sort in date order, so no date is parsed.
 */
export function classifyEvidenceCurrency(item: DatedItem, asOf: IsoDate, staleCutoff: IsoDate): EvidenceCurrency {
  if (item.effectiveFrom > asOf) return 'not-yet-effective';
  if (item.effectiveTo !== undefined && item.effectiveTo < asOf) return 'expired';
  if (item.reviewBy !== undefined ? item.reviewBy < asOf : item.effectiveFrom < staleCutoff) return 'stale';
  return 'current';
}

/**
 * The stale cut-off on `asOf`: an item with no review date that took effect before this date
 * has been in effect for more than `staleAfterMonths` months, and is stale.
 */
export function staleCutoffFor(asOf: IsoDate, staleAfterMonths: number): IsoDate {
  return addCalendarMonths(asOf, -staleAfterMonths);
}

/**
 * Whether an evidence item is current, stale, expired or not yet effective on `asOf` (see
 * {@link EVIDENCE_CURRENCY_IDS}). An item whose effective-to date is `asOf` is still in effect
 * that day; one whose review date is `asOf` is not yet overdue.
 *
 * @example
 * evidenceCurrencyOn({ effectiveFrom: '2023-01-01' }, '2025-06-30'); // 'stale': no review date, over 12 months old
 * evidenceCurrencyOn({ effectiveFrom: '2023-01-01', reviewBy: '2025-12-31' }, '2025-06-30'); // 'current'
 */
export function evidenceCurrencyOn(item: DatedItem, asOf: IsoDate, options: { readonly staleAfterMonths?: number } = {}): EvidenceCurrency {
  const checkedAsOf = parseInput(isoDateSchema, asOf, 'The date to judge evidence on cannot be used');
  return classifyEvidenceCurrency(
    item,
    checkedAsOf,
    staleCutoffFor(checkedAsOf, options.staleAfterMonths ?? DEFAULT_EVIDENCE_STALE_AFTER_MONTHS)
  );
}
