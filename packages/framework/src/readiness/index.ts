export { EVIDENCE_TAGS, EVIDENCE_TAG_LABELS, evidenceTagSchema } from './evidence-tags.js';
export type { EvidenceTag } from './evidence-tags.js';
export { readinessRecordIdSchema } from './record-id.js';
export { evidenceItemSchema, evidenceLocationSchema, evidenceBankSchema } from './evidence-item.js';
export type { EvidenceItem, EvidenceItemInput } from './evidence-item.js';
export { areaForImprovementSchema, selfAssessmentStatementSchema, selfAssessmentSchema } from './self-assessment.js';
export type { AreaForImprovement, SelfAssessmentStatement, SelfAssessmentStatementInput } from './self-assessment.js';
export { ACTION_STATUSES, ACTION_PROGRESS_IDS, actionSchema, actionListSchema, actionProgressOn } from './action.js';
export type { Action, ActionInput, ActionStatus, ActionProgress } from './action.js';
export { riskSchema, riskRegisterSchema } from './risk.js';
export type { Risk, RiskInput } from './risk.js';
export { READINESS_DEFAULT_EVIDENCE_CATEGORIES, applicableEvidenceCategoriesSchema } from './applicable-evidence-categories.js';
export type { ApplicableEvidenceCategories } from './applicable-evidence-categories.js';
export { EVIDENCE_CURRENCY_IDS, DEFAULT_EVIDENCE_STALE_AFTER_MONTHS, evidenceCurrencyOn } from './evidence-currency.js';
export type { EvidenceCurrency } from './evidence-currency.js';
export { READINESS_FINDING_SEVERITIES, READINESS_FINDING_RULES, READINESS_FINDING_CODES } from './readiness-findings.js';
export type { ReadinessFindingSeverity, ReadinessFinding, ReadinessFindingCode } from './readiness-findings.js';
export { READINESS_MESSAGES } from './readiness-messages.js';
export { READINESS_SCORE_WEIGHTS } from './readiness-score.js';
export type { ReadinessScorePart, ReadinessScorePartId } from './readiness-score.js';
export { readinessInputSchema } from './readiness-input.js';
export { analyseReadiness } from './analyse-readiness.js';
export type { ReadinessInput } from './analyse-readiness.js';
export { analyseReadinessOptionsSchema } from './analyse-readiness-options.js';
export type { AnalyseReadinessOptions } from './analyse-readiness-options.js';
export { EVIDENCE_COVERAGE_STATUSES } from './readiness-report.js';
export type {
  EvidenceCoverageCell,
  EvidenceCoverageStatus,
  EvidenceItemAttention,
  OverdueAction,
  PredictedRating,
  ReadinessReport,
  StatementEvidenceCoverage,
  EvidenceTagGap,
  UnplannedAreaForImprovement,
} from './readiness-report.js';
export { generateSyntheticEvidenceBank, generateSyntheticSelfAssessment } from './synthetic-council.js';
export type { SyntheticEvidenceBankOptions, SyntheticSelfAssessment, SyntheticSelfAssessmentOptions } from './synthetic-council.js';
