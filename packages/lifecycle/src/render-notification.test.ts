import { describe, expect, it } from 'vitest';
import { parseAssessmentConfig } from './assessment-config.js';
import { deadlinesFor } from './deadline-plan.js';
import { notificationPlan, type AssessmentRecord } from './notification-plan.js';
import { renderNotification } from './render-notification.js';
import { EXAMPLE_ASSESSMENT_CONFIG } from './testing/example-assessment.js';
import { replay } from './transition.js';

const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);

function rendered(record: AssessmentRecord) {
  const [deadline] = deadlinesFor(record.state, record.config);
  if (deadline === undefined) throw new Error('no deadline');
  return notificationPlan(record).map((planned) => renderNotification(record, planned, deadline));
}

describe('notification wording', () => {
  const record: AssessmentRecord = { assessmentId: 'glos-2024', config, state: replay([{ type: 'notice.received', date: '2024-03-18' }], config) };

  it('a reminder names the council, the deadline, the date and the working days left', () => {
    const [first] = rendered(record);
    expect(first?.subject).toBe('Reminder: Information Return due Monday 8 April 2024 (5 working days left) – Gloucestershire County Council');
    expect(first?.body.split('\n')).toEqual([
      'Gloucestershire County Council: CQC assessment of adult social care (glos-2024)',
      '',
      'Information Return due: Monday 8 April 2024 (5 working days from Thursday 28 March 2024).',
      'Counted from Monday 18 March 2024.',
      'Record it in asc-assure when the Information Return has been submitted.',
    ]);
    expect([first?.councilId, first?.assessmentId, first?.deadline.id]).toEqual(['gloucestershire', 'glos-2024', 'information-return']);
  });

  it('the last reminder says one working day', () => {
    expect(rendered(record)[2]?.subject).toContain('(1 working day left)');
  });

  it('an overdue escalation says it has not been recorded as done and what to do', () => {
    const overdue = rendered(record)[3];
    expect(overdue?.kind).toBe('overdue');
    expect(overdue?.subject).toBe('Overdue: Information Return due Monday 8 April 2024 – Gloucestershire County Council');
    expect(overdue?.body).toContain('It has not been recorded as done.');
    expect(overdue?.body).toContain('If CQC moved the date, record the new date');
  });

  it('a moved deadline says CQC moved it', () => {
    const moved: AssessmentRecord = {
      ...record,
      state: replay(
        [
          { type: 'notice.received', date: '2024-03-18' },
          { type: 'date.moved', date: '2024-03-19', which: 'information-return-due', to: '2024-04-15', reason: 'CQC agreed' },
        ],
        config,
      ),
    };
    expect(rendered(moved)[0]?.body).toContain('CQC moved this date after it was first set.');
  });

  it('the same plan renders the same words', () => {
    expect(rendered(record)).toEqual(rendered(record));
  });
});
