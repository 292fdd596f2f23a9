import { describe, expect, it } from 'vitest';
import { createPseudonymisationKey, pseudonymiseId } from './pseudonymisation.js';
import { caseListExportRecord, caseListIdOf, mostRecentAssessmentOrReviewDate, proposedCaseRecords } from './proposed-case-records.js';
import { proposeCaseTrackingList } from './propose-case-tracking-list.js';
import { scanRecordsForPersonalData } from './scan-records-for-personal-data.js';
import { generateSyntheticExtract } from './synthetic-extract.js';

const key = createPseudonymisationKey(new Uint8Array(32).fill(7));

describe('proposed case records', () => {
  it('takes the later of the assessment and review dates', () => {
    expect(mostRecentAssessmentOrReviewDate({ assessmentDate: '2025-01-10', reviewDate: '2025-06-01' })).toBe('2025-06-01');
    expect(mostRecentAssessmentOrReviewDate({ assessmentDate: '2025-01-10', reviewDate: '2024-12-01' })).toBe('2025-01-10');
    expect(mostRecentAssessmentOrReviewDate({ assessmentDate: '2025-01-10' })).toBe('2025-01-10');
  });

  it('keeps only pseudonymised ids, and the export rows carry no personal data', () => {
    const rows = generateSyntheticExtract({ count: 2000, seed: 'records', asOf: '2026-03-02' });
    const proposal = proposeCaseTrackingList(rows, { asOf: '2026-03-02', seed: 'records' });
    expect(proposal.picks.length).toBeGreaterThan(0);
    const records = proposedCaseRecords(proposal.picks, key);
    expect(records).toHaveLength(proposal.picks.length);
    records.forEach((record, index) => {
      const row = proposal.picks[index]!.row;
      expect(record.pseudonymisedId).toBe(pseudonymiseId(row.localPersonId, key));
      expect(JSON.stringify(record)).not.toContain(row.localPersonId);
    });
    const exported = records.map(caseListExportRecord);
    expect(scanRecordsForPersonalData(exported)).toEqual([]);
    expect(caseListIdOf('glos-2026')).toBe('glos-2026-case-list');
  });
});
