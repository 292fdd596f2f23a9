import { QUALITY_STATEMENT_IDS } from '../ids.js';
import type { ReadinessLabels, ReadinessSettings } from './analyse-readiness-options.js';
import type { EvidenceTally } from './evidence-tally.js';
import { readinessFinding, type ReadinessFinding } from './readiness-findings.js';
import { READINESS_MESSAGES } from './readiness-messages.js';

/**
 * Findings about out-of-date evidence, one per statement and kind: stale items, expired items
 * and items whose review falls due soon.
 */
export function evidenceCurrencyFindings(
  tally: EvidenceTally,
  labels: ReadinessLabels,
  settings: Pick<ReadinessSettings, 'staleAfterMonths' | 'reviewDueSoonDays'>
): ReadinessFinding[] {
  const findings: ReadinessFinding[] = [];
  QUALITY_STATEMENT_IDS.forEach((qualityStatementId, slot) => {
    const statement = labels.statement(qualityStatementId);
    const about = { qualityStatementId };
    const stale = tally.staleByStatement[slot] ?? 0;
    const expired = tally.expiredByStatement[slot] ?? 0;
    const dueSoon = tally.dueSoonByStatement[slot] ?? 0;
    if (stale > 0)
      findings.push(readinessFinding('evidence-stale', READINESS_MESSAGES.evidenceStale(statement, stale, settings.staleAfterMonths), about));
    if (expired > 0) findings.push(readinessFinding('evidence-expired', READINESS_MESSAGES.evidenceExpired(statement, expired), about));
    if (dueSoon > 0)
      findings.push(
        readinessFinding(
          'evidence-review-due-soon',
          READINESS_MESSAGES.evidenceReviewDueSoon(statement, dueSoon, settings.reviewDueSoonDays),
          about
        )
      );
  });
  return findings;
}
