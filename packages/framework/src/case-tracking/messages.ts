import type { CohortId } from '../ids.js';
import { CASE_TRACKING_COHORT_DESCRIPTIONS } from './cohorts.js';
import type { CaseTrackingExclusionReasonId } from './eligibility.js';
import { PERSONAL_DATA_KIND_LABELS, type PersonalDataColumnKind } from './personal-data-kinds.js';

/*
 * Every sentence the case-tracking functions show a council officer, in one place, so wording is
 * reviewed together and tests can compare against the same text.
 */

const cohortName = (cohort: CohortId): string => `${cohort} (${CASE_TRACKING_COHORT_DESCRIPTIONS[cohort]})`;
const people = (count: number): string => (count === 1 ? '1 person' : `${count} people`);
const records = (count: number): string => (count === 1 ? '1 record' : `${count} records`);

/** Why a person was picked for the proposed list. */
export const PICK_REASON_MESSAGES = {
  coversCohort: (cohort: CohortId) => `covers cohort ${cohortName(cohort)}`,
  addsToCohort: (cohort: CohortId) => `one of the places for cohort ${cohortName(cohort)}`,
  addsGroup: (groupNoun: string, valueId: string) => `adds ${groupNoun} '${valueId}'`,
  higherRisk: (flagLabel: string) => `higher risk: ${flagLabel}`,
  noHigherRisk: 'adds someone with no higher-risk flag, for the range of experiences',
  spreadsList: 'adds to the spread of the list across cohorts and characteristics',
} as const;

/** Warnings about a proposed list. */
export const PROPOSAL_WARNING_MESSAGES = {
  noEligibleInCohort: (cohort: CohortId) =>
    `no eligible people in ${cohortName(cohort)}: CQC expects every cohort on the list, so check the extract covers it`,
  fewEligibleInCohort: (cohort: CohortId, eligible: number, target: number) =>
    `only ${eligible} eligible ${eligible === 1 ? 'person' : 'people'} in ${cohortName(cohort)}: the list aims for ${target}`,
  cohortShortOfTarget: (cohort: CohortId, picked: number, target: number) =>
    `${cohortName(cohort)} has ${people(picked)} on the list, not the ${target} aimed for: people in it are also in other cohorts that needed them`,
  fewerEligibleThanSize: (eligible: number, size: number) =>
    `only ${people(eligible)} qualify for the list; CQC asks for ${size}`,
  duplicateIds: (rows: number) =>
    `${rows} rows share a person id with another row and were left out: fix the extract so each person appears once`,
  characteristicNotRecorded: (label: string) =>
    `no eligible person has ${label.toLowerCase()} recorded, so the list cannot be spread across it`,
  sizeSmallerThanCohorts: (size: number, cohorts: number) =>
    `a list of ${size} cannot cover ${cohorts} cohorts; the cohorts with most eligible people come first`,
} as const;

/** What each exclusion reason means, for display. */
export const CASE_TRACKING_EXCLUSION_REASON_LABELS = {
  'no-assessment-date': 'no assessment date',
  'invalid-row': 'the row is incomplete or malformed',
  'duplicate-id': 'the person id appears more than once in the extract',
  'assessment-before-first-contact': 'the assessment is dated before the first contact',
  'date-after-as-of': 'a date is after the date of the list',
  'assessed-outside-window': 'assessed before the assessment window (more than 12 months ago by default)',
  'consent-refused': 'has refused to be contacted',
} as const satisfies Readonly<Record<CaseTrackingExclusionReasonId, string>>;

/** Findings of the personal-data scanners. */
export const PERSONAL_DATA_MESSAGES = {
  found: (kind: PersonalDataColumnKind, maskedValue: string) =>
    `looks like ${PERSONAL_DATA_KIND_LABELS[kind]} (${maskedValue}): remove it before this leaves the council`,
  column: (name: string, kind: PersonalDataColumnKind) =>
    `column "${name}" looks like it holds ${PERSONAL_DATA_KIND_LABELS[kind]}: leave it out of anything sent outside the council`,
} as const;

/** Problems found by `checkCaseTrackingList`. */
export const CASE_TRACKING_PROBLEM_MESSAGES = {
  wrongRecordCount: (found: number, expected: number) =>
    `The list has ${records(found)}; CQC asks for ${expected}.`,
  cohortMissing: (cohort: CohortId) => `No one on the list is in cohort ${cohortName(cohort)}; CQC expects every cohort.`,
  cohortUnderRepresented: (cohort: CohortId, found: number, target: number) =>
    `Cohort ${cohortName(cohort)} has ${people(found)} on the list; aim for at least ${target} so CQC has a choice.`,
  assessmentOutsideWindow: (assessmentDate: string, windowStart: string, months: number) =>
    `The assessment on ${assessmentDate} is more than ${months} months before the list date: CQC asks for people assessed on or after ${windowStart}.`,
  assessmentBeforeFirstContact: (assessmentDate: string, firstContactDate: string) =>
    `The assessment on ${assessmentDate} is dated before the first contact on ${firstContactDate}.`,
  reviewBeforeAssessment: (reviewDate: string, assessmentDate: string) =>
    `The most recent assessment or review (${reviewDate}) is dated before the assessment (${assessmentDate}).`,
  dateAfterAsOf: (field: string, date: string, asOf: string) =>
    `${field} is ${date}, after the date of the list (${asOf}).`,
  duplicatePseudonymisedId: (id: string, firstIndex: number) =>
    `The pseudonymised id ${id} is also used by record ${firstIndex + 1}: each person appears once.`,
  consentMissing: (statusLabel: string, consent: string) =>
    `${statusLabel}, but consent to be contacted is "${consent}": the council must confirm written permission before CQC contacts the person.`,
  consentRefused: 'The person has refused to be contacted: if CQC selects them they cannot be interviewed, so consider someone else.',
  trackedCountMismatch: (found: number, expected: number) =>
    `${people(found)} marked as selected to track; CQC tracks ${expected}.`,
  reserveCountMismatch: (found: number, expected: number) =>
    `${people(found)} marked as reserves; CQC chooses ${expected}.`,
  needsSummaryTooLong: (length: number, maximum: number) =>
    `The summary of needs is ${length} characters; one page is at most ${maximum}.`,
  personalMailbox: (address: string) =>
    `The lead professional contact ${address} looks like a named person's mailbox: give a role or team mailbox.`,
  personalDataFound: (field: string, finding: string) => `${field} ${finding}.`,
  personalDataField: (finding: string) => `${finding.charAt(0).toUpperCase()}${finding.slice(1)}.`,
  malformedField: (field: string, detail: string) => `${field}: ${detail}.`,
  unknownField: (field: string) => `${field} is not a field of a case-tracking record: remove it.`,
  recordNotAnObject: 'The record is not a set of named fields.',
} as const;

/** Messages of errors thrown by the case-tracking functions. */
export const CASE_TRACKING_ERROR_MESSAGES = {
  keyTooShort: (length: number, minimum: number) =>
    `The pseudonymisation key is ${length} bytes; it must be at least ${minimum} bytes of random data. Make a key from a secure random source and keep it inside the council.`,
  keyNotHex: 'The pseudonymisation key must be written as hexadecimal digits (0-9, a-f).',
  invalidOptions: 'The case-tracking options cannot be used',
  invalidExtract: 'The extract of people cannot be pseudonymised',
  invalidList: 'The case-tracking list must be a list of records',
  invalidRecords: 'The case-tracking records cannot be made',
  missingDetails: (localPersonId: string) =>
    `There are no case details for the person with local id ${localPersonId}.`,
  missingLeadProfessionalRole: (localPersonId: string) =>
    `No lead professional role is given for the person with local id ${localPersonId}, in the extract or the case details.`,
} as const;
