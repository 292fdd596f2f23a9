import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { EXAMPLE_CASE_DETAILS, EXAMPLE_PSEUDONYMISATION_KEY } from '../testing/case-tracking-examples.js';
import { caseTrackingRecordSchema } from './case-tracking-record.js';
import { personExtractRowSchema, type PersonExtractRow } from './person-extract-row.js';
import { pseudonymiseId } from './pseudonymisation.js';
import { toCaseTrackingRecords } from './to-case-tracking-records.js';

const row: PersonExtractRow = personExtractRowSchema.parse({
  localPersonId: 'LAS-77',
  cohorts: ['CT01', 'CT03'],
  firstContactDate: '2024-08-01',
  assessmentDate: '2024-09-01',
  reviewDate: '2025-03-01',
  ethnicity: 'black',
  higherRiskFlags: ['lives-alone'],
  consentToContact: 'given',
  leadProfessionalRole: 'Social worker',
});

describe('turning picks into case-tracking records', () => {
  it('pseudonymises the id, keeps the dates and takes the later of assessment and review as the most recent', () => {
    const [record] = toCaseTrackingRecords([{ row, cohort: 'CT03' }], EXAMPLE_PSEUDONYMISATION_KEY, () => EXAMPLE_CASE_DETAILS);
    expect(record).toMatchObject({
      pseudonymisedId: pseudonymiseId('LAS-77', EXAMPLE_PSEUDONYMISATION_KEY),
      cohort: 'CT03',
      firstContactDate: '2024-08-01',
      assessmentDate: '2024-09-01',
      mostRecentAssessmentOrReviewDate: '2025-03-01',
      consentToBeContacted: 'given',
      leadProfessionalRole: 'Social worker',
      selectionStatus: 'submitted',
      characteristics: { ethnicity: 'black' },
      higherRiskFlags: ['lives-alone'],
    });
    expect(JSON.stringify(record)).not.toContain('LAS-77');
    expect(caseTrackingRecordSchema.safeParse(record).success).toBe(true);
  });

  it('takes details from a map by local id, and can leave characteristics out', () => {
    const [record] = toCaseTrackingRecords([{ row, cohort: 'CT01' }], EXAMPLE_PSEUDONYMISATION_KEY, { 'LAS-77': EXAMPLE_CASE_DETAILS }, { includeCharacteristics: false });
    expect(record).not.toHaveProperty('characteristics');
    expect(record).not.toHaveProperty('higherRiskFlags');
  });

  it('consent not recorded anywhere is "not-yet-asked"', () => {
    const withoutConsent = { ...row, consentToContact: undefined };
    const [record] = toCaseTrackingRecords([{ row: withoutConsent, cohort: 'CT01' }], EXAMPLE_PSEUDONYMISATION_KEY, () => EXAMPLE_CASE_DETAILS);
    expect(record?.consentToBeContacted).toBe('not-yet-asked');
  });

  it('refuses to make any record when some cannot be made, listing each problem', () => {
    const other = { ...row, localPersonId: 'LAS-78', leadProfessionalRole: undefined };
    const attempt = (): unknown =>
      toCaseTrackingRecords(
        [
          { row, cohort: 'CT01' },
          { row: other, cohort: 'CT01' },
          { row: { ...row, localPersonId: 'LAS-79' }, cohort: 'CT01' },
        ],
        EXAMPLE_PSEUDONYMISATION_KEY,
        { 'LAS-77': { ...EXAMPLE_CASE_DETAILS, needsSummary: 'x'.repeat(3001) }, 'LAS-78': EXAMPLE_CASE_DETAILS },
      );
    expect(attempt).toThrow(InvalidInputError);
    try {
      attempt();
    } catch (error) {
      expect(InvalidInputError.isInstance(error) && error.problems.map((problem) => problem.path.join('.'))).toEqual([
        '0.needsSummary',
        '1.leadProfessionalRole',
        '2',
      ]);
    }
  });

  it('a details map does not read inherited properties as a person', () => {
    const attempt = (): unknown =>
      toCaseTrackingRecords([{ row: { ...row, localPersonId: 'constructor' }, cohort: 'CT01' }], EXAMPLE_PSEUDONYMISATION_KEY, {});
    expect(attempt).toThrow(/no case details/);
  });
});
