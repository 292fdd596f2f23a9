/**
 * The words pages show for the framework's stable ids, taken from the framework and lifecycle
 * packages (the one place they are written), never typed again here.
 */
import {
  COHORT_IDS,
  COHORT_LABELS,
  EVIDENCE_CATEGORY_IDS,
  EVIDENCE_CATEGORY_LABELS,
  EVIDENCE_TAG_LABELS,
  EVIDENCE_TAGS,
  INFORMATION_RETURN_STATUS_LABELS,
  QUALITY_STATEMENT_IDS,
  RATING_LABELS,
  SCORE_LABELS,
  getQualityStatement,
  type QualityStatementId,
} from '@asc-assure/framework';
import { ASSESSMENT_EVENT_LABELS, ASSESSMENT_STAGES, MOVABLE_DATE_IDS, MOVABLE_DATE_LABELS } from '@asc-assure/lifecycle';
import { humaniseId } from './format.js';

export {
  ASSESSMENT_EVENT_LABELS,
  ASSESSMENT_STAGES,
  COHORT_IDS,
  COHORT_LABELS,
  EVIDENCE_CATEGORY_IDS,
  EVIDENCE_CATEGORY_LABELS,
  EVIDENCE_TAGS,
  EVIDENCE_TAG_LABELS,
  INFORMATION_RETURN_STATUS_LABELS,
  MOVABLE_DATE_IDS,
  MOVABLE_DATE_LABELS,
  QUALITY_STATEMENT_IDS,
  RATING_LABELS,
  SCORE_LABELS,
};

function isQualityStatementId(id: string): id is QualityStatementId {
  return (QUALITY_STATEMENT_IDS as readonly string[]).includes(id);
}

/** A quality statement's title ("Safeguarding"), or the id turned into words for one this version does not know. */
export function qualityStatementTitle(id: string): string {
  return isQualityStatementId(id) ? getQualityStatement(id).title : humaniseId(id);
}

/** A quality statement's short column head ("Safeguarding" for safeguarding, "Supporting" for supporting-healthier-lives). */
export function qualityStatementShortTitle(id: string): string {
  return isQualityStatementId(id) ? getQualityStatement(id).shortTitle : humaniseId(id);
}

/** An evidence category's label. */
export function evidenceCategoryLabel(id: string): string {
  return (EVIDENCE_CATEGORY_LABELS as Readonly<Record<string, string>>)[id] ?? humaniseId(id);
}

/** An overall rating's label ("Requires improvement"). */
export function ratingLabel(id: string): string {
  return (RATING_LABELS as Readonly<Record<string, string>>)[id] ?? humaniseId(id);
}

/** A score's wording: "2: Some shortfalls". */
export function scoreLabel(score: number | null | undefined): string {
  if (score === null || score === undefined) return 'Not scored';
  const label = (SCORE_LABELS as Readonly<Record<number, { label: string }>>)[score]?.label;
  return label === undefined ? String(score) : `${score}: ${label}`;
}

/** A lifecycle event type's label ("Information Return submitted"). */
export function eventLabel(type: string): string {
  return (ASSESSMENT_EVENT_LABELS as Readonly<Record<string, { label: string }>>)[type]?.label ?? humaniseId(type);
}

/** A case-tracking cohort's label, with its code: "CT01 Older people". */
export function cohortLabel(id: string): string {
  const label = (COHORT_LABELS as Readonly<Record<string, string>>)[id];
  return label === undefined ? id : `${id} ${label}`;
}

/** An evidence tag's label ("Equality and anti-discrimination"). */
export function evidenceTagLabel(tag: string): string {
  return (EVIDENCE_TAG_LABELS as Readonly<Record<string, string>>)[tag] ?? humaniseId(tag);
}

/** A movable date's label, for the middle of a sentence ("the case list due date"). */
export function movableDateLabel(id: string): string {
  return (MOVABLE_DATE_LABELS as Readonly<Record<string, string>>)[id] ?? humaniseId(id).toLowerCase();
}
