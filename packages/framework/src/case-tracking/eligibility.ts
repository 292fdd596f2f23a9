import type { IsoDate } from '../ids.js';
import { parseInput } from '../validation.js';
import { caseTrackingWindowStart } from './assessment-window.js';
import { asCanonicalPersonExtractRow } from './canonical-person-row.js';
import { caseTrackingOptionsSchema, type CaseTrackingOptions, type CaseTrackingOptionsInput } from './case-tracking-options.js';
import { CASE_TRACKING_ERROR_MESSAGES } from './messages.js';
import { personExtractRowSchema, type PersonExtractRow } from './person-extract-row.js';

/**
 * Why a row of the extract cannot go on the list. Checked in this order; a row is counted
 * under the first reason that applies.
 */
export const CASE_TRACKING_EXCLUSION_REASON_IDS = [
  'no-assessment-date',
  'invalid-row',
  'duplicate-id',
  'assessment-before-first-contact',
  'date-after-as-of',
  'assessed-outside-window',
  'consent-refused',
] as const;
/** An exclusion reason. */
export type CaseTrackingExclusionReasonId = (typeof CASE_TRACKING_EXCLUSION_REASON_IDS)[number];

/** The people of an extract who qualify for the list, and how many rows were left out and why. */
export interface EligibleCaseTrackingPeople {
  /** Qualifying rows, validated, in the order of the extract. */
  readonly eligible: readonly PersonExtractRow[];
  /** Rows left out, by reason (every reason present, zero when none). */
  readonly excluded: Readonly<Record<CaseTrackingExclusionReasonId, number>>;
  /** First day of the assessment window. */
  readonly windowStart: IsoDate;
}

function hasNoAssessmentDate(row: unknown): boolean {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  const value = (row as { readonly assessmentDate?: unknown }).assessmentDate;
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** {@link findEligibleCaseTrackingPeople} with options already parsed. */
export function selectEligiblePeople(people: readonly unknown[], options: CaseTrackingOptions): EligibleCaseTrackingPeople {
  const excluded = Object.fromEntries(CASE_TRACKING_EXCLUSION_REASON_IDS.map((reason) => [reason, 0])) as Record<CaseTrackingExclusionReasonId, number>;
  const windowStart = caseTrackingWindowStart(options.asOf, options.assessmentWindowMonths);
  const valid: PersonExtractRow[] = [];
  const occurrences = new Map<string, number>();
  for (const row of people) {
    if (hasNoAssessmentDate(row)) {
      excluded['no-assessment-date']++;
      continue;
    }
    let parsed = asCanonicalPersonExtractRow(row);
    if (parsed === undefined) {
      const result = personExtractRowSchema.safeParse(row);
      if (!result.success) {
        excluded['invalid-row']++;
        continue;
      }
      parsed = result.data;
    }
    valid.push(parsed);
    occurrences.set(parsed.localPersonId, (occurrences.get(parsed.localPersonId) ?? 0) + 1);
  }
  const eligible: PersonExtractRow[] = [];
  for (const row of valid) {
    const reason = exclusionReason(row, occurrences, options, windowStart);
    if (reason === undefined) eligible.push(row);
    else excluded[reason]++;
  }
  return { eligible, excluded, windowStart };
}

function exclusionReason(
  row: PersonExtractRow,
  occurrences: ReadonlyMap<string, number>,
  options: CaseTrackingOptions,
  windowStart: IsoDate,
): CaseTrackingExclusionReasonId | undefined {
  if ((occurrences.get(row.localPersonId) ?? 0) > 1) return 'duplicate-id';
  if (row.assessmentDate < row.firstContactDate) return 'assessment-before-first-contact';
  if (row.assessmentDate > options.asOf || row.firstContactDate > options.asOf) return 'date-after-as-of';
  if (row.reviewDate !== undefined && row.reviewDate > options.asOf) return 'date-after-as-of';
  if (row.assessmentDate < windowStart) return 'assessed-outside-window';
  if (options.excludeConsentRefused && row.consentToContact === 'refused') return 'consent-refused';
  return undefined;
}

/**
 * Sorts an extract into the people who qualify for the case-tracking list (a valid row, listed
 * once, assessed within the window before `asOf`, dates in order, not refusing contact) and
 * counts of the rows left out by reason. The order of the extract does not change the result.
 *
 * @example
 * const { eligible, excluded } = findEligibleCaseTrackingPeople(rows, { asOf: '2025-06-10' });
 * excluded['assessed-outside-window']; // rows assessed before 2024-06-10
 */
export function findEligibleCaseTrackingPeople(
  people: readonly unknown[],
  options: CaseTrackingOptionsInput,
): EligibleCaseTrackingPeople {
  return selectEligiblePeople(people, parseInput(caseTrackingOptionsSchema, options, CASE_TRACKING_ERROR_MESSAGES.invalidOptions));
}
