import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORT_IDS } from '../ids.js';
import { asCanonicalPersonExtractRow } from './canonical-person-row.js';
import { HIGHER_RISK_FLAG_IDS } from './higher-risk-flags.js';
import { personExtractRowSchema } from './person-extract-row.js';
import { AGE_BAND_IDS, ETHNIC_GROUP_IDS } from './protected-characteristics.js';
import { generateSyntheticExtract } from './synthetic-extract.js';

const maybe = <Value>(arbitrary: fc.Arbitrary<Value>): fc.Arbitrary<Value | undefined> =>
  fc.option(arbitrary, { nil: undefined });

const canonicalRows = fc
  .record({
    localPersonId: fc.constantFrom('LAS-1', 'A', 'x'.repeat(100)),
    cohorts: fc.subarray([...COHORT_IDS], { minLength: 1 }),
    firstContactDate: fc.constantFrom('2024-01-31', '2024-02-29', '1000-01-01'),
    assessmentDate: fc.constantFrom('2024-03-01', '9999-12-31'),
    reviewDate: maybe(fc.constant('2024-05-01')),
    ageBand: maybe(fc.constantFrom(...AGE_BAND_IDS)),
    ethnicity: maybe(fc.constantFrom(...ETHNIC_GROUP_IDS)),
    higherRiskFlags: fc.subarray([...HIGHER_RISK_FLAG_IDS]),
    consentToContact: maybe(fc.constantFrom('given', 'refused', 'not-yet-asked')),
    team: maybe(fc.constant('North team')),
    primaryIndex: fc.nat(),
  })
  .map(({ primaryIndex, ...row }) => {
    const primaryCohort = primaryIndex % 2 === 0 ? row.cohorts[primaryIndex % row.cohorts.length] : undefined;
    return primaryCohort === undefined ? row : { ...row, primaryCohort };
  });

type RoughRow = Record<string, unknown>;

/** The ways an extract's rows go wrong, or need the schema to tidy them. */
const mutations: readonly ((row: RoughRow) => RoughRow)[] = [
  (row) => ({ ...row, localPersonId: ` ${String(row.localPersonId)}` }),
  (row) => ({ ...row, localPersonId: '' }),
  (row) => ({ ...row, localPersonId: 'x'.repeat(101) }),
  (row) => ({ ...row, cohorts: [...(row.cohorts as string[])].reverse() }),
  (row) => ({ ...row, cohorts: [...(row.cohorts as string[]), ...(row.cohorts as string[])] }),
  (row) => ({ ...row, cohorts: ['CT08'] }),
  (row) => ({ ...row, primaryCohort: 'CT07', cohorts: ['CT01'] }),
  (row) => ({ ...row, firstContactDate: '2023-02-29' }),
  (row) => ({ ...row, assessmentDate: '0050-01-01' }),
  (row) => ({ ...row, assessmentDate: '2024-1-5' }),
  (row) => ({ ...row, reviewDate: '2024-00-10' }),
  (row) => ({ ...row, ageBand: '90+' }),
  (row) => ({ ...row, ethnicity: 'White' }),
  (row) => ({ ...row, higherRiskFlags: undefined }),
  (row) => ({ ...row, higherRiskFlags: [...(row.higherRiskFlags as string[])].reverse() }),
  (row) => ({ ...row, higherRiskFlags: ['lives-alone', 'lives-alone'] }),
  (row) => ({ ...row, consentToContact: 'yes' }),
  (row) => ({ ...row, team: ' North team' }),
  (row) => ({ ...row, team: '' }),
  (row) => ({ ...row, surname: 'anything' }),
];

/** Canonical rows, half of them with one thing changed. */
const roughRows = fc
  .tuple(canonicalRows, fc.option(fc.integer({ min: 0, max: mutations.length - 1 }), { nil: undefined }))
  .map(([row, mutation]) => (mutation === undefined ? (row as RoughRow) : (mutations[mutation] ?? ((same) => same))(row)));

describe('the fast path for rows already in canonical form', () => {
  it('accepts a row only if the schema accepts it and would return it unchanged', () => {
    fc.assert(
      fc.property(roughRows, (row) => {
        const fast = asCanonicalPersonExtractRow(row);
        if (fast === undefined) return;
        const parsed = personExtractRowSchema.safeParse(row);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(fast);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every row already in canonical form', () => {
    fc.assert(
      fc.property(canonicalRows, (row) => {
        expect(asCanonicalPersonExtractRow(row)).toBe(row);
      }),
    );
  });

  it('takes every row of a synthetic extract (so large extracts skip the schema)', () => {
    const rows = generateSyntheticExtract({ count: 300, seed: 'canonical', asOf: '2025-06-10' });
    expect(rows.every((row) => asCanonicalPersonExtractRow(row) === row)).toBe(true);
  });

  it('leaves rows needing a change to the schema: untrimmed ids, unordered cohorts, extra columns', () => {
    const row = { localPersonId: 'LAS-1', cohorts: ['CT01'], firstContactDate: '2024-01-01', assessmentDate: '2024-02-01', higherRiskFlags: [] };
    expect(asCanonicalPersonExtractRow(row)).toBe(row);
    expect(asCanonicalPersonExtractRow({ ...row, localPersonId: ' LAS-1' })).toBeUndefined();
    expect(asCanonicalPersonExtractRow({ ...row, cohorts: ['CT03', 'CT01'] })).toBeUndefined();
    expect(asCanonicalPersonExtractRow({ ...row, surname: 'x' })).toBeUndefined();
    expect(asCanonicalPersonExtractRow({ ...row, higherRiskFlags: undefined })).toBeUndefined();
  });
});
