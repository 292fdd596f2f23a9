import type { EvidenceCategoryId, IsoDate, QualityStatementId, Score } from '../ids.js';
import type { LocalAuthorityRating, ScoreComparison } from '../scoring/index.js';
import type { EvidenceTag } from './evidence-tags.js';
import type { ReadinessFinding } from './readiness-findings.js';
import type { ReadinessScorePart } from './readiness-score.js';

/** How well one quality statement and evidence category are evidenced. */
export const EVIDENCE_COVERAGE_STATUSES = ['strong', 'thin', 'missing', 'not-applicable'] as const;

/** One of {@link EVIDENCE_COVERAGE_STATUSES}. */
export type EvidenceCoverageStatus = (typeof EVIDENCE_COVERAGE_STATUSES)[number];

/** One cell of the coverage matrix. */
export interface EvidenceCoverageCell {
  readonly evidenceCategoryId: EvidenceCategoryId;
  /** Current items mapped to both the statement and the category. */
  readonly currentItemCount: number;
  /** Stale items mapped to both (not counted as current). */
  readonly staleItemCount: number;
  /** `strong` with the strong count or more, `thin` below it, `missing` at none. */
  readonly status: EvidenceCoverageStatus;
}

/** One row of the coverage matrix: a quality statement across the six evidence categories. */
export interface StatementEvidenceCoverage {
  readonly qualityStatementId: QualityStatementId;
  /** Current items mapped to the statement, in any category. */
  readonly currentItemCount: number;
  /**
   * The statement's coverage, 0-100 (rounded half up): the average over its applicable categories
   * of `min(count, strong count) / strong count`. 100 means every applicable category is strong.
   */
  readonly coveragePercentage: number;
  readonly categories: readonly EvidenceCoverageCell[];
}

/** An evidence item that is stale, expired or due for review. */
export interface EvidenceItemAttention {
  readonly evidenceItemId: string;
  readonly title: string;
  readonly owner: string;
  readonly qualityStatementIds: readonly QualityStatementId[];
  /**
   * `review-overdue` (review date passed), `no-review-date` (in effect too long without one),
   * `expired` (effective-to date passed) or `review-due-soon`.
   */
  readonly reason: 'review-overdue' | 'no-review-date' | 'expired' | 'review-due-soon';
  /** The date behind the reason: review date, effective-from date or effective-to date. */
  readonly date: IsoDate;
}

/** An area for improvement with no known action. */
export interface UnplannedAreaForImprovement {
  readonly qualityStatementId: QualityStatementId;
  readonly areaForImprovementId: string;
  readonly description: string;
  /** Action ids it names that are not in the action list. */
  readonly unknownActionIds: readonly string[];
}

/** An action that is not done and past its due date. */
export interface OverdueAction {
  readonly actionId: string;
  readonly title: string;
  readonly owner: string;
  readonly dueDate: IsoDate;
  readonly daysOverdue: number;
  readonly qualityStatementIds: readonly QualityStatementId[];
}

/** Where a cross-cutting tag (equality, unpaid carers) has no current evidence. */
export interface EvidenceTagGap {
  readonly tag: EvidenceTag;
  /** Statements with no current item carrying the tag, in framework order. */
  readonly qualityStatementIdsWithout: readonly QualityStatementId[];
  /** Statements with at least one. */
  readonly statementsCovered: number;
  /** Current items carrying the tag. */
  readonly currentItemCount: number;
}

/** The rating the self-scores predict, or why there is none yet. */
export type PredictedRating =
  | { readonly status: 'complete'; readonly selfScores: Readonly<Record<QualityStatementId, Score>>; readonly result: LocalAuthorityRating }
  | { readonly status: 'incomplete'; readonly missingQualityStatementIds: readonly QualityStatementId[] };

/** Everything `analyseReadiness` found. */
export interface ReadinessReport {
  readonly asOf: IsoDate;
  readonly counts: {
    readonly evidenceItems: number;
    readonly current: number;
    readonly stale: number;
    readonly expired: number;
    readonly notYetEffective: number;
    readonly reviewDueSoon: number;
  };
  /** The coverage matrix: one row per quality statement, in framework order. */
  readonly coverage: readonly StatementEvidenceCoverage[];
  readonly staleItems: readonly EvidenceItemAttention[];
  readonly expiredItems: readonly EvidenceItemAttention[];
  readonly reviewDueSoonItems: readonly EvidenceItemAttention[];
  readonly areasForImprovementWithoutAction: readonly UnplannedAreaForImprovement[];
  readonly overdueActions: readonly OverdueAction[];
  readonly equalityGap: EvidenceTagGap;
  readonly unpaidCarersGap: EvidenceTagGap;
  /** Current items carrying each tag. */
  readonly currentItemsByTag: Readonly<Record<EvidenceTag, number>>;
  readonly predictedRating: PredictedRating;
  /** The self-assessment beside CQC's published result; `null` before publication or while self-scores are missing. */
  readonly publishedComparison: ScoreComparison | null;
  /** What to look at, most urgent first. */
  readonly findings: readonly ReadinessFinding[];
  /** 0-100, see {@link READINESS_SCORE_WEIGHTS}. */
  readonly readinessScore: number;
  readonly readinessScoreParts: readonly ReadinessScorePart[];
}
