import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { QUALITY_STATEMENT_IDS } from '../ids.js';
import { CQC_LA_PROPOSALS_2022 } from './cqc-la-proposals-2022.js';
import {
  INFORMATION_RETURN_STATUSES,
  informationReturnItemSchema,
  informationReturnProgressSchema,
  parseInformationReturnItems,
  parseInformationReturnProgress,
} from './information-return.js';
import { DEFAULT_INFORMATION_RETURN_ITEMS } from './information-return-items.js';

function refusalOf(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('the default Information Return checklist', () => {
  it('has about as many items as CQC asked for in the pilots (roughly 50)', () => {
    expect(DEFAULT_INFORMATION_RETURN_ITEMS.length).toBeGreaterThanOrEqual(35);
    expect(DEFAULT_INFORMATION_RETURN_ITEMS.length).toBeLessThanOrEqual(50);
  });

  it('maps every item to quality statements of the current framework, with unique ids', () => {
    expect(parseInformationReturnItems(DEFAULT_INFORMATION_RETURN_ITEMS)).toEqual(DEFAULT_INFORMATION_RETURN_ITEMS);
    for (const item of DEFAULT_INFORMATION_RETURN_ITEMS) expect(informationReturnItemSchema.safeParse(item).success).toBe(true);
  });

  it('has required evidence for every current quality statement', () => {
    for (const statementId of QUALITY_STATEMENT_IDS) {
      const evidencing = DEFAULT_INFORMATION_RETURN_ITEMS.filter(
        (item) => item.required && (item.qualityStatementIds as readonly string[]).includes(statementId),
      );
      expect(evidencing.length, statementId).toBeGreaterThan(0);
    }
  });

  it('includes the documents councils name, and the self-assessment as optional', () => {
    const ids = DEFAULT_INFORMATION_RETURN_ITEMS.map((item) => item.id);
    for (const expected of [
      'joint-strategic-needs-assessment',
      'carers-strategy',
      'safeguarding-adults-board-annual-report',
      'market-position-statement',
      'workforce-strategy',
      'charging-policy',
      'prevention-strategy',
      'better-care-fund-plan',
      'complaints-annual-report',
      'waiting-list-data',
      'ascof-summary',
    ]) {
      expect(ids).toContain(expected);
    }
    expect(DEFAULT_INFORMATION_RETURN_ITEMS.find((item) => item.id === 'self-assessment')?.required).toBe(false);
  });

  it('never names a statement twice for one item', () => {
    for (const item of DEFAULT_INFORMATION_RETURN_ITEMS) {
      expect(new Set(item.qualityStatementIds).size).toBe(item.qualityStatementIds.length);
    }
  });

  it('does not fit the 2022 proposals, which had no equity statement, and says which item fails', () => {
    const error = refusalOf(() => parseInformationReturnItems(DEFAULT_INFORMATION_RETURN_ITEMS, CQC_LA_PROPOSALS_2022));
    expect(error.message).toContain(
      'Information Return item "self-assessment" evidences "equity-in-experience-and-outcomes", which is not a quality statement of this framework version',
    );
  });

  it('refuses a checklist that lists an item twice', () => {
    const first = DEFAULT_INFORMATION_RETURN_ITEMS[0];
    const error = refusalOf(() => parseInformationReturnItems([first, first]));
    expect(error.message).toContain('Information Return item "self-assessment" is listed more than once');
  });
});

describe("a council's progress on an item", () => {
  const progressArbitrary = fc.record({
    itemId: fc.constantFrom(...DEFAULT_INFORMATION_RETURN_ITEMS.map((item) => item.id)),
    owner: fc.constantFrom('Head of Business Intelligence', 'Principal Social Worker', 'A. Officer'),
    status: fc.constantFrom(...INFORMATION_RETURN_STATUSES),
    documentReference: fc.constantFrom('evidence-bank/ASC-017.pdf', 'IR-042'),
    dueDate: fc
      .date({ min: new Date(Date.UTC(2023, 0, 1)), max: new Date(Date.UTC(2027, 11, 31)), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
  });

  it('is accepted whenever it is complete, whatever its status', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        expect(parseInformationReturnProgress(progress)).toEqual(progress);
      }),
    );
  });

  it('cannot be ready or submitted without saying where the document is', () => {
    fc.assert(
      fc.property(progressArbitrary, fc.constantFrom('ready', 'submitted'), (progress, status) => {
        const { documentReference: _dropped, ...withoutReference } = { ...progress, status };
        const result = informationReturnProgressSchema.safeParse(withoutReference);
        expect(result.success).toBe(false);
        expect(result.error?.issues[0]?.path).toEqual(['documentReference']);
        expect(result.error?.issues[0]?.message).toContain(`an item marked "${status}" needs a document reference`);
      }),
    );
  });

  it('may be not started or in progress without a document yet', () => {
    for (const status of ['not-started', 'in-progress'] as const) {
      expect(informationReturnProgressSchema.safeParse({ itemId: 'carers-strategy', owner: 'Carers lead', status }).success).toBe(
        true,
      );
    }
  });

  it('is refused with every problem listed: no owner, unknown status, impossible due date', () => {
    const error = refusalOf(() =>
      parseInformationReturnProgress({ itemId: 'carers-strategy', owner: '  ', status: 'done', dueDate: '2024-02-30' }),
    );
    expect(error.problems.map((problem) => problem.path[0])).toEqual(['owner', 'status', 'dueDate']);
  });
});
