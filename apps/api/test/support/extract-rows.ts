import { COHORT_IDS } from '@asc-assure/framework';

/** A small extract of people assessed in the year before June 2024, spread across the cohorts. */
export function sampleExtractRows(count = 30): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => ({
    localPersonId: `P${String(index + 1).padStart(5, '0')}`,
    cohorts: [COHORT_IDS[index % COHORT_IDS.length]],
    firstContactDate: '2023-11-01',
    assessmentDate: `2024-0${1 + (index % 5)}-1${index % 10}`,
    ageBand: ['18-24', '25-64', '65-74', '75-84', '85+'][index % 5],
    sex: index % 2 === 0 ? 'female' : 'male',
  }));
}
