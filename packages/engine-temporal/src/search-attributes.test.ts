import { applyEvent, assessmentView, initialAssessmentState, parseAssessmentConfig } from '@asc-assure/lifecycle';
import { EXAMPLE_ASSESSMENT_CONFIG } from '@asc-assure/lifecycle/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_SEARCH_ATTRIBUTES, assessmentSearchAttributePairs, assessmentSearchValues, sameSearchValues, visibilityLiteral } from './search-attributes.js';

const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);
const notified = assessmentView('glos-2024', config, applyEvent(undefined, { type: 'notice.received', date: '2024-03-18' }, config).snapshot);

describe("an assessment's search attributes", () => {
  it('an Information Return due 8 April is overdue from 9 April, not on the day', () => {
    expect(assessmentSearchValues(notified, '2024-04-08')).toEqual({ councilId: 'gloucestershire', stage: 3, stateId: 'information-return', nextDeadline: '2024-04-08', overdue: false });
    expect(assessmentSearchValues(notified, '2024-04-09').overdue).toBe(true);
  });

  it('the next deadline is left out while none is open, so the hub can filter on it', () => {
    const values = assessmentSearchValues(assessmentView('glos-2024', config, initialAssessmentState()), '2024-03-01');
    expect(values.nextDeadline).toBeNull();
    expect(assessmentSearchAttributePairs(values).map((pair) => pair.key.name)).not.toContain(ASSESSMENT_SEARCH_ATTRIBUTES.nextDeadline.name);
    expect(assessmentSearchAttributePairs(assessmentSearchValues(notified, '2024-03-18')).find((pair) => pair.key === ASSESSMENT_SEARCH_ATTRIBUTES.nextDeadline)?.value).toEqual(new Date('2024-04-08T00:00:00.000Z'));
  });

  it('values are the same only when every attribute is', () => {
    const values = assessmentSearchValues(notified, '2024-03-18');
    expect(sameSearchValues(values, { ...values })).toBe(true);
    expect(sameSearchValues(undefined, values)).toBe(false);
    expect(sameSearchValues(values, { ...values, overdue: true })).toBe(false);
  });

  it('any text becomes one quoted literal of a visibility query, with quotes and backslashes escaped', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const literal = visibilityLiteral(text);
        const inside = literal.slice(1, -1);
        return literal.startsWith("'") && literal.endsWith("'") && !/(^|[^\\])(\\\\)*'/.test(inside) && inside.replaceAll("\\'", "'").replaceAll('\\\\', '\\') === text;
      }),
    );
  });
});
