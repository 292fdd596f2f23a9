import { QUALITY_STATEMENT_IDS } from '@asc-assure/framework';
import { CliError } from './cli-error.js';
import { EXIT_CODES } from './exit-codes.js';
import { QUALITY_STATEMENT_VOCABULARY } from './framework-vocabularies.js';

/** How to give scores, for help texts and errors. */
export const SCORES_ORDER_HINT = `Give nine scores from 1 to 4 in CQC's order (${QUALITY_STATEMENT_IDS.join(', ')}), for example \`asc-assure rate 3,3,2,3,3,2,3,3,3\`, or name them: \`asc-assure rate assessing-needs=3,safeguarding=2,...\`.`;

/**
 * Reads scores as typed: nine values in CQC's order, or `statement=score` pairs where the
 * statement is an id, a title, a short title or its number (QS7). Values are passed on as typed
 * so the framework's rating names any bad one in its own words.
 */
export function parseScoresArgument(parts: readonly string[]): Record<string, unknown> {
  const items = parts
    .join(',')
    .split(/[,\s]+/)
    .filter((item) => item.length > 0);
  const valueOf = (text: string): unknown => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
  if (items.some((item) => item.includes('='))) {
    const scores: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const item of items) {
      const [name = '', value = ''] = item.split('=', 2);
      const id = QUALITY_STATEMENT_VOCABULARY.match(name);
      if (id === undefined) {
        const suggestion = QUALITY_STATEMENT_VOCABULARY.suggest(name);
        problems.push(`'${name}' is not a quality statement${suggestion === undefined ? '' : ` — did you mean '${suggestion}'?`}`);
        continue;
      }
      if (id in scores) problems.push(`${id} is given twice`);
      scores[id] = valueOf(value);
    }
    if (problems.length > 0) throw new CliError(EXIT_CODES.badInput, 'The scores cannot be read.', { problems, hint: SCORES_ORDER_HINT });
    return scores;
  }
  if (items.length !== QUALITY_STATEMENT_IDS.length) {
    throw new CliError(EXIT_CODES.badInput, `Expected ${QUALITY_STATEMENT_IDS.length} scores, one for each quality statement, but got ${items.length}.`, {
      hint: SCORES_ORDER_HINT,
    });
  }
  return Object.fromEntries(QUALITY_STATEMENT_IDS.map((id, index) => [id, valueOf(items[index] ?? '')]));
}
