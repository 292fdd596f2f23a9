import { COHORT_IDS } from '../ids.js';
import { COHORT_LABELS } from '../catalogue/labels.js';
import { idAndLabelNames, isoDateFromCell, nameMatcher, normaliseForMatching, splitListCell } from './cell-text.js';
import { CONSENT_TO_BE_CONTACTED_IDS, CONSENT_TO_BE_CONTACTED_LABELS, type ConsentToBeContactedId } from './consent.js';
import { HIGHER_RISK_FLAG_IDS, HIGHER_RISK_FLAG_LABELS } from './higher-risk-flags.js';
import { personExtractRowSchema } from './person-extract-row.js';
import { PROTECTED_CHARACTERISTIC_FIELDS, PROTECTED_CHARACTERISTICS, type ProtectedCharacteristicField } from './protected-characteristics.js';

/** One data row of a spreadsheet, keyed by the file's own headings. */
export interface SpreadsheetRow {
  /** The row as the spreadsheet numbers it: with the headings in row 1, the first data row is 2. */
  readonly rowNumber: number;
  /** Cell text by heading; empty cells are left out. */
  readonly cells: Readonly<Record<string, string>>;
}

/** A CSV file or one sheet of a workbook, as its headings and data rows. */
export interface SpreadsheetTable {
  readonly headings: readonly string[];
  readonly rows: readonly SpreadsheetRow[];
}

/** A field of the extract of people, as {@link personExtractRowSchema} names it. */
export type ExtractField =
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

/** One column of the extract: the heading asc-assure shows, and the others councils use. */
export interface ExtractColumn {
  readonly field: ExtractField;
  /** The heading shown in messages: "Assessment date". */
  readonly heading: string;
  /** Other headings councils use for it: "Latest assessment", "Date of assessment". */
  readonly aliases: readonly string[];
  /** Whether an extract without the column cannot be read at all. */
  readonly required: boolean;
}

const CHARACTERISTIC_HEADINGS = {
  ageBand: ['Age band', 'Age group', 'Age'],
  sex: ['Sex'],
  ethnicity: ['Ethnicity', 'Ethnic group'],
  disability: ['Disability', 'Disability status'],
  religion: ['Religion', 'Religion or belief'],
  sexualOrientation: ['Sexual orientation'],
  genderReassignment: ['Gender reassignment', 'Gender identity'],
} as const satisfies Readonly<Record<ProtectedCharacteristicField, readonly [string, ...string[]]>>;

/** The columns of a council's extract of people, with the headings councils use for them. */
export const EXTRACT_TABLE_COLUMNS: readonly ExtractColumn[] = Object.freeze([
  { field: 'localPersonId', heading: 'Person id', aliases: ['Local person id', 'Local id', 'Person ID', 'Client id', 'Service user id', 'Case id', 'Id'], required: true },
  { field: 'cohorts', heading: 'Cohorts', aliases: ['Cohort', 'Case tracking cohorts'], required: true },
  { field: 'primaryCohort', heading: 'Primary cohort', aliases: ['Main cohort'], required: false },
  { field: 'firstContactDate', heading: 'First contact date', aliases: ['Date of first contact', 'First contact'], required: true },
  { field: 'assessmentDate', heading: 'Assessment date', aliases: ['Date of assessment', 'Latest assessment', 'Most recent assessment'], required: true },
  { field: 'reviewDate', heading: 'Review date', aliases: ['Most recent review', 'Latest review', 'Last review'], required: false },
  ...PROTECTED_CHARACTERISTIC_FIELDS.map((field): ExtractColumn => {
    const [heading, ...aliases] = CHARACTERISTIC_HEADINGS[field];
    return { field, heading, aliases, required: false };
  }),
  { field: 'higherRiskFlags', heading: 'Higher-risk flags', aliases: ['Higher risk flags', 'Risk flags', 'Higher risk'], required: false },
  { field: 'consentToContact', heading: 'Consent to contact', aliases: ['Consent', 'Agreement to be contacted', 'Consent to be contacted'], required: false },
  { field: 'leadProfessionalRole', heading: 'Lead professional role', aliases: ['Lead professional', 'Worker role'], required: false },
  { field: 'team', heading: 'Team', aliases: ['Locality team'], required: false },
]);

const cohortOf = nameMatcher(idAndLabelNames(COHORT_IDS, COHORT_LABELS));
const flagOf = nameMatcher(idAndLabelNames(HIGHER_RISK_FLAG_IDS, HIGHER_RISK_FLAG_LABELS));
const consentOf = nameMatcher<ConsentToBeContactedId>([
  ...idAndLabelNames(CONSENT_TO_BE_CONTACTED_IDS, CONSENT_TO_BE_CONTACTED_LABELS),
  ['yes', 'given'],
  ['agreed', 'given'],
  ['no', 'refused'],
  ['not asked', 'not-yet-asked'],
]);
const characteristicOf = Object.fromEntries(
  PROTECTED_CHARACTERISTIC_FIELDS.map((field) => {
    const definition: { readonly valueIds: readonly string[]; readonly valueLabels: Readonly<Record<string, string>> } = PROTECTED_CHARACTERISTICS[field];
    return [field, nameMatcher(idAndLabelNames(definition.valueIds, definition.valueLabels))];
  }),
) as Record<ProtectedCharacteristicField, (typed: string) => string | undefined>;

/** A value matched to its id whether typed as the id or its label; one that matches nothing is kept as typed, for the schema to report. */
const coded = (matcher: (typed: string) => string | undefined, typed: string): string => matcher(typed) ?? typed;

/** Why a row of the extract cannot be used, and where: "row 14, Latest assessment “last spring”". */
export interface ExtractRowProblem {
  /** The spreadsheet's number of the row. */
  readonly rowNumber: number;
  /** The field the problem is with, if it is with one. */
  readonly field?: string;
  /** The file's heading of that field, if the file has the column. */
  readonly heading?: string;
  /** The cell as it was typed, if it is not empty. */
  readonly cell?: string;
  /** What is wrong, in the schema's words: "must be a date written YYYY-MM-DD". */
  readonly message: string;
}

/** An extract read for the case-tracking proposal, and everything that stops it being used. */
export interface ExtractTableReading {
  /** One object per data row (none if a required column is missing), only the extract's fields, coded values as ids where they match. */
  readonly rows: readonly Record<string, unknown>[];
  /** The spreadsheet row of each of `rows`. */
  readonly rowNumbers: readonly number[];
  /** The file's heading of each field it has. */
  readonly headingOf: ReadonlyMap<string, string>;
  /** Required columns the file lacks, by their usual heading ("First contact date"). */
  readonly missingColumns: readonly string[];
  /** Headings that are not read (names, NHS numbers, a second column for a field): never passed on. */
  readonly ignoredHeadings: readonly string[];
  /**
   * What {@link personExtractRowSchema} finds wrong with each row that has an assessment date: the
   * first problem with each field, in row order. (A row with no assessment date is not an error:
   * the proposal leaves it out as not assessed.)
   */
  readonly problems: readonly ExtractRowProblem[];
}

/** Options for {@link readExtractTable}. */
export interface ReadExtractTableOptions {
  /** Called after each row is read, with its spreadsheet number (for a progress bar). */
  readonly onRow?: (rowNumber: number) => void;
}

/**
 * Reads a council's case-tracking extract (a spreadsheet of people) into rows for
 * `proposeCaseTrackingList`: headings matched to fields whatever their case or punctuation
 * ("Client ID", "Cohort", "Latest assessment"), coded values (cohorts, characteristics, flags,
 * consent) matched to ids whether typed as ids or labels, dates written `YYYY-MM-DD` (UK dates
 * are day first). Columns the framework does not know are left out, so nothing else in the
 * extract (names, NHS numbers) goes any further. Pure: it reads only the table given.
 *
 * @example
 * const reading = readExtractTable({
 *   headings: ['Client ID', 'Name', 'Cohort', 'First contact', 'Latest assessment'],
 *   rows: [{ rowNumber: 2, cells: { 'Client ID': 'C1', Name: 'Ann', Cohort: 'CT01; Unpaid carers', 'First contact': '01/02/2025', 'Latest assessment': '31/03/2026' } }],
 * });
 * reading.rows; // [{ localPersonId: 'C1', cohorts: ['CT01', 'CT07'], firstContactDate: '2025-02-01', assessmentDate: '2026-03-31', higherRiskFlags: [] }]
 * reading.ignoredHeadings; // ['Name']
 */
export function readExtractTable(table: SpreadsheetTable, options: ReadExtractTableOptions = {}): ExtractTableReading {
  const fieldOfName = new Map<string, ExtractField>();
  for (const column of EXTRACT_TABLE_COLUMNS) {
    for (const name of [column.field, column.heading, ...column.aliases]) {
      const key = normaliseForMatching(name);
      if (!fieldOfName.has(key)) fieldOfName.set(key, column.field);
    }
  }
  const headingOf = new Map<string, string>();
  const ignoredHeadings: string[] = [];
  for (const heading of table.headings) {
    const field = fieldOfName.get(normaliseForMatching(heading));
    if (field === undefined || headingOf.has(field)) ignoredHeadings.push(heading);
    else headingOf.set(field, heading);
  }
  const missingColumns = EXTRACT_TABLE_COLUMNS.filter((column) => column.required && !headingOf.has(column.field)).map((column) => column.heading);
  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  const problems: ExtractRowProblem[] = [];
  if (missingColumns.length > 0) return { rows, rowNumbers, headingOf, missingColumns, ignoredHeadings, problems };
  for (const tableRow of table.rows) {
    const cell = (field: string): string | undefined => {
      const heading = headingOf.get(field);
      return heading === undefined ? undefined : tableRow.cells[heading];
    };
    const row: Record<string, unknown> = {};
    const set = (field: string, value: unknown): void => {
      if (value !== undefined) row[field] = value;
    };
    set('localPersonId', cell('localPersonId'));
    set('cohorts', splitListCell(cell('cohorts'), /[;,\n]/).map((typed) => coded(cohortOf, typed)));
    const primary = cell('primaryCohort');
    set('primaryCohort', primary === undefined ? undefined : coded(cohortOf, primary));
    for (const field of ['firstContactDate', 'assessmentDate', 'reviewDate'] as const) {
      const text = cell(field);
      set(field, text === undefined ? undefined : isoDateFromCell(text));
    }
    for (const field of PROTECTED_CHARACTERISTIC_FIELDS) {
      const text = cell(field);
      set(field, text === undefined ? undefined : coded(characteristicOf[field], text));
    }
    set('higherRiskFlags', splitListCell(cell('higherRiskFlags')).map((typed) => coded(flagOf, typed)));
    const consent = cell('consentToContact');
    set('consentToContact', consent === undefined ? undefined : coded(consentOf, consent));
    set('leadProfessionalRole', cell('leadProfessionalRole'));
    set('team', cell('team'));
    rows.push(row);
    rowNumbers.push(tableRow.rowNumber);
    if (row.assessmentDate !== undefined) {
      const parsed = personExtractRowSchema.safeParse(row);
      if (!parsed.success) {
        const fieldsReported = new Set<string | undefined>();
        for (const issue of parsed.error.issues) {
          const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
          if (fieldsReported.has(field)) continue;
          fieldsReported.add(field);
          const heading = field === undefined ? undefined : headingOf.get(field);
          const text = field === undefined ? undefined : cell(field);
          problems.push({
            rowNumber: tableRow.rowNumber,
            ...(field === undefined ? {} : { field }),
            ...(heading === undefined ? {} : { heading }),
            ...(text === undefined ? {} : { cell: text }),
            message: issue.message,
          });
        }
      }
    }
    options.onRow?.(tableRow.rowNumber);
  }
  return { rows, rowNumbers, headingOf, missingColumns, ignoredHeadings, problems };
}
