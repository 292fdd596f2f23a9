import { z } from 'zod';
import { parseInput } from '../validation.js';
import { CALENDAR_MESSAGES } from './calendar-messages.js';

/** Stable ids of the deadlines of a CQC assessment. Stored and sent over the API: never rename one. */
export const DEADLINE_RULE_IDS = [
  'information-return',
  'case-list',
  'case-tracking-interviews',
  'onsite-earliest',
  'factual-accuracy',
] as const;
/** One of {@link DEADLINE_RULE_IDS}. */
export type DeadlineRuleId = (typeof DEADLINE_RULE_IDS)[number];

/** The units a deadline can be counted in. */
export const DEADLINE_UNITS = ['working-days', 'calendar-days', 'weeks'] as const;
/** One of {@link DEADLINE_UNITS}. */
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** The largest `amount` a council can set for a deadline. */
export const DEADLINE_AMOUNT_MAXIMUM = 365;

/**
 * How one deadline is counted: `amount` `unit`s from the event named by `from`. A `due` deadline
 * never falls on a non-working day (a count in calendar days or weeks that lands on one moves to
 * the next working day); an `earliest` date is a bound ("no earlier than") and is not moved.
 */
export interface DeadlineRule {
  readonly id: DeadlineRuleId;
  /** Shown on calendars and reminders, e.g. "Information Return due". */
  readonly title: string;
  /** Plain English, including where the figure comes from. */
  readonly description: string;
  readonly amount: number;
  readonly unit: DeadlineUnit;
  /**
   * The event the count starts from: 'information-return-requested', 'site-visit-notified',
   * 'cases-selected' or 'draft-report-received'.
   */
  readonly from: string;
  /** 'due': something must be done by this date. 'earliest': the onsite visit can be no earlier. */
  readonly kind: 'due' | 'earliest';
}

/** One rule per deadline. */
export type DeadlineRules = Readonly<Record<DeadlineRuleId, DeadlineRule>>;

/**
 * CQC's deadlines for a local authority assessment, from CQC's guidance as councils report it
 * (see the seeds). A council or hub changes them with {@link resolveDeadlineRules}, because the
 * figures changed between the pilots and the formal assessments.
 */
export const DEFAULT_DEADLINE_RULES = freezeRules({
  'information-return': {
    id: 'information-return',
    title: 'Information Return due',
    description:
      'CQC asks for the Information Return (existing documents, data and an optional self-assessment) with the notice of assessment. It is due 3 weeks after the request: CQC’s current figure; pilot councils were given 1 to 3 weeks.',
    amount: 3,
    unit: 'weeks',
    from: 'information-return-requested',
    kind: 'due',
  },
  'case-list': {
    id: 'case-list',
    title: 'Case-tracking list due',
    description:
      'With the site-visit notification CQC asks for an anonymised list of 50 people who had an assessment in the last 12 months. The list is due within 10 working days of the notification, through CQC’s secure portal.',
    amount: 10,
    unit: 'working-days',
    from: 'site-visit-notified',
    kind: 'due',
  },
  'case-tracking-interviews': {
    id: 'case-tracking-interviews',
    title: 'Case-tracking interviews arranged by',
    description:
      'CQC selects 10 people from the list (6 to track, 4 reserves). Once the council has confirmed each person’s written permission, CQC arranges the interviews within 3 weeks of the selection.',
    amount: 3,
    unit: 'weeks',
    from: 'cases-selected',
    kind: 'due',
  },
  'onsite-earliest': {
    id: 'onsite-earliest',
    title: 'Earliest onsite visit',
    description:
      'CQC notifies the site visit at least 6 weeks ahead (councils report 6 to 10 weeks), so the onsite visit can be no earlier than 6 weeks after the notification.',
    amount: 6,
    unit: 'weeks',
    from: 'site-visit-notified',
    kind: 'earliest',
  },
  'factual-accuracy': {
    id: 'factual-accuracy',
    title: 'Factual accuracy comments due',
    description:
      'The council has 10 working days from the date of CQC’s email sending the draft report to return its factual accuracy comments. CQC extends this only in exceptional circumstances.',
    amount: 10,
    unit: 'working-days',
    from: 'draft-report-received',
    kind: 'due',
  },
} as const satisfies DeadlineRules);

function freezeRules<Rules extends DeadlineRules>(rules: Rules): Rules {
  for (const rule of Object.values(rules)) Object.freeze(rule);
  return Object.freeze(rules);
}

/** When to remind people of a due date: 5, 2 and 1 working days before it. */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = Object.freeze([5, 2, 1]);

const UNIT_WORDS: Readonly<Record<DeadlineUnit, readonly [singular: string, plural: string]>> = {
  'working-days': ['working day', 'working days'],
  'calendar-days': ['calendar day', 'calendar days'],
  weeks: ['week', 'weeks'],
};

function describeAmount(amount: number, unit: DeadlineUnit): string {
  const [singular, plural] = UNIT_WORDS[unit];
  return `${amount} ${amount === 1 ? singular : plural}`;
}

const deadlineRuleOverrideSchema = z.strictObject(
  {
    amount: z
      .number({ error: CALENDAR_MESSAGES.deadlineAmount(DEADLINE_AMOUNT_MAXIMUM) })
      .int(CALENDAR_MESSAGES.deadlineAmount(DEADLINE_AMOUNT_MAXIMUM))
      .min(1, CALENDAR_MESSAGES.deadlineAmount(DEADLINE_AMOUNT_MAXIMUM))
      .max(DEADLINE_AMOUNT_MAXIMUM, CALENDAR_MESSAGES.deadlineAmount(DEADLINE_AMOUNT_MAXIMUM))
      .optional(),
    unit: z.enum(DEADLINE_UNITS, { error: CALENDAR_MESSAGES.deadlineUnit(DEADLINE_UNITS) }).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? CALENDAR_MESSAGES.deadlineRuleFieldLocked(issue.keys)
        : CALENDAR_MESSAGES.deadlineRuleNotObject,
  },
);

/**
 * A council's changes to the default deadlines: for any rule, a new `amount`, `unit`, or both.
 * Anything else (an unknown rule, a field other than amount and unit, a fractional or negative
 * amount) is refused with a message that names it.
 *
 * @example
 * deadlineRulesOverrideSchema.parse({ 'case-list': { amount: 15 } });
 */
export const deadlineRulesOverrideSchema = z.strictObject(
  {
    'information-return': deadlineRuleOverrideSchema.optional(),
    'case-list': deadlineRuleOverrideSchema.optional(),
    'case-tracking-interviews': deadlineRuleOverrideSchema.optional(),
    'onsite-earliest': deadlineRuleOverrideSchema.optional(),
    'factual-accuracy': deadlineRuleOverrideSchema.optional(),
  } satisfies Record<DeadlineRuleId, unknown>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? CALENDAR_MESSAGES.unknownDeadlineRule(issue.keys, DEADLINE_RULE_IDS)
        : CALENDAR_MESSAGES.deadlineSettingsNotObject,
  },
);

/** A council's changes to the default deadlines, as {@link deadlineRulesOverrideSchema} reads them. */
export type DeadlineRulesOverride = z.output<typeof deadlineRulesOverrideSchema>;

/**
 * The deadline rules with a council's changes applied over {@link DEFAULT_DEADLINE_RULES}. The
 * changes are checked first: anything wrong throws an {@link InvalidInputError} listing every
 * problem, and no rule is changed. A changed rule's description says what changed, so a reader is
 * never shown a default figure that no longer applies. `undefined` gives the defaults.
 *
 * @example
 * resolveDeadlineRules({ 'information-return': { amount: 15, unit: 'working-days' } });
 */
export function resolveDeadlineRules(overrides?: unknown): DeadlineRules {
  if (overrides === undefined) return DEFAULT_DEADLINE_RULES;
  const parsed = parseInput(deadlineRulesOverrideSchema, overrides, CALENDAR_MESSAGES.deadlineSettingsSummary);
  const resolved = {} as Record<DeadlineRuleId, DeadlineRule>;
  for (const id of DEADLINE_RULE_IDS) {
    const rule: DeadlineRule = DEFAULT_DEADLINE_RULES[id];
    const override = parsed[id];
    const amount = override?.amount ?? rule.amount;
    const unit = override?.unit ?? rule.unit;
    resolved[id] =
      amount === rule.amount && unit === rule.unit
        ? rule
        : Object.freeze({
            ...rule,
            amount,
            unit,
            description: `${rule.description} This council uses ${describeAmount(amount, unit)} instead of the default ${describeAmount(rule.amount, rule.unit)}.`,
          });
  }
  return Object.freeze(resolved);
}
