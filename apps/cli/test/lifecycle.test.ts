import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonOutput } from './run-cli.js';
import { useWorkspace } from './workspace-fixture.js';

const workspace = useWorkspace('Gloucestershire County Council', ['--assessment-id', 'glos-2026']);

interface Status {
  readonly stage: number;
  readonly stateId: string;
  readonly allowedEvents: readonly { type: string; label: string }[];
  readonly deadlines: readonly { id: string; title: string; dueDate: string; status: string; reminderDates: string[] }[];
}

describe('asc-assure event, status and deadlines', () => {
  it('records the notice of assessment, which sets the Information Return due date 3 weeks on', async () => {
    const run = await workspace.run(['event', 'notice.received', '--date', '2026-03-02']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Recorded: Notice of assessment received, Monday 2 March 2026.');
    expect(run.stdout).toContain('Information Return due: Monday 23 March 2026');
    const status = parseJsonOutput<Status>(await workspace.run(['status', '--json']));
    expect(status.stage).toBe(3);
    expect(status.deadlines).toEqual([expect.objectContaining({ id: 'information-return', dueDate: '2026-03-23', status: 'open', reminderDates: ['2026-03-16', '2026-03-19', '2026-03-20'] })]);
  });

  it('records events in order, with fields given as options or --field', async () => {
    expect((await workspace.run(['event', 'data-review.checked', '--date', '2026-03-06', '--note', 'Figures match'])).code).toBe(0);
    expect((await workspace.run(['event', 'information-return.submitted', '--date', '2026-03-20', '--field', 'documentCount=52'])).code).toBe(0);
    const notified = await workspace.run(['event', 'site-visit.notified', '--date', '07/04/2026', '--onsite-starts-on', '2026-05-19', '--onsite-ends-on=2026-05-21']);
    expect(notified.stderr).toBe('');
    expect(notified.code).toBe(0);
    expect(notified.stdout).toContain('stage 4 of 6 (case tracking)');
    expect(notified.stdout).toContain('Case-tracking list due: Tuesday 21 April 2026');
  });

  it('refuses an event out of order with exit 3, saying what can be recorded now, and changes nothing', async () => {
    const run = await workspace.run(['event', 'onsite.finished', '--date', '2026-04-08']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("The end of the onsite visit can't be recorded");
    expect(run.stderr).toContain('What can be recorded now:');
    expect(run.stderr).toContain('asc-assure event case-list.submitted');
    const status = parseJsonOutput<Status>(await workspace.run(['status', '--json']));
    expect(status.stateId).toBe('case-tracking');
  });

  it('refuses an event missing a field it needs with exit 3, naming the field', async () => {
    const run = await workspace.run(['event', 'case-list.submitted', '--date', '2026-04-20']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('count');
  });

  it('suggests the event meant by a misspelt type (exit 2)', async () => {
    const run = await workspace.run(['event', 'case-list.submited']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'case-list.submited' is not an assessment event — did you mean 'case-list.submitted'?");
  });

  it('shows the stage, deadlines with where each stands, and what can be recorded next', async () => {
    const run = await workspace.run(['status']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Gloucestershire County Council: CQC assessment glos-2026');
    expect(run.stdout).toContain('Stage 4 of 6, Case tracking: Preparing for the onsite visit');
    expect(run.stdout).toMatch(/Information Return due\s+Monday 23 March 2026\s+Met on Friday 20 March 2026/);
    expect(run.stdout).toContain('Case list submitted');
  });

  it('writes every deadline to an iCalendar file as all-day events with reminder alarms', async () => {
    const json = parseJsonOutput<Status>(await workspace.run(['deadlines', '--json']));
    const run = await workspace.run(['deadlines', '--ics', 'deadlines.ics']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Case-tracking list due');
    expect(run.stdout).toContain('2026-04-14, 2026-04-17, 2026-04-20');
    const ics = await readFile(join(workspace.folder, 'deadlines.ics'), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(json.deadlines.length);
    const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((match) => match[1]);
    expect(starts).toEqual(json.deadlines.map((deadline) => deadline.dueDate.replaceAll('-', '')));
    expect(starts).toEqual(['20260323', '20260421', '20260519']);
    expect(ics).toContain('BEGIN:VALARM');
    expect(ics).toContain('SUMMARY:Case-tracking list due – Gloucestershire County Council');
  });

  it('sends each reminder and overdue notice due by today once, however often notify runs', async () => {
    const first = await workspace.run(['notify']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2026-04-14 REMINDER Reminder: Case-tracking list due Tuesday 21 April 2026 (5 working days left) – Gloucestershire County Council');
    expect(first.stdout).toContain('2026-04-22 OVERDUE  Overdue: Case-tracking list due Tuesday 21 April 2026 – Gloucestershire County Council');
    expect(first.stdout).toContain('Sent 4 reminders to this terminal.');
    const second = await workspace.run(['notify']);
    expect(second.stdout).toContain('No reminders due for Gloucestershire County Council today.');
  });
});
