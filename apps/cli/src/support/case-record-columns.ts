import {
  CASE_SELECTION_STATUS_IDS,
  CASE_SELECTION_STATUS_LABELS,
  CASE_TRACKING_COHORT_DESCRIPTIONS,
  PROTECTED_CHARACTERISTIC_FIELDS,
  PROTECTED_CHARACTERISTICS,
  type CaseSelectionStatusId,
  type CohortId,
  type ProtectedCharacteristicField,
} from '@asc-assure/framework';
import { isoDateFromCell } from './dates.js';
import { CHARACTERISTIC_VOCABULARIES, COHORT_VOCABULARY, CONSENT_VOCABULARY, HIGHER_RISK_FLAG_VOCABULARY } from './framework-vocabularies.js';
import { createVocabulary, normaliseForMatching, splitList, type Vocabulary } from './matching.js';
import type { TableFile } from './read-table-file.js';

/** What people type for a selection status: its id or label. */
const SELECTION_STATUS_VOCABULARY: Vocabulary<CaseSelectionStatusId> = createVocabulary([
  ...CASE_SELECTION_STATUS_IDS.flatMap((id): [string, CaseSelectionStatusId][] => [
    [id, id],
    [CASE_SELECTION_STATUS_LABELS[id], id],
  ]),
  ['tracked', 'selected-to-track'],
]);

/** How a column's text becomes a record value. */
type ColumnKind = { readonly type: 'text' } | { readonly type: 'date' } | { readonly type: 'list'; readonly vocabulary?: Vocabulary<string> } | { readonly type: 'coded'; readonly vocabulary: Vocabulary<string> };

/** One column of a case-tracking list file. */
export interface CaseRecordColumn {
  /** Where the value goes in a record: `needsSummary`, `characteristics.ethnicity`. */
  readonly path: readonly [string] | readonly [string, string];
  readonly heading: string;
  readonly kind: ColumnKind;
  /** Wide columns for free text. */
  readonly width: number;
}

const characteristicColumns: CaseRecordColumn[] = PROTECTED_CHARACTERISTIC_FIELDS.map((field: ProtectedCharacteristicField) => ({
  path: ['characteristics', field],
  heading: PROTECTED_CHARACTERISTICS[field].label,
  kind: { type: 'coded', vocabulary: CHARACTERISTIC_VOCABULARIES[field] },
  width: 16,
}));

/**
 * The columns of the case-tracking list, in the order `cases export` writes them: the ten items
 * CQC asks for about each person (numbered as CQC numbers them), then the selection status and the
 * characteristics CQC uses to choose a spread. `cases check` reads the same headings back (or the
 * field ids).
 */
export const CASE_RECORD_COLUMNS: readonly CaseRecordColumn[] = [
  { path: ['pseudonymisedId'], heading: 'Pseudonymised id', kind: { type: 'text' }, width: 22 },
  { path: ['cohort'], heading: 'Cohort', kind: { type: 'coded', vocabulary: COHORT_VOCABULARY }, width: 9 },
  { path: ['initialReasonForContact'], heading: '1. Initial reason for contact', kind: { type: 'text' }, width: 40 },
  { path: ['needsSummary'], heading: '2. Summary of needs (one page)', kind: { type: 'text' }, width: 60 },
  { path: ['firstContactDate'], heading: '3. Date of first contact', kind: { type: 'date' }, width: 14 },
  { path: ['assessmentDate'], heading: '4. Date of assessment', kind: { type: 'date' }, width: 14 },
  { path: ['mostRecentAssessmentOrReviewDate'], heading: '5. Most recent assessment or review', kind: { type: 'date' }, width: 14 },
  { path: ['servicesProvided'], heading: '6. Services provided (separate with ;)', kind: { type: 'list' }, width: 40 },
  { path: ['referralsMade'], heading: '7. Referrals made (separate with ;)', kind: { type: 'list' }, width: 40 },
  { path: ['multiAgencyContext'], heading: '8. Multi-agency or contextual information', kind: { type: 'text' }, width: 40 },
  { path: ['consentToBeContacted'], heading: '9. Agreement to be contacted', kind: { type: 'coded', vocabulary: CONSENT_VOCABULARY }, width: 16 },
  { path: ['leadProfessionalRole'], heading: '10a. Lead professional role', kind: { type: 'text' }, width: 28 },
  { path: ['leadProfessionalContact'], heading: '10b. Lead professional team mailbox', kind: { type: 'text' }, width: 30 },
  { path: ['selectionStatus'], heading: 'Selection status', kind: { type: 'coded', vocabulary: SELECTION_STATUS_VOCABULARY }, width: 18 },
  ...characteristicColumns,
  { path: ['higherRiskFlags'], heading: 'Higher-risk flags (separate with ;)', kind: { type: 'list', vocabulary: HIGHER_RISK_FLAG_VOCABULARY }, width: 30 },
];

/** A column `cases export` adds for people to read, which `cases check` ignores. */
export const COHORT_DESCRIPTION_HEADING = 'Cohort description';

/** The cohort's description, for the column beside the cohort code. */
export function cohortDescription(cohort: string): string {
  return Object.hasOwn(CASE_TRACKING_COHORT_DESCRIPTIONS, cohort) ? CASE_TRACKING_COHORT_DESCRIPTIONS[cohort as CohortId] : '';
}

/** The text of a record's field for a cell: lists joined with "; ". */
export function caseRecordCellText(record: Readonly<Record<string, unknown>>, column: CaseRecordColumn): string {
  const [first, second] = column.path;
  const container = second === undefined ? record : (record[first] as Readonly<Record<string, unknown>> | undefined);
  const value = container?.[second ?? first];
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join('; ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The records of a case-tracking list file, with the spreadsheet row each came from. */
export interface CaseRecordsFromTable {
  readonly records: readonly Record<string, unknown>[];
  readonly rowNumbers: readonly number[];
  /** The file's heading for a record field path (`needsSummary`, `characteristics.sex`). */
  readonly headingOf: ReadonlyMap<string, string>;
}

/**
 * Reads a case-tracking list (the file `cases export` wrote, filled in, or the council's own with
 * the same headings or field ids) into records for `checkCaseTrackingList`. Coded values are
 * matched to ids; anything unrecognised is passed on as typed, so the check reports it. A column
 * that is not part of a record is passed on under its heading too, so the check can flag it
 * (a "Name" column must never reach CQC).
 */
export function caseRecordsFromTable(table: TableFile): CaseRecordsFromTable {
  const columnOfHeading = new Map<string, CaseRecordColumn>();
  for (const column of CASE_RECORD_COLUMNS) {
    for (const name of [column.heading, column.path.join('.'), column.path[column.path.length - 1] ?? '']) {
      const key = normaliseForMatching(name);
      if (!columnOfHeading.has(key)) columnOfHeading.set(key, column);
    }
  }
  const headingOf = new Map<string, string>();
  const records = table.rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const [heading, text] of Object.entries(row.cells)) {
      if (normaliseForMatching(heading) === normaliseForMatching(COHORT_DESCRIPTION_HEADING)) continue;
      const column = columnOfHeading.get(normaliseForMatching(heading));
      if (column === undefined) {
        record[heading] = text;
        continue;
      }
      headingOf.set(column.path.join('.'), heading);
      const value = valueOf(column.kind, text);
      const [first, second] = column.path;
      if (second === undefined) record[first] = value;
      else record[first] = { ...(record[first] ?? {}), [second]: value };
    }
    for (const listField of ['servicesProvided', 'referralsMade'] as const) record[listField] ??= [];
    record.multiAgencyContext ??= '';
    return record;
  });
  return { records, rowNumbers: table.rows.map((row) => row.rowNumber), headingOf };
}

function valueOf(kind: ColumnKind, text: string): unknown {
  switch (kind.type) {
    case 'text':
      return text;
    case 'date':
      return isoDateFromCell(text);
    case 'coded':
      return kind.vocabulary.match(text) ?? text;
    case 'list':
      return splitList(text).map((item) => kind.vocabulary?.match(item) ?? item);
  }
}
