import { findPersonalData } from './find-personal-data.js';
import { PERSONAL_DATA_MESSAGES } from './messages.js';
import { personalDataKindOfColumnName } from './personal-data-column-names.js';
import type { PersonalDataColumnKind, PersonalDataKind } from './personal-data-kinds.js';

/** Personal data found in one field of one record. */
export interface RecordPersonalDataFinding {
  /** Position of the record in the list scanned. */
  readonly recordIndex: number;
  /** Path of the field: `needsSummary`, `servicesProvided.2`, `characteristics.ethnicity`. */
  readonly field: string;
  /** Whether the value holds personal data or the field's name says it would. */
  readonly source: 'value' | 'field-name';
  readonly kind: PersonalDataColumnKind;
  /** Where in the field's text, for a value finding. */
  readonly start?: number;
  readonly end?: number;
  /** The finding, masked for display; for a field-name finding, the field's name. */
  readonly value: string;
  /** Plain English, for a council officer. */
  readonly message: string;
}

/** Options of {@link scanRecordsForPersonalData}. */
export interface ScanRecordsForPersonalDataOptions {
  /**
   * Kinds expected in a field and not reported there, by top-level field name: for example a
   * team mailbox is an email address, so `{ leadProfessionalContact: ['email-address'] }`.
   */
  readonly allowedKinds?: Readonly<Record<string, readonly PersonalDataKind[]>>;
}

/** Deep enough for any record the project exports; guards against a cyclic object. */
const MAXIMUM_DEPTH = 8;

/**
 * Scans every field of every record (strings, numbers, arrays and nested objects) for personal
 * data with {@link findPersonalData}, and every field name with `findPersonalDataInColumnNames`.
 * The list check uses it, and so should anything that exports records beyond the council.
 *
 * @example
 * scanRecordsForPersonalData([{ needsSummary: 'Lives with Mr Jones' }]);
 * // [{ recordIndex: 0, field: 'needsSummary', kind: 'personal-name', value: 'Mr J****', ... }]
 */
export function scanRecordsForPersonalData(
  records: readonly unknown[],
  options: ScanRecordsForPersonalDataOptions = {},
): RecordPersonalDataFinding[] {
  const findings: RecordPersonalDataFinding[] = [];
  records.forEach((record, recordIndex) => {
    const visit = (value: unknown, path: readonly string[], depth: number): void => {
      if (depth > MAXIMUM_DEPTH) return;
      const field = path.join('.');
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
        const topField = path[0] ?? '';
        const allowed = options.allowedKinds?.[topField] ?? [];
        const columnName = [...path].reverse().find((part) => !/^\d+$/.test(part));
        for (const match of findPersonalData(String(value), columnName === undefined ? {} : { columnName })) {
          if (allowed.includes(match.kind)) continue;
          findings.push({ recordIndex, field, source: 'value', ...match });
        }
        return;
      }
      if (Array.isArray(value)) {
        value.forEach((item: unknown, index) => visit(item, [...path, String(index)], depth + 1));
        return;
      }
      if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
          const kind = personalDataKindOfColumnName(key);
          const childPath = [...path, key];
          // A name used as a key ({ "John Smith": ... }) is as much a disclosure as a value.
          for (const match of findPersonalData(key)) {
            findings.push({ recordIndex, field: [...path, match.value].join('.'), source: 'field-name', ...match });
          }
          if (kind !== undefined) {
            findings.push({
              recordIndex,
              field: childPath.join('.'),
              source: 'field-name',
              kind,
              value: key,
              message: PERSONAL_DATA_MESSAGES.column(key, kind),
            });
          }
          visit(item, childPath, depth + 1);
        }
      }
    };
    visit(record, [], 0);
  });
  return findings;
}
