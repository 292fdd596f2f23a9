import { QUALITY_STATEMENT_IDS } from '@asc-assure/framework';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { parseScoresArgument } from './scores-argument.js';

const scoreList = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 });

describe('reading scores from the command line', () => {
  it("reads nine scores in CQC's order, separated by commas or spaces", () => {
    fc.assert(
      fc.property(scoreList, fc.constantFrom(',', ' ', ', '), (scores, separator) => {
        const parsed = parseScoresArgument([scores.join(separator)]);
        expect(QUALITY_STATEMENT_IDS.map((id) => parsed[id])).toEqual(scores);
      }),
    );
  });

  it('reads the same scores named by statement id, in any order', () => {
    fc.assert(
      fc.property(scoreList, fc.func(fc.integer()), (scores, order) => {
        const pairs = QUALITY_STATEMENT_IDS.map((id, index) => `${id}=${scores[index]}`).sort((first, second) => order(first) - order(second) || first.localeCompare(second));
        const parsed = parseScoresArgument([pairs.join(',')]);
        expect(QUALITY_STATEMENT_IDS.map((id) => parsed[id])).toEqual(scores);
      }),
    );
  });

  it('refuses any count of scores other than nine, as bad input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 20 }).filter((scores) => scores.length !== 9), (scores) => {
        expect(() => parseScoresArgument([scores.join(',')])).toThrow(CliError);
      }),
    );
  });

  it('passes a value that is not a number on as typed, for the rating to name it', () => {
    expect(parseScoresArgument(['3,3,3,3,3,3,3,3,good'])['learning-improvement-innovation']).toBe('good');
  });
});
