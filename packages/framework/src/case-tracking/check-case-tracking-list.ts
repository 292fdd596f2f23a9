import { z } from 'zod';
import { COHORT_IDS, type CohortId } from '../ids.js';
import { parseInput } from '../validation.js';
import { caseTrackingWindowStart } from './assessment-window.js';
import { caseTrackingOptionsSchema, type CaseTrackingOptionsInput } from './case-tracking-options.js';
import { CASE_SELECTION_STATUS_LABELS, caseTrackingRecordSchema, type CaseSelectionStatusId } from './case-tracking-record.js';
import type { ConsentToBeContactedId } from './consent.js';
import { CASE_TRACKING_ERROR_MESSAGES, CASE_TRACKING_PROBLEM_MESSAGES } from './messages.js';
import { findPersonalData } from './find-personal-data.js';
import { personalDataKindOfColumnName } from './personal-data-column-names.js';
import { looksLikePersonalMailbox } from './personal-mailbox.js';
import { scanRecordsForPersonalData } from './scan-records-for-personal-data.js';

/** Stable codes of the problems {@link checkCaseTrackingList} reports. */
export const CASE_TRACKING_PROBLEM_CODES = [
  'wrong-record-count',
  'cohort-missing',
  'cohort-under-represented',
  'assessment-outside-window',
  'assessment-before-first-contact',
  'review-before-assessment',
  'date-after-as-of',
  'duplicate-pseudonymised-id',
  'consent-missing',
  'consent-refused',
  'tracked-count-mismatch',
  'reserve-count-mismatch',
  'personal-data-found',
  'personal-data-field',
  'lead-professional-contact-personal',
  'needs-summary-too-long',
  'malformed-record',
  'unknown-field',
] as const;
/** A problem code. */
export type CaseTrackingProblemCode = (typeof CASE_TRACKING_PROBLEM_CODES)[number];

/** How serious a problem is: an error must be fixed before the list goes to CQC; a warning is worth a look. */
export type CaseTrackingProblemSeverity = 'error' | 'warning';

/** The severity of each problem code. */
export const CASE_TRACKING_PROBLEM_SEVERITIES = {
  'wrong-record-count': 'error',
  'cohort-missing': 'error',
  'cohort-under-represented': 'warning',
  'assessment-outside-window': 'error',
  'assessment-before-first-contact': 'error',
  'review-before-assessment': 'error',
  'date-after-as-of': 'error',
  'duplicate-pseudonymised-id': 'error',
  'consent-missing': 'error',
  'consent-refused': 'warning',
  'tracked-count-mismatch': 'error',
  'reserve-count-mismatch': 'error',
  'personal-data-found': 'error',
  'personal-data-field': 'error',
  'lead-professional-contact-personal': 'error',
  'needs-summary-too-long': 'error',
  'malformed-record': 'error',
  'unknown-field': 'error',
} as const satisfies Readonly<Record<CaseTrackingProblemCode, CaseTrackingProblemSeverity>>;

/** One problem with a case-tracking list. */
export interface CaseTrackingProblem {
  readonly code: CaseTrackingProblemCode;
  readonly severity: CaseTrackingProblemSeverity;
  /** Position of the record in the list, from 0; absent for a problem of the whole list. */
  readonly recordIndex?: number;
  /** The record's pseudonymised id, when it has a valid one. */
  readonly pseudonymisedId?: string;
  /** The field, as a path (`servicesProvided.2`). */
  readonly field?: string;
  /** Plain English, for a council officer. */
  readonly message: string;
}

/** The result of checking a list: `ok` when there is no error (warnings may remain). */
export interface CaseTrackingListCheck {
  readonly ok: boolean;
  readonly problems: readonly CaseTrackingProblem[];
  readonly errorCount: number;
  readonly warningCount: number;
}

const RECORD_FIELDS = caseTrackingRecordSchema.shape;
type RecordField = keyof typeof RECORD_FIELDS;
const RECORD_FIELD_NAMES = Object.keys(RECORD_FIELDS) as RecordField[];
/** The summary is checked against the configured one-page length, not the schema's default. */
const NEEDS_SUMMARY_TEXT = z.string().trim().min(1);
const FIELD_LABELS: Readonly<Partial<Record<RecordField, string>>> = {
  firstContactDate: 'The date of first contact',
  assessmentDate: 'The assessment date',
  mostRecentAssessmentOrReviewDate: 'The most recent assessment or review',
};

/** The valid fields of one record, for the checks across fields and records. */
interface RecordFacts {
  pseudonymisedId?: string;
  cohort?: CohortId;
  firstContactDate?: string;
  assessmentDate?: string;
  mostRecentAssessmentOrReviewDate?: string;
  consentToBeContacted?: ConsentToBeContactedId;
  selectionStatus?: CaseSelectionStatusId;
  leadProfessionalContact?: string;
}

/** Fields kept for the checks across fields and records. */
const FACT_FIELDS: Readonly<Record<keyof RecordFacts, true>> = {
  pseudonymisedId: true,
  cohort: true,
  firstContactDate: true,
  assessmentDate: true,
  mostRecentAssessmentOrReviewDate: true,
  consentToBeContacted: true,
  selectionStatus: true,
  leadProfessionalContact: true,
};

function problem(
  code: CaseTrackingProblemCode,
  message: string,
  where: { recordIndex?: number; pseudonymisedId?: string | undefined; field?: string } = {},
): CaseTrackingProblem {
  return {
    code,
    severity: CASE_TRACKING_PROBLEM_SEVERITIES[code],
    ...(where.recordIndex === undefined ? {} : { recordIndex: where.recordIndex }),
    ...(where.pseudonymisedId === undefined ? {} : { pseudonymisedId: where.pseudonymisedId }),
    ...(where.field === undefined ? {} : { field: where.field }),
    message,
  };
}

/**
 * Checks a case-tracking list before it goes to CQC and lists every problem, never stopping at
 * the first: the wrong number of records; a required cohort missing (or thin); an assessment
 * outside the window before `asOf`, before the first contact, or dates after `asOf`; the same
 * pseudonymised id twice; a person CQC selected (to track or as a reserve) without consent given,
 * or a refusal on the list; selected and reserve numbers other than configured (once CQC has
 * selected); personal data in any field or field name; a named person's mailbox as the lead
 * professional contact; a needs summary over one page; and malformed records, field by field.
 * Records are checked as given (unknown values), so a broken record is reported, not thrown.
 *
 * @example
 * const { ok, problems } = checkCaseTrackingList(records, { asOf: '2025-06-10' });
 * if (!ok) for (const p of problems) console.log(p.recordIndex, p.code, p.message);
 */
export function checkCaseTrackingList(records: readonly unknown[], options: CaseTrackingOptionsInput): CaseTrackingListCheck {
  const parsed = parseInput(caseTrackingOptionsSchema, options, CASE_TRACKING_ERROR_MESSAGES.invalidOptions);
  const list = parseInput(z.array(z.unknown()), records, CASE_TRACKING_ERROR_MESSAGES.invalidList);
  const windowStart = caseTrackingWindowStart(parsed.asOf, parsed.assessmentWindowMonths);
  const perRecord: CaseTrackingProblem[][] = list.map(() => []);
  const facts: RecordFacts[] = list.map(() => ({}));

  list.forEach((record, recordIndex) => {
    const found = perRecord[recordIndex] ?? [];
    const known = facts[recordIndex] ?? {};
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      found.push(problem('malformed-record', CASE_TRACKING_PROBLEM_MESSAGES.recordNotAnObject, { recordIndex }));
      return;
    }
    const fields = record as Readonly<Record<string, unknown>>;
    const idResult = RECORD_FIELDS.pseudonymisedId.safeParse(fields.pseudonymisedId);
    // An id that is itself personal data (an NHS number) is reported, never repeated in problems.
    if (idResult.success && findPersonalData(idResult.data).length === 0) known.pseudonymisedId = idResult.data;
    const where = (field?: string): { recordIndex: number; pseudonymisedId: string | undefined; field?: string } => ({
      recordIndex,
      pseudonymisedId: known.pseudonymisedId,
      ...(field === undefined ? {} : { field }),
    });

    for (const field of RECORD_FIELD_NAMES) {
      const value = fields[field];
      if (field === 'needsSummary') {
        const summary = NEEDS_SUMMARY_TEXT.safeParse(value);
        if (summary.success && summary.data.length > parsed.needsSummaryMaxCharacters) {
          found.push(
            problem(
              'needs-summary-too-long',
              CASE_TRACKING_PROBLEM_MESSAGES.needsSummaryTooLong(summary.data.length, parsed.needsSummaryMaxCharacters),
              where(field),
            ),
          );
        }
        if (summary.success) continue;
      }
      const result = RECORD_FIELDS[field].safeParse(value);
      if (result.success) {
        if (field in FACT_FIELDS && field !== 'pseudonymisedId') (known as Record<string, unknown>)[field] = result.data;
        continue;
      }
      for (const issue of result.error.issues) {
        const path = [field, ...issue.path.filter((part): part is string | number => typeof part !== 'symbol')].join('.');
        found.push(problem('malformed-record', CASE_TRACKING_PROBLEM_MESSAGES.malformedField(path, issue.message), where(path)));
      }
    }
    for (const key of Object.keys(fields)) {
      // A field whose name says or is personal data is reported by the scan below instead.
      if (key in RECORD_FIELDS || personalDataKindOfColumnName(key) !== undefined || findPersonalData(key).length > 0) continue;
      found.push(problem('unknown-field', CASE_TRACKING_PROBLEM_MESSAGES.unknownField(key), where(key)));
    }
    found.push(...crossFieldProblems(known, parsed.asOf, windowStart, parsed.assessmentWindowMonths, where));
  });

  for (const finding of scanRecordsForPersonalData(list, { allowedKinds: { leadProfessionalContact: ['email-address', 'phone-number'] } })) {
    const pseudonymisedId = facts[finding.recordIndex]?.pseudonymisedId;
    const where = { recordIndex: finding.recordIndex, pseudonymisedId, field: finding.field };
    if (finding.source === 'field-name') {
      perRecord[finding.recordIndex]?.push(
        problem('personal-data-field', CASE_TRACKING_PROBLEM_MESSAGES.personalDataField(finding.message), where),
      );
    } else {
      perRecord[finding.recordIndex]?.push(
        problem('personal-data-found', CASE_TRACKING_PROBLEM_MESSAGES.personalDataFound(finding.field, finding.message), where),
      );
    }
  }

  for (const duplicate of duplicateProblems(facts)) perRecord[duplicate.recordIndex ?? 0]?.push(duplicate);
  const problems = [...listProblems(list.length, facts, parsed), ...perRecord.flat()];
  const errorCount = problems.filter((found) => found.severity === 'error').length;
  return { ok: errorCount === 0, problems, errorCount, warningCount: problems.length - errorCount };
}

function crossFieldProblems(
  known: RecordFacts,
  asOf: string,
  windowStart: string,
  windowMonths: number,
  where: (field?: string) => { recordIndex: number; pseudonymisedId: string | undefined; field?: string },
): CaseTrackingProblem[] {
  const found: CaseTrackingProblem[] = [];
  const { firstContactDate, assessmentDate, mostRecentAssessmentOrReviewDate: latest } = known;
  if (assessmentDate !== undefined && assessmentDate < windowStart) {
    found.push(
      problem(
        'assessment-outside-window',
        CASE_TRACKING_PROBLEM_MESSAGES.assessmentOutsideWindow(assessmentDate, windowStart, windowMonths),
        where('assessmentDate'),
      ),
    );
  }
  for (const field of ['firstContactDate', 'assessmentDate', 'mostRecentAssessmentOrReviewDate'] as const) {
    const date = known[field];
    if (date !== undefined && date > asOf) {
      found.push(problem('date-after-as-of', CASE_TRACKING_PROBLEM_MESSAGES.dateAfterAsOf(FIELD_LABELS[field] ?? field, date, asOf), where(field)));
    }
  }
  if (assessmentDate !== undefined && firstContactDate !== undefined && assessmentDate < firstContactDate) {
    found.push(
      problem(
        'assessment-before-first-contact',
        CASE_TRACKING_PROBLEM_MESSAGES.assessmentBeforeFirstContact(assessmentDate, firstContactDate),
        where('assessmentDate'),
      ),
    );
  }
  if (assessmentDate !== undefined && latest !== undefined && latest < assessmentDate) {
    found.push(
      problem(
        'review-before-assessment',
        CASE_TRACKING_PROBLEM_MESSAGES.reviewBeforeAssessment(latest, assessmentDate),
        where('mostRecentAssessmentOrReviewDate'),
      ),
    );
  }
  const { selectionStatus, consentToBeContacted } = known;
  if (selectionStatus !== undefined && selectionStatus !== 'submitted' && consentToBeContacted !== undefined && consentToBeContacted !== 'given') {
    found.push(
      problem(
        'consent-missing',
        CASE_TRACKING_PROBLEM_MESSAGES.consentMissing(CASE_SELECTION_STATUS_LABELS[selectionStatus], consentToBeContacted),
        where('consentToBeContacted'),
      ),
    );
  }
  if (selectionStatus === 'submitted' && consentToBeContacted === 'refused') {
    found.push(problem('consent-refused', CASE_TRACKING_PROBLEM_MESSAGES.consentRefused, where('consentToBeContacted')));
  }
  if (known.leadProfessionalContact !== undefined && looksLikePersonalMailbox(known.leadProfessionalContact)) {
    found.push(
      problem(
        'lead-professional-contact-personal',
        CASE_TRACKING_PROBLEM_MESSAGES.personalMailbox(known.leadProfessionalContact),
        where('leadProfessionalContact'),
      ),
    );
  }
  return found;
}

function listProblems(
  recordCount: number,
  facts: readonly RecordFacts[],
  options: z.output<typeof caseTrackingOptionsSchema>,
): CaseTrackingProblem[] {
  const found: CaseTrackingProblem[] = [];
  if (recordCount !== options.size) {
    found.push(problem('wrong-record-count', CASE_TRACKING_PROBLEM_MESSAGES.wrongRecordCount(recordCount, options.size)));
  }
  const perCohort = new Map<CohortId, number>(COHORT_IDS.map((cohort) => [cohort, 0]));
  for (const { cohort } of facts) if (cohort !== undefined) perCohort.set(cohort, (perCohort.get(cohort) ?? 0) + 1);
  const target = Math.floor(options.size / options.requiredCohorts.length);
  for (const cohort of options.requiredCohorts) {
    const count = perCohort.get(cohort) ?? 0;
    if (count === 0) found.push(problem('cohort-missing', CASE_TRACKING_PROBLEM_MESSAGES.cohortMissing(cohort)));
    else if (count < target) {
      found.push(problem('cohort-under-represented', CASE_TRACKING_PROBLEM_MESSAGES.cohortUnderRepresented(cohort, count, target)));
    }
  }
  const statuses = facts.map((fact) => fact.selectionStatus);
  if (statuses.some((status) => status === 'selected-to-track' || status === 'reserve')) {
    const tracked = statuses.filter((status) => status === 'selected-to-track').length;
    const reserves = statuses.filter((status) => status === 'reserve').length;
    if (tracked !== options.trackedCount) {
      found.push(problem('tracked-count-mismatch', CASE_TRACKING_PROBLEM_MESSAGES.trackedCountMismatch(tracked, options.trackedCount)));
    }
    if (reserves !== options.reserveCount) {
      found.push(problem('reserve-count-mismatch', CASE_TRACKING_PROBLEM_MESSAGES.reserveCountMismatch(reserves, options.reserveCount)));
    }
  }
  return found;
}

function duplicateProblems(facts: readonly RecordFacts[]): CaseTrackingProblem[] {
  const firstIndex = new Map<string, number>();
  const found: CaseTrackingProblem[] = [];
  facts.forEach(({ pseudonymisedId }, recordIndex) => {
    if (pseudonymisedId === undefined) return;
    const first = firstIndex.get(pseudonymisedId);
    if (first === undefined) {
      firstIndex.set(pseudonymisedId, recordIndex);
      return;
    }
    found.push(
      problem('duplicate-pseudonymised-id', CASE_TRACKING_PROBLEM_MESSAGES.duplicatePseudonymisedId(pseudonymisedId, first), {
        recordIndex,
        pseudonymisedId,
        field: 'pseudonymisedId',
      }),
    );
  });
  return found;
}
