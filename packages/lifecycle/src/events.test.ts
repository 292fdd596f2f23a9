import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_EVENT_LABELS,
  ASSESSMENT_EVENT_TYPES,
  assessmentEventSchema,
  type AssessmentEventInput,
  type AssessmentEventType,
} from './events.js';
import { EXAMPLE_ASSESSMENT_EVENTS } from './testing/example-assessment.js';

/** The smallest valid event of every type: the Record type makes the list complete. */
const SMALLEST_EVENTS: { readonly [Type in AssessmentEventType]: Extract<AssessmentEventInput, { type: Type }> } = {
  'notice.received': { type: 'notice.received', date: '2024-03-18' },
  'data-review.checked': { type: 'data-review.checked', date: '2024-03-18' },
  'information-return.submitted': { type: 'information-return.submitted', date: '2024-03-18' },
  'site-visit.notified': { type: 'site-visit.notified', date: '2024-03-18', onsiteStartsOn: '2024-05-01', onsiteEndsOn: '2024-05-01' },
  'case-list.submitted': { type: 'case-list.submitted', date: '2024-03-18', count: 50 },
  'cases.selected': { type: 'cases.selected', date: '2024-03-18', trackedIds: ['A1'], reserveIds: [] },
  'consent.recorded': { type: 'consent.recorded', date: '2024-03-18', pseudonymisedId: 'A1', consent: 'refused' },
  'onsite.started': { type: 'onsite.started', date: '2024-03-18' },
  'onsite.finished': { type: 'onsite.finished', date: '2024-03-18' },
  'draft-report.received': { type: 'draft-report.received', date: '2024-03-18' },
  'factual-accuracy.returned': { type: 'factual-accuracy.returned', date: '2024-03-18' },
  'report.published': { ...EXAMPLE_ASSESSMENT_EVENTS[17] },
  'date.moved': { type: 'date.moved', date: '2024-03-18', which: 'case-list-due', to: '2024-03-28', reason: 'CQC portal outage' },
  'assessment.withdrawn': { type: 'assessment.withdrawn', date: '2024-03-18', reason: 'Postponed by CQC' },
};

function issuesOf(input: unknown): string[] {
  const result = assessmentEventSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('lifecycle events', () => {
  it('every event type has a schema, a label and a refusal wording', () => {
    expect([...ASSESSMENT_EVENT_TYPES].sort()).toEqual(Object.keys(SMALLEST_EVENTS).sort());
    for (const type of ASSESSMENT_EVENT_TYPES) {
      expect(assessmentEventSchema.parse(SMALLEST_EVENTS[type]).type).toBe(type);
      expect(ASSESSMENT_EVENT_LABELS[type].cannotRecord).toMatch(/can't be/);
    }
  });

  it('the Information Return is requested on the day of the notice unless CQC says otherwise', () => {
    expect(assessmentEventSchema.parse({ type: 'notice.received', date: '2024-03-18' })).toEqual({
      type: 'notice.received',
      date: '2024-03-18',
      irRequestedOn: '2024-03-18',
    });
    expect(assessmentEventSchema.parse({ type: 'notice.received', date: '2024-03-18', irRequestedOn: '2024-03-20' })).toMatchObject({
      irRequestedOn: '2024-03-20',
    });
  });

  it('an onsite visit cannot end before it starts', () => {
    expect(issuesOf({ ...SMALLEST_EVENTS['site-visit.notified'], onsiteEndsOn: '2024-04-30' })).toEqual([
      'onsiteEndsOn: the onsite visit must end on or after the day it starts',
    ]);
  });

  it('a person is selected once, either to track or in reserve', () => {
    expect(issuesOf({ ...SMALLEST_EVENTS['cases.selected'], reserveIds: ['A1'] })).toEqual([
      ': a person can be selected only once (tracked or reserve, not both)',
    ]);
  });

  it('a case-tracking id must be pseudonymised, not a name', () => {
    expect(issuesOf({ ...SMALLEST_EVENTS['consent.recorded'], pseudonymisedId: 'Jane Smith' })).toHaveLength(1);
  });

  it('a moved date says why it moved', () => {
    expect(issuesOf({ ...SMALLEST_EVENTS['date.moved'], reason: ' ' })).toEqual(['reason: say why the date moved']);
    expect(issuesOf({ ...SMALLEST_EVENTS['date.moved'], which: 'christmas' })).toHaveLength(1);
  });

  it('published scores must cover all nine quality statements, 1 to 4', () => {
    const published = SMALLEST_EVENTS['report.published'];
    expect(issuesOf({ ...published, scores: { ...published.scores, safeguarding: 5 } }).join(' ')).toContain('safeguarding');
    const { safeguarding: _left, ...eight } = published.scores;
    expect(issuesOf({ ...published, scores: eight }).join(' ')).toContain('safeguarding is missing');
  });

  it('an unknown event type or an unknown field is refused, never ignored', () => {
    expect(issuesOf({ type: 'inspection.started', date: '2024-03-18' })[0]).toContain('must be one of the lifecycle events: notice.received');
    expect(issuesOf({ ...SMALLEST_EVENTS['onsite.started'], dateOfVisit: '2024-03-18' })).toHaveLength(1);
    expect(issuesOf({ type: 'onsite.started', date: '18/03/2024' })).toContain('date: must be a date written YYYY-MM-DD');
  });

  it('a parsed event survives a trip through JSON unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ASSESSMENT_EVENT_TYPES), fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }), (type, note) => {
        const parsed = assessmentEventSchema.parse({ ...SMALLEST_EVENTS[type], ...(note?.trim() ? { note } : {}) });
        expect(assessmentEventSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
    );
  });

  it('the events have a JSON Schema for the API', () => {
    const schema = assessmentEventSchema.toJSONSchema({ io: 'input' }) as { oneOf?: unknown[]; anyOf?: unknown[] };
    expect((schema.oneOf ?? schema.anyOf ?? []).length).toBe(ASSESSMENT_EVENT_TYPES.length);
  });
});
