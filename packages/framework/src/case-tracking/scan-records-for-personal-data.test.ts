import { describe, expect, it } from 'vitest';
import { scanRecordsForPersonalData } from './scan-records-for-personal-data.js';

describe('scanning records for personal data', () => {
  it('finds personal data in strings, list items, nested fields and numbers, with the path to each', () => {
    const findings = scanRecordsForPersonalData([
      { needsSummary: 'Lives with Mr Jones' },
      { servicesProvided: ['Home care', 'Call 07700 900123'], details: { note: 'SW1A 1AA' }, reference: 9434765919 },
    ]);
    expect(findings.map(({ recordIndex, field, kind }) => ({ recordIndex, field, kind }))).toEqual([
      { recordIndex: 0, field: 'needsSummary', kind: 'personal-name' },
      { recordIndex: 1, field: 'servicesProvided.1', kind: 'phone-number' },
      { recordIndex: 1, field: 'details.note', kind: 'postcode' },
      { recordIndex: 1, field: 'reference', kind: 'nhs-number' },
    ]);
  });

  it('a field named like personal data is reported even when empty', () => {
    const findings = scanRecordsForPersonalData([{ surname: '' }]);
    expect(findings).toMatchObject([{ recordIndex: 0, field: 'surname', source: 'field-name', kind: 'personal-name' }]);
  });

  it('any full date in a date-of-birth field is reported', () => {
    expect(scanRecordsForPersonalData([{ dateOfBirth: '1956-03-12' }]).map((finding) => finding.kind)).toEqual([
      'date-of-birth',
      'date-of-birth',
    ]);
  });

  it('a kind allowed in a field is not reported there, and still is elsewhere', () => {
    const records = [{ leadProfessionalContact: 'team@council.example.gov.uk', needsSummary: 'team@council.example.gov.uk' }];
    const findings = scanRecordsForPersonalData(records, { allowedKinds: { leadProfessionalContact: ['email-address'] } });
    expect(findings.map((finding) => finding.field)).toEqual(['needsSummary']);
  });

  it('records with nothing personal give no findings', () => {
    expect(scanRecordsForPersonalData([{ cohort: 'CT01', needsSummary: 'Needs help with meals.' }, null, 3])).toEqual([]);
  });
});
