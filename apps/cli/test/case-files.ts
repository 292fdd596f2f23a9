import { writeFile } from 'node:fs/promises';
import { COHORT_IDS, SEX_LABELS, generateSyntheticExtract, type PersonExtractRow } from '@asc-assure/framework';

const EXTRACT_HEADINGS = [
  'Person id',
  'Full name',
  'NHS number',
  'Cohorts',
  'Primary cohort',
  'First contact date',
  'Assessment date',
  'Review date',
  'Age band',
  'Sex',
  'Ethnicity',
  'Disability',
  'Religion or belief',
  'Sexual orientation',
  'Gender reassignment',
  'Higher-risk flags',
  'Consent to contact',
  'Lead professional role',
  'Team',
];

function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
}

/**
 * Writes a council extract of `count` synthetic people as CSV, the way a case management system
 * exports it: with a name and NHS number column asc-assure must ignore, cohorts separated by
 * semicolons, sex written as a label. `role` replaces every lead professional role (to plant a
 * formula or an identifier).
 */
export async function writeExtractCsv(path: string, options: { count: number; asOf: string; role?: string }): Promise<PersonExtractRow[]> {
  const rows = generateSyntheticExtract({ count: options.count, seed: 'cli-test', asOf: options.asOf });
  const lines = [csvLine(EXTRACT_HEADINGS)];
  rows.forEach((row, index) => {
    lines.push(
      csvLine([
        row.localPersonId,
        `Test Person ${index}`,
        '',
        row.cohorts.join('; '),
        row.primaryCohort ?? '',
        row.firstContactDate,
        row.assessmentDate,
        row.reviewDate ?? '',
        row.ageBand ?? '',
        row.sex === undefined ? '' : SEX_LABELS[row.sex],
        row.ethnicity ?? '',
        row.disability ?? '',
        row.religion ?? '',
        row.sexualOrientation ?? '',
        row.genderReassignment ?? '',
        row.higherRiskFlags.join('; '),
        row.consentToContact ?? '',
        options.role ?? row.leadProfessionalRole ?? '',
        row.team ?? '',
      ]),
    );
  });
  await writeFile(path, `${lines.join('\n')}\n`, 'utf8');
  return rows;
}

function isoDaysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** A completed, valid case-tracking list of 50 as CSV with field-id headings: ready for CQC. */
export async function writeCompletedCaseListCsv(path: string, asOf: string, extraColumn?: { heading: string; value: string }): Promise<void> {
  const headings = [
    'pseudonymisedId',
    'cohort',
    'initialReasonForContact',
    'needsSummary',
    'firstContactDate',
    'assessmentDate',
    'mostRecentAssessmentOrReviewDate',
    'servicesProvided',
    'referralsMade',
    'multiAgencyContext',
    'consentToBeContacted',
    'leadProfessionalRole',
    'leadProfessionalContact',
    ...(extraColumn === undefined ? [] : [extraColumn.heading]),
  ];
  const lines = [csvLine(headings)];
  for (let index = 0; index < 50; index++) {
    const cohort = COHORT_IDS[index % COHORT_IDS.length] ?? 'CT01';
    lines.push(
      csvLine([
        `P-TEST${String(index).padStart(12, '0')}`.replace(/[ILOU]/g, '0'),
        cohort,
        'Referred after a fall at home',
        'Needs help with washing, dressing and meals; wants to stay at home.',
        isoDaysBefore(asOf, 300),
        isoDaysBefore(asOf, 200),
        isoDaysBefore(asOf, 100),
        'Home care; Community alarm',
        'Falls prevention service',
        '',
        'given',
        'Social worker, locality team',
        'asc-locality-team@council.example.org',
        ...(extraColumn === undefined ? [] : [extraColumn.value]),
      ]),
    );
  }
  await writeFile(path, `${lines.join('\n')}\n`, 'utf8');
}
