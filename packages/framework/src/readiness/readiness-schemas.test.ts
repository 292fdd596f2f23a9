import { describe, expect, it } from 'vitest';
import { problemsFromZodError } from '../validation.js';
import { actionProgressOn, actionSchema } from './action.js';
import { evidenceBankSchema, evidenceItemSchema } from './evidence-item.js';
import { riskSchema } from './risk.js';
import { selfAssessmentStatementSchema } from './self-assessment.js';

const carersStrategy = {
  id: 'EV-0042',
  title: "Carers' Strategy 2024-2027",
  owner: "Carers' Lead",
  qualityStatementIds: ['assessing-needs', 'supporting-healthier-lives'],
  evidenceCategoryIds: ['processes'],
  effectiveFrom: '2024-04-01',
  reviewBy: '2025-04-01',
  location: 'https://www.example.gov.uk/carers-strategy.pdf',
  tags: ['unpaid-carers'],
};

const messagesOf = (result: { success: boolean; error?: Parameters<typeof problemsFromZodError>[0] }): string[] =>
  result.error === undefined ? [] : problemsFromZodError(result.error).map((problem) => problem.message);

describe("a council's readiness records", () => {
  it("accepts a carers' strategy mapped to two statements", () => {
    expect(evidenceItemSchema.parse(carersStrategy)).toEqual(carersStrategy);
  });

  it('gives an item without tags an empty list of tags', () => {
    const { tags: _tags, ...untagged } = carersStrategy;
    expect(evidenceItemSchema.parse(untagged).tags).toEqual([]);
  });

  it('accepts a shared-drive path as a location and refuses a non-web address', () => {
    expect(evidenceItemSchema.safeParse({ ...carersStrategy, location: '\\\\council\\ASC\\CQC\\Carers strategy.pdf' }).success).toBe(true);
    expect(evidenceItemSchema.safeParse({ ...carersStrategy, location: 'ftp://files.example.gov.uk/strategy.pdf' }).success).toBe(false);
  });

  it('refuses an item with no statement, an unknown tag and an end before its start', () => {
    const result = evidenceItemSchema.safeParse({
      ...carersStrategy,
      qualityStatementIds: [],
      tags: ['diversity'],
      effectiveTo: '2024-03-31',
    });
    expect(messagesOf(result)).toEqual(expect.arrayContaining(['qualityStatementIds: map the item to at least one quality statement']));
    expect(messagesOf(result).some((message) => message.startsWith('tags.0:'))).toBe(true);
  });

  it('refuses an id with spaces and an evidence bank that repeats an id', () => {
    expect(evidenceItemSchema.safeParse({ ...carersStrategy, id: 'EV 42' }).success).toBe(false);
    expect(messagesOf(evidenceBankSchema.safeParse([carersStrategy, carersStrategy]))).toEqual([
      '1.id: the id EV-0042 is used by more than one evidence item',
    ]);
  });

  it('refuses a self-score of 5 and an empty narrative', () => {
    const result = selfAssessmentStatementSchema.safeParse({
      qualityStatementId: 'safeguarding',
      narrative: ' ',
      selfScore: 5,
      updatedOn: '2025-06-01',
    });
    expect(result.success).toBe(false);
    expect(messagesOf(result).map((message) => message.split(':')[0])).toEqual(['narrative', 'selfScore']);
  });

  it('refuses an action recorded as overdue: overdue is worked out, not stored', () => {
    expect(
      actionSchema.safeParse({
        id: 'ACT-1',
        title: 'Publish carers offer',
        owner: "Carers' Lead",
        dueDate: '2025-03-31',
        status: 'overdue',
      }).success
    ).toBe(false);
  });

  it('an action not done by its due date is overdue the day after', () => {
    const action = { status: 'in-progress', dueDate: '2025-03-31' } as const;
    expect(actionProgressOn(action, '2025-03-31')).toBe('in-progress');
    expect(actionProgressOn(action, '2025-04-01')).toBe('overdue');
    expect(actionProgressOn({ ...action, status: 'done' }, '2025-04-01')).toBe('done');
  });

  it('scores risks on a 5 x 5 grid', () => {
    const risk = {
      id: 'RISK-1',
      title: 'Information Return late',
      owner: 'CQC Assurance Lead',
      likelihood: 3,
      impact: 5,
      mitigation: 'Quarterly refresh',
    };
    expect(riskSchema.safeParse(risk).success).toBe(true);
    expect(riskSchema.safeParse({ ...risk, impact: 6 }).success).toBe(false);
    expect(riskSchema.safeParse({ ...risk, likelihood: 2.5 }).success).toBe(false);
  });
});
