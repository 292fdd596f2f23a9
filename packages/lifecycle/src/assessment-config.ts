import {
  DEFAULT_REMINDER_OFFSETS,
  deadlineRulesOverrideSchema,
  isoDateSchema,
  parseInput,
  resolveDeadlineRules,
  scoringMethodIdSchema,
  type DeadlineRules,
  type WorkingCalendarOptions,
} from '@asc-assure/framework';
import { z } from 'zod';

/** Opening of the error when settings cannot be used. */
export const ASSESSMENT_CONFIG_SUMMARY = 'The assessment settings cannot be used';

/** Case-tracking numbers CQC uses by default (seed 004): 50 listed, 10 selected, 6 tracked, 4 reserves. */
export const DEFAULT_CASE_TRACKING_NUMBERS = Object.freeze({ listSize: 50, selected: 10, tracked: 6, reserves: 4 });

/** How many people CQC asks for, selects, tracks and keeps in reserve. */
export const caseTrackingNumbersSchema = z
  .strictObject({
    listSize: z.int().min(1).max(1000).default(DEFAULT_CASE_TRACKING_NUMBERS.listSize),
    selected: z.int().min(1).max(1000).default(DEFAULT_CASE_TRACKING_NUMBERS.selected),
    tracked: z.int().min(1).max(1000).default(DEFAULT_CASE_TRACKING_NUMBERS.tracked),
    reserves: z.int().min(0).max(1000).default(DEFAULT_CASE_TRACKING_NUMBERS.reserves),
  })
  .refine((numbers) => numbers.tracked + numbers.reserves === numbers.selected, {
    path: ['selected'],
    message: 'the people selected must be the people tracked plus the reserves',
  })
  .refine((numbers) => numbers.selected <= numbers.listSize, {
    path: ['selected'],
    message: 'CQC cannot select more people than the list holds',
  });

/**
 * How one assessment runs: whose it is, how CQC scores it, and every number CQC may change
 * between rounds (deadline rules, reminder offsets, closure days, case-tracking numbers).
 * Parse once with {@link parseAssessmentConfig}; every field but the council has a default.
 */
export const assessmentConfigSchema = z.strictObject({
  /** Stable id of the council (the tenant), e.g. `gloucestershire`. */
  councilId: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id such as gloucestershire or north-east-lincolnshire'),
  /** Display name, e.g. "Gloucestershire County Council". */
  councilName: z.string().trim().min(1, 'must not be empty').max(200),
  scoringMethod: scoringMethodIdSchema.default('quality-statement'),
  /**
   * Overrides of the framework's deadline rules, keyed by rule id, e.g.
   * `{ "case-list": { "amount": 15 } }`. Checked by the framework's `deadlineRulesOverrideSchema`.
   */
  deadlineRules: deadlineRulesOverrideSchema.default({}),
  /** Working days before a due date on which reminders go out. */
  reminderOffsetsWorkingDays: z
    .array(z.int().min(1).max(60))
    .max(10)
    .default([...DEFAULT_REMINDER_OFFSETS])
    .refine((offsets) => new Set(offsets).size === offsets.length, 'each reminder offset may appear once')
    .transform((offsets) => [...offsets].sort((first, second) => second - first)),
  /** Days the council is closed besides weekends and bank holidays (e.g. a Christmas closure). */
  closureDays: z
    .array(isoDateSchema)
    .max(1000)
    .default([])
    .transform((days) => [...new Set(days)].sort()),
  caseTracking: caseTrackingNumbersSchema.default({ ...DEFAULT_CASE_TRACKING_NUMBERS }),
});

/** A parsed assessment configuration, every default filled. */
export type AssessmentConfig = z.output<typeof assessmentConfigSchema>;
/** An assessment configuration as a caller writes it (only the council is required). */
export type AssessmentConfigInput = z.input<typeof assessmentConfigSchema>;
/** Case-tracking numbers of a parsed configuration. */
export type CaseTrackingNumbers = AssessmentConfig['caseTracking'];

/**
 * Parses an assessment configuration, or throws an `InvalidInputError` listing every problem.
 *
 * @example
 * const config = parseAssessmentConfig({ councilId: 'gloucestershire', councilName: 'Gloucestershire County Council' });
 * config.caseTracking.tracked; // 6
 */
export function parseAssessmentConfig(input: unknown): AssessmentConfig {
  return parseInput(assessmentConfigSchema, input, ASSESSMENT_CONFIG_SUMMARY);
}

/** The resolved deadline rules and working calendar of a configuration, worked out once per config. */
export interface AssessmentCalendar {
  readonly rules: DeadlineRules;
  readonly calendar: WorkingCalendarOptions;
}

const calendars = new WeakMap<AssessmentConfig, AssessmentCalendar>();

/** The deadline rules and working calendar an assessment's deadlines are computed with. */
export function assessmentCalendar(config: AssessmentConfig): AssessmentCalendar {
  const known = calendars.get(config);
  if (known !== undefined) return known;
  const rules = resolveDeadlineRules(config.deadlineRules);
  const resolved: AssessmentCalendar = { rules, calendar: { closureDays: config.closureDays } };
  calendars.set(config, resolved);
  return resolved;
}
