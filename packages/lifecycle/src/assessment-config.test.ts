import { InvalidInputError } from '@asc-assure/framework';
import { describe, expect, it } from 'vitest';
import { assessmentCalendar, assessmentConfigSchema, parseAssessmentConfig } from './assessment-config.js';

const council = { councilId: 'gloucestershire', councilName: 'Gloucestershire County Council' };

function problemsOf(input: unknown): string[] {
  try {
    parseAssessmentConfig(input);
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error.problems.map((problem) => problem.message);
    throw error;
  }
  return [];
}

describe('assessment settings', () => {
  it("a council that gives only its name gets CQC's defaults", () => {
    expect(parseAssessmentConfig(council)).toEqual({
      ...council,
      scoringMethod: 'quality-statement',
      deadlineRules: {},
      reminderOffsetsWorkingDays: [5, 2, 1],
      closureDays: [],
      caseTracking: { listSize: 50, selected: 10, tracked: 6, reserves: 4 },
    });
  });

  it('the people selected must be the people tracked plus the reserves', () => {
    expect(problemsOf({ ...council, caseTracking: { tracked: 7 } })).toEqual([
      'caseTracking.selected: the people selected must be the people tracked plus the reserves',
    ]);
    expect(parseAssessmentConfig({ ...council, caseTracking: { selected: 12, tracked: 8 } }).caseTracking).toEqual({
      listSize: 50,
      selected: 12,
      tracked: 8,
      reserves: 4,
    });
  });

  it('CQC cannot select more people than the list asks for', () => {
    expect(problemsOf({ ...council, caseTracking: { listSize: 8 } })).toContain('caseTracking.selected: CQC cannot select more people than the list holds');
  });

  it("a deadline override is checked by the framework's rules", () => {
    expect(parseAssessmentConfig({ ...council, deadlineRules: { 'case-list': { amount: 15 } } }).deadlineRules).toEqual({ 'case-list': { amount: 15 } });
    expect(problemsOf({ ...council, deadlineRules: { 'site-visit': { amount: 15 } } }).join(' ')).toContain("'site-visit' is not a deadline rule");
    expect(problemsOf({ ...council, deadlineRules: { 'case-list': { amount: 0 } } }).join(' ')).toContain('amount must be a whole number');
  });

  it('reminder offsets are kept largest first and each may appear once', () => {
    expect(parseAssessmentConfig({ ...council, reminderOffsetsWorkingDays: [1, 10, 3] }).reminderOffsetsWorkingDays).toEqual([10, 3, 1]);
    expect(problemsOf({ ...council, reminderOffsetsWorkingDays: [2, 2] })).toEqual(['reminderOffsetsWorkingDays: each reminder offset may appear once']);
    expect(problemsOf({ ...council, reminderOffsetsWorkingDays: [0] })).toHaveLength(1);
  });

  it('closure days are real dates, kept once each in date order', () => {
    expect(parseAssessmentConfig({ ...council, closureDays: ['2024-12-27', '2024-12-24', '2024-12-27'] }).closureDays).toEqual(['2024-12-24', '2024-12-27']);
    expect(problemsOf({ ...council, closureDays: ['2024-02-30'] })).toEqual(['closureDays.0: is not a real calendar date']);
  });

  it('a council id is a kebab-case id and every problem is listed at once', () => {
    const problems = problemsOf({ councilId: 'North Somerset', councilName: '', scoringMethod: 'gut-feeling' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('councilId: must be a kebab-case id');
  });

  it('unknown settings are refused rather than ignored', () => {
    expect(problemsOf({ ...council, reminderDays: [5] })).toHaveLength(1);
  });

  it('the deadline rules of a configuration are resolved once and carry its closure days', () => {
    const config = parseAssessmentConfig({ ...council, closureDays: ['2024-04-08'], deadlineRules: { 'information-return': { amount: 15, unit: 'working-days' } } });
    const calendar = assessmentCalendar(config);
    expect(assessmentCalendar(config)).toBe(calendar);
    expect(calendar.calendar.closureDays).toEqual(['2024-04-08']);
    expect(calendar.rules['information-return'].unit).toBe('working-days');
  });

  it('the settings have a JSON Schema for the API', () => {
    const schema = JSON.stringify(assessmentConfigSchema.toJSONSchema({ io: 'input' }));
    expect(schema).toContain('councilId');
  });
});
