import type { CaseTrackingRecord } from './case-tracking-record.js';
import { proposeCaseTrackingList } from './propose-case-tracking-list.js';
import { createPseudonymisationKey } from './pseudonymisation.js';
import { generateSyntheticExtract } from './synthetic-extract.js';
import { toCaseTrackingRecords, type CaseTrackingRecordDetails } from './to-case-tracking-records.js';

/*
 * Shared fixtures of this folder's tests: a key, case details free of personal data, and a valid
 * list of 50 records built the way a council would build it. Not part of the package's API.
 */

/** The date the fixtures are prepared on. */
export const FIXTURE_AS_OF = '2025-06-10';

/** A fixed key (bytes 1..32): fine for tests, never for a council. */
export const FIXTURE_KEY = createPseudonymisationKey(Uint8Array.from({ length: 32 }, (_, index) => index + 1));

/** Case details a council might write, with no personal data in them. */
export const FIXTURE_DETAILS: CaseTrackingRecordDetails = {
  initialReasonForContact: 'Referred by the GP practice after a fall at home.',
  needsSummary:
    'Needs help with washing, dressing and meals. Wants to stay living at home and keep going to the lunch club on Thursdays. ' +
    'Has a son nearby who helps with shopping.',
  servicesProvided: ['Home care, two calls a day', 'Telecare pendant alarm'],
  referralsMade: ['Falls prevention service'],
  multiAgencyContext: 'District nurses visit weekly for wound care.',
  leadProfessionalContact: 'asc-north-locality-team@council.example.gov.uk',
};

let cachedList: readonly CaseTrackingRecord[] | undefined;

/** A fresh copy of a valid list of 50 records (every check passes on it). */
export function validCaseTrackingList(): CaseTrackingRecord[] {
  if (cachedList === undefined) {
    const rows = generateSyntheticExtract({ count: 1500, seed: 'fixture', asOf: FIXTURE_AS_OF });
    const proposal = proposeCaseTrackingList(rows, { asOf: FIXTURE_AS_OF, seed: 'fixture' });
    cachedList = toCaseTrackingRecords(proposal.picks, FIXTURE_KEY, () => FIXTURE_DETAILS);
  }
  return structuredClone(cachedList) as CaseTrackingRecord[];
}
