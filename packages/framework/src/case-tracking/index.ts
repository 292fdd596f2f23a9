/**
 * Case tracking (stage 4 of the CQC assessment): choosing, pseudonymising and checking the list
 * of people CQC asks for, and keeping personal data out of it.
 */
export { CASE_TRACKING_COHORT_DESCRIPTIONS } from './cohorts.js';
export {
  AGE_BAND_IDS,
  AGE_BAND_LABELS,
  ageBandIdSchema,
  SEX_IDS,
  SEX_LABELS,
  sexIdSchema,
  ETHNIC_GROUP_IDS,
  ETHNIC_GROUP_LABELS,
  ethnicGroupIdSchema,
  DISABILITY_STATUS_IDS,
  DISABILITY_STATUS_LABELS,
  disabilityStatusIdSchema,
  RELIGION_IDS,
  RELIGION_LABELS,
  religionIdSchema,
  SEXUAL_ORIENTATION_IDS,
  SEXUAL_ORIENTATION_LABELS,
  sexualOrientationIdSchema,
  GENDER_IDENTITY_IDS,
  GENDER_IDENTITY_LABELS,
  genderIdentityIdSchema,
  PROTECTED_CHARACTERISTIC_FIELDS,
  PROTECTED_CHARACTERISTICS,
} from './protected-characteristics.js';
export type {
  AgeBandId,
  SexId,
  EthnicGroupId,
  DisabilityStatusId,
  ReligionId,
  SexualOrientationId,
  GenderIdentityId,
  ProtectedCharacteristicField,
  ProtectedCharacteristicDefinition,
} from './protected-characteristics.js';
export { HIGHER_RISK_FLAG_IDS, HIGHER_RISK_FLAG_LABELS, higherRiskFlagIdSchema } from './higher-risk-flags.js';
export type { HigherRiskFlagId } from './higher-risk-flags.js';
export { CONSENT_TO_BE_CONTACTED_IDS, CONSENT_TO_BE_CONTACTED_LABELS, consentToBeContactedSchema } from './consent.js';
export type { ConsentToBeContactedId } from './consent.js';
export { personExtractRowSchema } from './person-extract-row.js';
export type { PersonExtractRow, PersonExtractRowInput } from './person-extract-row.js';
export {
  CASE_SELECTION_STATUS_IDS,
  CASE_SELECTION_STATUS_LABELS,
  CASE_TRACKING_FREE_TEXT_FIELDS,
  NEEDS_SUMMARY_MAX_CHARACTERS,
  caseSelectionStatusSchema,
  caseTrackingCharacteristicsSchema,
  caseTrackingRecordSchema,
} from './case-tracking-record.js';
export type { CaseSelectionStatusId, CaseTrackingRecord, CaseTrackingRecordInput } from './case-tracking-record.js';
export { caseTrackingOptionsSchema } from './case-tracking-options.js';
export type { CaseTrackingOptions, CaseTrackingOptionsInput } from './case-tracking-options.js';
export { caseTrackingWindowStart } from './assessment-window.js';
export { CASE_TRACKING_EXCLUSION_REASON_IDS, findEligibleCaseTrackingPeople } from './eligibility.js';
export type { EligibleCaseTrackingPeople, CaseTrackingExclusionReasonId } from './eligibility.js';
export { CASE_TRACKING_EXCLUSION_REASON_LABELS } from './messages.js';
export { CASE_TRACKING_PROPOSAL_WARNING_CODES, proposeCaseTrackingList } from './propose-case-tracking-list.js';
export type {
  CaseTrackingCoverage,
  CaseTrackingDistribution,
  CaseTrackingPick,
  CaseTrackingProposal,
  CaseTrackingProposalWarning,
  CaseTrackingProposalWarningCode,
} from './propose-case-tracking-list.js';
export { CASE_TRACKING_PROBLEM_CODES, CASE_TRACKING_PROBLEM_SEVERITIES, checkCaseTrackingList } from './check-case-tracking-list.js';
export type {
  CaseTrackingListCheck,
  CaseTrackingProblem,
  CaseTrackingProblemCode,
  CaseTrackingProblemSeverity,
} from './check-case-tracking-list.js';
export {
  PSEUDONYMISATION_KEY_MINIMUM_BYTES,
  PSEUDONYMISED_ID_PATTERN,
  createPseudonymisationKey,
  pseudonymisationKeyFromHex,
  pseudonymisationKeyToHex,
  pseudonymiseExtract,
  pseudonymiseId,
} from './pseudonymisation.js';
export type { PseudonymisationKey, PseudonymisedPersonRow } from './pseudonymisation.js';
export { toCaseTrackingRecords } from './to-case-tracking-records.js';
export type { CaseTrackingDetailsSource, CaseTrackingRecordDetails, ToCaseTrackingRecordsOptions } from './to-case-tracking-records.js';
export { PERSONAL_DATA_KIND_IDS, PERSONAL_DATA_COLUMN_KIND_IDS, PERSONAL_DATA_KIND_LABELS } from './personal-data-kinds.js';
export type { PersonalDataKind, PersonalDataColumnKind } from './personal-data-kinds.js';
export { findPersonalData } from './find-personal-data.js';
export type { FindPersonalDataOptions, PersonalDataMatch } from './find-personal-data.js';
export { findPersonalDataInColumnNames } from './personal-data-column-names.js';
export type { PersonalDataColumnFinding } from './personal-data-column-names.js';
export { scanRecordsForPersonalData } from './scan-records-for-personal-data.js';
export type { RecordPersonalDataFinding, ScanRecordsForPersonalDataOptions } from './scan-records-for-personal-data.js';
export { looksLikePersonalMailbox } from './personal-mailbox.js';
export {
  isValidNationalInsuranceNumber,
  isValidNhsNumber,
  isValidUkPostcode,
} from './uk-identifiers.js';
export { COMMON_UK_FORENAMES, COMMON_UK_SURNAMES } from './common-names.js';
export { generateSyntheticExtract } from './synthetic-extract.js';
export type { SyntheticExtractOptions } from './synthetic-extract.js';
export { caseListExportRecord, caseListIdOf, mostRecentAssessmentOrReviewDate, proposedCaseRecords } from './proposed-case-records.js';
export type { ProposedCaseRecord } from './proposed-case-records.js';
export { EXTRACT_TABLE_COLUMNS, readExtractTable } from './read-extract-table.js';
export type { ExtractColumn, ExtractField, ExtractRowProblem, ExtractTableReading, ReadExtractTableOptions, SpreadsheetRow, SpreadsheetTable } from './read-extract-table.js';
