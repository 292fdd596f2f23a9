import {
  QUALITY_STATEMENT_IDS,
  RATING_LABELS,
  SCORE_LABELS,
  rateLocalAuthority,
  type LocalAuthorityRating,
  type QualityStatementId,
  type RatingMove,
  type Score,
} from '@asc-assure/framework';
import { Command } from 'commander';
import type { CommandContext } from '../support/command-context.js';
import { qualityStatementTitle } from '../support/framework-vocabularies.js';
import { SCORES_ORDER_HINT, parseScoresArgument } from '../support/scores-argument.js';
import { textBar } from '../support/text-width.js';

function describeMove(move: RatingMove, direction: 'up' | 'down'): string {
  const target = RATING_LABELS[move.rating];
  const points = `${move.pointsNeeded} point${move.pointsNeeded === 1 ? '' : 's'}`;
  const opening = direction === 'up' ? `To reach ${target}: ${points} more.` : `To fall to ${target}: ${points} fewer.`;
  if (move.needsMoreThanOneStatement) {
    return `${opening} No single statement's score is enough on its own: ${direction === 'up' ? 'several must rise' : 'it would take several falling'}.`;
  }
  const smallestPerStatement = new Map<QualityStatementId, { from: Score; to: Score }>();
  for (const change of move.singleStatementChanges) {
    if (!smallestPerStatement.has(change.qualityStatementId)) smallestPerStatement.set(change.qualityStatementId, change);
  }
  const changes = [...smallestPerStatement].map(([id, change]) => `${qualityStatementTitle(id)} ${change.from} to ${change.to}`);
  return `${opening} ${direction === 'up' ? 'Any one of these would do it' : 'Any one of these alone would do it'}: ${changes.join('; ')}.`;
}

function positionWords(position: number): string {
  if (position < 1 / 3) return 'low in the band';
  if (position > 2 / 3) return 'high in the band';
  return 'in the middle of the band';
}

/** The JSON `rate --json` prints. */
export function ratingAsJson(scores: Readonly<Record<QualityStatementId, Score>>, result: LocalAuthorityRating): object {
  return {
    scores,
    total: result.total,
    maximum: result.maximum,
    percentage: result.percentage,
    roundedPercentage: result.roundedPercentage,
    rating: result.rating,
    ratingLabel: RATING_LABELS[result.rating],
    band: result.band,
    positionInBand: result.positionInBand,
    toNextBandUp: result.toNextBandUp,
    toNextBandDown: result.toNextBandDown,
  };
}

/** `asc-assure rate`: the overall rating nine quality statement scores give, and what would move it. */
export function rateCommand(context: CommandContext): Command {
  return new Command('rate')
    .description('Work out the overall rating from nine quality statement scores (no workspace needed)')
    .argument('<scores...>', "nine scores 1-4 in CQC's order (3,3,2,3,3,2,3,3,3) or statement=score pairs")
    .option('--json', 'print machine-readable JSON only')
    .addHelpText('after', `\n${SCORES_ORDER_HINT}`)
    .action((parts: string[], options: { json?: boolean }) => {
      const typed = parseScoresArgument(parts);
      const result = rateLocalAuthority(typed as Record<QualityStatementId, Score>);
      const scores = Object.fromEntries(QUALITY_STATEMENT_IDS.map((id) => [id, typed[id] as Score])) as Record<QualityStatementId, Score>;
      const { output } = context;
      if (options.json === true) {
        output.json(ratingAsJson(scores, result));
        return;
      }
      const { colors } = output;
      output.line(`${colors.bold('Overall rating:')} ${colors.bold(RATING_LABELS[result.rating])}`);
      output.line(
        `Total ${result.total} of ${result.maximum} = ${result.percentage.toFixed(1)}% (rounded to ${result.roundedPercentage}%, the figure the bands apply to)`,
      );
      output.line(
        `${RATING_LABELS[result.rating]} is ${result.band.minPercentage}-${result.band.maxPercentage}%: totals ${result.band.minTotal} to ${result.band.maxTotal} of ${result.maximum}.`,
      );
      output.line(`Position in band: ${textBar(result.positionInBand)} ${result.total} of ${result.band.minTotal}-${result.band.maxTotal}, ${positionWords(result.positionInBand)}`);
      output.heading('Scores');
      output.table(
        [{ heading: 'Quality statement' }, { heading: 'Score', align: 'right' }, { heading: 'Meaning' }],
        QUALITY_STATEMENT_IDS.map((id) => [qualityStatementTitle(id), String(scores[id]), SCORE_LABELS[scores[id]].label]),
      );
      output.heading('What would change the rating');
      output.line(result.toNextBandUp === null ? 'Outstanding is the highest rating.' : describeMove(result.toNextBandUp, 'up'));
      output.line(result.toNextBandDown === null ? 'Inadequate is the lowest rating.' : describeMove(result.toNextBandDown, 'down'));
    });
}
