import { describe, expect, it } from 'vitest';
import { freshnessByItem } from './evidence-freshness.js';

const attention = (evidenceItemId: string) => ({ evidenceItemId, title: evidenceItemId, owner: 'BI team', qualityStatementIds: [], reason: 'review-overdue' as const, date: '2025-01-01' });

describe('evidence freshness as the readiness report judged it', () => {
  it('an item the report does not name is current', () => {
    expect(freshnessByItem({ staleItems: [], expiredItems: [], reviewDueSoonItems: [] })('EV-1')).toBe('current');
  });

  it('expired outranks out of date, which outranks review due soon', () => {
    const freshness = freshnessByItem({ staleItems: [attention('a'), attention('b')], expiredItems: [attention('a')], reviewDueSoonItems: [attention('b'), attention('c')] });
    expect(freshness('a')).toBe('expired');
    expect(freshness('b')).toBe('out-of-date');
    expect(freshness('c')).toBe('review-due-soon');
  });
});
