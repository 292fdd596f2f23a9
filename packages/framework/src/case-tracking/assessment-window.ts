import type { IsoDate } from '../ids.js';
import { addCalendarMonths } from '../calendar/calendar-months.js';

/**
 * The first day of the case-tracking assessment window: a person qualifies for the list if
 * their assessment is on or after this date (and not after `asOf`). CQC asks for "people who had
 * an assessment in the last 12 months", so the window is `months` calendar months back from
 * `asOf`, both ends included.
 *
 * @example
 * caseTrackingWindowStart('2025-06-10', 12); // '2024-06-10'
 * caseTrackingWindowStart('2024-02-29', 12); // '2023-02-28'
 */
export function caseTrackingWindowStart(asOf: IsoDate, months: number): IsoDate {
  return addCalendarMonths(asOf, -months);
}
