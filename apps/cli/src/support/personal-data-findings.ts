import { findPersonalDataInColumnNames, scanRecordsForPersonalData } from '@asc-assure/framework';
import { CASE_RECORD_COLUMNS } from './case-record-columns.js';

/**
 * Everything in a case list about to leave the council that looks like personal data, one line
 * each with where it is and the value masked: column headings and every field of every record.
 * The team mailbox column may hold an email address or phone number; nothing else may.
 */
export function caseListPersonalDataFindings(headings: readonly string[], records: readonly Readonly<Record<string, unknown>>[]): string[] {
  return [
    ...findPersonalDataInColumnNames(headings).map((finding) => `column '${finding.name}': ${finding.message}`),
    ...scanRecordsForPersonalData(records, { allowedKinds: { leadProfessionalContact: ['email-address', 'phone-number'] } }).map((finding) => {
      const path = finding.field.split('.').filter((part) => !/^\d+$/.test(part)).join('.');
      const heading = CASE_RECORD_COLUMNS.find((column) => column.path.join('.') === path)?.heading ?? finding.field;
      const id = records[finding.recordIndex]?.pseudonymisedId;
      return `row ${finding.recordIndex + 2}${typeof id === 'string' ? ` (${id})` : ''}, ${heading}: ${finding.message}`;
    }),
  ];
}
