import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { QUALITY_STATEMENT_IDS, SCORES, type QualityStatementId, type RatingId, type Score } from '../ids.js';
import { parseInput } from '../validation.js';
import { SCORING_MESSAGES } from './messages.js';
import { percentageOf, roundPercentageHalfUp } from './percentage.js';
import {
  createQualityStatementScoresSchema,
  problemsFromScoresError,
  qualityStatementScoresSchema,
  type QualityStatementScores,
} from './quality-statement-scores.js';
import { RATING_BANDS, bandForRoundedPercentage, ratingBandsSchema, type RatingBand } from './rating-bands.js';

/** A rating band together with the totals that fall in it for the number of statements rated. */
export interface RatingBandWithTotals extends RatingBand {
  /** The lowest total whose rounded percentage is in the band. */
  readonly minTotal: number;
  /** The highest total whose rounded percentage is in the band. */
  readonly maxTotal: number;
}

/** Changing one quality statement's score from `from` to `to`. */
export interface SingleStatementChange<Id extends string = QualityStatementId> {
  readonly qualityStatementId: Id;
  readonly from: Score;
  readonly to: Score;
}

/** What it would take to reach the next rating up (or down). */
export interface RatingMove<Id extends string = QualityStatementId> {
  /** The rating of the next band that any total can reach. */
  readonly rating: RatingId;
  /** Points the total must rise (up) or fall (down) by to reach that band. */
  readonly pointsNeeded: number;
  /**
   * Every change of one statement's score that alone would change the rating in this direction
   * (for up: raising one score; for down: lowering one), in statement order, smallest change first.
   */
  readonly singleStatementChanges: readonly SingleStatementChange<Id>[];
  /** True when no single statement's change is enough: several scores must move. */
  readonly needsMoreThanOneStatement: boolean;
}

/** An overall rating worked out from quality statement scores. */
export interface LocalAuthorityRating<Id extends string = QualityStatementId> {
  /** Sum of the quality statement scores. */
  readonly total: number;
  /** Number of statements x 4 (36 with nine statements). */
  readonly maximum: number;
  /** `total / maximum x 100`, unrounded: always show it beside the rating. */
  readonly percentage: number;
  /** The percentage rounded half up to a whole number: the figure the bands apply to. */
  readonly roundedPercentage: number;
  readonly rating: RatingId;
  readonly band: RatingBandWithTotals;
  /**
   * Where the total sits within its band's totals: `(total - minTotal) / (maxTotal - minTotal)`,
   * so 0 is the lowest total that earns the rating and 1 the highest. A band that only one total
   * can reach gives 0.5: the council is neither high nor low in it.
   */
  readonly positionInBand: number;
  /** What it takes to reach the next rating up; `null` when already at the top. */
  readonly toNextBandUp: RatingMove<Id> | null;
  /** How little it takes to fall to the next rating down; `null` when already at the bottom. */
  readonly toNextBandDown: RatingMove<Id> | null;
}

/** Options of {@link rateLocalAuthority}. */
export interface RateLocalAuthorityOptions<Id extends string = QualityStatementId> {
  /** The quality statements of the framework version being rated; default the current nine. */
  readonly qualityStatementIds?: readonly Id[];
  /** Replacement rating bands; default {@link RATING_BANDS}. */
  readonly ratingBands?: readonly RatingBand[];
}

const rateOptionsSchema = z.strictObject({
  qualityStatementIds: z
    .array(z.string().min(1, 'a quality statement id cannot be empty'))
    .min(1, 'give at least one quality statement')
    .refine((ids) => new Set(ids).size === ids.length, 'each quality statement may be listed only once')
    .optional(),
  ratingBands: ratingBandsSchema.optional(),
});

const scoresSchemaCache = new WeakMap<readonly string[], z.ZodType>();

function scoresSchemaFor(qualityStatementIds: readonly string[]): z.ZodType {
  if (qualityStatementIds === QUALITY_STATEMENT_IDS) return qualityStatementScoresSchema;
  let schema = scoresSchemaCache.get(qualityStatementIds);
  if (schema === undefined) {
    schema = createQualityStatementScoresSchema(qualityStatementIds);
    scoresSchemaCache.set(qualityStatementIds, schema);
  }
  return schema;
}

/**
 * Checks a set of quality statement scores and returns each statement's score in statement order,
 * or throws an {@link InvalidInputError} naming every problem.
 */
export function parseQualityStatementScores<Id extends string>(scores: unknown, qualityStatementIds: readonly Id[]): Score[] {
  const parsed = scoresSchemaFor(qualityStatementIds).safeParse(scores);
  if (!parsed.success) {
    throw new InvalidInputError(
      SCORING_MESSAGES.scoresSummary,
      problemsFromScoresError(parsed.error, scores, SCORING_MESSAGES.unknownQualityStatement, 'unknown-quality-statement')
    );
  }
  const data = parsed.data as Record<string, Score>;
  return qualityStatementIds.map((id) => data[id] as Score);
}

interface BandTotals extends RatingBand {
  readonly minTotal: number | undefined;
  readonly maxTotal: number | undefined;
}

/** The bands with their totals, and the band each total falls in, for one number of statements. */
interface BandTable {
  readonly bandTotals: readonly BandTotals[];
  /** Index into the bands of the band of each total from 0 to the maximum (totals below the statement count never occur). */
  readonly bandIndexOfTotal: readonly number[];
}

/*
 * The table depends only on the bands and the number of statements, so it is worked out once per
 * bands list (the default RATING_BANDS in practice) rather than on every rating.
 */
const bandTables = new WeakMap<readonly RatingBand[], Map<number, BandTable>>();

function bandTableFor(bands: readonly RatingBand[], statementCount: number): BandTable {
  let byCount = bandTables.get(bands);
  if (byCount === undefined) {
    byCount = new Map();
    bandTables.set(bands, byCount);
  }
  let table = byCount.get(statementCount);
  if (table === undefined) {
    const maximum = statementCount * 4;
    const bandIndexOfTotal = Array.from({ length: maximum + 1 }, (_unused, total) =>
      bands.indexOf(bandForRoundedPercentage(bands, roundPercentageHalfUp(total, maximum)))
    );
    const bandTotals = bands.map((band, index): BandTotals => {
      let minTotal: number | undefined;
      let maxTotal: number | undefined;
      for (let total = statementCount; total <= maximum; total += 1) {
        if (bandIndexOfTotal[total] !== index) continue;
        minTotal ??= total;
        maxTotal = total;
      }
      return { ...band, minTotal, maxTotal };
    });
    table = { bandTotals, bandIndexOfTotal };
    byCount.set(statementCount, table);
  }
  return table;
}

function reachable(band: BandTotals | undefined): band is RatingBandWithTotals & BandTotals {
  return band !== undefined && band.minTotal !== undefined && band.maxTotal !== undefined;
}

/**
 * Rates a local authority from its quality statement scores, as CQC does under both scoring
 * methods: the sum of the scores as a percentage of the maximum (all statements weighted equally),
 * rounded half up to a whole number, then banded by {@link RATING_BANDS}. Works for self-assessed
 * and published scores alike; it also says how far the council is from the next rating up and
 * down, and which single score changes would move it.
 *
 * @throws InvalidInputError naming each problem: a missing statement, a score that is not 1, 2, 3
 * or 4, a key that is not a quality statement.
 * @example
 * const result = rateLocalAuthority({
 *   'assessing-needs': 2, 'supporting-healthier-lives': 2, 'equity-in-experience-and-outcomes': 2,
 *   'care-provision-integration-continuity': 3, 'partnerships-and-communities': 2,
 *   'safe-systems-pathways-transitions': 2, safeguarding: 3,
 *   'governance-management-sustainability': 2, 'learning-improvement-innovation': 3,
 * });
 * result.rating; // 'requires-improvement' (21/36 = 58.3%)
 * result.toNextBandUp?.pointsNeeded; // 2
 */
export function rateLocalAuthority<Id extends string = QualityStatementId>(
  scores: QualityStatementScores<Id>,
  options: RateLocalAuthorityOptions<Id> = {}
): LocalAuthorityRating<Id> {
  const checkedOptions = parseInput(rateOptionsSchema, options, SCORING_MESSAGES.optionsSummary);
  const qualityStatementIds = (options.qualityStatementIds ?? QUALITY_STATEMENT_IDS) as readonly Id[];
  const bands = (checkedOptions.ratingBands === undefined ? RATING_BANDS : checkedOptions.ratingBands) as readonly RatingBand[];
  const values = parseQualityStatementScores(scores, qualityStatementIds);

  const statementCount = values.length;
  const maximum = statementCount * 4;
  const total = values.reduce<number>((sum, score) => sum + score, 0);
  const roundedPercentage = roundPercentageHalfUp(total, maximum);
  const { bandTotals, bandIndexOfTotal: bandIndexByTotal } = bandTableFor(bands, statementCount);
  const bandIndexOfTotal = (candidate: number): number => bandIndexByTotal[candidate] ?? -1;
  const currentIndex = bandIndexOfTotal(total);
  // The council's own total lies in its band, so that band's totals exist.
  const current = bandTotals[currentIndex] as RatingBandWithTotals;

  const changesWhere = (direction: 1 | -1): SingleStatementChange<Id>[] => {
    const changes: SingleStatementChange<Id>[] = [];
    const targets = direction === 1 ? SCORES : [...SCORES].reverse();
    values.forEach((from, index) => {
      for (const to of targets) {
        if (Math.sign(to - from) !== direction) continue;
        if (Math.sign(bandIndexOfTotal(total - from + to) - currentIndex) !== direction) continue;
        changes.push({ qualityStatementId: qualityStatementIds[index] as Id, from, to });
      }
    });
    return changes;
  };

  const up = bandTotals.slice(currentIndex + 1).find(reachable);
  const down = bandTotals.slice(0, currentIndex).reverse().find(reachable);
  const move = (band: RatingBandWithTotals | undefined, direction: 1 | -1): RatingMove<Id> | null => {
    if (band === undefined) return null;
    const singleStatementChanges = changesWhere(direction);
    return {
      rating: band.rating,
      pointsNeeded: direction === 1 ? band.minTotal - total : total - band.maxTotal,
      singleStatementChanges,
      needsMoreThanOneStatement: singleStatementChanges.length === 0,
    };
  };

  const band: RatingBandWithTotals = {
    rating: current.rating,
    minPercentage: current.minPercentage,
    maxPercentage: current.maxPercentage,
    minTotal: current.minTotal,
    maxTotal: current.maxTotal,
  };
  return {
    total,
    maximum,
    percentage: percentageOf(total, maximum),
    roundedPercentage,
    rating: band.rating,
    band,
    positionInBand: band.maxTotal === band.minTotal ? 0.5 : (total - band.minTotal) / (band.maxTotal - band.minTotal),
    toNextBandUp: move(up, 1),
    toNextBandDown: move(down, -1),
  };
}
