import type { CohortId, EvidenceCategoryId, RatingId, Score, ScoringMethodId } from '../ids.js';
import { deepFreeze } from './deep-freeze.js';
import type { InformationReturnItemKind, InformationReturnStatus } from './information-return.js';

/** Display names of the four overall ratings. Data stores the id; pages show the label. */
export const RATING_LABELS = deepFreeze({
  inadequate: 'Inadequate',
  'requires-improvement': 'Requires improvement',
  good: 'Good',
  outstanding: 'Outstanding',
} as const satisfies Record<RatingId, string>);

/** How a quality statement score of 1-4 reads, with the rating word it corresponds to. */
export interface ScoreLabel {
  /** CQC's wording of the score: "Some shortfalls". */
  readonly label: string;
  /** The rating the score corresponds to. */
  readonly ratingId: RatingId;
  /** That rating's display name: "Requires improvement". */
  readonly ratingLabel: string;
}

/**
 * CQC's wording of each quality statement (and evidence category) score.
 *
 * @example
 * `${score}: ${SCORE_LABELS[score].label} (${SCORE_LABELS[score].ratingLabel.toLowerCase()})`
 * // "2: Some shortfalls (requires improvement)"
 */
export const SCORE_LABELS = deepFreeze({
  1: { label: 'Significant shortfalls', ratingId: 'inadequate', ratingLabel: RATING_LABELS.inadequate },
  2: { label: 'Some shortfalls', ratingId: 'requires-improvement', ratingLabel: RATING_LABELS['requires-improvement'] },
  3: { label: 'Good standard', ratingId: 'good', ratingLabel: RATING_LABELS.good },
  4: { label: 'Exceptional standard', ratingId: 'outstanding', ratingLabel: RATING_LABELS.outstanding },
} as const satisfies Record<Score, ScoreLabel>);

/** The case-tracking cohorts CQC codes CT01-CT07, in CQC's words. */
export const COHORT_LABELS = deepFreeze({
  CT01: 'Older people',
  CT02: 'Young people who have transitioned to adult services',
  CT03: 'People who have recently come out of hospital and are receiving care',
  CT04: 'People with a learning disability and autistic people',
  CT05: 'People with mental health needs or substance misuse',
  CT06: 'People with physical disabilities or long-term conditions',
  CT07: 'Unpaid carers',
} as const satisfies Record<CohortId, string>);

/** Display names of the six evidence categories of CQC's single assessment framework. */
export const EVIDENCE_CATEGORY_LABELS = deepFreeze({
  'peoples-experience': "People's experience",
  'feedback-from-staff-and-leaders': 'Feedback from staff and leaders',
  'feedback-from-partners': 'Feedback from partners',
  observation: 'Observation',
  processes: 'Processes',
  outcomes: 'Outcomes',
} as const satisfies Record<EvidenceCategoryId, string>);

/** Display names of the two scoring methods. */
export const SCORING_METHOD_LABELS = deepFreeze({
  'evidence-category': 'Evidence categories scored, then combined (CQC 2023-2025)',
  'quality-statement': 'Quality statements scored directly (CQC current)',
} as const satisfies Record<ScoringMethodId, string>);

/** Display names of where a council is with an Information Return item. */
export const INFORMATION_RETURN_STATUS_LABELS = deepFreeze({
  'not-started': 'Not started',
  'in-progress': 'In progress',
  ready: 'Ready',
  submitted: 'Submitted',
} as const satisfies Record<InformationReturnStatus, string>);

/** Display names of the kinds of Information Return item. */
export const INFORMATION_RETURN_ITEM_KIND_LABELS = deepFreeze({
  document: 'Document',
  data: 'Data',
  narrative: 'Narrative',
} as const satisfies Record<InformationReturnItemKind, string>);
