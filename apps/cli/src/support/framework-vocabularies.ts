import {
  COHORT_IDS,
  COHORT_LABELS,
  CONSENT_TO_BE_CONTACTED_IDS,
  CONSENT_TO_BE_CONTACTED_LABELS,
  CQC_LA_QUALITY_STATEMENTS,
  EVIDENCE_CATEGORY_IDS,
  EVIDENCE_CATEGORY_LABELS,
  EVIDENCE_TAG_LABELS,
  EVIDENCE_TAGS,
  HIGHER_RISK_FLAG_IDS,
  HIGHER_RISK_FLAG_LABELS,
  PROTECTED_CHARACTERISTIC_FIELDS,
  PROTECTED_CHARACTERISTICS,
  type CohortId,
  type ConsentToBeContactedId,
  type EvidenceCategoryId,
  type EvidenceTag,
  type HigherRiskFlagId,
  type ProtectedCharacteristicField,
  type QualityStatementId,
} from '@asc-assure/framework';
import { createVocabulary, type Vocabulary } from './matching.js';

/**
 * What people type for a quality statement: its id, CQC's title, the short column head
 * ("Safe Systems") or its number in CQC's order ("QS7", "7").
 */
export const QUALITY_STATEMENT_VOCABULARY: Vocabulary<QualityStatementId> = createVocabulary(
  CQC_LA_QUALITY_STATEMENTS.flatMap((statement, index): [string, QualityStatementId][] => [
    [statement.id, statement.id],
    [statement.title, statement.id],
    [statement.shortTitle, statement.id],
    [`QS${index + 1}`, statement.id],
    [String(index + 1), statement.id],
  ]),
);

/** What people type for an evidence category: its id or its label ("People's experience"). */
export const EVIDENCE_CATEGORY_VOCABULARY: Vocabulary<EvidenceCategoryId> = createVocabulary(
  EVIDENCE_CATEGORY_IDS.flatMap((id): [string, EvidenceCategoryId][] => [
    [id, id],
    [EVIDENCE_CATEGORY_LABELS[id], id],
  ]),
);

/** What people type for an evidence tag: its id or its label. */
export const EVIDENCE_TAG_VOCABULARY: Vocabulary<EvidenceTag> = createVocabulary(
  EVIDENCE_TAGS.flatMap((tag): [string, EvidenceTag][] => [
    [tag, tag],
    [EVIDENCE_TAG_LABELS[tag], tag],
  ]),
);

/** What people type for a case-tracking cohort: CT01 to CT07, or CQC's name of it. */
export const COHORT_VOCABULARY: Vocabulary<CohortId> = createVocabulary(
  COHORT_IDS.flatMap((cohort): [string, CohortId][] => [
    [cohort, cohort],
    [COHORT_LABELS[cohort], cohort],
  ]),
);

/** What people type for each protected characteristic: its value ids and labels. */
export const CHARACTERISTIC_VOCABULARIES = Object.fromEntries(
  PROTECTED_CHARACTERISTIC_FIELDS.map((field) => {
    const definition = PROTECTED_CHARACTERISTICS[field];
    const labels: Readonly<Record<string, string>> = definition.valueLabels;
    return [field, createVocabulary(definition.valueIds.flatMap((id): [string, string][] => [[id, id], [labels[id] ?? id, id]]))];
  }),
) as Record<ProtectedCharacteristicField, Vocabulary<string>>;

/** What people type for a higher-risk flag: its id or label. */
export const HIGHER_RISK_FLAG_VOCABULARY: Vocabulary<HigherRiskFlagId> = createVocabulary(
  HIGHER_RISK_FLAG_IDS.flatMap((flag): [string, HigherRiskFlagId][] => [
    [flag, flag],
    [HIGHER_RISK_FLAG_LABELS[flag], flag],
  ]),
);

/** What people type for consent: its id, its label, or yes and no. */
export const CONSENT_VOCABULARY: Vocabulary<ConsentToBeContactedId> = createVocabulary([
  ...CONSENT_TO_BE_CONTACTED_IDS.flatMap((id): [string, ConsentToBeContactedId][] => [
    [id, id],
    [CONSENT_TO_BE_CONTACTED_LABELS[id], id],
  ]),
  ['yes', 'given'],
  ['agreed', 'given'],
  ['no', 'refused'],
  ['not asked', 'not-yet-asked'],
]);

const STATEMENT_TITLES = new Map<string, string>(CQC_LA_QUALITY_STATEMENTS.map((statement) => [statement.id, statement.title]));
const STATEMENT_SHORT_TITLES = new Map<string, string>(CQC_LA_QUALITY_STATEMENTS.map((statement) => [statement.id, statement.shortTitle]));

/** CQC's title of a quality statement, for people: "Supporting people to live healthier lives". */
export function qualityStatementTitle(id: string): string {
  return STATEMENT_TITLES.get(id) ?? id;
}

/** The short column head of a quality statement: "Supporting". */
export function qualityStatementShortTitle(id: string): string {
  return STATEMENT_SHORT_TITLES.get(id) ?? id;
}

/** Display labels of the nine statements, as `analyseReadiness` takes them for its messages. */
export function qualityStatementLabels(): Record<QualityStatementId, string> {
  return Object.fromEntries(CQC_LA_QUALITY_STATEMENTS.map((statement) => [statement.id, statement.title])) as Record<QualityStatementId, string>;
}
