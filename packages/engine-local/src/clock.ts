import type { IsoDate } from '@asc-assure/framework';

/**
 * Where the engine gets "today" from. The lifecycle reads no clock; the engine asks this one when
 * it decides which reminders are due and stamps the event log. Supply a manual clock to simulate
 * a whole assessment in seconds.
 */
export interface Clock {
  /** Today's date in England, `YYYY-MM-DD`. */
  today(): IsoDate;
  /** The current instant as an ISO timestamp, for the event log and the audit log. */
  now(): string;
}

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The machine's clock, with "today" taken in England's time zone (deadlines are English dates). */
export const systemClock: Clock = {
  today: () => londonDate.format(new Date()),
  now: () => new Date().toISOString(),
};

/** A clock that stays where it is put: for simulations, the demo and tests. */
export interface ManualClock extends Clock {
  /** Moves the clock to the start of `date`. */
  set(date: IsoDate): void;
}

/**
 * A clock that only moves when told to.
 *
 * @example
 * const clock = createManualClock('2026-03-02');
 * clock.set('2026-03-20');
 * clock.today(); // '2026-03-20'
 */
export function createManualClock(start: IsoDate): ManualClock {
  let today = start;
  let tick = 0;
  return {
    today: () => today,
    // Distinct, ordered instants within the simulated day, so the event log keeps its order.
    now: () => new Date(Date.parse(`${today}T09:00:00Z`) + tick++).toISOString(),
    set(date) {
      if (date < today) throw new RangeError(`A manual clock only moves forward: it is ${today}, asked for ${date}.`);
      if (date !== today) tick = 0;
      today = date;
    },
  };
}
