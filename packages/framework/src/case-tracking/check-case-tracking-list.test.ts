import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { EXAMPLE_CASE_TRACKING_AS_OF, exampleCaseTrackingList } from '../testing/case-tracking-examples.js';
import type { CaseTrackingRecord } from './case-tracking-record.js';
import {
  CASE_TRACKING_PROBLEM_CODES,
  CASE_TRACKING_PROBLEM_SEVERITIES,
  checkCaseTrackingList,
  type CaseTrackingProblem,
  type CaseTrackingProblemCode,
} from './check-case-tracking-list.js';

const asOf = EXAMPLE_CASE_TRACKING_AS_OF;
type Editable = Record<string, unknown>;

function check(records: readonly unknown[], options: Record<string, unknown> = {}): ReturnType<typeof checkCaseTrackingList> {
  return checkCaseTrackingList(records, { asOf, ...options });
}

function withEdit(edit: (records: Editable[]) => void): Editable[] {
  const records = exampleCaseTrackingList() as unknown as Editable[];
  edit(records);
  return records;
}

function record(records: Editable[], index: number): Editable {
  const found = records[index];
  if (found === undefined) throw new Error(`no record ${index}`);
  return found;
}

function codes(problems: readonly CaseTrackingProblem[]): CaseTrackingProblemCode[] {
  return problems.map((problem) => problem.code);
}

/** Selects the first six records to track and the next four as reserves, all with consent. */
function selectTen(records: Editable[]): void {
  records.forEach((each, index) => {
    if (index < 10) {
      each.selectionStatus = index < 6 ? 'selected-to-track' : 'reserve';
      each.consentToBeContacted = 'given';
    }
  });
}

describe('checking a case-tracking list', () => {
  it('a complete, anonymised list of 50 passes', () => {
    const result = check(exampleCaseTrackingList());
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, errorCount: 0, warningCount: 0 });
  });

  it('a list after CQC selected 6 to track and 4 reserves, with consent, passes', () => {
    expect(check(withEdit(selectTen)).ok).toBe(true);
  });

  it('wrong-record-count: a list of 49 is not the 50 CQC asks for', () => {
    const result = check(exampleCaseTrackingList().slice(1));
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({
      code: 'wrong-record-count',
      severity: 'error',
      message: 'The list has 49 records; CQC asks for 50.',
    });
  });

  it('wrong-record-count follows the configured size', () => {
    expect(codes(check(exampleCaseTrackingList(), { size: 40 }).problems)).toContain('wrong-record-count');
  });

  it('cohort-missing: a list with no unpaid carers (CT07) is missing a cohort', () => {
    const records = withEdit((list) => {
      for (const each of list) if (each.cohort === 'CT07') each.cohort = 'CT01';
    });
    const missing = check(records).problems.filter((problem) => problem.code === 'cohort-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain('CT07 (unpaid carers)');
  });

  it('cohort-under-represented: a cohort with fewer than 7 people is a warning, not an error', () => {
    const records = withEdit((list) => {
      let moved = 0;
      for (const each of list) if (each.cohort === 'CT02' && moved++ < 5) each.cohort = 'CT01';
    });
    const result = check(records);
    expect(result.problems.find((problem) => problem.code === 'cohort-under-represented')).toMatchObject({ severity: 'warning' });
    expect(result.ok).toBe(true);
  });

  it('assessment-outside-window: an assessment more than 12 months before the list date is reported', () => {
    const records = withEdit((list) => {
      Object.assign(record(list, 3), { firstContactDate: '2024-01-01', assessmentDate: '2024-06-09', mostRecentAssessmentOrReviewDate: '2024-06-09' });
    });
    expect(check(records).problems).toContainEqual(
      expect.objectContaining({ code: 'assessment-outside-window', recordIndex: 3, field: 'assessmentDate' }),
    );
  });

  it('an assessment exactly 12 months before the list date is inside the window', () => {
    const records = withEdit((list) => {
      Object.assign(record(list, 3), { firstContactDate: '2024-01-01', assessmentDate: '2024-06-10', mostRecentAssessmentOrReviewDate: '2024-06-10' });
    });
    expect(check(records).ok).toBe(true);
  });

  it('assessment-before-first-contact: an assessment before the first contact is reported', () => {
    const records = withEdit((list) => {
      Object.assign(record(list, 4), { firstContactDate: '2025-03-01', assessmentDate: '2025-02-01', mostRecentAssessmentOrReviewDate: '2025-02-01' });
    });
    expect(codes(check(records).problems)).toEqual(['assessment-before-first-contact']);
  });

  it('review-before-assessment: a most recent review before the assessment is reported', () => {
    const records = withEdit((list) => {
      Object.assign(record(list, 5), { firstContactDate: '2024-09-01', assessmentDate: '2025-02-01', mostRecentAssessmentOrReviewDate: '2025-01-01' });
    });
    expect(codes(check(records).problems)).toEqual(['review-before-assessment']);
  });

  it('date-after-as-of: a date after the list date is reported for each field', () => {
    const records = withEdit((list) => {
      Object.assign(record(list, 6), { firstContactDate: '2025-06-11', assessmentDate: '2025-06-12', mostRecentAssessmentOrReviewDate: '2025-06-12' });
    });
    const fields = check(records)
      .problems.filter((problem) => problem.code === 'date-after-as-of')
      .map((problem) => problem.field);
    expect(fields).toEqual(['firstContactDate', 'assessmentDate', 'mostRecentAssessmentOrReviewDate']);
  });

  it('duplicate-pseudonymised-id: the same person twice is reported on the second record', () => {
    const records = withEdit((list) => {
      record(list, 9).pseudonymisedId = record(list, 2).pseudonymisedId;
    });
    const [duplicate] = check(records).problems.filter((problem) => problem.code === 'duplicate-pseudonymised-id');
    expect(duplicate).toMatchObject({ recordIndex: 9, pseudonymisedId: record(records, 2).pseudonymisedId });
    expect(duplicate?.message).toContain('record 3');
  });

  it('consent-missing: a person selected to track or as a reserve without consent given is an error', () => {
    const records = withEdit((list) => {
      selectTen(list);
      record(list, 0).consentToBeContacted = 'not-yet-asked';
      record(list, 7).consentToBeContacted = 'refused';
    });
    const missing = check(records).problems.filter((problem) => problem.code === 'consent-missing');
    expect(missing.map((problem) => problem.recordIndex)).toEqual([0, 7]);
    expect(missing.every((problem) => problem.severity === 'error')).toBe(true);
  });

  it('consent-refused: a refusal on the submitted list is a warning', () => {
    const records = withEdit((list) => {
      record(list, 11).consentToBeContacted = 'refused';
    });
    const result = check(records);
    expect(result.problems).toMatchObject([{ code: 'consent-refused', severity: 'warning', recordIndex: 11 }]);
    expect(result.ok).toBe(true);
  });

  it('tracked-count-mismatch and reserve-count-mismatch: CQC selects 6 to track and 4 reserves', () => {
    const records = withEdit((list) => {
      selectTen(list);
      record(list, 5).selectionStatus = 'reserve';
    });
    const result = check(records);
    expect(codes(result.problems)).toEqual(['tracked-count-mismatch', 'reserve-count-mismatch']);
    expect(result.problems[0]?.message).toBe('5 people marked as selected to track; CQC tracks 6.');
  });

  it('selection counts follow the configuration', () => {
    const records = withEdit(selectTen);
    expect(codes(check(records, { selectedCount: 10, trackedCount: 5, reserveCount: 5 }).problems)).toEqual([
      'tracked-count-mismatch',
      'reserve-count-mismatch',
    ]);
  });

  it('personal-data-found: names, NHS numbers and the like in any free-text field are errors', () => {
    const records = withEdit((list) => {
      record(list, 1).needsSummary = 'Lives with Mrs Patel; NHS number 943 476 5919.';
      record(list, 2).servicesProvided = ['Home care', 'Call her on 07700 900123'];
      record(list, 3).multiAgencyContext = 'Known to the GP practice at B33 8TH.';
      record(list, 4).initialReasonForContact = 'Referred by John Smith, neighbour.';
    });
    const found = check(records).problems.filter((problem) => problem.code === 'personal-data-found');
    expect(found.map((problem) => [problem.recordIndex, problem.field])).toEqual([
      [1, 'needsSummary'],
      [1, 'needsSummary'],
      [2, 'servicesProvided.1'],
      [3, 'multiAgencyContext'],
      [4, 'initialReasonForContact'],
    ]);
    expect(found[1]?.message).toContain('943 *** ****');
    expect(found.map((problem) => problem.message).join(' ')).not.toContain('5919');
  });

  it('personal-data-field: a field named like personal data is an error, whatever it holds', () => {
    const records = withEdit((list) => {
      record(list, 8).dateOfBirth = '1956-03-12';
    });
    const problems = check(records).problems;
    expect(problems).toContainEqual(expect.objectContaining({ code: 'personal-data-field', recordIndex: 8, field: 'dateOfBirth' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'personal-data-found', recordIndex: 8, field: 'dateOfBirth' }));
    expect(codes(problems)).not.toContain('unknown-field');
  });

  it('an id that is itself personal data is reported and never repeated in the problems', () => {
    const records = withEdit((list) => {
      record(list, 10).pseudonymisedId = '9434765919';
      record(list, 11)['Mary Jones'] = 'x';
    });
    const problems = check(records).problems;
    expect(problems).toContainEqual(expect.objectContaining({ code: 'personal-data-found', recordIndex: 10, field: 'pseudonymisedId' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'personal-data-field', recordIndex: 11 }));
    expect(JSON.stringify(problems)).not.toContain('9434765919');
    expect(JSON.stringify(problems)).not.toContain('Mary Jones');
  });

  it('lead-professional-contact-personal: a named person’s mailbox is an error; a team mailbox is fine', () => {
    const records = withEdit((list) => {
      record(list, 12).leadProfessionalContact = 'jane.smith@council.example.gov.uk';
    });
    expect(check(records).problems).toMatchObject([{ code: 'lead-professional-contact-personal', recordIndex: 12 }]);
  });

  it('needs-summary-too-long: a summary of needs over one page is an error', () => {
    const records = withEdit((list) => {
      record(list, 13).needsSummary = 'Needs support with daily living. '.repeat(100);
    });
    expect(check(records).problems).toMatchObject([{ code: 'needs-summary-too-long', recordIndex: 13, field: 'needsSummary' }]);
  });

  it('the one-page limit follows the configuration', () => {
    const records = withEdit((list) => {
      record(list, 13).needsSummary = 'Needs support with daily living. '.repeat(10);
    });
    expect(check(records).ok).toBe(true);
    expect(codes(check(records, { needsSummaryMaxCharacters: 200 }).problems)).toEqual(['needs-summary-too-long']);
  });

  it('malformed-record: every broken field is reported, and a record that is not an object too', () => {
    const records = withEdit((list) => {
      Object.assign(record(list, 14), { cohort: 'CT9', assessmentDate: '2025-02-30', servicesProvided: 'home care' });
      delete record(list, 15).needsSummary;
      list[16] = 'not a record' as unknown as Editable;
    });
    const malformed = check(records).problems.filter((problem) => problem.code === 'malformed-record');
    expect(malformed.map((problem) => [problem.recordIndex, problem.field])).toEqual([
      [14, 'cohort'],
      [14, 'assessmentDate'],
      [14, 'servicesProvided'],
      [15, 'needsSummary'],
      [16, undefined],
    ]);
  });

  it('unknown-field: a field a case-tracking record does not have is an error', () => {
    const records = withEdit((list) => {
      record(list, 17).notes = 'Extra column';
    });
    expect(check(records).problems).toMatchObject([{ code: 'unknown-field', recordIndex: 17, field: 'notes' }]);
  });

  it('lists every problem at once, list-wide problems first', () => {
    const records = withEdit((list) => {
      list.pop();
      record(list, 0).needsSummary = 'Mr Jones';
      record(list, 1).cohort = 'CT99';
      record(list, 2).pseudonymisedId = record(list, 0).pseudonymisedId;
    });
    const errors = check(records).problems.filter((problem) => problem.severity === 'error');
    expect(codes(errors)).toEqual(['wrong-record-count', 'personal-data-found', 'malformed-record', 'duplicate-pseudonymised-id']);
  });

  it('problem codes are unique kebab-case ids, each with a severity', () => {
    expect(new Set(CASE_TRACKING_PROBLEM_CODES).size).toBe(CASE_TRACKING_PROBLEM_CODES.length);
    for (const code of CASE_TRACKING_PROBLEM_CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(Object.keys(CASE_TRACKING_PROBLEM_SEVERITIES).sort()).toEqual([...CASE_TRACKING_PROBLEM_CODES].sort());
  });

  it('ok is true exactly when there is no error', () => {
    const mutations: ((list: Editable[]) => void)[] = [
      (list) => list.pop(),
      (list) => void (record(list, 11).consentToBeContacted = 'refused'),
      (list) => void (record(list, 0).needsSummary = 'Seen with Dr Okafor'),
      (list) => void (record(list, 1).leadProfessionalRole = ''),
    ];
    fc.assert(
      fc.property(fc.subarray(mutations), (chosen) => {
        const result = check(withEdit((list) => chosen.forEach((mutate) => mutate(list))));
        expect(result.ok).toBe(result.problems.every((problem) => problem.severity === 'warning'));
        expect(result.errorCount + result.warningCount).toBe(result.problems.length);
      }),
      { numRuns: 16 },
    );
  });

  it('bad options are refused, not half-checked', () => {
    expect(() => checkCaseTrackingList([], { asOf: 'next week' })).toThrow(InvalidInputError);
    expect(() => checkCaseTrackingList('records' as unknown as unknown[], { asOf })).toThrow(InvalidInputError);
  });

  it('the records themselves are not changed by checking', () => {
    const records: CaseTrackingRecord[] = exampleCaseTrackingList();
    const before = structuredClone(records);
    check(records);
    expect(records).toEqual(before);
  });
});
