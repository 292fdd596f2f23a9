import type { EvidenceTagGap, StatementEvidenceCoverage } from './readiness-report.js';

/**
 * How the overall readiness score (0-100) is made up. Each part is a fraction from 0 to 1, worth
 * its weight in points; the score is the sum, rounded half up. The weights put evidence first
 * because CQC judges on evidence, then the three things councils most often lacked.
 *
 * - `evidence-coverage` (40): the average of the quality statements' coverage percentages, where
 *   a category counts in full with 3 or more current items (the "strong" count) and in proportion
 *   below that.
 * - `equality-and-unpaid-carers` (15): the share of quality statements with current evidence
 *   tagged equality, averaged with the share tagged unpaid carers.
 * - `self-assessment` (15): the share of quality statements with a self-assessment entry.
 * - `improvement-plans` (15): the share of areas for improvement with at least one known action
 *   (1 when there are none, though that is a finding of its own).
 * - `currency` (15): the share of in-effect evidence that is not stale, averaged with the share of
 *   open actions that are not overdue (each 1 when there is nothing to judge; no evidence at all
 *   counts as 0).
 */
export const READINESS_SCORE_WEIGHTS = {
  'evidence-coverage': 40,
  'equality-and-unpaid-carers': 15,
  'self-assessment': 15,
  'improvement-plans': 15,
  currency: 15,
} as const satisfies Record<string, number>;

/** A part of the readiness score (see {@link READINESS_SCORE_WEIGHTS}). */
export type ReadinessScorePartId = keyof typeof READINESS_SCORE_WEIGHTS;

/** One part of the readiness score, as computed. */
export interface ReadinessScorePart {
  readonly part: ReadinessScorePartId;
  readonly weight: number;
  /** 0 to 1. */
  readonly fraction: number;
  /** `weight x fraction`, unrounded. */
  readonly points: number;
}

/** Combines the parts' fractions into the 0-100 readiness score and its breakdown. */
export function readinessScoreFrom(fractions: Readonly<Record<ReadinessScorePartId, number>>): {
  readonly score: number;
  readonly parts: readonly ReadinessScorePart[];
} {
  const parts = (Object.keys(READINESS_SCORE_WEIGHTS) as ReadinessScorePartId[]).map((part): ReadinessScorePart => {
    const weight = READINESS_SCORE_WEIGHTS[part];
    const fraction = Math.min(1, Math.max(0, fractions[part]));
    return { part, weight, fraction, points: weight * fraction };
  });
  const total = parts.reduce((sum, part) => sum + part.points, 0);
  return { score: Math.round(total), parts };
}

/** The counts the readiness score is worked out from (see {@link READINESS_SCORE_WEIGHTS}). */
export interface ReadinessScoreInputs {
  readonly coverage: readonly StatementEvidenceCoverage[];
  readonly equalityGap: EvidenceTagGap;
  readonly unpaidCarersGap: EvidenceTagGap;
  /** Quality statements in the framework. */
  readonly statementCount: number;
  /** Of them, how many have a self-assessment entry. */
  readonly selfAssessedStatements: number;
  /** Areas for improvement in the self-assessment, and how many of them have no known action. */
  readonly areaCount: number;
  readonly areasWithoutAction: number;
  /** Evidence items in effect on the day, and how many of them are current (not stale). */
  readonly inEffectItems: number;
  readonly currentItems: number;
  /** Actions not done, and how many of them are overdue. */
  readonly openActions: number;
  readonly overdueActions: number;
}

/** The 0-100 readiness score and its breakdown, from what the analysis counted. */
export function scoreReadiness(inputs: ReadinessScoreInputs): { readonly score: number; readonly parts: readonly ReadinessScorePart[] } {
  const { statementCount } = inputs;
  const evidenceCurrency = inputs.inEffectItems === 0 ? 0 : inputs.currentItems / inputs.inEffectItems;
  const actionCurrency = inputs.openActions === 0 ? 1 : 1 - inputs.overdueActions / inputs.openActions;
  return readinessScoreFrom({
    'evidence-coverage': inputs.coverage.reduce((sum, row) => sum + row.coveragePercentage, 0) / (statementCount * 100),
    'equality-and-unpaid-carers': (inputs.equalityGap.statementsCovered + inputs.unpaidCarersGap.statementsCovered) / (2 * statementCount),
    'self-assessment': inputs.selfAssessedStatements / statementCount,
    'improvement-plans': inputs.areaCount === 0 ? 1 : 1 - inputs.areasWithoutAction / inputs.areaCount,
    currency: (evidenceCurrency + actionCurrency) / 2,
  });
}
