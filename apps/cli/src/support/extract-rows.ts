import {
  CONSENT_TO_BE_CONTACTED_IDS,
  CONSENT_TO_BE_CONTACTED_LABELS,
  HIGHER_RISK_FLAG_IDS,
  HIGHER_RISK_FLAG_LABELS,
  PROTECTED_CHARACTERISTIC_FIELDS,
  PROTECTED_CHARACTERISTICS,
  personExtractRowSchema,
  type ConsentToBeContactedId,
  type HigherRiskFlagId,
  type ProtectedCharacteristicField,
} from '@asc-assure/framework';
import { cellOf, mapColumns, type ColumnSpec } from './column-map.js';
import { isoDateFromCell } from './dates.js';
import { COHORT_VOCABULARY } from './framework-vocabularies.js';
import { createVocabulary, splitList, type Vocabulary } from './matching.js';
import type { TableFile } from './read-table-file.js';

type ExtractField =
  | 'localPersonId'
  | 'cohorts'
  | 'primaryCohort'
  | 'firstContactDate'
  | 'assessmentDate'
  | 'reviewDate'
  | ProtectedCharacteristicField
  | 'higherRiskFlags'
  | 'consentToContact'
  | 'leadProfessionalRole'
  | 'team';

const CHARACTERISTIC_ALIASES: Readonly<Record<ProtectedCharacteristicField, readonly string[]>> = {
  ageBand: ['Age band', 'Age group', 'Age'],
  sex: ['Sex'],
  ethnicity: ['Ethnicity', 'Ethnic group'],
  disability: ['Disability', 'Disability status'],
  religion: ['Religion', 'Religion or belief'],
  sexualOrientation: ['Sexual orientation'],
  genderReassignment: ['Gender reassignment', 'Gender identity'],
};

/** The columns of the council's extract of people, as `cases propose` reads them. */
export const EXTRACT_COLUMNS: readonly ColumnSpec<ExtractField>[] = [
  { field: 'localPersonId', heading: 'Person id', aliases: ['Local person id', 'Local id', 'Person ID', 'Client id', 'Service user id', 'Case id', 'Id'], required: true },
  { field: 'cohorts', heading: 'Cohorts', aliases: ['Cohort', 'Case tracking cohorts'], required: true },
  { field: 'primaryCohort', heading: 'Primary cohort', aliases: ['Main cohort'] },
  { field: 'firstContactDate', heading: 'First contact date', aliases: ['Date of first contact', 'First contact'], required: true },
  { field: 'assessmentDate', heading: 'Assessment date', aliases: ['Date of assessment', 'Latest assessment', 'Most recent assessment'], required: true },
  { field: 'reviewDate', heading: 'Review date', aliases: ['Most recent review', 'Latest review', 'Last review'] },
  ...PROTECTED_CHARACTERISTIC_FIELDS.map((field) => {
    const [heading = field, ...aliases] = CHARACTERISTIC_ALIASES[field];
    return { field, heading, aliases };
  }),
  { field: 'higherRiskFlags', heading: 'Higher-risk flags', aliases: ['Higher risk flags', 'Risk flags', 'Higher risk'] },
  { field: 'consentToContact', heading: 'Consent to contact', aliases: ['Consent', 'Agreement to be contacted', 'Consent to be contacted'] },
  { field: 'leadProfessionalRole', heading: 'Lead professional role', aliases: ['Lead professional', 'Worker role'] },
  { field: 'team', heading: 'Team', aliases: ['Locality team'] },
];

/** What people type for each protected characteristic: its value ids and labels. */
export const CHARACTERISTIC_VOCABULARIES = Object.fromEntries(
  PROTECTED_CHARACTERISTIC_FIELDS.map((field) => {
    const definition = PROTECTED_CHARACTERISTICS[field];
    const labels: Readonly<Record<string, string>> = definition.valueLabels;
    return [field, createVocabulary(definition.valueIds.flatMap((id): [string, string][] => [[id, id], [labels[id] ?? id, id]]))];
  }),
) as Record<ProtectedCharacteristicField, Vocabulary<string>>;

/** What people type for a higher-risk flag: its id or label. */
export const HIGHER_RISK_FLAG_VOCABULARY: Vocabulary<HigherRiskFlagId> = createVocabulary(
  HIGHER_RISK_FLAG_IDS.flatMap((flag): [string, HigherRiskFlagId][] => [
    [flag, flag],
    [HIGHER_RISK_FLAG_LABELS[flag], flag],
  ]),
);

/** What people type for consent: its id, its label, or yes and no. */
export const CONSENT_VOCABULARY: Vocabulary<ConsentToBeContactedId> = createVocabulary([
  ...CONSENT_TO_BE_CONTACTED_IDS.flatMap((id): [string, ConsentToBeContactedId][] => [
    [id, id],
    [CONSENT_TO_BE_CONTACTED_LABELS[id], id],
  ]),
  ['yes', 'given'],
  ['agreed', 'given'],
  ['no', 'refused'],
  ['not asked', 'not-yet-asked'],
]);

/** The rows of an extract, ready for the framework, and what could not be read. */
export interface ExtractRows {
  /** One object per row, values turned into the framework's ids where they match. */
  readonly rows: readonly Record<string, unknown>[];
  /** Rows the framework will leave out as invalid, with why: "row 14: assessmentDate: ...". */
  readonly invalidRows: readonly string[];
  /** Headings that are not extract fields (ignored, and never stored). */
  readonly ignoredHeadings: readonly string[];
}

/**
 * Turns the council's extract into rows for `proposeCaseTrackingList`: headings matched to
 * fields, coded values (cohorts, characteristics, flags, consent) matched to ids whether typed as
 * ids or labels, dates written `YYYY-MM-DD`. Columns the framework does not know are left out, so
 * nothing else in the extract (names, NHS numbers) goes any further.
 */
export function extractRowsFromTable(table: TableFile, onRow: () => void = () => undefined): ExtractRows {
  const columns = mapColumns(table.fileName, table.headings, EXTRACT_COLUMNS);
  const rows: Record<string, unknown>[] = [];
  const invalidRows: string[] = [];
  const coded = <Id extends string>(vocabulary: Vocabulary<Id>, typed: string): string => vocabulary.match(typed) ?? typed;
  for (const tableRow of table.rows) {
    const cell = (field: ExtractField): string | undefined => cellOf(columns, tableRow.cells, field);
    const row: Record<string, unknown> = {};
    const set = (field: string, value: unknown): void => {
      if (value !== undefined) row[field] = value;
    };
    set('localPersonId', cell('localPersonId'));
    set('cohorts', splitList(cell('cohorts')?.replaceAll(',', ';')).map((typed) => coded(COHORT_VOCABULARY, typed)));
    const primary = cell('primaryCohort');
    set('primaryCohort', primary === undefined ? undefined : coded(COHORT_VOCABULARY, primary));
    for (const field of ['firstContactDate', 'assessmentDate', 'reviewDate'] as const) {
      const text = cell(field);
      set(field, text === undefined ? undefined : isoDateFromCell(text));
    }
    for (const field of PROTECTED_CHARACTERISTIC_FIELDS) {
      const text = cell(field);
      set(field, text === undefined ? undefined : coded(CHARACTERISTIC_VOCABULARIES[field], text));
    }
    set('higherRiskFlags', splitList(cell('higherRiskFlags')).map((typed) => coded(HIGHER_RISK_FLAG_VOCABULARY, typed)));
    const consent = cell('consentToContact');
    set('consentToContact', consent === undefined ? undefined : coded(CONSENT_VOCABULARY, consent));
    set('leadProfessionalRole', cell('leadProfessionalRole'));
    set('team', cell('team'));
    rows.push(row);
    if (row.assessmentDate !== undefined) {
      const parsed = personExtractRowSchema.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path[0];
        const heading = typeof field === 'string' ? (columns.headingOf.get(field as ExtractField) ?? field) : undefined;
        invalidRows.push(`row ${tableRow.rowNumber}: ${heading === undefined ? '' : `${heading}: `}${issue?.message ?? 'cannot be read'}`);
      }
    }
    onRow();
  }
  return { rows, invalidRows, ignoredHeadings: columns.otherHeadings };
}
