import type { ReadinessReport } from '@asc-assure/framework';

/** How current an evidence item is, as the API's readiness analysis judged it. */
export const EVIDENCE_FRESHNESS_IDS = ['current', 'review-due-soon', 'out-of-date', 'expired'] as const;

/** One of {@link EVIDENCE_FRESHNESS_IDS}. */
export type EvidenceFreshness = (typeof EVIDENCE_FRESHNESS_IDS)[number];

/** Labels of the freshness values. */
export const EVIDENCE_FRESHNESS_LABELS = {
  current: 'Current',
  'review-due-soon': 'Review due soon',
  'out-of-date': 'Out of date',
  expired: 'Expired',
} as const satisfies Record<EvidenceFreshness, string>;

/**
 * The freshness of each item the readiness report names (stale, expired, review due soon);
 * items it does not name are current. The rule lives in the framework's readiness analysis:
 * this only reads its answer.
 */
export function freshnessByItem(report: Pick<ReadinessReport, 'staleItems' | 'expiredItems' | 'reviewDueSoonItems'>): (itemId: string) => EvidenceFreshness {
  const freshness = new Map<string, EvidenceFreshness>();
  for (const item of report.reviewDueSoonItems) freshness.set(item.evidenceItemId, 'review-due-soon');
  for (const item of report.staleItems) freshness.set(item.evidenceItemId, 'out-of-date');
  for (const item of report.expiredItems) freshness.set(item.evidenceItemId, 'expired');
  return (itemId) => freshness.get(itemId) ?? 'current';
}
