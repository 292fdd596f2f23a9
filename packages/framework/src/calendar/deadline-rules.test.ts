import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import {
  DEADLINE_AMOUNT_MAXIMUM,
  DEADLINE_RULE_IDS,
  DEADLINE_UNITS,
  DEFAULT_DEADLINE_RULES,
  DEFAULT_REMINDER_OFFSETS,
  deadlineRulesOverrideSchema,
  resolveDeadlineRules,
} from './deadline-rules.js';

function problemsOf(overrides: unknown): readonly { path: readonly (string | number)[]; message: string }[] {
  try {
    resolveDeadlineRules(overrides);
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error.problems;
    throw error;
  }
  throw new Error('expected the overrides to be refused');
}

const overrideArbitrary = fc.record(
  Object.fromEntries(
    DEADLINE_RULE_IDS.map((id) => [
      id,
      fc.record(
        { amount: fc.integer({ min: 1, max: DEADLINE_AMOUNT_MAXIMUM }), unit: fc.constantFrom(...DEADLINE_UNITS) },
        { requiredKeys: [] },
      ),
    ]),
  ),
  { requiredKeys: [] },
);

describe('the default deadlines', () => {
  it('follow CQC’s guidance as councils report it', () => {
    const figures = Object.fromEntries(
      DEADLINE_RULE_IDS.map((id) => {
        const rule = DEFAULT_DEADLINE_RULES[id];
        return [id, `${rule.kind} ${rule.amount} ${rule.unit} from ${rule.from}`];
      }),
    );
    expect(figures).toEqual({
      'information-return': 'due 3 weeks from information-return-requested',
      'case-list': 'due 10 working-days from site-visit-notified',
      'case-tracking-interviews': 'due 3 weeks from cases-selected',
      'onsite-earliest': 'earliest 6 weeks from site-visit-notified',
      'factual-accuracy': 'due 10 working-days from draft-report-received',
    });
  });

  it('each rule is filed under its own id and says where its figure comes from', () => {
    for (const id of DEADLINE_RULE_IDS) {
      const rule = DEFAULT_DEADLINE_RULES[id];
      expect(rule.id).toBe(id);
      expect(rule.description).toContain(String(rule.amount));
    }
  });

  it('reminders go out 5, 2 and 1 working days before a due date', () => {
    expect(DEFAULT_REMINDER_OFFSETS).toEqual([5, 2, 1]);
  });

  it('cannot be changed in place', () => {
    expect(Object.isFrozen(DEFAULT_DEADLINE_RULES)).toBe(true);
    expect(DEADLINE_RULE_IDS.every((id) => Object.isFrozen(DEFAULT_DEADLINE_RULES[id]))).toBe(true);
    expect(Object.isFrozen(DEFAULT_REMINDER_OFFSETS)).toBe(true);
  });
});

describe('resolveDeadlineRules', () => {
  it('gives the defaults when a council changes nothing', () => {
    expect(resolveDeadlineRules()).toBe(DEFAULT_DEADLINE_RULES);
    expect(resolveDeadlineRules({})).toEqual(DEFAULT_DEADLINE_RULES);
  });

  it('a council allowing 15 working days for the case list changes that rule only, and says so', () => {
    const rules = resolveDeadlineRules({ 'case-list': { amount: 15 } });
    expect(rules['case-list']).toMatchObject({ amount: 15, unit: 'working-days', kind: 'due', from: 'site-visit-notified' });
    expect(rules['case-list'].description).toContain('This council uses 15 working days instead of the default 10 working days.');
    expect(rules['information-return']).toBe(DEFAULT_DEADLINE_RULES['information-return']);
  });

  it('applies any valid change over the defaults and leaves ids, titles, kinds and anchors alone', () => {
    fc.assert(
      fc.property(overrideArbitrary, (overrides) => {
        const rules = resolveDeadlineRules(overrides);
        for (const id of DEADLINE_RULE_IDS) {
          const change = (overrides as Record<string, { amount?: number; unit?: string } | undefined>)[id];
          const defaults = DEFAULT_DEADLINE_RULES[id];
          expect(rules[id]).toMatchObject({
            id,
            title: defaults.title,
            kind: defaults.kind,
            from: defaults.from,
            amount: change?.amount ?? defaults.amount,
            unit: change?.unit ?? defaults.unit,
          });
        }
      }),
    );
  });

  it('refuses every bad amount, naming the rule', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEADLINE_RULE_IDS),
        fc.oneof(
          fc.integer({ max: 0 }),
          fc.integer({ min: DEADLINE_AMOUNT_MAXIMUM + 1 }),
          fc.double({ min: 0.01, max: 100, noNaN: true }).filter((value) => !Number.isInteger(value)),
          fc.string(),
          fc.constant(null),
        ),
        (id, amount) => {
          expect(problemsOf({ [id]: { amount } })).toEqual([
            { code: expect.any(String), path: [id, 'amount'], message: `${id}.amount: amount must be a whole number from 1 to ${DEADLINE_AMOUNT_MAXIMUM}` },
          ]);
        },
      ),
    );
  });

  it('lists every problem at once: a bad unit, a locked field and an unknown rule', () => {
    const messages = problemsOf({
      'information-return': { unit: 'fortnights' },
      'case-list': { amount: 10, kind: 'earliest' },
      'site-visit': { amount: 2 },
    }).map((problem) => problem.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'information-return.unit: unit must be one of working-days, calendar-days, weeks',
        "case-list: 'kind' cannot be changed: only amount and unit can",
        expect.stringContaining("'site-visit' is not a deadline rule (the rules are information-return, case-list,"),
      ]),
    );
    expect(messages).toHaveLength(3);
  });

  it.each([null, 5, 'case-list', []])('refuses %j as deadline settings', (overrides) => {
    expect(problemsOf(overrides)[0]?.message).toContain('deadline settings must be an object keyed by rule');
  });

  it('refuses a rule override that is not an object', () => {
    expect(problemsOf({ 'case-list': 15 })[0]?.message).toContain('a rule override must be an object');
  });

  it('the error message leads with what could not be used', () => {
    expect(() => resolveDeadlineRules({ 'case-list': { amount: 0 } })).toThrow(
      'The deadline settings cannot be used: case-list.amount: amount must be a whole number from 1 to 365',
    );
  });

  it('the schema accepts what resolveDeadlineRules accepts', () => {
    fc.assert(
      fc.property(overrideArbitrary, (overrides) => {
        expect(deadlineRulesOverrideSchema.safeParse(overrides).success).toBe(true);
      }),
    );
  });
});
