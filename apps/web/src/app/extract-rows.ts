import {
  COHORT_IDS,
  COHORT_LABELS,
  CONSENT_TO_BE_CONTACTED_IDS,
  CONSENT_TO_BE_CONTACTED_LABELS,
  HIGHER_RISK_FLAG_IDS,
  HIGHER_RISK_FLAG_LABELS,
  PROTECTED_CHARACTERISTIC_FIELDS,
  PROTECTED_CHARACTERISTICS,
  type ProtectedCharacteristicField,
} from '@asc-assure/framework';
import type { TableFile } from './table-file.js';

/*
 * The council's extract of people, read in the browser and turned into the JSON rows the API's
 * case-list proposal takes (it takes JSON only). Only the columns the proposal uses are sent:
 * names, addresses, NHS numbers and anything else in the extract stay on the person's computer.
 * Headings and coded values are matched as the command line's `cases propose` matches them.
 */

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

interface ExtractColumn {
  readonly field: ExtractField;
  readonly heading: string;
  readonly aliases: readonly string[];
  readonly required?: true;
}

const CHARACTERISTIC_HEADINGS: Readonly<Record<ProtectedCharacteristicField, readonly [string, ...string[]]>> = {
  ageBand: ['Age band', 'Age group', 'Age'],
  sex: ['Sex'],
  ethnicity: ['Ethnicity', 'Ethnic group'],
  disability: ['Disability', 'Disability status'],
  religion: ['Religion', 'Religion or belief'],
  sexualOrientation: ['Sexual orientation'],
  genderReassignment: ['Gender reassignment', 'Gender identity'],
};

/** The columns of an extract, with the headings councils use for them. */
export const EXTRACT_COLUMNS: readonly ExtractColumn[] = [
  { field: 'localPersonId', heading: 'Person id', aliases: ['Local person id', 'Local id', 'Person ID', 'Client id', 'Service user id', 'Case id', 'Id'], required: true },
  { field: 'cohorts', heading: 'Cohorts', aliases: ['Cohort', 'Case tracking cohorts'], required: true },
  { field: 'primaryCohort', heading: 'Primary cohort', aliases: ['Main cohort'] },
  { field: 'firstContactDate', heading: 'First contact date', aliases: ['Date of first contact', 'First contact'], required: true },
  { field: 'assessmentDate', heading: 'Assessment date', aliases: ['Date of assessment', 'Latest assessment', 'Most recent assessment'], required: true },
  { field: 'reviewDate', heading: 'Review date', aliases: ['Most recent review', 'Latest review', 'Last review'] },
  ...PROTECTED_CHARACTERISTIC_FIELDS.map((field) => {
    const [heading, ...aliases] = CHARACTERISTIC_HEADINGS[field];
    return { field, heading, aliases };
  }),
  { field: 'higherRiskFlags', heading: 'Higher-risk flags', aliases: ['Higher risk flags', 'Risk flags', 'Higher risk'] },
  { field: 'consentToContact', heading: 'Consent to contact', aliases: ['Consent', 'Agreement to be contacted', 'Consent to be contacted'] },
  { field: 'leadProfessionalRole', heading: 'Lead professional role', aliases: ['Lead professional', 'Worker role'] },
  { field: 'team', heading: 'Team', aliases: ['Locality team'] },
];

/** Lower case, letters and digits only: "Person ID" and "person_id" read the same. */
const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

function vocabulary(pairs: readonly (readonly [string, string])[]): (typed: string) => string {
  const byName = new Map<string, string>();
  for (const [name, id] of pairs) if (normalise(name) !== '' && !byName.has(normalise(name))) byName.set(normalise(name), id);
  // A value that matches nothing is sent as typed, for the API to say what is wrong with it.
  return (typed) => byName.get(normalise(typed)) ?? typed;
}

const labelPairs = (ids: readonly string[], labels: Readonly<Record<string, string>>): [string, string][] => ids.flatMap((id): [string, string][] => [[id, id], [labels[id] ?? id, id]]);

const cohortOf = vocabulary(labelPairs(COHORT_IDS, COHORT_LABELS));
const flagOf = vocabulary(labelPairs(HIGHER_RISK_FLAG_IDS, HIGHER_RISK_FLAG_LABELS));
const consentOf = vocabulary([...labelPairs(CONSENT_TO_BE_CONTACTED_IDS, CONSENT_TO_BE_CONTACTED_LABELS), ['yes', 'given'], ['agreed', 'given'], ['no', 'refused'], ['not asked', 'not-yet-asked']]);
const characteristicOf = Object.fromEntries(
  PROTECTED_CHARACTERISTIC_FIELDS.map((field) => {
    const definition = PROTECTED_CHARACTERISTICS[field] as { readonly valueIds: readonly string[]; readonly valueLabels: Readonly<Record<string, string>> };
    return [field, vocabulary(labelPairs(definition.valueIds, definition.valueLabels))];
  }),
) as Record<ProtectedCharacteristicField, (typed: string) => string>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WRITTEN_DATE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** A date as people type it (`2026-04-01`, `01/04/2026` day first, `1 April 2026`) written `YYYY-MM-DD`; anything else as given. */
export function isoDateFromCell(text: string): string {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso !== null) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const uk = UK_DATE.exec(trimmed);
  if (uk !== null) return `${uk[3]}-${twoDigits(Number(uk[2]))}-${twoDigits(Number(uk[1]))}`;
  const written = WRITTEN_DATE.exec(trimmed);
  const month = MONTHS.indexOf((written?.[2] ?? '').slice(0, 3).toLowerCase());
  if (written !== null && month >= 0) return `${written[3]}-${twoDigits(month + 1)}-${twoDigits(Number(written[1]))}`;
  return trimmed;
}

/** Items of a list cell, separated by semicolons or new lines (and commas, where no item has one). */
function listOf(cell: string | undefined, separators: RegExp = /[;\n]/): string[] {
  return (cell ?? '')
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** An extract read for the API, or what stops it being read. */
export interface ExtractRows {
  /** One object per data row, only the fields the proposal uses. */
  readonly rows: readonly Record<string, unknown>[];
  /** The spreadsheet row of each of `rows` (for showing the API's problems beside their rows). */
  readonly rowNumbers: readonly number[];
  /** The file's heading of each field it has, for messages. */
  readonly headingOf: ReadonlyMap<string, string>;
  /** Required columns the file lacks, by their usual heading. */
  readonly missingColumns: readonly string[];
  /** Headings that are not read (names, NHS numbers...): never sent. */
  readonly ignoredHeadings: readonly string[];
}

/** Turns an extract's rows into the proposal's JSON rows: headings and coded values matched, dates written `YYYY-MM-DD`, every other column left out. */
export function extractRowsFromTable(table: TableFile): ExtractRows {
  const fieldOfName = new Map<string, ExtractField>();
  for (const column of EXTRACT_COLUMNS) for (const name of [column.field, column.heading, ...column.aliases]) if (!fieldOfName.has(normalise(name))) fieldOfName.set(normalise(name), column.field);
  const headingOf = new Map<ExtractField, string>();
  const ignoredHeadings: string[] = [];
  for (const heading of table.headings) {
    const field = fieldOfName.get(normalise(heading));
    if (field === undefined || headingOf.has(field)) ignoredHeadings.push(heading);
    else headingOf.set(field, heading);
  }
  const missingColumns = EXTRACT_COLUMNS.filter((column) => column.required === true && !headingOf.has(column.field)).map((column) => column.heading);
  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  if (missingColumns.length > 0) return { rows, rowNumbers, headingOf, missingColumns, ignoredHeadings };
  for (const tableRow of table.rows) {
    const cell = (field: ExtractField): string | undefined => {
      const heading = headingOf.get(field);
      return heading === undefined ? undefined : tableRow.cells[heading];
    };
    const row: Record<string, unknown> = {};
    const set = (field: string, value: unknown): void => {
      if (value !== undefined) row[field] = value;
    };
    set('localPersonId', cell('localPersonId'));
    set('cohorts', listOf(cell('cohorts'), /[;,\n]/).map(cohortOf));
    const primary = cell('primaryCohort');
    set('primaryCohort', primary === undefined ? undefined : cohortOf(primary));
    for (const field of ['firstContactDate', 'assessmentDate', 'reviewDate'] as const) {
      const text = cell(field);
      set(field, text === undefined ? undefined : isoDateFromCell(text));
    }
    for (const field of PROTECTED_CHARACTERISTIC_FIELDS) {
      const text = cell(field);
      set(field, text === undefined ? undefined : characteristicOf[field](text));
    }
    set('higherRiskFlags', listOf(cell('higherRiskFlags')).map(flagOf));
    const consent = cell('consentToContact');
    set('consentToContact', consent === undefined ? undefined : consentOf(consent));
    set('leadProfessionalRole', cell('leadProfessionalRole'));
    set('team', cell('team'));
    rows.push(row);
    rowNumbers.push(tableRow.rowNumber);
  }
  return { rows, rowNumbers, headingOf, missingColumns, ignoredHeadings };
}
