import { describe, expect, it } from 'vitest';
import { caseTrackingRecordSchema } from './case-tracking-record.js';
import { findPersonalDataInColumnNames, personalDataKindOfColumnName } from './personal-data-column-names.js';
import { personExtractRowSchema } from './person-extract-row.js';

describe('column names that announce personal data', () => {
  it.each([
    ['name', 'personal-name'],
    ['First name', 'personal-name'],
    ['firstName', 'personal-name'],
    ['SURNAME', 'personal-name'],
    ['forename', 'personal-name'],
    ['client_name', 'personal-name'],
    ['address', 'address'],
    ['Address line 1', 'address'],
    ['NHS number', 'nhs-number'],
    ['nhsNo', 'nhs-number'],
    ['NI number', 'national-insurance-number'],
    ['National Insurance No', 'national-insurance-number'],
    ['date of birth', 'date-of-birth'],
    ['DOB', 'date-of-birth'],
    ['dateOfBirth', 'date-of-birth'],
    ['postcode', 'postcode'],
    ['Post Code', 'postcode'],
    ['phone', 'phone-number'],
    ['Mobile', 'phone-number'],
    ['tel', 'phone-number'],
    ['email', 'email-address'],
    ['Email address', 'email-address'],
  ])('"%s" holds %s', (name, kind) => {
    expect(personalDataKindOfColumnName(name)).toBe(kind);
  });

  it.each(['team name', 'serviceName', 'Provider name', 'cohort', 'assessmentDate', 'hotel', 'NHS trust', 'notes'])(
    '"%s" does not announce personal data',
    (name) => {
      expect(personalDataKindOfColumnName(name)).toBeUndefined();
    },
  );

  it("none of the fields of the project's own records is flagged", () => {
    const fields = [
      ...Object.keys(caseTrackingRecordSchema.shape),
      ...Object.keys(personExtractRowSchema.shape),
      ...Object.keys(caseTrackingRecordSchema.shape.characteristics.unwrap().shape),
    ];
    expect(findPersonalDataInColumnNames(fields)).toEqual([]);
  });

  it('findings say which column and why', () => {
    expect(findPersonalDataInColumnNames(['pseudonymisedId', 'Surname', 'dob'])).toEqual([
      { columnIndex: 1, name: 'Surname', kind: 'personal-name', message: expect.stringContaining('"Surname"') as unknown },
      { columnIndex: 2, name: 'dob', kind: 'date-of-birth', message: expect.stringContaining('date of birth') as unknown },
    ]);
  });
});
