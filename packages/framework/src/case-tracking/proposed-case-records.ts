import type { CohortId } from '../ids.js';
import type { PersonExtractRow } from './person-extract-row.js';
import { PROTECTED_CHARACTERISTIC_FIELDS } from './protected-characteristics.js';
import type { CaseTrackingPick } from './propose-case-tracking-list.js';
import { pseudonymiseId, type PseudonymisationKey } from './pseudonymisation.js';

/** The most recent assessment or review of a person: the later of the two dates in the extract. */
export function mostRecentAssessmentOrReviewDate(row: Pick<PersonExtractRow, 'assessmentDate' | 'reviewDate'>): string {
  return row.reviewDate !== undefined && row.reviewDate > row.assessmentDate ? row.reviewDate : row.assessmentDate;
}

/**
 * One person on the proposed list, as the store keeps it: pseudonymised, with only the dates,
 * ids and role CQC's list asks for. The council's own person id is never stored.
 */
export interface ProposedCaseRecord {
  readonly rank: number;
  readonly pseudonymisedId: string;
  readonly cohort: CohortId;
  readonly reasons: readonly string[];
  readonly firstContactDate: string;
  readonly assessmentDate: string;
  readonly mostRecentAssessmentOrReviewDate: string;
  readonly consentToBeContacted: string;
  readonly leadProfessionalRole?: string;
  readonly characteristics: Readonly<Record<string, string>>;
  readonly higherRiskFlags: readonly string[];
}

/** The id an assessment's case list is kept under (the command line and the API agree): proposing again replaces it. */
export function caseListIdOf(assessmentId: string): string {
  return `${assessmentId}-case-list`;
}

/** The proposal's picks as the store keeps them. */
export function proposedCaseRecords(picks: readonly CaseTrackingPick[], key: PseudonymisationKey): ProposedCaseRecord[] {
  return picks.map((pick) => {
    const { row } = pick;
    const characteristics: Record<string, string> = {};
    for (const field of PROTECTED_CHARACTERISTIC_FIELDS) {
      const value = row[field];
      if (value !== undefined) characteristics[field] = value;
    }
    return {
      rank: pick.rank,
      pseudonymisedId: pseudonymiseId(row.localPersonId, key),
      cohort: pick.cohort,
      reasons: pick.reasons,
      firstContactDate: row.firstContactDate,
      assessmentDate: row.assessmentDate,
      mostRecentAssessmentOrReviewDate: mostRecentAssessmentOrReviewDate(row),
      consentToBeContacted: row.consentToContact ?? 'not-yet-asked',
      ...(row.leadProfessionalRole === undefined ? {} : { leadProfessionalRole: row.leadProfessionalRole }),
      characteristics,
      higherRiskFlags: row.higherRiskFlags,
    };
  });
}

/**
 * A stored record as a row of the list CQC receives: the ten items (the council writes the free
 * text in), selection status, characteristics and flags. No reasons: they are for the council.
 */
export function caseListExportRecord(record: ProposedCaseRecord): Record<string, unknown> {
  return {
    pseudonymisedId: record.pseudonymisedId,
    cohort: record.cohort,
    initialReasonForContact: '',
    needsSummary: '',
    firstContactDate: record.firstContactDate,
    assessmentDate: record.assessmentDate,
    mostRecentAssessmentOrReviewDate: record.mostRecentAssessmentOrReviewDate,
    servicesProvided: [],
    referralsMade: [],
    multiAgencyContext: '',
    consentToBeContacted: record.consentToBeContacted,
    leadProfessionalRole: record.leadProfessionalRole ?? '',
    leadProfessionalContact: '',
    selectionStatus: 'submitted',
    characteristics: record.characteristics,
    higherRiskFlags: record.higherRiskFlags,
  };
}
