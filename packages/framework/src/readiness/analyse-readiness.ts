import { z } from 'zod';
import { addCalendarDays } from '../calendar/iso-date.js';
import { QUALITY_STATEMENT_IDS } from '../ids.js';
import { publishedResultSchema, type PublishedResult } from '../scoring/index.js';
import { parseInput } from '../validation.js';
import { actionListSchema, type ActionInput } from './action.js';
import { analyseReadinessOptionsSchema, readinessLabels, type AnalyseReadinessOptions } from './analyse-readiness-options.js';
import { READINESS_DEFAULT_EVIDENCE_CATEGORIES } from './applicable-evidence-categories.js';
import { coverageFindings, evidenceCoverage } from './evidence-coverage.js';
import { evidenceCurrencyFindings } from './evidence-currency-findings.js';
import { staleCutoffFor } from './evidence-currency.js';
import type { EvidenceItemInput } from './evidence-item.js';
import { tallyEvidence } from './evidence-tally.js';
import { EVIDENCE_TAGS, type EvidenceTag } from './evidence-tags.js';
import { equalityAndCarersFindings, evidenceTagGap } from './evidence-tag-gaps.js';
import { highRiskFindings, reviewImprovementPlan } from './improvement-plan-review.js';
import { predictRating } from './predicted-rating.js';
import { sortReadinessFindings } from './readiness-findings.js';
import { READINESS_MESSAGES } from './readiness-messages.js';
import type { ReadinessReport } from './readiness-report.js';
import { scoreReadiness } from './readiness-score.js';
import { riskRegisterSchema, type RiskInput } from './risk.js';
import { reviewSelfAssessment } from './self-assessment-review.js';
import { selfAssessmentSchema, type SelfAssessmentStatementInput } from './self-assessment.js';

/** A council's readiness records: evidence bank, self-assessment, action plan, risks and, after publication, CQC's result. */
export interface ReadinessInput {
  readonly evidence: readonly EvidenceItemInput[];
  readonly selfAssessment: readonly SelfAssessmentStatementInput[];
  readonly actions: readonly ActionInput[];
  readonly risks?: readonly RiskInput[] | undefined;
  readonly published?: PublishedResult | undefined;
}

const recordsSchema = z.strictObject({
  evidence: z.custom<readonly unknown[]>((value) => Array.isArray(value), 'the evidence bank must be a list of evidence items'),
  selfAssessment: selfAssessmentSchema,
  actions: actionListSchema,
  risks: riskRegisterSchema.default([]),
  published: publishedResultSchema.optional(),
});

/**
 * Analyses how ready a council is for CQC's assessment, on the day `options.asOf`: evidence
 * coverage of every quality statement and category, stale and expired evidence, areas for
 * improvement without an action, overdue actions, the equality and unpaid-carer gaps, the rating
 * the self-scores predict (and, after publication, how they compare with CQC's), a prioritised
 * list of findings and a readiness score from 0 to 100.
 *
 * The self-assessment, actions, risks and published result are checked in full; the evidence bank
 * is checked for what the analysis relies on (check each item with `evidenceItemSchema` when it is
 * recorded). Bad input throws an InvalidInputError and nothing is analysed.
 *
 * @example
 * const report = analyseReadiness({ evidence, selfAssessment, actions }, { asOf: '2025-06-30' });
 * report.findings[0]; // { severity: 'high', code: 'no-equality-evidence', qualityStatementId: 'safeguarding', message: '...' }
 * report.predictedRating.status === 'complete' && report.predictedRating.result.rating; // 'good'
 */
export function analyseReadiness(input: ReadinessInput, options: AnalyseReadinessOptions): ReadinessReport {
  const settings = parseInput(analyseReadinessOptionsSchema, options, READINESS_MESSAGES.optionsSummary);
  const records = parseInput(recordsSchema, input, READINESS_MESSAGES.inputSummary);
  const { asOf } = settings;
  const labels = readinessLabels(settings);
  const strongAt = settings.strongCoverageItemCount;

  const tally = tallyEvidence(
    records.evidence,
    asOf,
    staleCutoffFor(asOf, settings.staleAfterMonths),
    addCalendarDays(asOf, settings.reviewDueSoonDays)
  );
  const coverage = evidenceCoverage(tally, settings.applicableEvidenceCategories ?? READINESS_DEFAULT_EVIDENCE_CATEGORIES, strongAt);
  const equalityGap = evidenceTagGap(tally, 'equality');
  const unpaidCarersGap = evidenceTagGap(tally, 'unpaid-carers');
  const selfByStatement = new Map(records.selfAssessment.map((statement) => [statement.qualityStatementId, statement]));
  const selfAssessmentReview = reviewSelfAssessment(coverage, selfByStatement, records.actions, asOf, settings, labels);
  const improvementPlan = reviewImprovementPlan(records.actions, selfAssessmentReview.areaIds, asOf);
  const prediction = predictRating(selfByStatement, records.published, labels);

  const findings = [
    ...coverageFindings(coverage, labels, strongAt),
    ...evidenceCurrencyFindings(tally, labels, settings),
    ...equalityAndCarersFindings(equalityGap, unpaidCarersGap, labels),
    ...selfAssessmentReview.findings,
    ...improvementPlan.findings,
    ...highRiskFindings(records.risks, settings.highRiskScore),
    ...prediction.findings,
  ];
  const inEffectItems = records.evidence.length - tally.expiredItems.length - tally.notYetEffective;
  const currentItems = inEffectItems - tally.staleItems.length;
  const { score: readinessScore, parts: readinessScoreParts } = scoreReadiness({
    coverage,
    equalityGap,
    unpaidCarersGap,
    statementCount: QUALITY_STATEMENT_IDS.length,
    selfAssessedStatements: QUALITY_STATEMENT_IDS.length - prediction.missingQualityStatementIds.length,
    areaCount: records.selfAssessment.reduce((sum, entry) => sum + entry.areasForImprovement.length, 0),
    areasWithoutAction: selfAssessmentReview.areasForImprovementWithoutAction.length,
    inEffectItems,
    currentItems,
    openActions: improvementPlan.openActions,
    overdueActions: improvementPlan.overdueActions.length,
  });

  return {
    asOf,
    counts: {
      evidenceItems: records.evidence.length,
      current: currentItems,
      stale: tally.staleItems.length,
      expired: tally.expiredItems.length,
      notYetEffective: tally.notYetEffective,
      reviewDueSoon: tally.reviewDueSoonItems.length,
    },
    coverage,
    staleItems: tally.staleItems,
    expiredItems: tally.expiredItems,
    reviewDueSoonItems: tally.reviewDueSoonItems,
    areasForImprovementWithoutAction: selfAssessmentReview.areasForImprovementWithoutAction,
    overdueActions: improvementPlan.overdueActions,
    equalityGap,
    unpaidCarersGap,
    currentItemsByTag: Object.fromEntries(EVIDENCE_TAGS.map((tag, slot) => [tag, tally.currentByTag[slot] ?? 0])) as Record<
      EvidenceTag,
      number
    >,
    predictedRating: prediction.predictedRating,
    publishedComparison: prediction.publishedComparison,
    findings: sortReadinessFindings(findings, QUALITY_STATEMENT_IDS),
    readinessScore,
    readinessScoreParts,
  };
}
