import type { CohortId } from '../ids.js';
import { InvalidInputError, type InputProblem } from '../errors.js';
import { problemsFromZodError } from '../validation.js';
import { caseTrackingRecordSchema, type CaseTrackingRecord, type CaseTrackingRecordInput } from './case-tracking-record.js';
import type { ConsentToBeContactedId } from './consent.js';
import { CASE_TRACKING_ERROR_MESSAGES } from './messages.js';
import type { PersonExtractRow } from './person-extract-row.js';
import { mostRecentAssessmentOrReviewDate } from './proposed-case-records.js';
import { pseudonymiseId, type PseudonymisationKey } from './pseudonymisation.js';

/** What the council writes about a person for CQC, beyond what the extract already holds. */
export interface CaseTrackingRecordDetails {
  readonly initialReasonForContact: string;
  readonly needsSummary: string;
  readonly servicesProvided: readonly string[];
  readonly referralsMade: readonly string[];
  readonly multiAgencyContext: string;
  /** A role or team mailbox. */
  readonly leadProfessionalContact: string;
  /** Overrides the role in the extract. */
  readonly leadProfessionalRole?: string;
  /** Overrides the consent in the extract. */
  readonly consentToBeContacted?: ConsentToBeContactedId;
}

/** Case details by local person id, or a function that gives them for a row. */
export type CaseTrackingDetailsSource =
  | Readonly<Record<string, CaseTrackingRecordDetails>>
  | ((row: PersonExtractRow) => CaseTrackingRecordDetails | undefined);

/** Options of {@link toCaseTrackingRecords}. */
export interface ToCaseTrackingRecordsOptions {
  /**
   * Send the protected characteristics and higher-risk flags (ids only) so CQC can choose a
   * spread of people. Default true; set false to send only the ten items CQC asks for.
   */
  readonly includeCharacteristics?: boolean;
}

function detailsFor(source: CaseTrackingDetailsSource, row: PersonExtractRow): CaseTrackingRecordDetails | undefined {
  if (typeof source === 'function') return source(row);
  return Object.hasOwn(source, row.localPersonId) ? source[row.localPersonId] : undefined;
}

/**
 * Turns proposed picks into the records the council submits: the local id replaced by its
 * pseudonymised id, dates from the extract (the most recent assessment or review is the later of
 * the two), consent from the extract unless the details say otherwise (`not-yet-asked` when
 * neither does), and the free text from `details`. Every record is validated; if any cannot be
 * made, nothing is returned and the error lists every problem. Run `checkCaseTrackingList` on
 * the result before it leaves the council: it also scans the free text for personal data.
 *
 * @example
 * const records = toCaseTrackingRecords(proposal.picks, key, (row) => caseNotes.get(row.localPersonId));
 */
export function toCaseTrackingRecords(
  picks: readonly { readonly row: PersonExtractRow; readonly cohort: CohortId }[],
  key: PseudonymisationKey | Uint8Array,
  details: CaseTrackingDetailsSource,
  options: ToCaseTrackingRecordsOptions = {},
): CaseTrackingRecord[] {
  const includeCharacteristics = options.includeCharacteristics ?? true;
  const problems: InputProblem[] = [];
  const records: CaseTrackingRecord[] = [];
  picks.forEach(({ row, cohort }, index) => {
    const written = detailsFor(details, row);
    if (written === undefined) {
      problems.push({ code: 'missing-details', path: [index], message: CASE_TRACKING_ERROR_MESSAGES.missingDetails(row.localPersonId) });
      return;
    }
    const leadProfessionalRole = written.leadProfessionalRole ?? row.leadProfessionalRole;
    if (leadProfessionalRole === undefined) {
      problems.push({
        code: 'missing-lead-professional-role',
        path: [index, 'leadProfessionalRole'],
        message: CASE_TRACKING_ERROR_MESSAGES.missingLeadProfessionalRole(row.localPersonId),
      });
      return;
    }
    const latest = mostRecentAssessmentOrReviewDate(row);
    const characteristics = {
      ...(row.ageBand === undefined ? {} : { ageBand: row.ageBand }),
      ...(row.sex === undefined ? {} : { sex: row.sex }),
      ...(row.ethnicity === undefined ? {} : { ethnicity: row.ethnicity }),
      ...(row.disability === undefined ? {} : { disability: row.disability }),
      ...(row.religion === undefined ? {} : { religion: row.religion }),
      ...(row.sexualOrientation === undefined ? {} : { sexualOrientation: row.sexualOrientation }),
      ...(row.genderReassignment === undefined ? {} : { genderReassignment: row.genderReassignment }),
    };
    const input: CaseTrackingRecordInput = {
      pseudonymisedId: pseudonymiseId(row.localPersonId, key),
      cohort,
      initialReasonForContact: written.initialReasonForContact,
      needsSummary: written.needsSummary,
      firstContactDate: row.firstContactDate,
      assessmentDate: row.assessmentDate,
      mostRecentAssessmentOrReviewDate: latest,
      servicesProvided: [...written.servicesProvided],
      referralsMade: [...written.referralsMade],
      multiAgencyContext: written.multiAgencyContext,
      consentToBeContacted: written.consentToBeContacted ?? row.consentToContact ?? 'not-yet-asked',
      leadProfessionalRole,
      leadProfessionalContact: written.leadProfessionalContact,
      selectionStatus: 'submitted',
      ...(includeCharacteristics ? { characteristics, higherRiskFlags: [...row.higherRiskFlags] } : {}),
    };
    const result = caseTrackingRecordSchema.safeParse(input);
    if (result.success) records.push(result.data);
    else problems.push(...problemsFromZodError(result.error).map((found) => ({ ...found, path: [index, ...found.path] })));
  });
  if (problems.length > 0) throw new InvalidInputError(CASE_TRACKING_ERROR_MESSAGES.invalidRecords, problems);
  return records;
}
