import type { QualityStatementId } from '../ids.js';

/** How urgent a finding is: high first. */
export const READINESS_FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;

/** One of {@link READINESS_FINDING_SEVERITIES}. */
export type ReadinessFindingSeverity = (typeof READINESS_FINDING_SEVERITIES)[number];

/**
 * Every finding readiness analysis can raise, with its severity, in priority order: findings are
 * listed by severity, then in this order, then by quality statement. The severities follow what
 * councils and CQC reported (seed documents): equality and unpaid-carer evidence were the most
 * common gaps, and every area for improvement should have an improvement plan staff can talk to.
 */
export const READINESS_FINDING_RULES = {
  'self-assessment-missing': { severity: 'high' },
  'statement-without-current-evidence': { severity: 'high' },
  'evidence-category-missing': { severity: 'high' },
  'no-equality-evidence': { severity: 'high' },
  'no-unpaid-carers-evidence': { severity: 'high' },
  'area-for-improvement-without-action': { severity: 'high' },
  'action-overdue': { severity: 'medium' },
  'self-score-not-evidenced': { severity: 'medium' },
  'no-areas-for-improvement': { severity: 'medium' },
  'evidence-stale': { severity: 'medium' },
  'self-assessment-not-refreshed': { severity: 'medium' },
  'unknown-action-reference': { severity: 'medium' },
  'high-risk': { severity: 'medium' },
  'evidence-category-thin': { severity: 'low' },
  'evidence-expired': { severity: 'low' },
  'evidence-review-due-soon': { severity: 'low' },
  'no-strengths-recorded': { severity: 'low' },
  'action-for-unknown-area': { severity: 'low' },
  'self-score-above-published': { severity: 'low' },
  'self-score-below-published': { severity: 'low' },
} as const satisfies Record<string, { readonly severity: ReadinessFindingSeverity }>;

/** The stable code of a readiness finding. */
export type ReadinessFindingCode = keyof typeof READINESS_FINDING_RULES;

/** Finding codes in priority order (the order of {@link READINESS_FINDING_RULES}). */
export const READINESS_FINDING_CODES = Object.keys(READINESS_FINDING_RULES) as ReadinessFindingCode[];

/** One thing the council should look at before (or after) CQC arrives. */
export interface ReadinessFinding {
  readonly severity: ReadinessFindingSeverity;
  readonly code: ReadinessFindingCode;
  /** The quality statement it is about, when it is about one. */
  readonly qualityStatementId?: QualityStatementId;
  /** The record it is about (an action, area for improvement or risk id), when it is about one. */
  readonly recordId?: string;
  /** Plain English, for a council officer. */
  readonly message: string;
}

/** Builds a finding with the severity its code carries. */
export function readinessFinding(
  code: ReadinessFindingCode,
  message: string,
  about: { readonly qualityStatementId?: QualityStatementId | undefined; readonly recordId?: string | undefined } = {}
): ReadinessFinding {
  return {
    severity: READINESS_FINDING_RULES[code].severity,
    code,
    ...(about.qualityStatementId === undefined ? {} : { qualityStatementId: about.qualityStatementId }),
    ...(about.recordId === undefined ? {} : { recordId: about.recordId }),
    message,
  };
}

/**
 * Puts findings in priority order: severity, then the code's place in
 * {@link READINESS_FINDING_RULES}, then the quality statement's place in the framework (findings
 * about no statement last), then the message.
 */
export function sortReadinessFindings(findings: readonly ReadinessFinding[], qualityStatementIds: readonly string[]): ReadinessFinding[] {
  const statementRank = (finding: ReadinessFinding): number =>
    finding.qualityStatementId === undefined ? qualityStatementIds.length : qualityStatementIds.indexOf(finding.qualityStatementId);
  return [...findings].sort(
    (first, second) =>
      READINESS_FINDING_SEVERITIES.indexOf(first.severity) - READINESS_FINDING_SEVERITIES.indexOf(second.severity) ||
      READINESS_FINDING_CODES.indexOf(first.code) - READINESS_FINDING_CODES.indexOf(second.code) ||
      statementRank(first) - statementRank(second) ||
      (first.message < second.message ? -1 : first.message > second.message ? 1 : 0)
  );
}
