import type { CaseTrackingRecord } from '../case-tracking/case-tracking-record.js';
import { proposeCaseTrackingList } from '../case-tracking/propose-case-tracking-list.js';
import { createPseudonymisationKey } from '../case-tracking/pseudonymisation.js';
import { generateSyntheticExtract } from '../case-tracking/synthetic-extract.js';
import { toCaseTrackingRecords, type CaseTrackingRecordDetails } from '../case-tracking/to-case-tracking-records.js';

/*
 * Case-tracking examples for tests: a key, case details free of personal data, and a valid list
 * of 50 records built the way a council would build it (synthetic extract, proposal,
 * pseudonymised records). The framework's own tests use them too.
 */

/** The date the example list is prepared on. */
export const EXAMPLE_CASE_TRACKING_AS_OF = '2025-06-10';

/** A fixed pseudonymisation key (bytes 1..32): fine for tests, never for a council. */
export const EXAMPLE_PSEUDONYMISATION_KEY = createPseudonymisationKey(Uint8Array.from({ length: 32 }, (_, index) => index + 1));

/** Case details a council might write, with no personal data in them. */
export const EXAMPLE_CASE_DETAILS: CaseTrackingRecordDetails = {
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

/**
 * A fresh copy of a valid case-tracking list of 50 records: `checkCaseTrackingList` passes on it
 * (as of {@link EXAMPLE_CASE_TRACKING_AS_OF}). Change one record to test a check.
 *
 * @example
 * const records = exampleCaseTrackingList();
 * records[0]!.needsSummary = 'Mrs Jane Smith, NHS number 943 476 5919';
 * checkCaseTrackingList(records, { asOf: EXAMPLE_CASE_TRACKING_AS_OF }).ok; // false
 */
export function exampleCaseTrackingList(): CaseTrackingRecord[] {
  if (cachedList === undefined) {
    const rows = generateSyntheticExtract({ count: 1500, seed: 'fixture', asOf: EXAMPLE_CASE_TRACKING_AS_OF });
    const proposal = proposeCaseTrackingList(rows, { asOf: EXAMPLE_CASE_TRACKING_AS_OF, seed: 'fixture' });
    cachedList = toCaseTrackingRecords(proposal.picks, EXAMPLE_PSEUDONYMISATION_KEY, () => EXAMPLE_CASE_DETAILS);
  }
  return structuredClone(cachedList) as CaseTrackingRecord[];
}
