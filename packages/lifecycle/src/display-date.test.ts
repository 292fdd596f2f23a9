import { addCalendarDays } from '@asc-assure/framework';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayDate } from './display-date.js';

describe('dates for people', () => {
  it('a notice date reads as a council officer writes it', () => {
    expect(displayDate('2024-03-18')).toBe('Monday 18 March 2024');
    expect(displayDate('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(displayDate('2000-01-01')).toBe('Saturday 1 January 2000');
  });

  it('anything that is not a date is shown as given', () => {
    expect(displayDate('next week')).toBe('next week');
  });

  it('the weekday of every date follows the one before it', () => {
    const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), (offset) => {
        const date = addCalendarDays('0001-01-01', offset);
        const today = weekdays.indexOf(displayDate(date).split(' ')[0] ?? '');
        const tomorrow = weekdays.indexOf(displayDate(addCalendarDays(date, 1)).split(' ')[0] ?? '');
        expect(today).toBeGreaterThanOrEqual(0);
        expect(tomorrow).toBe((today + 1) % 7);
      }),
    );
  });
});
