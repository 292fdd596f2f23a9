import { addCalendarDays, isWorkingDay } from '@asc-assure/framework';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentConfig, type AssessmentConfigInput } from './assessment-config.js';
import { deadlinesFor, nextOpenDeadline, onsiteEarliestDate, type AssessmentDeadline } from './deadline-plan.js';
import type { AssessmentEventInput } from './events.js';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from './testing/example-assessment.js';
import { applyEvent, replay } from './transition.js';

const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);

function deadlinesAfter(events: readonly AssessmentEventInput[], settings: AssessmentConfigInput = EXAMPLE_ASSESSMENT_CONFIG) {
  const parsed = parseAssessmentConfig(settings);
  return deadlinesFor(replay(events, parsed), parsed);
}

function find(deadlines: readonly AssessmentDeadline[], id: string): AssessmentDeadline | undefined {
  return deadlines.find((deadline) => deadline.id === id);
}

describe('the deadlines of an assessment', () => {
  it('a notice on Monday 18 March 2024 makes the Information Return due on Monday 8 April 2024', () => {
    expect(deadlinesAfter([{ type: 'notice.received', date: '2024-03-18' }])).toEqual([
      {
        id: 'information-return',
        title: 'Information Return due',
        kind: 'due',
        dueDate: '2024-04-08',
        anchorDate: '2024-03-18',
        status: 'open',
        closedOn: null,
        moved: false,
        plannedOn: '2024-03-18',
      },
    ]);
  });

  it('the Information Return counts from the request when CQC sends it after the notice', () => {
    expect(find(deadlinesAfter([{ type: 'notice.received', date: '2024-03-18', irRequestedOn: '2024-03-25' }]), 'information-return')?.dueDate).toBe('2024-04-15');
  });

  it('a site visit notified on 22 April 2024 makes the case list due on 7 May, over the early May bank holiday', () => {
    const deadlines = deadlinesAfter(EXAMPLE_ASSESSMENT_EVENTS.slice(0, 4));
    expect(find(deadlines, 'case-list')?.dueDate).toBe('2024-05-07');
    expect(find(deadlines, 'onsite-earliest')).toMatchObject({ kind: 'earliest', dueDate: '2024-06-03', status: 'open' });
    expect(onsiteEarliestDate('2024-04-22', config)).toBe('2024-06-03');
  });

  it('cases selected on 10 May 2024 are interviewed by 31 May; consent from six people closes it', () => {
    expect(find(deadlinesAfter(EXAMPLE_ASSESSMENT_EVENTS.slice(0, 6)), 'case-tracking-interviews')).toMatchObject({ dueDate: '2024-05-31', status: 'open' });
    expect(find(deadlinesAfter(EXAMPLE_ASSESSMENT_EVENTS.slice(0, 12)), 'case-tracking-interviews')?.status).toBe('open');
    expect(find(deadlinesAfter(EXAMPLE_ASSESSMENT_EVENTS.slice(0, 13)), 'case-tracking-interviews')).toMatchObject({ status: 'met', closedOn: '2024-05-20' });
  });

  it('a draft report emailed on 19 August 2024 needs comments by 3 September, over the summer bank holiday', () => {
    expect(find(deadlinesAfter(EXAMPLE_ASSESSMENT_EVENTS.slice(0, 16)), 'factual-accuracy')?.dueDate).toBe('2024-09-03');
  });

  it("a council's closure day moves a due date to the next working day", () => {
    const closed = { ...EXAMPLE_ASSESSMENT_CONFIG, closureDays: ['2024-04-08'] };
    expect(find(deadlinesAfter([{ type: 'notice.received', date: '2024-03-18' }], closed), 'information-return')?.dueDate).toBe('2024-04-09');
  });

  it('a council counting the Information Return in 15 working days skips Easter', () => {
    const settings = { ...EXAMPLE_ASSESSMENT_CONFIG, deadlineRules: { 'information-return': { amount: 15, unit: 'working-days' } } } as const;
    expect(find(deadlinesAfter([{ type: 'notice.received', date: '2024-03-18' }], settings), 'information-return')?.dueDate).toBe('2024-04-10');
  });

  it('a return after the due date is missed; on the due date it is met', () => {
    const notice = { type: 'notice.received', date: '2024-03-18' } as const;
    expect(find(deadlinesAfter([notice, { type: 'information-return.submitted', date: '2024-04-08' }]), 'information-return')?.status).toBe('met');
    expect(find(deadlinesAfter([notice, { type: 'information-return.submitted', date: '2024-04-09' }]), 'information-return')).toMatchObject({
      status: 'missed',
      closedOn: '2024-04-09',
    });
  });

  it('factual accuracy comments never returned are missed once the report is published', () => {
    const withoutReturn = EXAMPLE_ASSESSMENT_EVENTS.filter((event) => event.type !== 'factual-accuracy.returned');
    expect(find(deadlinesAfter(withoutReturn), 'factual-accuracy')).toMatchObject({ status: 'missed', closedOn: null });
  });

  it('an onsite visit CQC confirmed early misses the earliest date', () => {
    const early = [
      ...EXAMPLE_ASSESSMENT_EVENTS.slice(0, 3),
      { type: 'site-visit.notified', date: '2024-04-22', onsiteStartsOn: '2024-05-28', onsiteEndsOn: '2024-05-30', cqcConfirmed: true },
      { type: 'onsite.started', date: '2024-05-28' },
    ] as const;
    expect(find(deadlinesAfter(early), 'onsite-earliest')?.status).toBe('missed');
    expect(find(deadlinesAfter(early), 'case-list')?.status).toBe('missed');
  });

  it('open deadlines are cancelled when the assessment is withdrawn', () => {
    const deadlines = deadlinesAfter([...EXAMPLE_ASSESSMENT_EVENTS.slice(0, 4), { type: 'assessment.withdrawn', date: '2024-04-24', reason: 'CQC paused' }]);
    expect(deadlines.map((deadline) => [deadline.id, deadline.status])).toEqual([
      ['information-return', 'met'],
      ['case-list', 'cancelled'],
      ['onsite-earliest', 'cancelled'],
    ]);
    expect(nextOpenDeadline(deadlines)).toBeUndefined();
  });

  it('a due date CQC moved replaces the computed one and is marked as moved', () => {
    const deadlines = deadlinesAfter([
      { type: 'notice.received', date: '2024-03-18' },
      { type: 'date.moved', date: '2024-03-25', which: 'information-return-due', to: '2024-04-19', reason: 'CQC portal closed for maintenance' },
    ]);
    expect(find(deadlines, 'information-return')).toMatchObject({ dueDate: '2024-04-19', moved: true, plannedOn: '2024-03-25', anchorDate: '2024-03-18' });
  });

  it('a date the deadline counts from, when moved, recomputes the deadline', () => {
    const deadlines = deadlinesAfter([
      ...EXAMPLE_ASSESSMENT_EVENTS.slice(0, 4),
      { type: 'date.moved', date: '2024-04-24', which: 'site-visit-notified-on', to: '2024-04-24', reason: 'The notification email arrived two days late' },
    ]);
    expect(find(deadlines, 'case-list')).toMatchObject({ anchorDate: '2024-04-24', dueDate: '2024-05-09', moved: true });
    expect(find(deadlines, 'onsite-earliest')).toMatchObject({ dueDate: '2024-06-05', moved: true });
  });

  it('a move records where the date came from', () => {
    const state = applyEvent(
      replay(EXAMPLE_ASSESSMENT_EVENTS.slice(0, 1), config),
      { type: 'date.moved', date: '2024-03-25', which: 'information-return-due', to: '2024-04-19', reason: 'CQC agreed' },
      config,
    ).snapshot;
    expect(state.context.movedDates).toEqual([{ which: 'information-return-due', from: '2024-04-08', to: '2024-04-19', reason: 'CQC agreed', movedOn: '2024-03-25' }]);
  });

  it('the next deadline is the open due date that comes first', () => {
    const deadlines = deadlinesAfter(EXAMPLE_ASSESSMENT_EVENTS.slice(0, 6));
    expect(nextOpenDeadline(deadlines)?.id).toBe('case-tracking-interviews');
  });

  it('a computed due date never falls on a weekend, bank holiday or closure day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 3 * 365 + 200 }), { maxLength: 15 }),
        (noticeOffset, returnGap, visitGap, closureOffsets) => {
          const notice = addCalendarDays('2023-01-02', noticeOffset);
          const submitted = addCalendarDays(notice, returnGap);
          const notified = addCalendarDays(submitted, visitGap);
          const closureDays = closureOffsets.map((offset) => addCalendarDays('2023-01-02', offset));
          const settings = parseAssessmentConfig({ ...EXAMPLE_ASSESSMENT_CONFIG, closureDays });
          const state = replay(
            [
              { type: 'notice.received', date: notice },
              { type: 'information-return.submitted', date: submitted },
              { type: 'site-visit.notified', date: notified, onsiteStartsOn: addCalendarDays(notified, 70), onsiteEndsOn: addCalendarDays(notified, 72) },
              { type: 'case-list.submitted', date: notified, count: 50 },
              { ...EXAMPLE_ASSESSMENT_EVENTS[5], date: notified },
            ],
            settings,
          );
          for (const deadline of deadlinesFor(state, settings)) {
            if (deadline.kind === 'due') expect(isWorkingDay(deadline.dueDate, { closureDays })).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
