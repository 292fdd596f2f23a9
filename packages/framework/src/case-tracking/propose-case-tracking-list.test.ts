import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { COHORT_IDS, type CohortId } from '../ids.js';
import { EXAMPLE_CASE_TRACKING_AS_OF, EXAMPLE_CASE_DETAILS, EXAMPLE_PSEUDONYMISATION_KEY } from '../testing/case-tracking-examples.js';
import { checkCaseTrackingList } from './check-case-tracking-list.js';
import { findEligibleCaseTrackingPeople } from './eligibility.js';
import { HIGHER_RISK_FLAG_IDS } from './higher-risk-flags.js';
import { addCalendarDays } from '../calendar/iso-date.js';
import type { PersonExtractRowInput } from './person-extract-row.js';
import { proposeCaseTrackingList, type CaseTrackingProposal } from './propose-case-tracking-list.js';
import {
  AGE_BAND_IDS,
  DISABILITY_STATUS_IDS,
  ETHNIC_GROUP_IDS,
  GENDER_IDENTITY_IDS,
  RELIGION_IDS,
  SEX_IDS,
  SEXUAL_ORIENTATION_IDS,
} from './protected-characteristics.js';
import { generateSyntheticExtract } from './synthetic-extract.js';
import { toCaseTrackingRecords } from './to-case-tracking-records.js';

const asOf = EXAMPLE_CASE_TRACKING_AS_OF;
const maybe = <Value>(arbitrary: fc.Arbitrary<Value>): fc.Arbitrary<Value | undefined> =>
  fc.option(arbitrary, { nil: undefined });

/** A person of one cohort (sometimes two), assessed within the window. */
const eligiblePersonIn = (cohort: CohortId): fc.Arbitrary<Omit<PersonExtractRowInput, 'localPersonId'>> =>
  fc
    .record({
      extraCohorts: fc.subarray([...COHORT_IDS], { maxLength: 1 }),
      ageBand: maybe(fc.constantFrom(...AGE_BAND_IDS)),
      sex: maybe(fc.constantFrom(...SEX_IDS)),
      ethnicity: maybe(fc.constantFrom(...ETHNIC_GROUP_IDS)),
      disability: maybe(fc.constantFrom(...DISABILITY_STATUS_IDS)),
      religion: maybe(fc.constantFrom(...RELIGION_IDS)),
      sexualOrientation: maybe(fc.constantFrom(...SEXUAL_ORIENTATION_IDS)),
      genderReassignment: maybe(fc.constantFrom(...GENDER_IDENTITY_IDS)),
      higherRiskFlags: fc.subarray([...HIGHER_RISK_FLAG_IDS], { maxLength: 3 }),
      assessedDaysAgo: fc.integer({ min: 0, max: 365 }),
      contactDaysBefore: fc.integer({ min: 0, max: 2000 }),
      reviewDaysAfter: maybe(fc.integer({ min: 0, max: 400 })),
      consentToContact: maybe(fc.constantFrom('given' as const, 'not-yet-asked' as const)),
    })
    .map(({ extraCohorts, assessedDaysAgo, contactDaysBefore, reviewDaysAfter, ...rest }) => {
      const assessmentDate = addCalendarDays(asOf, -assessedDaysAgo);
      const reviewDate =
        reviewDaysAfter === undefined ? undefined : addCalendarDays(assessmentDate, Math.min(reviewDaysAfter, assessedDaysAgo));
      return {
        ...rest,
        cohorts: [cohort, ...extraCohorts],
        primaryCohort: cohort,
        assessmentDate,
        firstContactDate: addCalendarDays(assessmentDate, -contactDaysBefore),
        ...(reviewDate === undefined ? {} : { reviewDate }),
      };
    });

/** Rows that must never be picked. */
type RowWithoutId = Omit<PersonExtractRowInput, 'localPersonId'>;
const ineligiblePerson: fc.Arbitrary<RowWithoutId> = fc.oneof(
  fc.integer({ min: 366, max: 1000 }).map(
    (daysAgo): RowWithoutId => ({
      cohorts: ['CT02'],
      assessmentDate: addCalendarDays(asOf, -daysAgo),
      firstContactDate: addCalendarDays(asOf, -daysAgo - 10),
    }),
  ),
  fc.constant<RowWithoutId>({ cohorts: ['CT03'], assessmentDate: '2025-01-01', firstContactDate: '2024-12-01', consentToContact: 'refused' }),
  fc.constant<RowWithoutId>({ cohorts: ['CT04'], assessmentDate: '2025-01-01', firstContactDate: '2025-02-01' }),
);

/** An extract with at least 8 eligible people per cohort, some ineligible rows, in any order. */
const extracts = fc
  .tuple(
    ...COHORT_IDS.map((cohort) => fc.array(eligiblePersonIn(cohort), { minLength: 8, maxLength: 12 })),
    fc.array(ineligiblePerson, { maxLength: 15 }),
  )
  .chain((groups) => fc.shuffledSubarray(groups.flat(), { minLength: groups.flat().length }))
  .map((rows) => rows.map((row, index): PersonExtractRowInput => ({ localPersonId: `LAS-${index}`, ...row })));

function summary(proposal: CaseTrackingProposal): unknown[] {
  return proposal.picks.map((pick) => [pick.row.localPersonId, pick.cohort, pick.score, ...pick.reasons]);
}

describe('proposing a case-tracking list', () => {
  it('a proposed list always passes its own check', () => {
    fc.assert(
      fc.property(extracts, fc.string(), (rows, seed) => {
        const proposal = proposeCaseTrackingList(rows, { asOf, seed });
        const records = toCaseTrackingRecords(proposal.picks, EXAMPLE_PSEUDONYMISATION_KEY, () => ({ ...EXAMPLE_CASE_DETAILS, leadProfessionalRole: 'Social worker' }));
        const check = checkCaseTrackingList(records, { asOf });
        expect(check.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
        expect(check.ok).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('nobody assessed more than 12 months ago, refusing contact, or with dates out of order is picked', () => {
    fc.assert(
      fc.property(extracts, (rows) => {
        const proposal = proposeCaseTrackingList(rows, { asOf });
        const eligibleIds = new Set(findEligibleCaseTrackingPeople(rows, { asOf }).eligible.map((row) => row.localPersonId));
        for (const { row } of proposal.picks) {
          expect(eligibleIds.has(row.localPersonId)).toBe(true);
          expect(row.assessmentDate >= '2024-06-10').toBe(true);
          expect(row.consentToContact).not.toBe('refused');
        }
      }),
      { numRuns: 30 },
    );
  });

  it('every cohort gets its seven places when it has enough eligible people', () => {
    fc.assert(
      fc.property(extracts, (rows) => {
        const proposal = proposeCaseTrackingList(rows, { asOf });
        expect(proposal.picks).toHaveLength(50);
        for (const cohort of COHORT_IDS) expect(proposal.coverage.cohorts[cohort]).toBeGreaterThanOrEqual(7);
      }),
      { numRuns: 30 },
    );
  });

  it('each person is picked once, under one of their own cohorts', () => {
    fc.assert(
      fc.property(extracts, (rows) => {
        const { picks } = proposeCaseTrackingList(rows, { asOf });
        expect(new Set(picks.map((pick) => pick.row.localPersonId)).size).toBe(picks.length);
        for (const pick of picks) expect(pick.row.cohorts).toContain(pick.cohort);
        expect(picks.map((pick) => pick.rank)).toEqual(picks.map((_, index) => index + 1));
      }),
      { numRuns: 30 },
    );
  });

  it('the same extract and seed give the same list, whatever the order of the rows', () => {
    fc.assert(
      fc.property(
        extracts.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        fc.string(),
        ([rows, shuffled], seed) => {
          expect(summary(proposeCaseTrackingList(shuffled, { asOf, seed }))).toEqual(summary(proposeCaseTrackingList(rows, { asOf, seed })));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('coverage counts add up to the picks and to the eligible people', () => {
    fc.assert(
      fc.property(extracts, (rows) => {
        const proposal = proposeCaseTrackingList(rows, { asOf });
        const sum = (counts: Readonly<Record<string, number>>): number => Object.values(counts).reduce((total, count) => total + count, 0);
        expect(sum(proposal.coverage.cohorts)).toBe(proposal.picks.length);
        for (const distribution of Object.values(proposal.coverage.characteristics)) {
          expect(sum(distribution.picks)).toBe(proposal.picks.length);
          expect(sum(distribution.eligible)).toBe(proposal.eligibleCount);
        }
        expect(proposal.eligibleCount + sum(proposal.excluded)).toBe(rows.length);
      }),
      { numRuns: 30 },
    );
  });
});

describe('a proposal from a synthetic council of 5,000 people', () => {
  const rows = generateSyntheticExtract({ count: 5000, seed: 'proposal', asOf });
  const proposal = proposeCaseTrackingList(rows, { asOf, seed: 'june' });

  it('has 50 people, at least 7 in every cohort', () => {
    expect(proposal.picks).toHaveLength(50);
    for (const cohort of COHORT_IDS) expect(proposal.coverage.cohorts[cohort]).toBeGreaterThanOrEqual(7);
    expect(proposal.warnings).toEqual([]);
  });

  it('explains each pick in plain English', () => {
    for (const pick of proposal.picks) expect(pick.reasons.length).toBeGreaterThan(0);
    const reasons = proposal.picks.flatMap((pick) => pick.reasons);
    expect(reasons).toContain('covers cohort CT02 (young people who transitioned to adult services)');
    expect(reasons.some((reason) => /^adds ethnicity group '(asian|black|mixed|other|white)'$/.test(reason))).toBe(true);
    expect(reasons.some((reason) => reason.startsWith('higher risk: '))).toBe(true);
  });

  it('includes every ethnic group, religion and higher-risk flag the eligible people have, and people with no flag', () => {
    const { characteristics, higherRisk } = proposal.coverage;
    for (const field of ['ethnicity', 'religion', 'ageBand', 'sex'] as const) {
      for (const [value, eligible] of Object.entries(characteristics[field].eligible)) {
        if (value !== 'not-recorded' && eligible > 0) expect(characteristics[field].picks[value], `${field} ${value}`).toBeGreaterThan(0);
      }
    }
    for (const [flag, eligible] of Object.entries(higherRisk.eligible)) {
      if (eligible > 0) expect(higherRisk.picks[flag], flag).toBeGreaterThan(0);
    }
  });

  it('another seed gives another list of the same spread', () => {
    const other = proposeCaseTrackingList(rows, { asOf, seed: 'july' });
    expect(other.picks.map((pick) => pick.row.localPersonId)).not.toEqual(proposal.picks.map((pick) => pick.row.localPersonId));
    for (const cohort of COHORT_IDS) expect(other.coverage.cohorts[cohort]).toBeGreaterThanOrEqual(7);
  });
});

describe('warnings about a proposal', () => {
  const person = (localPersonId: string, cohort: CohortId, overrides: Partial<PersonExtractRowInput> = {}): PersonExtractRowInput => ({
    localPersonId,
    cohorts: [cohort],
    firstContactDate: '2024-09-01',
    assessmentDate: '2024-10-01',
    ...overrides,
  });
  const crowd = (cohort: CohortId, count: number): PersonExtractRowInput[] =>
    Array.from({ length: count }, (_, index) => person(`${cohort}-${index}`, cohort, { sex: index % 2 === 0 ? 'female' : 'male' }));

  it('a cohort with only 3 eligible people gets all 3 and a warning', () => {
    const rows = [...COHORT_IDS.filter((cohort) => cohort !== 'CT02').flatMap((cohort) => crowd(cohort, 12)), ...crowd('CT02', 3)];
    const proposal = proposeCaseTrackingList(rows, { asOf });
    expect(proposal.coverage.cohorts.CT02).toBe(3);
    expect(proposal.picks).toHaveLength(50);
    expect(proposal.warnings).toContainEqual({
      code: 'few-eligible-in-cohort',
      cohort: 'CT02',
      message: 'only 3 eligible people in CT02 (young people who transitioned to adult services): the list aims for 7',
    });
  });

  it('a cohort with nobody eligible is named, and the list is filled from the others', () => {
    const rows = COHORT_IDS.filter((cohort) => cohort !== 'CT07').flatMap((cohort) => crowd(cohort, 10));
    const proposal = proposeCaseTrackingList(rows, { asOf });
    expect(proposal.picks).toHaveLength(50);
    expect(proposal.warnings.map((warning) => warning.code)).toContain('no-eligible-in-cohort');
  });

  it('too few eligible people for the list is a warning, and everyone eligible is on it', () => {
    const rows = COHORT_IDS.flatMap((cohort) => crowd(cohort, 4));
    const proposal = proposeCaseTrackingList(rows, { asOf });
    expect(proposal.picks).toHaveLength(28);
    expect(proposal.warnings.map((warning) => warning.code)).toContain('fewer-eligible-than-size');
  });

  it('people who share a cohort with a scarce cohort are kept for it', () => {
    // The only CT02 people are also CT04: CT04 must not take them, or CT02 falls short.
    const rows = [
      ...COHORT_IDS.filter((cohort) => cohort !== 'CT02').flatMap((cohort) => crowd(cohort, 10)),
      ...Array.from({ length: 7 }, (_, index) => person(`both-${index}`, 'CT04', { cohorts: ['CT02', 'CT04'], ethnicity: 'black' })),
    ];
    expect(proposeCaseTrackingList(rows, { asOf }).coverage.cohorts.CT02).toBe(7);
  });

  it('two cohorts sharing too few people share them, so both are on the list, and each shortfall is named', () => {
    const shared = Array.from({ length: 7 }, (_, index) => person(`shared-${index}`, 'CT02', { cohorts: ['CT02', 'CT04'] }));
    const rows = [...COHORT_IDS.filter((cohort) => cohort !== 'CT02' && cohort !== 'CT04').flatMap((cohort) => crowd(cohort, 10)), ...shared];
    const { coverage, warnings } = proposeCaseTrackingList(rows, { asOf });
    expect(coverage.cohorts.CT02 + coverage.cohorts.CT04).toBe(7);
    expect(coverage.cohorts.CT02).toBeGreaterThan(0);
    expect(coverage.cohorts.CT04).toBeGreaterThan(0);
    const short = warnings.filter((warning) => warning.code === 'cohort-short-of-target').map((warning) => warning.cohort);
    expect(short).toEqual(['CT02', 'CT04']);
  });

  it('duplicate ids and unrecorded characteristics are warned about', () => {
    const rows = [...COHORT_IDS.flatMap((cohort) => crowd(cohort, 8)), person('CT01-0', 'CT01')];
    const codes = proposeCaseTrackingList(rows, { asOf }).warnings.map((warning) => warning.code);
    expect(codes).toContain('duplicate-ids');
    expect(codes).toContain('characteristic-not-recorded');
  });

  it('a list smaller than the number of cohorts gives the places to the cohorts with most people', () => {
    const rows = [...crowd('CT01', 9), ...crowd('CT03', 5), ...crowd('CT05', 2)];
    const proposal = proposeCaseTrackingList(rows, { asOf, size: 2, selectedCount: 2, trackedCount: 1, reserveCount: 1 });
    expect(proposal.picks.map((pick) => pick.cohort).sort()).toEqual(['CT01', 'CT03']);
    expect(proposal.warnings.map((warning) => warning.code)).toContain('size-smaller-than-cohorts');
  });

  it('follows a configured size and set of cohorts', () => {
    const rows = COHORT_IDS.flatMap((cohort) => crowd(cohort, 10));
    const proposal = proposeCaseTrackingList(rows, {
      asOf,
      size: 20,
      selectedCount: 5,
      trackedCount: 3,
      reserveCount: 2,
      requiredCohorts: ['CT01', 'CT02', 'CT07'],
    });
    expect(proposal.picks).toHaveLength(20);
    for (const cohort of ['CT01', 'CT02', 'CT07'] as const) expect(proposal.coverage.cohorts[cohort]).toBeGreaterThanOrEqual(6);
  });

  it('options that do not add up are refused with every problem', () => {
    expect(() => proposeCaseTrackingList([], { asOf, trackedCount: 7 })).toThrow(InvalidInputError);
    expect(() => proposeCaseTrackingList([], { asOf: '2025-02-30' })).toThrow(/not a real calendar date/);
  });
});

describe('proposing at scale', () => {
  it('chooses from 100,000 people quickly (well under a second on an idle machine)', () => {
    const rows = generateSyntheticExtract({ count: 100_000, seed: 'scale', asOf });
    const started = performance.now();
    const proposal = proposeCaseTrackingList(rows, { asOf });
    const elapsed = performance.now() - started;
    expect(proposal.picks).toHaveLength(50);
    // Generous for a loaded shared CI machine; a quadratic slip would take minutes.
    expect(elapsed).toBeLessThan(8000);
  }, 60_000);
});
