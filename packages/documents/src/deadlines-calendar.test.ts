import { describe, expect, it } from 'vitest';
import { deadlinesCalendar } from './deadlines-calendar.js';

describe('deadlinesCalendar', () => {
  const calendar = deadlinesCalendar({
    assessmentId: 'glos-2026',
    councilName: 'Gloucestershire County Council',
    deadlines: [
      { id: 'information-return', title: 'Information Return due', kind: 'due', dueDate: '2026-03-23', anchorDate: '2026-03-02', status: 'open', moved: true, reminderDates: ['2026-03-16', '2026-03-20'] },
      { id: 'onsite-earliest', title: 'Onsite visit', kind: 'earliest', dueDate: '2026-05-18', anchorDate: '2026-04-07', status: 'met', moved: false, reminderDates: [] },
    ],
  });
  const unfolded = calendar.replace(/\r\n[ \t]/g, '').replaceAll('\\,', ',');

  it('has one all-day event per deadline with a stable id, so a re-import replaces the old ones', () => {
    expect(calendar.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain('UID:glos-2026-information-return@asc-assure');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20260323');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20260324');
  });

  it('reminds at 09:00 on each reminder day and says the status and reminders in words', () => {
    expect(unfolded.match(/BEGIN:VALARM/g)).toHaveLength(2);
    // 16 March 09:00 is 6 days and 15 hours before midnight starting 23 March.
    expect(unfolded).toContain('TRIGGER:-P6DT15H');
    expect(unfolded).toContain('Status when exported: Open.');
    expect(unfolded).toContain('Reminders: Monday 16 March 2026, Friday 20 March 2026.');
    expect(unfolded).toContain('CQC moved this date after it was first set.');
    expect(unfolded).toContain('Status when exported: Met.');
  });
});
